"""Editor habits (#21 item 5), through the real map page and the window: a circle drawn by
press and drag, the rubber band in the finished shape's colour with a hint on the map, the
unit picker starting from the last symbol (after a restart too), and an unselected
annotation dragged at once."""

from __future__ import annotations

import pytest
from pagejs import page_eval, shown_window
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from briefing_app.model.document import Annotation, Briefing, MapView, annotation_kind
from briefing_app.style.map_style import ANNOTATION_DEFAULTS, DEFAULT_UNIT_SIDC, annotation_style
from briefing_app.ui.settings import LAST_UNIT_SYMBOL, Settings

UNIT = "10061000161211000000"  # hostile infantry battalion


@pytest.fixture
def window(qtbot):
    doc = Briefing(title="Habits", view=MapView(54.5, 21.0, 6.0))
    doc.annotations = [
        Annotation(
            "hq",
            {"type": "Point", "coordinates": [21.0, 54.5]},
            {"kind": "marker", "label": ""},
            dict(ANNOTATION_DEFAULTS["marker"]),
        ),
        Annotation(
            "zone",
            {
                "type": "Polygon",
                "coordinates": [
                    [[19.0, 53.4], [20.0, 53.4], [20.0, 53.9], [19.0, 53.9], [19.0, 53.4]]
                ],
            },
            {"kind": "polygon", "label": ""},
            dict(ANNOTATION_DEFAULTS["polygon"]),
        ),
    ]
    win = shown_window(qtbot, doc, size=(1200, 800))
    qtbot.waitUntil(
        lambda: (
            sorted(page_eval(qtbot, win, "BriefingEditor.state()")["editable"]) == ["hq", "zone"]
        ),
        timeout=30_000,
    )
    yield win
    win.undo_stack.setClean()


def point_of(qtbot, win, lat: float, lon: float) -> QPoint:
    x, y = page_eval(
        qtbot,
        win,
        "(function(){var p=BriefingMap.map()"
        f".latLngToContainerPoint([{lat},{lon}]);return [p.x,p.y];}})()",
    )
    return QPoint(round(x), round(y))


