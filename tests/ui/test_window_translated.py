"""The window's texts come through Qt's translation: with a translation loaded, the menus,
their tips, the submenus, the drawing tools, the themes, the panels and Help → Keyboard
Shortcuts show the translated texts, and what a user types stays as typed.

The translation is a pseudo one made here from the sources (pyside6-lupdate, then
pyside6-lrelease): every text becomes «text», so a text that skipped translation shows bare.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from briefing_app.geo.coordinates import STYLES
from briefing_app.model.builtin import builtin_briefing
from briefing_app.style.themes import THEMES
from briefing_app.ui import coordinate_display
from briefing_app.ui.actions import MENU_ENTRIES, SUBMENU_TITLES, TOP_MENUS
from briefing_app.ui.annotation_editor import TOOLS
from briefing_app.ui.help_dialogs import QtShortcutsDialog, plain_text
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.settings import Settings
from briefing_app.ui.theme import THEME_TEXTS

UI = Path(__file__).resolve().parents[2] / "briefing_app" / "ui"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def _pseudo(text: str) -> str:
    return f"«{text}»"


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo")
    ts = folder / "pseudo.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), *sorted(map(str, UI.glob("*.py"))), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    tree = ET.parse(ts)
    tree.getroot().set("language", "de")  # two plural forms
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = _pseudo(source)
        else:
            translation.text = _pseudo(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "pseudo.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    return qm


@pytest.fixture
def translated(qapp, pseudo_qm):
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def window(qtbot, translated):
    win = MainWindow(Settings(), builtin_briefing(), builtin=True)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.undo_stack.setClean()


def test_menus_their_entries_and_tips_are_translated(window):
    titles = [a.menu().title() for a in window.menu_bar.actions() if a.menu() is not None]
    assert titles[: len(TOP_MENUS)] == [_pseudo(title) for title, _attr in TOP_MENUS.values()]
    for entry in MENU_ENTRIES:
        if not entry.text or entry.owned is not None or entry.fill is not None:
            continue
        action = window.actions[entry.id]
        if entry.group == "languages":
            # Each language in its own name, in every language ("Deutsch", "Polski").
            assert action.text() == entry.text, entry.id
            continue
        # Keys shown after a tab (Finish Shape, Enter) stay as they are.
        text, tab, keys = entry.text.partition("\t")
        assert action.text() == _pseudo(text) + tab + keys, entry.id
        if entry.tip:
            # The tip names its keys after the translated text.
            assert action.statusTip().startswith(_pseudo(entry.tip)), entry.id
    # Owned actions keep their own text; the tip given in the table is translated.
    assert window.actions["view.sources"].statusTip().startswith("«Every source")
    assert window.action_undo.text().startswith("«&Undo»")
    assert window.actions["draw.finish"].text() == "«&Finish Shape»\tEnter"


def test_submenus_tools_and_themes_are_translated(window):
    submenus = {
        action.menu().title()
        for menu in (window.file_menu, window.view_menu)
        for action in menu.actions()
        if action.menu() is not None
    }
    assert {_pseudo(title) for title in SUBMENU_TITLES.values()} <= submenus
    for name, text, _key, tip in TOOLS:
        assert window.actions[f"draw.{name}"].text() == _pseudo(text)
        assert window.actions[f"draw.{name}"].statusTip().startswith(_pseudo(tip))
    assert window.actions["view.theme_dark"].text() == "«&Dark»"
    assert window.actions["view.theme_dark"].statusTip() == (
        "«Show the window and the map in the Dark theme»"
    )
    window.editor.set_tool("line")
    assert window.statusBar().currentMessage().startswith("««Draw a line")


def test_keyboard_shortcuts_lists_the_translated_texts(window, qtbot):
    dialog = QtShortcutsDialog(window)
    qtbot.addWidget(dialog)
    rows = {(e.group, e.action) for e in dialog.entries}
    assert ("«File»", plain_text("«&Save»")) in rows
    assert (f"«File» › {plain_text(_pseudo('Export &Annotations'))}", "«As GeoJSON…»") in rows
    assert ("«Draw»", "«Marker»") in rows


def test_panels_are_translated_and_the_users_texts_are_not(window):
    assert window.editor.dock.windowTitle() == "«Annotations»"
    assert window.sources_dock.table.horizontalHeaderItem(0).text() == "«Layer»"
    assert window.figures_dock.windowTitle() == "«Grouping figures»"
    assert window.as_of_bar.date_edit.accessibleName() == "«As-of date»"
    assert window.layer_dock.list.accessibleName() == "«Map layers, top of the map first»"
    window.editor.place_at(50.0, 20.0, "text", "Kaliningrad «exclave»")
    (row,) = [
        window.editor.dock.list.item(r).text() for r in range(window.editor.dock.list.count())
    ][-1:]
    # The kind is the app's word, the label the user's own.
    assert row == "««Text» — Kaliningrad «exclave»»"
    # The undo step names the kind by the word written for a sentence.
    assert window.undo_stack.undoText() == "«Place «text» at coordinates»"


def test_every_menu_path_theme_and_notation_has_a_translatable_title():
    paths = {entry.menu for entry in MENU_ENTRIES if entry.menu and "/" in entry.menu}
    assert paths <= set(SUBMENU_TITLES)
    assert {entry.menu for entry in MENU_ENTRIES if entry.menu} - paths <= set(TOP_MENUS)
    assert set(THEMES) <= set(THEME_TEXTS)
    assert set(STYLES) <= set(coordinate_display._STYLE_TEXTS)
