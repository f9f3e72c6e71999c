"""The annotation editor driven as an official uses it: clicks on the real map page, the
panel, the keyboard; then undo to the empty document, redo, save, reopen."""

from __future__ import annotations

import json

import pytest
from pagejs import page_eval, shown_window
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from briefing_app.model import fileformat
from briefing_app.model.document import Briefing, MapView, annotation_kind

RENDER_TIMEOUT_MS = 30_000
UNIT = "10061000161211000000"  # hostile mechanised infantry battalion


@pytest.fixture
def window(qtbot):
    doc = Briefing(title="Editor test", view=MapView(54.5, 21.0, 6.0))
    win = shown_window(qtbot, doc, size=(1200, 800))
    win.editor.choose_symbol = lambda initial: UNIT
    win.editor.ask_text = lambda: 'Axis <b>north</b> & "Suwałki"'
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


def click(qtbot, win, lat: float, lon: float, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    target = win.map.focusProxy()
    where = point_of(qtbot, win, lat, lon)
    QTest.mouseMove(target, where)
    QTest.qWait(30)
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, modifier, where)
    QTest.qWait(60)


def count(win) -> int:
    return len(win.doc.annotations)


def draw(qtbot, win, tool: str, points: list[tuple[float, float]], finish: bool = False) -> None:
    before = count(win)
    win.editor.tool_actions[tool].trigger()
    QTest.qWait(50)
    for lat, lon in points:
        click(qtbot, win, lat, lon)
    if finish:
        win.editor.action_finish.trigger()
    if tool != "measure":
        qtbot.waitUntil(lambda: count(win) == before + 1, timeout=5000)
    win.editor.set_tool("select")


def test_draw_every_kind_edit_undo_redo_save_reopen(window, qtbot, tmp_path):
    win = window
    draw(qtbot, win, "marker", [(54.7, 20.5)])
    draw(qtbot, win, "unit", [(54.4, 22.0)])
    draw(qtbot, win, "text", [(55.0, 21.5)])
    draw(qtbot, win, "arrow", [(53.8, 19.0), (54.1, 20.0), (54.3, 21.0)], finish=True)
    draw(qtbot, win, "line", [(53.5, 22.5), (54.0, 23.5)], finish=True)
    draw(qtbot, win, "polygon", [(55.3, 19.5), (55.4, 20.5), (55.0, 20.2), (55.3, 19.5)])
    draw(qtbot, win, "rectangle", [(53.4, 20.0), (53.7, 21.0)])
    draw(qtbot, win, "circle", [(54.7, 20.5), (54.7, 21.5)])
    kinds = [annotation_kind(a) for a in win.doc.annotations]
    assert kinds == ["marker", "unit", "text", "arrow", "line", "polygon", "rectangle", "circle"]
    by_kind = {annotation_kind(a): a for a in win.doc.annotations}
    assert by_kind["unit"].properties["sidc"] == UNIT
    assert by_kind["text"].properties["label"] == 'Axis <b>north</b> & "Suwałki"'
    assert len(by_kind["arrow"].geometry["coordinates"]) == 3
    assert len(by_kind["polygon"].geometry["coordinates"][0]) == 4  # closed ring of 3
    # A degree of longitude at 54.7°N is about 64 km: the ring's radius is geodesic km.
    assert 60 < by_kind["circle"].properties["radius_km"] < 68
    # Every kind is on the page, and the text label is text, not markup.
    state = page_eval(qtbot, win, "BriefingEditor.state()")
    assert sorted(state["editable"]) == sorted(a.id for a in win.doc.annotations)
    assert page_eval(qtbot, win, "document.querySelectorAll('.briefing-text b').length") == 0
    assert "Axis <b>north</b>" in page_eval(
        qtbot, win, "document.querySelector('.briefing-text').textContent"
    )

    # The measure tool reports distance and bearing and adds nothing.
    draw(qtbot, win, "measure", [(54.0, 20.0), (54.0, 21.0)], finish=True)
    qtbot.waitUntil(lambda: "km" in win.editor.last_measure, timeout=5000)
    assert "bearing 0" in win.editor.last_measure or "bearing 08" in win.editor.last_measure
    assert count(win) == 8
    drawn = fileformat.to_json(win.doc)

    # Select by clicking on the map, then edit in the panel.
    click(qtbot, win, 54.7, 20.5)
    qtbot.waitUntil(lambda: win.editor.selected == [by_kind["marker"].id], timeout=5000)
    dock = win.editor.dock
    dock.label_edit.setText("Forward HQ")
    dock.label_edit.editingFinished.emit()
    assert win.doc.annotation(by_kind["marker"].id).properties["label"] == "Forward HQ"
    dock.colour_button.chosen.emit("#009e73")
    assert win.doc.annotation(by_kind["marker"].id).style["color"] == "#009e73"

    # Shift-click adds to the selection; Ctrl+D duplicates both as one step.
    click(qtbot, win, 54.4, 22.0, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(win.editor.selected) == 2, timeout=5000)
    win.editor.action_duplicate.trigger()
    assert count(win) == 10
    # The list in the panel follows the map's selection.
    assert len(dock.list.selectedItems()) == 2

    # Move the arrow (as a drag on the page reports it) and reshape the line.
    win.editor.select([by_kind["arrow"].id])
    start = win.doc.annotation(by_kind["arrow"].id).geometry["coordinates"][0]
    win.editor._on_page_message(
        {"type": "annotation.moved", "id": by_kind["arrow"].id, "dlon": 0.5, "dlat": -0.25}
    )
    moved = win.doc.annotation(by_kind["arrow"].id).geometry["coordinates"]
    assert moved[0] == pytest.approx([start[0] + 0.5, start[1] - 0.25])
    win.editor._on_page_message(
        {
            "type": "annotation.edited",
            "id": by_kind["line"].id,
            "geometry": {
                "type": "LineString",
                "coordinates": [[22.5, 53.5], [23.0, 53.9], [23.5, 54.0]],
            },
        }
    )
    assert len(win.doc.annotation(by_kind["line"].id).geometry["coordinates"]) == 3

    # Copy, then paste: a copy beside the original. Delete removes the selection.
    win.editor.select([by_kind["polygon"].id])
    win.editor.action_copy.trigger()
    assert "FeatureCollection" in QGuiApplication.clipboard().text()
    win.editor.action_paste.trigger()
    assert count(win) == 11
    win.editor.action_delete.trigger()
    assert count(win) == 10

    # Undo every step back to the empty document, then redo forward to the same place.
    edited = fileformat.to_json(win.doc)
    steps = win.undo_stack.index()
    while win.undo_stack.canUndo():
        win.undo_stack.undo()
    assert win.doc.annotations == []
    QTest.qWait(100)
    assert page_eval(qtbot, win, "BriefingMap.state().counts.annotations") == 0
    for _ in range(8):
        win.undo_stack.redo()
    assert fileformat.to_json(win.doc) == drawn
    while win.undo_stack.index() < steps:
        win.undo_stack.redo()
    assert fileformat.to_json(win.doc) == edited

    path = tmp_path / "marked-up.briefing"
    assert win.files.save_to(path)
    reopened = fileformat.load(path)
    assert fileformat.to_json(reopened)["annotations"] == edited["annotations"]
    assert reopened.annotations == win.doc.annotations