def drag(qtbot, win, start: tuple[float, float], end: tuple[float, float]) -> None:
    """Press at `start`, move in steps with the button held, release at `end`."""
    target = win.map.focusProxy()
    a, b = point_of(qtbot, win, *start), point_of(qtbot, win, *end)
    QTest.mouseMove(target, a)
    QTest.qWait(40)
    QTest.mousePress(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    QTest.qWait(40)
    for step in range(1, 9):
        QTest.mouseMove(target, a + (b - a) * step / 8)
        QTest.qWait(25)
    QTest.mouseRelease(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
    QTest.qWait(120)


def click(qtbot, win, lat: float, lon: float) -> None:
    target = win.map.focusProxy()
    where = point_of(qtbot, win, lat, lon)
    QTest.mouseMove(target, where)
    QTest.qWait(30)
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    QTest.qWait(60)


def circles(win) -> list[Annotation]:
    return [a for a in win.doc.annotations if annotation_kind(a) == "circle"]


def test_circle_by_press_and_drag_and_by_two_clicks(window, qtbot):
    win = window
    view_before = page_eval(qtbot, win, "BriefingMap.map().getCenter()")
    win.editor.tool_actions["circle"].trigger()
    state = page_eval(qtbot, win, "BriefingEditor.state()")
    # The map says how to draw, and a press no longer pans.
    assert "drag to the radius" in state["hint"]
    assert (
        page_eval(qtbot, win, "document.querySelector('.briefing-hint').textContent")
        == state["hint"]
    )
    assert state["panning"] is False

    # Press at the centre, drag a degree of longitude east (about 64 km at 54.7°N), release.
    drag(qtbot, win, (54.7, 20.0), (54.7, 21.0))
    qtbot.waitUntil(lambda: len(circles(win)) == 1, timeout=5000)
    ring = circles(win)[0]
    assert ring.geometry["coordinates"] == pytest.approx([20.0, 54.7], abs=0.05)
    assert 58 < ring.properties["radius_km"] < 70
    assert page_eval(qtbot, win, "BriefingMap.map().getCenter()") == view_before  # no pan

    # Click, move, click still draws one, and the tool goes on drawing.
    win.editor.set_tool("circle")
    click(qtbot, win, 53.8, 22.0)
    click(qtbot, win, 53.8, 22.5)
    qtbot.waitUntil(lambda: len(circles(win)) == 2, timeout=5000)
    assert 25 < circles(win)[1].properties["radius_km"] < 40
    # Leaving the tool takes the hint away and gives the map its panning back.
    win.editor.set_tool("select")
    state = page_eval(qtbot, win, "BriefingEditor.state()")
    assert state["hint"] == "" and state["panning"] is True
    win.undo_stack.undo()
    win.undo_stack.undo()
    assert circles(win) == []


@pytest.mark.parametrize("tool", ["circle", "line", "polygon", "rectangle", "arrow"])
def test_rubber_band_has_the_finished_shapes_colour(window, qtbot, tool):
    win = window
    win.editor.set_tool(tool)
    expected = annotation_style(ANNOTATION_DEFAULTS[tool])
    band = page_eval(qtbot, win, "BriefingEditor.state().style")
    assert band["color"] == expected["color"]
    assert band["weight"] == expected["weight"]
    # What Geoman draws while the shape grows is in that colour on the page.
    click(qtbot, win, 54.0, 20.0)
    QTest.mouseMove(win.map.focusProxy(), point_of(qtbot, win, 54.3, 21.0))
    QTest.qWait(80)
    # (The map draws on a canvas: the temporary shapes' own options are what it paints.)
    strokes = page_eval(
        qtbot,
        win,
        "(function () { var out = [];"
        "BriefingMap.map().eachLayer(function (l) {"
        "if (l._pmTempLayer && l instanceof L.Path && l._map)"
        "{ out.push(l.options.color); } }); return out; })()",
    )
    assert strokes and set(strokes) == {expected["color"]}
    win.editor.set_tool("select")


def test_measure_keeps_its_own_look(window, qtbot):
    window.editor.set_tool("measure")
    assert page_eval(qtbot, window, "BriefingEditor.state().style")["dashArray"] == "6 6"


def test_unit_picker_starts_from_the_last_symbol_after_a_restart(window, qtbot):
    win = window
    offered = []

    def picker(initial):
        offered.append(initial)
        return UNIT

    win.editor.choose_symbol = picker
    win.editor.set_tool("unit")
    assert offered == [DEFAULT_UNIT_SIDC]
    click(qtbot, win, 54.9, 22.0)
    qtbot.waitUntil(lambda: any(annotation_kind(a) == "unit" for a in win.doc.annotations))
    win.editor.set_tool("select")
    win.settings.sync()
    assert Settings().get(LAST_UNIT_SYMBOL) == UNIT

    # A new window (the app started again) offers the last code first.
    again = shown_window(qtbot, Briefing(), size=(900, 600))
    again.editor.choose_symbol = picker
    again.editor.set_tool("unit")
    assert offered[-1] == UNIT
    # A code that cannot be drawn (a settings file edited by hand) is not offered.
    Settings().set(LAST_UNIT_SYMBOL, "not a code")
    third = shown_window(qtbot, Briefing(), size=(900, 600))
    assert third.editor.unit_sidc == DEFAULT_UNIT_SIDC


@pytest.mark.parametrize(("annotation_id", "grab"), [("hq", (54.5, 21.0)), ("zone", (53.65, 19.5))])
def test_unselected_annotation_is_dragged_directly(window, qtbot, annotation_id, grab):
    win = window
    assert win.editor.selected == []
    before = win.doc.annotation(annotation_id).geometry["coordinates"]
    view_before = page_eval(qtbot, win, "BriefingMap.map().getCenter()")
    drag(qtbot, win, grab, (grab[0] - 0.5, grab[1] + 1.0))
    qtbot.waitUntil(
        lambda: win.doc.annotation(annotation_id).geometry["coordinates"] != before, timeout=5000
    )
    after = win.doc.annotation(annotation_id).geometry["coordinates"]
    first_before = before if annotation_id == "hq" else before[0][0]
    first_after = after if annotation_id == "hq" else after[0][0]
    assert first_after[0] - first_before[0] == pytest.approx(1.0, abs=0.08)
    assert first_after[1] - first_before[1] == pytest.approx(-0.5, abs=0.08)
    # The annotation moved, not the map; it is selected now, and one undo puts it back.
    assert page_eval(qtbot, win, "BriefingMap.map().getCenter()") == view_before
    qtbot.waitUntil(lambda: win.editor.selected == [annotation_id], timeout=5000)
    assert win.undo_stack.undoText() == ("Move marker" if annotation_id == "hq" else "Move polygon")
    win.undo_stack.undo()
    assert win.doc.annotation(annotation_id).geometry["coordinates"] == before
    # The other annotation was not taken along.
    other = "zone" if annotation_id == "hq" else "hq"
    assert win.undo_stack.count() == 1
    assert win.doc.annotation(other) is not None


def test_press_on_empty_map_still_pans_with_the_select_tool(window, qtbot):
    win = window
    before = page_eval(qtbot, win, "BriefingMap.map().getCenter()")
    drag(qtbot, win, (55.5, 23.5), (55.0, 24.5))
    qtbot.waitUntil(
        lambda: page_eval(qtbot, win, "BriefingMap.map().getCenter()") != before, timeout=5000
    )
    assert win.undo_stack.count() == 0


TEXT_SIZE = (
    "(function () { var e = document.querySelector('.briefing-text-inner');"
    "return e ? parseFloat(getComputedStyle(e).fontSize) : null; })()"
)


def test_text_size_in_the_panel_is_drawn_undone_and_saved(window, qtbot, tmp_path):
    win = window
    win.editor.ask_text = lambda: "Objective BRAVO"
    win.editor.set_tool("text")
    click(qtbot, win, 55.2, 22.5)
    qtbot.waitUntil(lambda: any(annotation_kind(a) == "text" for a in win.doc.annotations))
    win.editor.set_tool("select")
    label = next(a for a in win.doc.annotations if annotation_kind(a) == "text")
    qtbot.waitUntil(lambda: page_eval(qtbot, win, TEXT_SIZE) == 14.0, timeout=5000)
    dock = win.editor.dock
    assert win.editor.selected == [label.id]
    assert dock.text_size_spin.isVisible() and dock.text_size_spin.value() == 11
    steps = win.undo_stack.count()

    dock.text_size_spin.setValue(28)
    dock.text_size_spin.editingFinished.emit()
    assert win.doc.annotation(label.id).properties["font_size"] == 28.0
    assert win.undo_stack.count() == steps + 1
    assert win.undo_stack.undoText() == "Change text size"
    qtbot.waitUntil(
        lambda: page_eval(qtbot, win, TEXT_SIZE) == pytest.approx(14 * 28 / 11, abs=0.01)
    )

    path = tmp_path / "sized.briefing"
    assert win.files.save_to(path)
    from briefing_app.model import fileformat

    assert fileformat.load(path).annotation(label.id).properties["font_size"] == 28.0

    win.undo_stack.undo()
    assert "font_size" not in win.doc.annotation(label.id).properties
    qtbot.waitUntil(lambda: page_eval(qtbot, win, TEXT_SIZE) == 14.0, timeout=5000)
    assert dock.text_size_spin.value() == 11
    # Only text labels have a size to set.
    win.editor.select(["hq"])
    assert not dock.text_size_spin.isVisible()


def test_a_pasted_label_keeps_a_size_that_saves_and_opens(window, tmp_path):
    import json

    from PySide6.QtGui import QGuiApplication

    from briefing_app.model import fileformat

    def feature(size):
        return {
            "type": "Feature",
            "properties": {"kind": "text", "label": "Pasted", "font_size": size},
            "geometry": {"type": "Point", "coordinates": [21.0, 54.0]},
        }

    collection = {"type": "FeatureCollection", "features": [feature(200), feature("huge")]}
    QGuiApplication.clipboard().setText(json.dumps(collection))
    window.editor.paste()
    pasted = window.doc.annotations[-2:]
    assert pasted[0].properties["font_size"] == 72.0
    assert "font_size" not in pasted[1].properties
    path = tmp_path / "pasted.briefing"
    assert window.files.save_to(path)
    assert fileformat.load(path).annotations == window.doc.annotations
