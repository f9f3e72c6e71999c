"""Presentation mode as a speaker uses it: clicker keys, black screen, presenter view, and a
slide whose date and layers differ, applied after the map has flown there."""

from __future__ import annotations

import copy
import datetime as dt
import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pagejs import page_state
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from briefing_app.data.datasets import load_datasets
from briefing_app.geo.mercator import SLIDE_FRAME_PX, world_px
from briefing_app.model.builtin import builtin_briefing
from briefing_app.ui.presentation import END_TITLE, ZOOM_SNAP, QtPresentation

K = Qt.Key


@pytest.fixture(scope="module")
def data():
    return load_datasets(None)


def open_presentation(qtbot, doc, data, presenter: bool = False) -> QtPresentation:
    screen = QGuiApplication.primaryScreen()
    show = QtPresentation(doc, data, screen=screen, presenter_screen=screen if presenter else None)
    qtbot.addWidget(show)
    with qtbot.waitSignal(show.settled, timeout=30_000):
        show.start()
    qtbot.waitUntil(lambda: "countries" in show.map.rendered_layers, timeout=30_000)
    return show


def press(qtbot, widget, key, expected_index: int, show: QtPresentation) -> None:
    """Press a key that moves to another slide and wait until the map has settled there."""
    with qtbot.waitSignal(
        show.settled, timeout=10_000, check_params_cb=lambda index: index == expected_index
    ):
        qtbot.keyClick(widget, key)


def frame_bounds(view) -> tuple[float, float, float, float]:
    """(south, west, north, east) of a slide's frame: what every screen must show whole."""
    x, y = world_px(view.center_lon, view.center_lat, view.zoom)
    world = 256 * 2**view.zoom
    half_w, half_h = SLIDE_FRAME_PX[0] / 2, SLIDE_FRAME_PX[1] / 2

    def lat(py: float) -> float:
        return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * py / world))))

    return (
        lat(y + half_h),
        (x - half_w) / world * 360 - 180,
        lat(y - half_h),
        (x + half_w) / world * 360 - 180,
    )


def assert_frame_fitted(state: dict, view) -> None:
    """The slide's whole frame is on the map, and fills it in width or height (within the
    page's zoom step): fitted, neither cut nor lost in a corner."""
    south, west, north, east = frame_bounds(view)
    s, w, n, e = state["bounds"]
    pad = 1e-6
    assert s <= south + pad and w <= west + pad and n >= north - pad and e >= east - pad, (
        state["bounds"],
        (south, west, north, east),
    )
    width, height = state["size"]
    scale = 2 ** (state["zoom"] - view.zoom)
    fill = max(SLIDE_FRAME_PX[0] * scale / width, SLIDE_FRAME_PX[1] * scale / height)
    assert 2**-ZOOM_SNAP - 0.01 <= fill <= 1.0 + 1e-6, fill


def assert_map_on(qtbot, show: QtPresentation, index: int) -> None:
    view = show.doc.slides[index].view
    state = page_state(qtbot, show)
    lat, lon = state["center"]
    zoom = show.target_view(index).zoom
    # Leaflet rounds a centre to whole pixels (more so when the legend moves beside the map).
    pixel = 360.0 / (256.0 * 2.0**zoom)
    assert abs(lat - view.center_lat) < 3 * pixel and abs(lon - view.center_lon) < 3 * pixel
    assert abs(state["zoom"] - zoom) < 0.01
    assert_frame_fitted(state, view)


@pytest.fixture
def show(qtbot, data):
    return open_presentation(qtbot, builtin_briefing(), data)


def test_clicker_keys_move_between_slides_and_the_map_flies(show, qtbot):
    doc = show.doc
    assert show.current() == 0
    assert show.title_label.text() == doc.slides[0].title
    assert show.isFullScreen()
    press(qtbot, show, K.Key_PageDown, 1, show)
    assert show.current() == 1
    assert show.title_label.text() == doc.slides[1].title
    assert_map_on(qtbot, show, 1)
    press(qtbot, show, K.Key_Right, 2, show)
    press(qtbot, show, K.Key_Space, 3, show)
    press(qtbot, show, K.Key_PageUp, 2, show)
    press(qtbot, show, K.Key_Left, 1, show)
    assert show.title_label.text() == doc.slides[1].title
    assert_map_on(qtbot, show, 1)
    last = len(doc.slides) - 1
    press(qtbot, show, K.Key_End, last, show)
    assert show.title_label.text() == doc.slides[last].title
    press(qtbot, show, K.Key_Home, 0, show)
    assert_map_on(qtbot, show, 0)


