"""Never lose a briefing: unsaved changes go to a recovery file within a minute of an edit,
the next start offers to restore what a crash left behind, and saving over a file that
someone else changed since it was opened asks first. The files themselves: `recovery.py`."""

from __future__ import annotations

import logging
import os
import time
import weakref
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from briefing_app.i18n import format_date
from briefing_app.model import fileformat, recovery
from briefing_app.model.recovery import FileState, Recovery, RecoveryError
from briefing_app.ui.i18n import translate

log = logging.getLogger(__name__)

# Seconds from the first unsaved edit to the recovery file; tests shorten it.
AUTOSAVE_SECONDS_ENV = "BRIEFING_APP_AUTOSAVE_SECONDS"
DEFAULT_AUTOSAVE_SECONDS = 60.0

RESTORE, DISCARD, LATER = "restore", "discard", "later"
OVERWRITE, SAVE_AS, CANCEL = "overwrite", "save_as", "cancel"

# The state of each window's file when it was opened or saved: (path, state).
_file_states: weakref.WeakKeyDictionary[QObject, tuple[Path, FileState]] = (
    weakref.WeakKeyDictionary()
)


def autosave_interval_ms() -> int:
    try:
        seconds = float(os.environ.get(AUTOSAVE_SECONDS_ENV, DEFAULT_AUTOSAVE_SECONDS))
    except ValueError:
        seconds = DEFAULT_AUTOSAVE_SECONDS
    return max(50, int(seconds * 1000))


class Autosave(QObject):
    """Keeps one recovery file for a main window while its briefing has unsaved changes.

    The timer starts at the first edit after a write and is not restarted by later edits, so
    a file is written at most one interval after any edit, however busy the user is. Saving,
    undoing back to the saved state, opening another briefing or closing the window (after
    "save changes?") removes the file."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.path = recovery.new_recovery_path()
        self.last_write_ms: float | None = None
        self._closing = False
        self._warned = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(autosave_interval_ms())
        self.timer.timeout.connect(self.write_now)
        window.undo_stack.indexChanged.connect(self._on_stack_changed)
        window.undo_stack.cleanChanged.connect(self._on_stack_changed)
        window.installEventFilter(self)
        if window not in _file_states:
            remember_file_state(window, window.session.path)

    @property
    def exists(self) -> bool:
        return self.path.exists()

    def _on_stack_changed(self, *_args) -> None:
        try:
            clean = self.window.undo_stack.isClean()
        except RuntimeError:
            return  # the window is being deleted: that alone says nothing about the changes
        if clean:
            self.timer.stop()
            self._remove()
        elif not self.timer.isActive():
            self.timer.start()

    def write_now(self) -> bool:
        """Write the recovery file now (if there is anything unsaved); False if it failed."""
        window = self.window
        if window.undo_stack.isClean():
            return True
        entry = _file_states.get(window)
        started = time.perf_counter()
        try:
            recovery.write_recovery(
                window.doc,
                window.session.path,
                self.path,
                builtin=window.session.builtin,
                source_state=entry[1] if entry else None,
            )
        except RecoveryError as exc:
            log.warning("recovery file not written: %s", exc)
            if not self._warned:  # once per session: it retries at the next edit
                self._warned = True
                window.statusBar().showMessage(
                    translate("Autosave", "Unsaved changes cannot be backed up: {error}").format(
                        error=exc
                    ),
                    15000,
                )
            return False
        self.last_write_ms = (time.perf_counter() - started) * 1000
        log.info(
            "recovery file %s written (%d bytes, %.0f ms) for “%s”",
            self.path,
            self.path.stat().st_size,
            self.last_write_ms,
            window.doc.title,
        )
        return True

    def _remove(self) -> None:
        if self.path.exists():
            recovery.discard(self.path)

    def finish(self) -> None:
        """The window closed after the user saved or discarded: nothing left to recover."""
        self.timer.stop()
        self._remove()
        recovery.release(self.path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.window:
            kind = event.type()
            if kind == QEvent.Type.Close:
                self._closing = True  # closeEvent may still refuse (Cancel)
            elif kind == QEvent.Type.Show:
                self._closing = False
            elif kind == QEvent.Type.Hide and self._closing and not event.spontaneous():
                # A close that went through: the user saved or chose to discard.
                self._closing = False
                self.finish()
        return False


def install_autosave(window: QMainWindow) -> Autosave:
    """The window's Autosave, made on first call."""
    existing = window.findChild(Autosave)
    return existing if existing is not None else Autosave(window)


