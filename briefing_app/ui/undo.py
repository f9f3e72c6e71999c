"""Model commands wrapped as QUndoCommands, so every edit lands on the window's undo stack, and
that stack as the history of the window's document session (model/session.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

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


class QtUndoHistory(QUndoStack):
    """The session's history kept by Qt's undo stack: Edit → Undo/Redo, their keys and the
    window's modified mark work on it; the session and its controllers see a `History`."""

    def push_command(
        self, command: Command, doc: Briefing, publish: Callable[[set[str]], None]
    ) -> None:
        self.push(ModelCommand(command, doc, publish))

    def mark_clean(self) -> None:
        self.setClean()

    def is_clean(self) -> bool:
        return self.isClean()