def test_after_the_last_slide_an_end_screen_esc_leaves_left_goes_back(show, qtbot):
    last = len(show.doc.slides) - 1
    press(qtbot, show, K.Key_End, last, show)
    qtbot.keyClick(show, K.Key_Right)  # past the last slide: the end screen
    assert show.at_end and show.end_screen.isVisible()
    assert show.end_title.text() == END_TITLE
    assert "Esc" in show.end_hint.text() and "←" in show.end_hint.text()
    # Between the banners: the marking stays in sight, the slide's title and map do not.
    assert show.top_banner.isVisible() and show.bottom_banner.isVisible()
    assert show.end_screen.geometry().contains(show.map_area.geometry())
    qtbot.keyClick(show, K.Key_Space)  # a clicker's "next" again: still the end
    assert show.at_end and show.current() == last
    qtbot.keyClick(show, K.Key_Left)  # back to the last slide, at once
    assert not show.at_end and not show.end_screen.isVisible()
    assert show.current() == last and show.shown_title == show.doc.slides[last].title
    qtbot.keyClick(show, K.Key_PageDown)
    assert show.at_end
    with qtbot.waitSignal(show.finished) as left:
        qtbot.keyClick(show, K.Key_Escape)
    assert left.args == [last]


def test_title_date_and_number_change_with_the_map_not_before(show, qtbot):
    doc = show.doc
    samples = []  # (audience title, the page's view at that moment)
    qtbot.keyClick(show, K.Key_PageDown)
    assert show.current() == 1 and show.is_moving
    # The key has been pressed, the map has not moved yet: the old title stays.
    assert show.shown_title == doc.slides[0].title
    assert show.info_label.text().endswith(f"1 / {len(doc.slides)}")
    while show.shown_title != doc.slides[1].title:
        samples.append((show.shown_title, show.map.current_view))
        qtbot.wait(20)
    assert any(title == doc.slides[0].title for title, _ in samples)
    # Once the title is the new one, the map is already there, and the date with it.
    target = show.target_view(1)
    view = show.map.current_view
    assert abs(view.zoom - target.zoom) < 0.01
    # There to within a screen pixel (a side legend one pixel wider or narrower than the
    # last slide's moves Leaflet's centre by half of it); in flight it is degrees away.
    pixel = 360 / (256 * 2**target.zoom)
    assert abs(view.center_lat - target.center_lat) < pixel
    assert abs(view.center_lon - target.center_lon) < pixel
    assert show.info_label.text().endswith(f"2 / {len(doc.slides)}")
    assert_map_on(qtbot, show, 1)


@pytest.mark.parametrize("size", [(1600, 900), (1024, 768)], ids=["16:9", "4:3"])
def test_the_slides_frame_is_fitted_to_the_screens_shape(qtbot, data, size):
    doc = builtin_briefing()
    show = QtPresentation(doc, data)
    qtbot.addWidget(show)
    show.resize(*size)
    show.show()
    qtbot.waitUntil(lambda: "countries" in show.map.rendered_layers, timeout=30_000)
    for index in (0, 5, 6):
        if index:
            with qtbot.waitSignal(show.settled, timeout=10_000):
                show.go_to(index)

        def fitted(i: int = index) -> bool:
            state = page_state(qtbot, show)
            return (
                state["size"][1] == show.map_area.height()
                and abs(state["zoom"] - show.target_view(i).zoom) < 0.01
            )

        qtbot.waitUntil(fitted, timeout=10_000)
        state = page_state(qtbot, show)
        # The page's map is the window's map area (less a legend beside it): one scale in
        # both directions, nothing stretched.
        width, height = state["size"]
        assert height == show.map_area.height() and width <= show.map_area.width()
        assert_frame_fitted(state, doc.slides[index].view)


