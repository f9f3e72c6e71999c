"""View → Theme in the main window: the window's palette, the page's body class and country
style follow, and the choice is remembered."""

from __future__ import annotations

import pytest
from pagejs import page_eval
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from briefing_app.model.builtin import builtin_briefing
from briefing_app.style.themes import get_theme
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.settings import THEME, Settings
from briefing_app.ui.theme import apply_theme

RENDER_TIMEOUT_MS = 30_000
COUNTRY_STYLE = (
    "(function (o) { return {fillColor: o.fillColor, color: o.color, "
    "weight: o.weight}; })(BriefingMap.layer('countries').leaflet"
    ".getLayers()[0].options)"
)
MEMBER_FILLS = (
    "BriefingMap.layer('membership').leaflet.getLayers()"
    ".map(function (l) { return l.options.fillColor; })"
)


@pytest.fixture
def window(qtbot):
    win = MainWindow(Settings(), builtin_briefing(), builtin=True)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: "countries" in win.map.rendered_layers, timeout=RENDER_TIMEOUT_MS)
    yield win
    apply_theme(QApplication.instance(), "light")  # the application palette outlives the window
    win.undo_stack.setClean()


def page_has_theme(qtbot, win, name: str) -> bool:
    return page_eval(qtbot, win, f"document.body.classList.contains('briefing-theme-{name}')")


def test_starts_light_and_switches_to_dark(window, qtbot):
    assert window.theme_actions["light"].isChecked()
    light_fill = page_eval(qtbot, window, COUNTRY_STYLE)["fillColor"]
    assert light_fill == get_theme("light").land

    window.theme_actions["dark"].trigger()
    assert window.palette().color(QPalette.ColorRole.Window).lightness() < 60
    assert window.palette().color(QPalette.ColorRole.WindowText).lightness() > 200
    qtbot.waitUntil(lambda: page_has_theme(qtbot, window, "dark"), timeout=10_000)
    assert not page_has_theme(qtbot, window, "light")
    style = page_eval(qtbot, window, COUNTRY_STYLE)
    dark = get_theme("dark")
    assert (style["fillColor"], style["color"]) == (dark.land, dark.border)
    # The membership layer takes the theme's colours; the legend shows them too.
    fills = {f.lower() for f in page_eval(qtbot, window, MEMBER_FILLS)}
    assert fills and fills <= {c.lower() for c in dark.membership.values()}
    legend = page_eval(
        qtbot,
        window,
        "Array.from(document.querySelectorAll("
        "'.briefing-legend-fill')).map(function (s) "
        "{ return s.style.backgroundColor; })",
    )
    assert "rgb(17, 119, 51)" in legend  # dark theme's "both", #117733
    background = page_eval(qtbot, window, "BriefingMap.map().getContainer().style.background")
    assert background.replace(" ", "") == "rgb(14,22,33)"  # dark sea #0e1621


def test_choice_is_remembered_and_applied_at_start(window, qtbot):
    window.theme_actions["high_contrast"].trigger()
    assert Settings().get(THEME) == "high_contrast"
    qtbot.waitUntil(lambda: page_has_theme(qtbot, window, "high_contrast"), timeout=10_000)
    weight = page_eval(qtbot, window, COUNTRY_STYLE)["weight"]
    assert weight == get_theme("high_contrast").border_weight

    again = MainWindow(Settings(), builtin_briefing(), builtin=True)
    qtbot.addWidget(again)
    again.show()
    assert again.theme_actions["high_contrast"].isChecked()
    assert not again.theme_actions["light"].isChecked()
    qtbot.waitUntil(lambda: "countries" in again.map.rendered_layers, timeout=RENDER_TIMEOUT_MS)
    qtbot.waitUntil(lambda: page_has_theme(qtbot, again, "high_contrast"), timeout=10_000)
    again.undo_stack.setClean()


def test_membership_changes_after_a_theme_keep_its_colours(window, qtbot):
    from briefing_app.model import commands

    window.theme_actions["dark"].trigger()
    qtbot.waitUntil(lambda: page_has_theme(qtbot, window, "dark"), timeout=10_000)
    # A new payload rebuilds the layer from the scene's (default) colours: the theme stays.
    window.run(commands.SetLayerOptions("membership", {"grouping": "nato", "compare": "eu"}))
    dark = get_theme("dark")
    wanted = {c.lower() for c in dark.membership.values()}

    def themed() -> bool:
        fills = [f.lower() for f in page_eval(qtbot, window, MEMBER_FILLS)]
        return len(fills) > 10 and set(fills) <= wanted

    qtbot.waitUntil(themed, timeout=10_000)


HIGHLIGHT_COLOUR = (
    "(function () { var c = null; BriefingMap.map().eachLayer(function (l) {"
    " if (l instanceof L.CircleMarker && l.options.pane === 'briefingHighlight') {"
    " c = l.options.color; } }); return c; })()"
)


@pytest.mark.parametrize("name", ["light", "dark", "high_contrast"])
def test_a_found_place_is_ringed_in_the_themes_selection_colour(window, qtbot, name):
    # The ring was #ffb000 in every theme, whatever the theme's selection colour.
    window.theme_actions[name].trigger()
    qtbot.waitUntil(lambda: page_has_theme(qtbot, window, name), timeout=10_000)
    window.map.send({"type": "highlight", "center": [54.7, 25.3], "label": "Vilnius"})
    qtbot.waitUntil(lambda: page_eval(qtbot, window, HIGHLIGHT_COLOUR) is not None, timeout=10_000)
    colour = page_eval(qtbot, window, HIGHLIGHT_COLOUR)
    assert colour.lower() == get_theme(name).selection.lower()