def test_escape_stops_drawing_then_clears_selection(window, qtbot):
    win = window
    draw(qtbot, win, "marker", [(54.7, 20.5)])
    assert win.editor.selected  # a new annotation is selected
    win.editor.tool_actions["line"].trigger()
    win.editor.action_cancel.trigger()
    assert win.editor.tool == "select"
    win.editor.action_cancel.trigger()
    assert win.editor.selected == []


def test_slides_choice_in_panel(window, qtbot):
    win = window
    win.slides.add_slide()
    win.slides.add_slide()
    win.slides.show_working_map()
    draw(qtbot, win, "marker", [(54.7, 20.5)])
    marker = win.doc.annotations[0]
    # Drawn on the working map: on no slide until the panel puts it on one.
    assert [s.annotation_ids for s in win.doc.slides] == [[], []]
    dock = win.editor.dock
    assert dock.slides_list.count() == 2
    dock.slides_list.item(1).setCheckState(Qt.CheckState.Checked)
    first, second = win.doc.slides
    assert first.annotation_ids == [] and second.annotation_ids == [marker.id]
    win.undo_stack.undo()
    assert win.doc.slides[1].annotation_ids == []


def test_clipboard_geojson_from_elsewhere_is_pasted(window, qtbot):
    win = window
    QGuiApplication.clipboard().setText(
        json.dumps(
            {
                "type": "Feature",
                "properties": {"label": "Pasted"},
                "geometry": {"type": "Point", "coordinates": [21.0, 54.0]},
            }
        )
    )
    win.editor.paste()
    assert [a.properties["label"] for a in win.doc.annotations] == ["Pasted"]
    QGuiApplication.clipboard().setText("not json at all {")
    win.editor.paste()
    assert count(win) == 1