def test_press_during_a_flight_goes_straight_on(show, qtbot):
    settled = []
    show.settled.connect(settled.append)
    qtbot.keyClick(show, K.Key_PageDown)
    qtbot.keyClick(show, K.Key_PageDown)
    qtbot.keyClick(show, K.Key_PageDown)
    assert show.current() == 3
    qtbot.waitUntil(lambda: 3 in settled, timeout=10_000)
    qtbot.wait(300)
    assert settled == [3]  # no backlog of flights to slides 1 and 2
    assert_map_on(qtbot, show, 3)


def test_slide_number_and_enter_jumps_there(show, qtbot):
    qtbot.keyClick(show, K.Key_5)
    assert show.typed_number == "5"
    assert show.current() == 0
    press(qtbot, show, K.Key_Return, 4, show)
    assert show.title_label.text() == show.doc.slides[4].title
    assert show.typed_number == ""
    assert_map_on(qtbot, show, 4)
    qtbot.keyClick(show, K.Key_9)  # beyond the last slide: the last one
    press(qtbot, show, K.Key_Enter, len(show.doc.slides) - 1, show)


def test_black_and_white_screens(show, qtbot):
    qtbot.keyClick(show, K.Key_B)
    assert show.blanked == "black" and show.blank_cover.isVisible()
    qtbot.keyClick(show, K.Key_B)
    assert show.blanked is None and not show.blank_cover.isVisible()
    qtbot.keyClick(show, K.Key_Period)
    assert show.blanked == "black"
    qtbot.keyClick(show, K.Key_W)
    assert show.blanked == "white"
    qtbot.keyClick(show, K.Key_PageDown)  # a navigation key returns to the slide
    assert show.blanked is None
    assert show.current() == 0


def test_escape_emits_finished_with_the_slide_shown(show, qtbot):
    press(qtbot, show, K.Key_Down, 1, show)
    press(qtbot, show, K.Key_Down, 2, show)
    with qtbot.waitSignal(show.finished) as left:
        qtbot.keyClick(show, K.Key_Escape)
    assert left.args == [2]
    assert not show.isVisible()


def test_slide_with_its_own_date_and_layers_applies_them_after_the_move(qtbot, data):
    doc = builtin_briefing()
    doc.layers = copy.deepcopy(doc.layers)
    membership = doc.layer("membership")
    membership.options = {"grouping": "nato"}
    # Slides own their layers: the first and third show the map's, the second its own.
    for index in (0, 2):
        doc.slides[index].layers = copy.deepcopy(doc.layers)
        doc.slides[index].as_of = doc.as_of
    slide = doc.slides[1]
    slide.as_of = dt.date(2000, 1, 1)
    slide.layers = [copy.deepcopy(layer) for layer in doc.layers]
    next(x for x in slide.layers if x.id == "deployments").visible = False
    show = open_presentation(qtbot, doc, data)
    before = page_state(qtbot, show)
    assert "deployments" in before["shown"]
    # NATO's 32 members, and Greenland and the Faroe Islands through Denmark.
    assert before["counts"]["membership"] == 32 + 2

    seen_during_flight = []
    show.map.view_changed.connect(lambda _view: seen_during_flight.append(show.is_moving))
    settled = []
    show.settled.connect(settled.append)
    qtbot.keyClick(show, K.Key_PageDown)
    # The move comes first: the old scene is still on the page while the map flies.
    assert show.is_moving
    during = page_state(qtbot, show)
    assert "deployments" in during["shown"]
    qtbot.waitUntil(lambda: not show.is_moving, timeout=5_000)
    qtbot.waitUntil(
        lambda: page_state(qtbot, show)["counts"]["membership"] == 19 + 2, timeout=10_000
    )
    after = page_state(qtbot, show)
    assert "deployments" not in after["shown"]
    qtbot.waitUntil(lambda: 1 in settled, timeout=10_000)
    assert_map_on(qtbot, show, 1)
    assert "1 January 2000" in show.info_label.text()

    press(qtbot, show, K.Key_PageDown, 2, show)  # back to the briefing's date and layers
    qtbot.waitUntil(
        lambda: page_state(qtbot, show)["counts"]["membership"] == 32 + 2, timeout=10_000
    )
    assert "deployments" in page_state(qtbot, show)["shown"]


