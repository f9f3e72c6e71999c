"""Help → Open Log Folder (its entry is in ui/actions.py): where a user finds the file to send
with a problem report."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow

from briefing_app.core.logsetup import log_folder
from briefing_app.ui.i18n import translate


def open_log_folder(window: QMainWindow) -> None:
    folder = log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
    window.statusBar().showMessage(
        translate("LogActions", "Log folder: {folder}").format(folder=folder), 10000
    )
