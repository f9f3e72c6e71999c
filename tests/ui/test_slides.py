"""The slide panel: add, rename, reorder, delete, notes; selecting a slide shows it."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from pagejs import page_state, shown_window
from PySide6.QtCore import Qt

from briefing_app.model import commands, fileformat
from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import MapView
from briefing_app.ui import slide_thumbnails
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.settings import Settings
from briefing_app.ui.slide_thumbnails import ThumbnailMaker


@pytest.fixture
def window(qtbot):
    win = shown_window(qtbot, builtin_briefing(), builtin=True)
    return win


def titles(window) -> list[str]:
    return [s.title for s in window.doc.slides]


def test_panel_lists_the_builtin_story(window):
    dock = window.slides_dock
    assert dock.list.count() == 8
    assert dock.list.item(5).text() == "Kaliningrad, the Suwałki Gap and Belarus"


def test_add_rename_move_delete_and_undo_everything(window, qtbot, tmp_path):
    original = titles(window)
    window.slides_dock.list.setCurrentRow(1)
    window.slides.add_slide()
    assert len(window.doc.slides) == 9
    new = window.doc.slides[2]
    assert new.layers is not None and new.as_of == window.doc.as_of
    item = window.slides_dock.list.item(2)
    item.setText("Baltic close-up")  # what an in-place rename does
    qtbot.waitUntil(lambda: window.doc.slides[2].title == "Baltic close-up")
    window.slides_dock.moved.emit(new.id, 6)  # what a drag does
    assert titles(window)[6] == "Baltic close-up"
    window.slides_dock.delete_requested.emit(new.id)
    assert titles(window) == original
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    assert titles(window) == original
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert "Baltic close-up" in titles(window)
    # Slides are saved with the briefing.
    path = tmp_path / "slides.briefing"
    assert window.files.save_to(path)
    assert [s.title for s in fileformat.load(path).slides] == titles(window)


def test_notes_edit_is_one_undo_step(window, qtbot):
    window.slides_dock.list.setCurrentRow(0)
    window.slides_dock.notes.setPlainText("Open with Greenland.")
    window.slides_dock.list.setCurrentRow(1)  # leaving the slide commits the notes
    assert window.doc.slides[0].notes == "Open with Greenland."
    window.action_undo.trigger()
    assert window.doc.slides[0].notes.startswith("Greenland belongs")


def test_selecting_a_slide_applies_its_view_layers_and_date(qtbot):
    doc = builtin_briefing()
    slide = doc.slides[5]
    slide.as_of = dt.date(2000, 1, 1)
    slide.layers = copy.deepcopy(doc.layers)
    for state in slide.layers:
        if state.id == "deployments":
            state.visible = False
        if state.id == "membership":
            state.options = {"grouping": "nato"}
    win = MainWindow(Settings(), doc, builtin=True)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: "countries" in win.map.rendered_layers, timeout=30_000)
    win.slides_dock.list.setCurrentRow(5)

    def settled():
        state = page_state(qtbot, win)
        return (
            abs(state["center"][0] - 54.2) < 0.05
            and abs(state["zoom"] - 6.75) < 0.01
            and "deployments" not in state["shown"]
            and state["counts"]["membership"] == 19 + 2
        )  # + Greenland, Faroe Islands

    qtbot.waitUntil(settled, timeout=10_000)
    assert win.as_of_bar.date_edit.date().year() == 2000
    assert not win.isWindowModified()  # looking at a slide is not an edit


def test_update_slide_takes_the_current_map(window, qtbot):
    window.slides_dock.list.setCurrentRow(0)
    window.map.set_view(MapView(50.0, 20.0, 5.0))
    qtbot.waitUntil(lambda: abs(window.map.current_view.center_lat - 50.0) < 0.01)
    window.slides_dock.update_requested.emit(window.doc.slides[0].id)
    assert abs(window.doc.slides[0].view.center_lat - 50.0) < 0.01
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.slides[0].view.center_lat == 68.0


def test_f5_presents_from_the_selected_slide_and_esc_returns(window, qtbot):
    window.slides_dock.list.setCurrentRow(2)
    window.action_present.trigger()
    show = window.slides._presentation
    qtbot.waitUntil(lambda: show.isVisible(), timeout=10_000)
    assert show.current() == 2
    qtbot.keyClick(show, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: show.current() == 3, timeout=5_000)
    with qtbot.waitSignal(show.finished, timeout=5_000):
        qtbot.keyClick(show, Qt.Key.Key_Escape)
    assert window.slides_dock.list.currentRow() == 3  # the editor follows the talk


def test_pen_strokes_kept_as_annotations_in_one_undo_step(window, qtbot):
    from PySide6.QtCore import QPoint

    window.slides_dock.list.setCurrentRow(5)
    window.action_present.trigger()
    show = window.slides._presentation
    qtbot.waitUntil(lambda: show.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: "countries" in show.map.rendered_layers, timeout=30_000)
    qtbot.keyClick(show, Qt.Key.Key_P)
    overlay = show.map_area.overlay
    qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(100, 100))
    for x in range(110, 300, 20):
        qtbot.mouseMove(overlay, QPoint(x, 100 + x // 4))
    qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(300, 175))
    assert overlay.stroke_count == 1
    qtbot.keyClick(show, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: len(window.doc.annotations) == 1, timeout=10_000)
    line = window.doc.annotations[0].geometry
    assert line["type"] == "LineString" and len(line["coordinates"]) >= 5
    lon, lat = line["coordinates"][0]
    assert 10 < lon < 35 and 50 < lat < 60  # somewhere on the Kaliningrad slide's map
    assert overlay.stroke_count == 0
    with qtbot.waitSignal(show.finished, timeout=5_000):
        qtbot.keyClick(show, Qt.Key.Key_Escape)
    window.action_undo.trigger()
    assert window.doc.annotations == []


def _ticked(window, layer_id: str) -> bool:
    return window.layer_dock.item(layer_id).checkState() == Qt.CheckState.Checked


def test_panels_follow_the_shown_slide_and_edits_change_only_it(window, qtbot):
    doc = window.doc
    working_layers = copy.deepcopy(doc.layers)
    coalition = next(s for s in doc.slides if s.id == "coalition")
    flank = next(s for s in doc.slides if s.id == "eastern-flank")
    window.slides_dock.select(coalition.id)
    # The layer panel, the grouping choice, the date bar and the status bar show the slide.
    assert not _ticked(window, "deployments")
    assert window.layer_dock.grouping_combo.currentData() == "coalition_of_the_willing"
    assert "The Coalition of the Willing" in window.as_of_label.text()
    qtbot.waitUntil(lambda: "deployments" not in page_state(qtbot, window)["shown"])

    window.layer_dock.item("deployments").setCheckState(Qt.CheckState.Checked)
    assert next(x for x in coalition.layers if x.id == "deployments").visible
    assert doc.layers == working_layers  # the working map is untouched
    assert next(x for x in flank.layers if x.id == "deployments").visible  # its own, as was
    row = [s.id for s in doc.slides].index(coalition.id)
    assert window.slides_dock.list.item(row).text().endswith("(changed)")
    assert window.slides_dock.revert_button.isEnabled()
    qtbot.waitUntil(lambda: "deployments" in page_state(qtbot, window)["shown"])

    window.as_of_bar.committed.emit(dt.date(2000, 1, 1))
    assert coalition.as_of == dt.date(2000, 1, 1) and doc.as_of == dt.date(2026, 1, 6)

    window.slides_dock.revert_button.click()
    coalition = next(s for s in doc.slides if s.id == "coalition")
    assert not next(x for x in coalition.layers if x.id == "deployments").visible
    assert coalition.as_of == dt.date(2026, 1, 6)
    assert not window.slides_dock.list.item(row).text().endswith("(changed)")
    assert not _ticked(window, "deployments")

    window.slides_dock.working_map_button.click()
    assert window.shown_slide() is None
    assert _ticked(window, "deployments")  # the working map's layers
    assert window.as_of_label.text().endswith("working map")


def test_update_keeps_the_changes_and_clears_the_mark(window, qtbot):
    slide = window.doc.slides[1]
    window.slides_dock.select(slide.id)
    window.layer_dock.item("flashpoints").setCheckState(Qt.CheckState.Checked)
    assert window.slides_dock.list.item(1).text().endswith("(changed)")
    window.slides_dock.update_button.click()
    assert window.slides_dock.list.item(1).text() == slide.title
    assert next(x for x in window.doc.slides[1].layers if x.id == "flashpoints").visible


# ---------------------------------------------------------------- thumbnails


def _thumbnail_images(window) -> dict[str, object]:
    return {
        slide_id: pixmap.toImage() for slide_id, pixmap in window.slides_dock.thumbnails.items()
    }


def _wait_for_thumbnails(qtbot, window, before: dict | None = None) -> dict[str, object]:
    """Every slide row's thumbnail; with `before`, once every one has been redrawn."""
    ids = [s.id for s in window.doc.slides]

    def done() -> bool:
        images = _thumbnail_images(window)
        if set(images) != set(ids):
            return False
        return before is None or all(images[i] != before[i] for i in ids)

    qtbot.waitUntil(done, timeout=30_000)
    return _thumbnail_images(window)


