"""The open briefing as everything that works on it shares it, without Qt: the document, where
it is saved, whether it is the built-in one, which slide the map shows, the undo history of
model commands, and change events by aspect.

The window, its panels and its controllers subscribe to the aspects they show and make every
edit through `run`, so a document rule lives in a model command, not in the code of a button.
The history is headless here (`UndoHistory`); the window gives the session one kept by Qt's
undo stack (`ui/undo.py`), which the Edit menu and its keys drive. Both run the same
commands on the same document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol

from briefing_app.model.commands import Command
from briefing_app.model.document import Briefing, Slide

# Aspects of the session itself, beside the commands' (commands.META, LAYERS, ...).
DOCUMENT = "document"  # another document: opened, new, or the built-in one again
SHOWN = "shown"  # the map shows another slide, or the working map
SAVED = "saved"  # written to a file: the path, and the point the history is clean at

Publish = Callable[[set[str]], None]
Listener = Callable[[set[str]], None]


class History(Protocol):
    """Where the session keeps its edits for undo. `push` runs the command on `doc` and
    calls `publish` with what it changed; `undo` and `redo` do the same for the command
    before or after the present point."""

    def push_command(self, command: Command, doc: Briefing, publish: Publish) -> None: ...

    def undo(self) -> None: ...

    def redo(self) -> None: ...

    def clear(self) -> None: ...

    def mark_clean(self) -> None: ...

    def is_clean(self) -> bool: ...


class UndoHistory:
    """The history without a window: commands in order, the present point, the clean
    point (where the document equals its file)."""

    def __init__(self) -> None:
        self._done: list[tuple[Command, Briefing, Publish]] = []
        self._index = 0
        self._clean: int | None = 0

    def push_command(self, command: Command, doc: Briefing, publish: Publish) -> None:
        if self._clean is not None and self._clean > self._index:
            self._clean = None  # the clean point was undone past and is now unreachable
        del self._done[self._index :]
        publish(command.do(doc))
        self._done.append((command, doc, publish))
        self._index += 1

    def undo(self) -> None:
        if self._index == 0:
            return
        self._index -= 1
        command, doc, publish = self._done[self._index]
        publish(command.undo(doc))

    def redo(self) -> None:
        if self._index == len(self._done):
            return
        command, doc, publish = self._done[self._index]
        self._index += 1
        publish(command.do(doc))

    def clear(self) -> None:
        self._done.clear()
        self._index = 0
        self._clean = 0

    def mark_clean(self) -> None:
        self._clean = self._index

    def is_clean(self) -> bool:
        return self._clean == self._index

    @property
    def undo_label(self) -> str:
        return self._done[self._index - 1][0].label if self._index else ""

    @property
    def redo_label(self) -> str:
        return self._done[self._index][0].label if self._index < len(self._done) else ""


class DocumentSession:
    """One open briefing. Listeners get the set of aspects each change touched: a command's
    own (commands.META, LAYERS, SLIDES, ...) or the session's (DOCUMENT, SHOWN, SAVED)."""

    def __init__(
        self,
        doc: Briefing,
        path: Path | None = None,
        builtin: bool = False,
        history: History | None = None,
    ) -> None:
        self.doc = doc
        self.path = path
        self.builtin = builtin
        self.history: History = history if history is not None else UndoHistory()
        self.shown_slide_id: str | None = None
        self._listeners: list[tuple[frozenset[str] | None, Listener]] = []

    # ------------------------------------------------------------ changes

    def subscribe(
        self, listener: Listener, aspects: Iterable[str] | None = None
    ) -> Callable[[], None]:
        """Call `listener` after every change that touches one of `aspects` (every change
        when None); returns what unsubscribes it."""
        entry = (None if aspects is None else frozenset(aspects), listener)
        self._listeners.append(entry)
        return lambda: self._listeners.remove(entry) if entry in self._listeners else None

    def publish(self, aspects: set[str]) -> None:
        if self.shown_slide_id is not None and self.doc.slide(self.shown_slide_id) is None:
            # The slide on show went (deleted, or its addition undone): the working map.
            self.shown_slide_id = None
            aspects = aspects | {SHOWN}
        for wanted, listener in list(self._listeners):
            if wanted is None or wanted & aspects:
                listener(aspects)

    # ------------------------------------------------------------ edits

    def run(self, command: Command) -> None:
        """Apply an edit as one undoable step."""
        self.history.push_command(command, self.doc, self.publish)

    def undo(self) -> None:
        self.history.undo()

    def redo(self) -> None:
        self.history.redo()

    @property
    def modified(self) -> bool:
        return not self.history.is_clean()

    # ------------------------------------------------------------ the document

    def open(self, doc: Briefing, path: Path | None, builtin: bool = False) -> None:
        """Another document (opened, new, or the built-in one): a history of its own, the
        working map on show."""
        self.doc = doc
        self.path = path
        self.builtin = builtin
        self.shown_slide_id = None
        self.history.clear()
        self.publish({DOCUMENT})

    def saved_to(self, path: Path) -> None:
        """The document was written to `path`: that is where it lives now, unmodified."""
        self.path = path
        self.builtin = False
        self.history.mark_clean()
        self.publish({SAVED})

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        return f"{self.doc.title} (built-in)" if self.builtin else self.doc.title

    # ------------------------------------------------------------ what the map shows

    def show(self, slide_id: str | None) -> None:
        """Show a slide (edits of layers, date and annotations then change it) or, with
        None, the working map."""
        if slide_id is not None and self.doc.slide(slide_id) is None:
            return
        if slide_id != self.shown_slide_id:
            self.shown_slide_id = slide_id
            self.publish({SHOWN})

    def shown_slide(self) -> Slide | None:
        """The slide the map shows, or None for the working map."""
        return self.doc.slide(self.shown_slide_id)

    def shown_state(self) -> Briefing:
        """The briefing as the map shows it: the shown slide's layers, date and view, or
        the working map's."""
        slide = self.shown_slide()
        return self.doc if slide is None else self.doc.as_shown_on(slide)