def test_presenter_view_shows_notes_next_title_number_and_clock(qtbot, data):
    show = open_presentation(qtbot, builtin_briefing(), data, presenter=True)
    presenter = show.presenter
    assert presenter is not None and presenter.isVisible()
    slides = show.doc.slides
    press(qtbot, presenter, K.Key_PageDown, 1, show)  # keys in the presenter view drive both
    assert show.current() == 1
    assert presenter.number_label.text() == f"2 / {len(slides)}"
    assert presenter.notes_label.text() == slides[1].notes
    assert presenter.next_label.text() == slides[2].title
    assert presenter.title_label.text() == slides[1].title
    assert presenter.notes_label.textFormat() == Qt.TextFormat.PlainText
    assert presenter.clock_label.text().count(":") == 1
    # The clock ticks (how far it got depends on how long the slides took to fly).
    shown = presenter.clock_label.text()
    qtbot.waitUntil(lambda: presenter.clock_label.text() != shown, timeout=3_000)
    assert presenter.clock_label.text() > shown
    qtbot.keyClick(presenter, K.Key_B)
    assert show.blanked == "black" and "Black screen" in presenter.status_label.text()
    qtbot.keyClick(show, K.Key_End)  # the first key only lifts the black screen
    assert show.blanked is None and show.current() == 1
    press(qtbot, show, K.Key_End, len(slides) - 1, show)
    assert presenter.next_label.text() == "End of the briefing"
    assert presenter.number_label.text() == f"{len(slides)} / {len(slides)}"


def test_notes_overlay_with_one_screen(show, qtbot):
    notes = show.map_area.notes
    assert not notes.isVisible()
    qtbot.keyClick(show, K.Key_N)
    assert notes.isVisible()
    assert notes.text() == show.doc.slides[0].notes
    press(qtbot, show, K.Key_PageDown, 1, show)
    assert notes.text() == show.doc.slides[1].notes
    qtbot.keyClick(show, K.Key_N)
    assert not notes.isVisible()


def test_pen_draws_and_strokes_are_cleared_on_leaving_the_slide(show, qtbot):
    overlay = show.map_area.overlay
    qtbot.mouseMove(overlay, QPoint(100, 100))
    qtbot.keyClick(show, K.Key_P)
    assert overlay.pen_on
    qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(100, 100))
    qtbot.mouseMove(overlay, QPoint(200, 160))
    qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(200, 160))
    qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(300, 100))
    qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(300, 100))
    assert overlay.stroke_count == 2
    qtbot.keyClick(show, K.Key_E)
    assert overlay.stroke_count == 0
    qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(120, 120))
    qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(120, 120))
    assert overlay.stroke_count == 1
    press(qtbot, show, K.Key_PageDown, 1, show)
    assert overlay.stroke_count == 0
    qtbot.keyClick(show, K.Key_P)
    assert not overlay.pen_on


def test_titles_and_notes_are_plain_text(qtbot, data):
    doc = builtin_briefing()
    doc.slides[0].title = "<b>Bold</b> & <i>not</i>"
    doc.slides[0].notes = "<img src=x> notes"
    show = QtPresentation(doc, data, presenter_screen=QGuiApplication.primaryScreen())
    qtbot.addWidget(show)
    assert show.title_label.textFormat() == Qt.TextFormat.PlainText
    assert show.title_label.text() == "<b>Bold</b> & <i>not</i>"
    assert show.map_area.notes.textFormat() == Qt.TextFormat.PlainText
    assert show.presenter.notes_label.text() == "<img src=x> notes"
    assert show.presenter.next_label.text() == doc.slides[1].title


TWO_SCREENS = "BRIEFING_TEST_TWO_SCREENS"
SCREENS = [
    {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800},
    {"name": "projector", "x": 1280, "y": 0, "width": 1920, "height": 1080},
]