def _colours(image) -> set[int]:
    return {
        image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
    }


def _mean_lightness(image) -> float:
    from PySide6.QtGui import QColor

    values = [
        QColor(image.pixel(x, y)).lightnessF()
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
    ]
    return sum(values) / len(values)


def test_builtin_and_reopened_slides_have_thumbnails_that_follow_the_theme(qtbot, tmp_path):
    window = shown_window(qtbot, builtin_briefing(), builtin=True)
    dock = window.slides_dock
    # Nothing was shown: the thumbnails come from the slides' own content, not the map.
    light = _wait_for_thumbnails(qtbot, window)
    for row in range(dock.list.count()):
        item = dock.list.item(row)
        assert not item.icon().isNull(), item.text()
        image = light[item.data(Qt.ItemDataRole.UserRole)]
        assert len(_colours(image)) > 20, f"blank thumbnail for {item.text()}"
    # Each slide shows its own view and groupings: no two thumbnails alike.
    assert len({bytes(img.constBits()) for img in light.values()}) == len(light)

    window.theme_actions["dark"].trigger()
    dark = _wait_for_thumbnails(qtbot, window, before=light)
    for slide_id in light:
        assert _mean_lightness(dark[slide_id]) < _mean_lightness(light[slide_id]) - 0.15
    window.theme_actions["high_contrast"].trigger()
    contrast = _wait_for_thumbnails(qtbot, window, before=dark)
    assert all(contrast[i] != dark[i] for i in dark)

    path = tmp_path / "reopened.briefing"
    assert window.files.save_to(path)
    reopened = MainWindow(Settings(), fileformat.load(path), path)
    qtbot.addWidget(reopened)
    reopened.show()
    again = _wait_for_thumbnails(qtbot, reopened)
    assert set(again) == {s.id for s in fileformat.load(path).slides}
    assert all(len(_colours(img)) > 20 for img in again.values())
    # Same content, same theme (the setting is shared): the same pictures, from the cache.
    assert all(again[i] == contrast[i] for i in again)


