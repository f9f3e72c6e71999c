"""Model commands wrapped as QUndoCommands, so every edit lands on the window's undo stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from briefing_app.model.commands import Command
from briefing_app.model.document import Briefing


class ModelCommand(QUndoCommand):
    """Runs a model command on the document and reports what it changed."""

    def __init__(
        self, command: Command, doc: Briefing, on_change: Callable[[set[str]], None]
    ) -> None:
        super().__init__(command.label)
        self._command = command
        self._doc = doc
        self._on_change = on_change

    def redo(self) -> None:
        self._on_change(self._command.do(self._doc))

    def undo(self) -> None:
        self._on_change(self._command.undo(self._doc))
