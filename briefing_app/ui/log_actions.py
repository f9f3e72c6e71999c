"""Help → Open Log Folder: where a user finds the file to send with a problem report."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMainWindow

from briefing_app.core.logsetup import log_folder

ACTION_NAME = "open_log_folder"


def open_log_folder(window: QMainWindow) -> None:
    folder = log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
    window.statusBar().showMessage(f"Log folder: {folder}", 10000)


def install_log_actions(window: QMainWindow) -> QAction:
    """Add Help → Open Log Folder (once), above About."""
    existing = window.findChild(QAction, ACTION_NAME)
    if existing is not None:
        return existing
    action = QAction("Open &Log Folder", window)
    action.setObjectName(ACTION_NAME)
    tip = "The app's log files, to send with a problem report"
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: open_log_folder(window))
    menu = window.help_menu
    about = next((a for a in menu.actions() if a.menuRole() == QAction.MenuRole.AboutRole), None)
    menu.insertAction(about, action) if about is not None else menu.addAction(action)
    return action