def test_a_thumbnail_follows_an_edit_of_its_slide(window, qtbot):
    before = _wait_for_thumbnails(qtbot, window)
    slide = window.doc.slides[3]
    window.run(commands.UpdateSlide(slide.id, {"view": MapView(40.0, -100.0, 3.0)}))
    qtbot.waitUntil(
        lambda: window.slides_dock.thumbnails[slide.id].toImage() != before[slide.id],
        timeout=30_000,
    )
    others = _thumbnail_images(window)
    assert all(others[s.id] == before[s.id] for s in window.doc.slides if s.id != slide.id)


def test_first_thumbnails_wait_for_the_maps_countries(qtbot, monkeypatch):
    # Drawing them takes the cores and the window's thread that the map page loads through.
    asked_when_drawn: list[bool] = []
    request = ThumbnailMaker.request

    def spy(self, slide_id, *args):
        asked_when_drawn.append("countries" in self.parent().map.rendered_layers)
        return request(self, slide_id, *args)

    monkeypatch.setattr(ThumbnailMaker, "request", spy)
    # However slowly the page draws on a busy machine: no start without the map.
    monkeypatch.setattr(slide_thumbnails, "AFTER_MAP_MS", 120_000)
    window = shown_window(qtbot, builtin_briefing(), builtin=True)
    _wait_for_thumbnails(qtbot, window)
    assert asked_when_drawn and all(asked_when_drawn)