def _in_two_screen_process(test_name: str, tmp_path: Path) -> None:
    """Run `test_name` again in a Qt of its own with two screens (the offscreen platform
    reads them from a file; this process's Qt has one and cannot gain another)."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": SCREENS}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", TWO_SCREENS: "1"}
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"{Path(__file__).resolve()}::{test_name}",
        ],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "1 passed" in result.stdout, result.stdout[-4000:]


def test_presenter_view_and_audience_each_on_their_own_screen(qtbot, tmp_path):
    screens = QGuiApplication.screens()
    if len(screens) < 2:
        assert not os.environ.get(TWO_SCREENS), "the second screen did not come up"
        _in_two_screen_process(
            "test_presenter_view_and_audience_each_on_their_own_screen", tmp_path
        )
        return
    from pagejs import shown_window

    window = shown_window(qtbot, builtin_briefing(), builtin=True)
    laptop, projector = screens[0], screens[1]
    window.setGeometry(laptop.availableGeometry().adjusted(20, 40, -20, -20))
    qtbot.waitUntil(lambda: window.screen() is laptop)
    window.slides.present(2)
    show = window.slides._presentation
    qtbot.waitUntil(lambda: show.presenter is not None and show.presenter.isVisible())
    presenter = show.presenter
    # The audience on the projector, the presenter view with the talking points on the
    # laptop in front of the speaker (where the window was); each fills its screen.
    qtbot.waitUntil(lambda: show.geometry() == projector.geometry(), timeout=10_000)
    assert show.screen() is projector and show.isFullScreen()
    qtbot.waitUntil(lambda: presenter.geometry() == laptop.geometry(), timeout=10_000)
    assert presenter.screen() is laptop and presenter.isFullScreen()
    assert presenter.title_label.text() == window.doc.slides[2].title
    # The clicker works whichever window has the focus; each screen shows its part.
    press(qtbot, presenter, K.Key_PageDown, 3, show)
    assert show.shown_title == window.doc.slides[3].title
    assert presenter.number_label.text() == f"4 / {len(window.doc.slides)}"
    assert presenter.notes_label.text() == window.doc.slides[3].notes
    assert_map_on(qtbot, show, 3)
    with qtbot.waitSignal(show.finished):
        qtbot.keyClick(presenter, K.Key_Escape)
    assert not presenter.isVisible()


def test_the_title_follows_even_if_the_page_never_says_drawn(show, qtbot, monkeypatch):
    # A page reloading after its renderer stopped answers no ping.
    monkeypatch.setattr(show.map, "ping", lambda _seq: None)
    qtbot.keyClick(show, K.Key_PageDown)
    assert show.shown_title == show.doc.slides[0].title
    qtbot.waitUntil(lambda: show.shown_title == show.doc.slides[1].title, timeout=8_000)


def test_every_key_in_the_table_runs_what_help_says(qtbot, data, monkeypatch):
    # One table (PRESENTATION_KEYS) drives both the keys and Help > Keyboard Shortcuts: each
    # key and typed character of a row runs that row's action, and Help lists the same rows.
    from briefing_app.ui import presentation
    from briefing_app.ui.help_dialogs import presentation_keys

    show = open_presentation(qtbot, builtin_briefing(), data)
    ran: list[str] = []
    rows = [row for row in presentation.PRESENTATION_KEYS if row.action]
    for row in rows:
        monkeypatch.setattr(show, row.action, lambda name=row.action: ran.append(name))
    for row in rows:
        for key in sorted(row.keys):
            ran.clear()
            assert show._handle_key(key)
            assert ran == [row.action], (row.text, key)
        for character in row.characters:
            ran.clear()
            assert show._handle_key(0, character)
            assert ran == [row.action], (row.text, character)
    assert not show._handle_key(K.Key_Z)  # not a presentation key: left to the window
    listed = [entry.action for entry in presentation_keys()]
    assert listed == [row.text for row in presentation.PRESENTATION_KEYS]
    assert "Esc" in {entry.keys for entry in presentation_keys()}


def test_the_audience_gets_the_other_screen_and_the_speaker_keeps_the_notes():
    from briefing_app.ui.presentation import choose_screens

    assert choose_screens(["laptop", "projector"], "laptop") == ("projector", "laptop")
    assert choose_screens(["laptop", "projector"], "projector") == ("laptop", "projector")
    assert choose_screens(["laptop"], "laptop") == ("laptop", None)  # notes on N
    assert choose_screens(["laptop"], None) == ("laptop", None)
    assert choose_screens([], None) == (None, None)
