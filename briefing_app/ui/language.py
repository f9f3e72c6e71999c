"""View → Language: the language of the window and of what it exports, chosen at start.

The language is set once, before the window is built: every text is translated as its
widget is made (Qt's translators for the window, `briefing_app.i18n` for the exports, the
map page's words and the country names), so a new choice takes effect when the app starts
again; the user may restart at once. No choice made: the system's language where the app
has it, else English.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QProcess, QTranslator
from PySide6.QtWidgets import QMessageBox

from briefing_app.i18n import (
    LANGUAGE_NAMES,
    LANGUAGES,
    SOURCE_LANGUAGE,
    active_language,
    language_for_locale,
    qm_path,
    set_language,
)
from briefing_app.ui.i18n import translate
from briefing_app.ui.settings import LANGUAGE, Settings

if TYPE_CHECKING:
    from briefing_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# Qt's own texts (the buttons of a message box, a file dialog's labels): its catalogues.
_QT_CATALOGUES = ("qtbase",)


def chosen_language(settings: Settings) -> str:
    """The remembered choice, else the system's language if the app has it, else English."""
    code = settings.get(LANGUAGE)
    if code in LANGUAGES:
        return str(code)
    return language_for_locale(QLocale.system().name())


def install_language(code: str) -> list[QTranslator]:
    """Make `code` the language of everything made from now on: the app's translation and
    Qt's own, the locale the widgets write numbers and dates in, and the headless texts."""
    set_language(code)
    QLocale.setDefault(QLocale(code))
    app = QCoreApplication.instance()
    installed: list[QTranslator] = []
    if code == SOURCE_LANGUAGE or app is None:
        return installed
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted = [(str(qm_path(code)), "")] + [(f"{name}_{code}", qt_folder) for name in _QT_CATALOGUES]
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder) if folder else translator.load(name):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("no translation %s for %s", name, code)
    return installed


def install_language_menu(window: MainWindow) -> None:
    """The language in use checked in View → Language (entries of ui/actions.py)."""
    action = window.actions.get(f"view.language_{active_language()}")
    if action is not None:
        action.setChecked(True)


def choose_language(window: MainWindow, code: str) -> None:
    """The user's choice: remembered; shown from the next start, at once if they restart."""
    window.settings.set(LANGUAGE, code)
    window.settings.sync()
    install_language_menu(window)  # the menu shows the language in use until then
    if code == active_language():
        return
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("Language", "Language"))
    # In the chosen language too: the user picked it because they read it.
    box.setText(
        translate("Language", "Briefing App will be in {language} when it starts again.").format(
            language=LANGUAGE_NAMES[code]
        )
    )
    restart = box.addButton(translate("Language", "Restart Now"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Language", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is restart:
        restart_app(window)


def restart_app(window: MainWindow) -> None:
    """Close the window (asking to save changes first) and start the app again on the
    briefing file it had open."""
    path = window.session.path
    if not window.close():
        return  # the user kept the window: unsaved changes they did not want to lose
    arguments = _own_command()
    if path is not None:
        arguments.append(str(Path(path)))
    started, _pid = QProcess.startDetached(arguments[0], arguments[1:])
    if not started:
        log.error("could not start the app again: %s", arguments)
    app = QCoreApplication.instance()
    if app is not None:
        app.quit()


def _own_command() -> list[str]:
    """How to start this app again: its executable (a desktop build), else this Python with
    the package (however it was started: the console script or `python -m`)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "briefing_app"]
