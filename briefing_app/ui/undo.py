"""Model commands wrapped as QUndoCommands, so every edit lands on the window's undo stack, and
that stack as the history of the window's document session (model/session.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from briefing_app.model.command_labels import COMMAND_CONTEXT, Label
from briefing_app.model.commands import Command
from briefing_app.model.document import Briefing
from briefing_app.ui.i18n import translate


def shown_label(label: str) -> str:
    """A command's label in the user's language, as Edit → Undo shows it. The model's labels
    are English, marked in context "Command" (model/command_labels.py); one made of a
    template keeps the values it names (a grouping's name), put back after translation. A
    label the window made is already translated and is not found again: it comes back as
    it is."""
    if isinstance(label, Label):
        return translate(COMMAND_CONTEXT, label.template).format(**label.values)
    return translate(COMMAND_CONTEXT, label)


class ModelCommand(QUndoCommand):
    """Runs a model command on the document and reports what it changed."""

    def __init__(
        self, command: Command, doc: Briefing, on_change: Callable[[set[str]], None]
    ) -> None:
        super().__init__(shown_label(command.label))
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
