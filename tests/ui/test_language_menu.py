"""View → Language: the four languages in their own names, the one in use checked; a new
choice is remembered for the next start and the user may restart at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from briefing_app.i18n import active_language, set_language
from briefing_app.model.builtin import builtin_briefing
from briefing_app.ui import language
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.settings import LANGUAGE, Settings


@pytest.fixture
def window(qtbot):
    win = MainWindow(Settings(), builtin_briefing(), builtin=True)
    qtbot.addWidget(win)
    yield win
    win.undo_stack.setClean()


def _entries(win) -> dict[str, bool]:
    menu = next(a.menu() for a in win.view_menu.actions() if a.menu() and "Language" in a.text())
    return {a.text(): a.isChecked() for a in menu.actions()}


def test_the_languages_are_listed_in_their_own_names_and_the_one_in_use_is_checked(window):
    assert _entries(window) == {
        "English": True,
        "Français": False,
        "Deutsch": False,
        "Polski": False,
    }


def test_a_new_language_is_remembered_and_offered_at_the_next_start(window, monkeypatch):
    asked: list[str] = []

    def answer_later(box: QMessageBox) -> int:
        asked.append(box.text())
        return 0  # closed without Restart Now

    monkeypatch.setattr(QMessageBox, "exec", answer_later)
    window.actions["view.language_de"].trigger()
    assert Settings().get(LANGUAGE) == "de"
    assert asked and "Deutsch" in asked[0]
    assert active_language() == "en"  # this window stays as it was built
    assert _entries(window)["English"]  # the menu says what is in use now
    # The next start: the remembered choice, before the system's language.
    assert language.chosen_language(Settings()) == "de"


def test_no_choice_follows_the_system_language_else_english(monkeypatch):
    Settings().set(LANGUAGE, "")
    for system, wanted in (("pl_PL", "pl"), ("fr_BE", "fr"), ("pt_BR", "en"), ("C", "en")):
        monkeypatch.setattr(language.QLocale, "system", lambda s=system: language.QLocale(s))
        assert language.chosen_language(Settings()) == wanted


def test_installing_a_language_loads_qt_s_own_translation_too():
    try:
        installed = language.install_language("de")
        assert active_language() == "de"
        assert len(installed) == 2  # the app's .qm and Qt's qtbase_de.qm
        # Qt's own button text, from qtbase_de.qm.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        set_language("en")
        language.QLocale.setDefault(language.QLocale("en"))


def test_date_fields_read_as_the_language_writes_a_date(qtbot):
    set_language("de")
    try:
        win = MainWindow(Settings(), builtin_briefing(), builtin=True)
        qtbot.addWidget(win)
        assert win.as_of_bar.date_edit.text() == "06.01.2026"
        assert "6. Januar 2026" in win.as_of_label.text()
        win.undo_stack.setClean()
    finally:
        set_language("en")
