"""The grouping figures panel as an official opens it beside the map at 1280x800."""

from __future__ import annotations

import datetime as dt

import pytest
from pagejs import shown_window
from PySide6.QtWidgets import QLabel, QScrollArea

from briefing_app.model import commands
from briefing_app.model.builtin import builtin_briefing


@pytest.fixture
def window(qtbot):
    win = shown_window(qtbot, builtin_briefing(), builtin=True, size=(1280, 800))
    yield win
    win.undo_stack.setClean()


def open_figures(window) -> None:
    action = window.figures_dock.toggleViewAction()  # View → Grouping figures
    if not action.isChecked():
        action.trigger()
    assert window.figures_dock.isVisible()


def shown_grouping(window) -> str:
    return window.figures_dock.combo.currentData()


def test_opens_on_the_grouping_the_map_shows(window, qtbot):
    window.run(commands.SetLayerOptions("membership", {"grouping": "eu"}))
    open_figures(window)
    assert shown_grouping(window) == "eu"
    rows = {label: value for label, value, _detail in window.figures_dock.rows()}
    assert rows["Members"] == "27"


def test_a_grouping_picked_in_the_panel_stays_until_the_map_changes(window, qtbot):
    open_figures(window)
    window.figures_dock.select("jef")
    window.run(commands.SetProperties({"as_of": dt.date(2024, 3, 7)}))  # not a grouping
    assert shown_grouping(window) == "jef"
    window.run(commands.SetLayerOptions("membership", {"grouping": "eu"}))
    assert shown_grouping(window) == "eu"
    window.figures_dock.select("jef")
    window.figures_dock.toggleViewAction().trigger()  # closed and opened again
    open_figures(window)
    assert shown_grouping(window) == "eu"


def test_opens_at_a_readable_size(window, qtbot):
    open_figures(window)
    dock = window.figures_dock
    qtbot.waitUntil(lambda: dock.height() > 0)
    viewport = dock.findChild(QScrollArea).viewport()
    assert dock.width() >= 300
    # The date and the first figures with their coverage lines are in sight without scrolling.
    labels = [
        label
        for label in dock.findChildren(QLabel)
        if label.isVisible() and viewport.isAncestorOf(label)
    ]
    heading = next(label for label in labels if label.text().startswith("Population:"))
    bottom = heading.mapTo(viewport, heading.rect().bottomLeft()).y()
    assert 0 < bottom <= viewport.height()
    assert viewport.height() >= 300
