"""Help menu: keyboard shortcuts, About box, welcome tour."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel

from briefing_app import __version__
from briefing_app.data.datasets import load_datasets
from briefing_app.model.builtin import builtin_briefing
from briefing_app.ui.help_dialogs import (
    PRESENTATION_GROUP,
    QtAboutDialog,
    QtShortcutsDialog,
    install_help,
)
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.settings import FIRST_RUN_DONE, Settings
from briefing_app.ui.welcome import QtWelcomeTour, maybe_show_welcome, show_welcome

# Set to a folder to keep screenshots of the dialogs (to look at them).
SHOTS = os.environ.get("BRIEFING_APP_SHOTS")


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def window(qtbot):
    # The map need not be drawn for these tests.
    win = MainWindow(Settings(), builtin_briefing(), builtin=True)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.undo_stack.setClean()


def test_shortcuts_dialog_lists_menus_tools_and_presentation_keys(window, qtbot):
    dialog = QtShortcutsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    _shot(dialog, "shortcuts")
    rows = {(e.action, e.keys) for e in dialog.entries}
    groups = {e.action: e.group for e in dialog.entries}
    assert ("Undo", "Ctrl+Z") in rows
    assert groups["Undo"] == "Edit"
    assert ("Present from Selected Slide", "F5") in rows
    assert ("Open", "Ctrl+O") in rows
    for key, text in (
        ("V", "Select"),
        ("P", "Marker"),
        ("C", "Circle / Range Ring"),
        ("M", "Measure"),
    ):
        assert (text, key) in rows and groups[text] == "Draw"
    assert ("Finish Shape", "Enter") in rows  # keys shown after a tab in the menu
    presentation = {e.action: e.keys for e in dialog.entries if e.group == PRESENTATION_GROUP}
    assert "Esc" in presentation["End the presentation"]
    assert "Space" in presentation["Next slide"] and "PgUp" in presentation["Previous slide"]

    dialog.filter.setText("undo")
    shown = dialog.visible_entries()
    assert shown and all("undo" in (e.action + e.keys + e.group).lower() for e in shown)
    text = dialog.as_text()
    assert "Undo" in text and "Ctrl+Z" in text and "Draw" not in text
    dialog.copy_text()
    assert QApplication.clipboard().text() == text
    dialog.filter.clear()
    assert len(dialog.visible_entries()) == len(dialog.entries)


def test_about_shows_versions_sources_and_licences(window, qtbot):
    dialog = QtAboutDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    _shot(dialog, "about")
    assert __version__ in dialog.summary.text()
    assert "no network request" in dialog.summary.text()
    names = " ".join(f"{c.name} {c.version} {c.licence}" for c in dialog.components)
    for expected in (
        "Leaflet 1.9.4",
        "Leaflet-Geoman",
        "2.20.2",
        "DejaVu Sans 2.37",
        "Natural Earth",
        "Public domain",
        "CC BY 4.0",
        "BSD-2-Clause",
        "MIT",
    ):
        assert expected in names, expected
    leaflet = next(i for i, c in enumerate(dialog.components) if c.name == "Leaflet")
    dialog.tabs.setCurrentIndex(1)
    dialog.component_list.setCurrentRow(leaflet)
    assert "BSD 2-Clause License" in dialog.licence_text.toPlainText()
    _shot(dialog, "about_licences")
    groups = {row.group for row in dialog.sources}
    assert {"Countries", "Groupings", "Deployments", "Flashpoints"} <= groups
    nato = next(row for row in dialog.sources if row.item == "NATO")
    assert nato.as_of.startswith("20") and nato.url.startswith("https://")
    countries = dialog.source_tree.topLevelItem(0)
    assert countries.text(0) == "Countries" and countries.child(0).text(1).startswith("20")
    assert "as of 20" in dialog.as_text()


def test_about_text_from_data_is_never_markup(qtbot):
    data = load_datasets()
    grouping = next(iter(data.groupings.values()))
    data.groupings[grouping.id] = dataclasses.replace(
        grouping, name="<b>Bold</b> group", source="<i>Ministry</i> & <a href='x'>site</a>"
    )
    dialog = QtAboutDialog(None, data=data)
    qtbot.addWidget(dialog)
    item = dialog.source_tree.findItems("<b>Bold</b> group", Qt.MatchFlag.MatchRecursive)[0]
    assert item.text(2) == "<i>Ministry</i> & <a href='x'>site</a>"
    assert "<b>Bold</b> group: <i>Ministry</i>" in dialog.as_text()
    for label in dialog.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def test_install_help_replaces_about_and_adds_entries(window, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(QtAboutDialog, "exec", lambda self: opened.append(self))
    actions = install_help(window)
    texts = [a.text() for a in window.help_menu.actions() if not a.isSeparator()]
    assert texts.count("&About Briefing App") == 1
    assert "&Keyboard Shortcuts" in texts and "&Welcome Tour" in texts
    assert actions["shortcuts"].shortcut().toString() == "Ctrl+/"
    assert "(Ctrl+/)" in actions["shortcuts"].toolTip()
    about = next(
        a for a in window.help_menu.actions() if a.menuRole() == QAction.MenuRole.AboutRole
    )
    about.trigger()
    assert len(opened) == 1 and isinstance(opened[0], QtAboutDialog)
    actions["welcome"].trigger()
    tour = window.findChild(QtWelcomeTour)
    assert tour is not None and tour.isVisible()
    tour.close_tour()


def test_welcome_shows_on_first_run_only(window, qtbot):
    assert window.settings.get(FIRST_RUN_DONE) == ""
    tour = maybe_show_welcome(window)
    assert tour is not None and tour.isVisible()
    assert window.settings.get(FIRST_RUN_DONE) == "yes"
    tour.close_tour()
    assert not tour.isVisible()
    # The next start (a new settings object reads the same file) shows none.
    window.settings.sync()
    window.settings = Settings()
    assert maybe_show_welcome(window) is None


def test_welcome_highlights_the_real_widgets_and_follows_keys(window, qtbot):
    tour = show_welcome(window)
    qtbot.waitUntil(lambda: tour.highlight.isVisible())
    assert tour.highlighted is window.layer_dock
    dock = QRect(
        window.layer_dock.mapTo(window, window.layer_dock.rect().topLeft()),
        window.layer_dock.size(),
    )
    assert tour.highlight.geometry().contains(dock.adjusted(1, 1, -1, -1))
    assert not tour.geometry().intersects(dock), "the card must not cover the dock"
    assert "built-in briefing" in tour.text.text()
    assert not tour.builtin_button.isVisible()  # the built-in briefing is already open
    _shot(window, "welcome_layers")

    qtbot.keyClick(tour.next_button, Qt.Key.Key_Right)
    assert tour.highlighted is window.layer_dock.membership_box
    qtbot.keyClick(tour.next_button, Qt.Key.Key_Right)
    assert tour.highlighted is window.as_of_bar
    qtbot.keyClick(tour.next_button, Qt.Key.Key_Right)
    assert tour.highlighted is window.figures_dock and window.figures_dock.isVisible()
    qtbot.keyClick(tour.next_button, Qt.Key.Key_Right)
    assert tour.highlighted is window.editor.toolbar
    assert "V" in tour.text.text()
    qtbot.keyClick(tour.next_button, Qt.Key.Key_PageDown)
    assert tour.highlighted is window.slides_dock and "F5" in tour.text.text()
    qtbot.keyClick(tour.next_button, Qt.Key.Key_Left)
    assert tour.highlighted is window.editor.toolbar
    tour.show_step(6)
    assert tour.highlighted is window.menu_bar
    assert tour.highlight.geometry().width() < window.width() // 4  # the File title only
    assert "Ctrl+Shift+E" in tour.text.text()
    last = len(tour.steps) - 1
    tour.show_step(last)
    assert tour.next_button.text() == "&Done"
    qtbot.keyClick(tour.next_button, Qt.Key.Key_Escape)
    assert not tour.isVisible() and not tour.highlight.isVisible()


def test_welcome_offers_the_builtin_briefing_when_another_is_open(window, qtbot, monkeypatch):
    window.session.builtin = False
    tour = show_welcome(window)
    assert tour.builtin_button.isVisible()
    asked = []
    monkeypatch.setattr(window.files, "maybe_save", lambda: asked.append(1) or False)
    tour.builtin_button.click()
    assert asked and not window.session.builtin  # the user cancelled: nothing replaced
    monkeypatch.setattr(window.files, "maybe_save", lambda: True)
    tour.builtin_button.click()
    assert window.session.builtin and "European security landscape" in window.doc.title
    tour.close_tour()


def _in_window(window, widget, rect=None) -> QRect:
    rect = rect if rect is not None else widget.rect()
    return QRect(widget.mapTo(window, rect.topLeft()), rect.size())


def test_tour_covers_the_core_and_hides_none_of_what_it_points_at(window, qtbot):
    tour = show_welcome(window)
    qtbot.waitUntil(lambda: tour.highlight.isVisible())
    titles = [step.title for step in tour.steps]
    for core in ("As of", "Groupings", "Grouping figures"):
        assert core in titles
    zoom = QRect(window.map.mapTo(window, QPoint(0, 0)), QSize(60, 110))  # + and −
    for index, step in enumerate(tour.steps):
        tour.show_step(index)
        qtbot.wait(20)
        target = tour.target_geometry()
        assert target is not None, step.title
        card = tour.geometry()
        assert not card.intersects(target), step.title
        assert not card.intersects(zoom), f"{step.title}: covers the map's zoom buttons"
        layers = _in_window(window, window.layer_dock.list)
        assert not card.intersects(layers), f"{step.title}: covers the Layers list"
        _shot(window, f"welcome_step{index + 1}")
    tour.close_tour()
