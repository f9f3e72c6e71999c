"""File → New, Open, Open Recent, Save, Save As, and the question about unsaved changes: the
session's file side, with the dialogs it needs.

It works on the window's document session (model/session.py); the window is the parent of
its dialogs, where errors and status messages are shown, and the map it takes the view from
(the map view is where the user left the map, saved but not an edit).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from briefing_app.core.atomicfile import remove_leftovers
from briefing_app.model import fileformat
from briefing_app.model.document import Briefing
from briefing_app.model.session import DocumentSession
from briefing_app.ui.autosave import check_before_save, remember_file_state
from briefing_app.ui.i18n import translate
from briefing_app.ui.import_export import is_importable
from briefing_app.ui.plain_text import menu_text
from briefing_app.ui.settings import LAST_FOLDER, RECENT_FILES, Settings

if TYPE_CHECKING:
    from briefing_app.ui.main_window import MainWindow


def file_filter() -> str:
    """The Open and Save dialogs' filter: the words translated, the patterns kept."""
    briefings = translate("FileActions", "Briefings")
    every = translate("FileActions", "All files")
    return f"{briefings} (*.briefing);;{every} (*)"


class FileActions:
    def __init__(self, session: DocumentSession, settings: Settings, window: MainWindow) -> None:
        self.session = session
        self.settings = settings
        self.window = window

    # ------------------------------------------------------------ open

    def new_briefing(self) -> None:
        if self.maybe_save():
            self.window.set_document(Briefing(), None)

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("FileActions", "Open briefing"),
            self.start_folder(),
            file_filter(),
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> bool:
        """Open `path`; a file that cannot be used leaves the open document as it was."""
        try:
            doc = fileformat.load(path)
        except fileformat.BriefingFileError as exc:
            if not path.exists():
                self.settings.remove_recent_file(str(path))
            self.window.show_error(translate("FileActions", "Cannot open briefing"), str(exc))
            return False
        if not self.maybe_save():
            return False
        remove_leftovers(path)  # temporary files of saves that were killed part-way
        self.window.set_document(doc, path)
        self.remember(path)
        return True

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        recent = self.settings.get(RECENT_FILES)
        if not recent:
            menu.addAction(translate("FileActions", "No recent files")).setEnabled(False)
            return
        for index, name in enumerate(recent, start=1):
            action = menu.addAction(f"&{index % 10} {menu_text(Path(name).name)}")
            action.setToolTip(name)
            action.triggered.connect(lambda _checked=False, p=name: self.open_file(Path(p)))
        menu.addSeparator()
        menu.addAction(translate("FileActions", "Clear list")).triggered.connect(
            lambda: self.settings.set(RECENT_FILES, [])
        )

    # ------------------------------------------------------------ dropped files

    def drag_entered(self, event: QDragEnterEvent) -> None:
        if any(_droppable(url) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropped(self, event: QDropEvent) -> None:
        """Briefings dropped on the window are opened, other files imported (the web view
        takes no drops)."""
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if _droppable(url)]
        event.acceptProposedAction()
        # After the drop returns: the source application is not kept waiting by a dialog.
        QTimer.singleShot(0, self.window, lambda: self.open_or_import(paths))

    def open_or_import(self, paths: list[Path]) -> None:
        for path in paths:
            if path.suffix.lower() == fileformat.FILE_SUFFIX:
                self.open_file(path)
            else:
                self.window.import_export.import_file(path)

    # ------------------------------------------------------------ save

    def save(self) -> bool:
        if self.session.path is None:
            return self.save_as()
        return self.save_to(self.session.path)

    def save_as(self) -> bool:
        suggested = self.session.path or (
            Path(self.start_folder()) / f"{file_stem(self.session.doc.title)}.briefing"
        )
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("FileActions", "Save briefing as"),
            str(suggested),
            file_filter(),
        )
        if not name:
            return False
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(fileformat.FILE_SUFFIX)
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        # A file changed by someone else since it was opened is not overwritten unasked.
        checked = check_before_save(self.window, path)
        if checked is None:
            return False
        path = checked
        doc = self.session.doc
        # The map view is where the user left the map, not an edit: it is saved, not undone.
        doc.view = self.window.map.current_view
        try:
            try:
                fileformat.save(doc, path)
            except fileformat.ReadOnlyBriefingError:
                if not self.ask_replace_read_only(path):
                    return False
                fileformat.save(doc, path, replace_read_only=True)
        except fileformat.BriefingFileError as exc:
            self.window.show_error(translate("FileActions", "Cannot save briefing"), str(exc))
            return False
        self.session.saved_to(path)
        remember_file_state(self.window, path)
        self.remember(path)
        self.window.statusBar().showMessage(
            translate("FileActions", "Saved {path}").format(path=path), 5000
        )
        return True

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means the user cancelled."""
        if not self.session.modified:
            return True
        answer = self.ask_save_changes()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def ask_replace_read_only(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self.window,
            translate("FileActions", "Replace a read-only file?"),
            translate(
                "FileActions",
                "{path} is marked read-only, perhaps so that it is not changed by mistake.\n\n"
                "Replace it with this briefing anyway? (The file stays read-only; the version it "
                "holds now is kept as its .bak.)",
            ).format(path=path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_save_changes(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self.window,
            translate("FileActions", "Save changes?"),
            translate(
                "FileActions", "The briefing “{name}” has changes that are not saved."
            ).format(name=self.session.display_name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    # ------------------------------------------------------------ folders

    def remember(self, path: Path) -> None:
        self.settings.add_recent_file(str(path.resolve()))
        self.remember_folder(path)

    def remember_folder(self, path: Path) -> None:
        self.settings.set(LAST_FOLDER, str(path.resolve().parent))

    def start_folder(self) -> str:
        folder = self.settings.get(LAST_FOLDER)
        return folder if folder and Path(folder).is_dir() else str(Path.home())


def file_stem(title: str) -> str:
    """A file name made of a briefing's title (user text: only letters, digits, - and _)."""
    stem = re.sub(r"[^\w\- ]+", "", title).strip().replace(" ", "_")
    return stem[:60] or "briefing"


def _droppable(url: QUrl) -> bool:
    if not url.isLocalFile():
        return False
    path = Path(url.toLocalFile())
    return path.suffix.lower() == fileformat.FILE_SUFFIX or is_importable(path)