def install_safety_net(window: QMainWindow) -> Autosave:
    """Everything of this module for a new main window: autosave, and (once the window is up)
    the offer to restore what a crash left."""
    autosave = install_autosave(window)
    QTimer.singleShot(0, window, lambda: offer_recovery(window))
    return autosave


# ---------------------------------------------------------------- restoring after a crash


def describe_recovery(item: Recovery) -> str:
    when = (
        f"{format_date(item.saved_at.astimezone().date(), None, 'medium')} "
        f"{item.saved_at.astimezone():%H:%M}"
        if item.saved_at
        else translate("Autosave", "unknown time")
    )
    if item.error is not None:
        problem = item.error.removeprefix(str(item.path)).lstrip(": ")
        return translate("Autosave", "{file} ({when}): cannot be restored — {problem}").format(
            file=item.path.name, when=when, problem=problem
        )
    if item.source_path is not None:
        origin = str(item.source_path)
    elif item.builtin:
        origin = translate("Autosave", "the built-in briefing, never saved")
    else:
        origin = translate("Autosave", "never saved")
    changes = translate("Autosave", "Changes of {when}: “{title}”").format(
        when=when, title=item.title
    )
    return f"{changes}\n{origin}"


class QtRecoveryDialog(QDialog):
    """Lists the recovery files; Restore one, Discard one, or Later (keep them all)."""

    def __init__(self, items: list[Recovery], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Autosave", "Restore unsaved briefings"))
        self.items = items
        self.action = LATER
        self.chosen: Recovery | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "Autosave",
                "Briefing App did not close properly. These briefings had changes that were "
                "not saved:",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        for item in items:
            row = QListWidgetItem(describe_recovery(item))
            row.setToolTip(str(item.path))
            self.list.addItem(row)
        self.list.setCurrentRow(0)
        self.list.setMinimumWidth(560)
        # Each entry wraps onto as many lines as it needs, long paths included: the date and
        # time were cut off behind a horizontal scroll bar.
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _row: self._finish(RESTORE))
        layout.addWidget(self.list)
        later_note = QLabel(
            translate("Autosave", "Later keeps the files; you are asked again at the next start.")
        )
        later_note.setWordWrap(True)
        layout.addWidget(later_note)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(
            translate("Autosave", "&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.discard_button = buttons.addButton(
            translate("Autosave", "&Discard…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.later_button = buttons.addButton(
            translate("Autosave", "&Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.restore_button.clicked.connect(lambda: self._finish(RESTORE))
        self.discard_button.clicked.connect(self._confirm_discard)
        self.later_button.clicked.connect(lambda: self._finish(LATER))
        layout.addWidget(buttons)
        self.restore_button.setDefault(True)
        self._update_buttons()

    def current(self) -> Recovery | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _update_buttons(self) -> None:
        item = self.current()
        self.restore_button.setEnabled(item is not None and item.error is None)
        self.discard_button.setEnabled(item is not None)

    def _confirm_discard(self) -> None:
        item = self.current()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            translate("Autosave", "Discard unsaved changes"),
            translate(
                "Autosave",
                "Delete the recovery file of {recovery}? "
                "These changes cannot be restored afterwards.",
            ).format(recovery=describe_recovery(item)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self._finish(DISCARD)

    def _finish(self, action: str) -> None:
        self.action, self.chosen = action, self.current()
        if action == RESTORE and (self.chosen is None or self.chosen.error is not None):
            return
        self.accept() if action != LATER else self.reject()


def choose_recovery(parent: QWidget, items: list[Recovery]) -> tuple[str, Recovery | None]:
    """Ask what to do with the recovery files: (RESTORE | DISCARD | LATER, the file)."""
    dialog = QtRecoveryDialog(items, parent)
    dialog.exec()
    return dialog.action, dialog.chosen


def offer_recovery(window: QMainWindow, items: list[Recovery] | None = None) -> bool:
    """If crashed sessions left recovery files, offer them; True if one was restored."""
    items = recovery.list_recoveries() if items is None else list(items)
    if items:
        log.info("recovery files found: %s", ", ".join(str(i.path) for i in items))
    while items:
        action, chosen = choose_recovery(window, items)
        if action == RESTORE and chosen is not None:
            return restore(window, chosen)
        if action == DISCARD and chosen is not None:
            log.info("user discarded recovery file %s (“%s”)", chosen.path, chosen.title)
            recovery.discard(chosen)
            items.remove(chosen)
            continue
        log.info("recovery files kept for later: %d", len(items))
        break
    return False


def restore(window: QMainWindow, item: Recovery) -> bool:
    """Show the recovered briefing in `window` as unsaved changes to its original file."""
    try:
        doc, source = recovery.load_recovery(item)
    except RecoveryError as exc:
        window.show_error(translate("Autosave", "Cannot restore briefing"), str(exc))
        return False
    if not window.files.maybe_save():
        return False
    window.set_document(doc, source, builtin=item.builtin and source is None)
    if source is not None and item.source_state is not None:
        # Saving must warn if the file changed after it was opened, crash or not.
        _file_states[window] = (_key(source), item.source_state)
    window.undo_stack.resetClean()  # modified: Save writes the original file
    autosave = install_autosave(window)
    if autosave.write_now():  # the window's own recovery file first, then the old one goes
        recovery.discard(item)
    log.info("restored “%s” (%s) from %s", doc.title, source or "never saved", item.path)
    window.statusBar().showMessage(
        translate("Autosave", "Restored unsaved changes: {recovery}").format(
            recovery=describe_recovery(item)
        ),
        15000,
    )
    return True


# ---------------------------------------------------------------- file changed on disk


def _key(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def remember_file_state(window: QObject, path: Path | None) -> None:
    """Record what `path` holds now (call after opening or saving it)."""
    state = FileState.of(path) if path is not None else None
    if state is None:
        _file_states.pop(window, None)
    else:
        _file_states[window] = (_key(path), state)


def file_changed_on_disk(window: QObject, path: Path) -> bool:
    entry = _file_states.get(window)
    return entry is not None and entry[0] == _key(path) and entry[1].differs_from_disk(path)


def check_before_save(window: QMainWindow, path: Path) -> Path | None:
    """The file to save to: `path`, or, when `path` changed on disk since this window opened
    or saved it, what the user chooses (the same file, another one, or None: do not save)."""
    if not file_changed_on_disk(window, path):
        return path
    answer = ask_file_changed(window, path)
    log.warning("%s changed on disk since it was opened; user chose %s", path, answer)
    if answer == OVERWRITE:
        return path
    if answer == SAVE_AS:
        return ask_save_as_path(window, path)
    return None


def ask_file_changed(parent: QWidget, path: Path) -> str:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("Autosave", "File changed on disk"),
        translate("Autosave", "“{name}” changed on disk since you opened it.").format(
            name=path.name
        ),
        parent=parent,
    )
    box.setInformativeText(
        translate(
            "Autosave",
            "Overwrite replaces those changes with yours (the file on disk is "
            "kept as {backup}). Save As… keeps both.",
        ).format(backup=f"{path.name}.bak")
    )
    overwrite = box.addButton(
        translate("Autosave", "&Overwrite"), QMessageBox.ButtonRole.DestructiveRole
    )
    save_as = box.addButton(translate("Autosave", "Save &As…"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return OVERWRITE if clicked is overwrite else SAVE_AS if clicked is save_as else CANCEL


def ask_save_as_path(parent: QWidget, path: Path) -> Path | None:
    briefings = translate("Autosave", "Briefings")
    every = translate("Autosave", "All files")
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("Autosave", "Save briefing as"),
        str(path),
        f"{briefings} (*.briefing);;{every} (*)",
    )
    if not name:
        return None
    chosen = Path(name)
    return chosen if chosen.suffix else chosen.with_suffix(fileformat.FILE_SUFFIX)
