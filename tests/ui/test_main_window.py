"""The main window as an official uses it: the real map page, offscreen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pagejs import page_eval, shown_window
from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWidgets import QApplication, QMessageBox

from briefing_app.model import commands, fileformat
from briefing_app.model.builtin import builtin_briefing
from briefing_app.style.map_style import marking_colours
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.settings import COORDINATE_STYLE, RECENT_FILES, Settings
from briefing_app.ui.web_scheme import WebProfile

RENDER_TIMEOUT_MS = 30_000


@pytest.fixture
def window(qtbot):
    win = shown_window(qtbot, builtin_briefing(), builtin=True)
    yield win
    win.undo_stack.setClean()  # no "save changes?" prompt while tearing down


def test_opens_on_builtin_briefing_with_countries_drawn(window, qtbot):
    assert window.map.rendered_layers["countries"] > 200
    assert "European security landscape" in window.windowTitle()
    shown = page_eval(qtbot, window, "BriefingMap.state().shown")
    assert sorted(shown) == sorted(s.id for s in window.doc.layers if s.visible)
    # Drawn, not just loaded: the Leaflet canvas holds country paths.
    assert page_eval(qtbot, window, "document.querySelectorAll('canvas').length") >= 1


def test_layer_sources_and_as_of_are_shown(window):
    source = window.layer_dock.source_label.text()
    assert "Natural Earth" in source and "https://" in source and "As of 28 July 2026" in source
    assert window.as_of_label.text() == "As of 6 January 2026 · working map"


def test_classification_banners_top_and_bottom(window):
    green = marking_colours("UNCLASSIFIED").background
    for banner in (window.banner_top, window.banner_bottom):
        assert banner.text() == "UNCLASSIFIED"
        assert green in banner.styleSheet()
    window.run(commands.SetProperties({"classification": "SECRET"}))
    assert window.banner_top.text() == "SECRET"
    assert marking_colours("SECRET").background in window.banner_bottom.styleSheet()
    assert window.isWindowModified()
    window.undo_stack.undo()
    assert window.banner_top.text() == "UNCLASSIFIED"
    assert not window.isWindowModified()


def test_page_makes_no_network_request(window, qtbot):
    guard = WebProfile.instance().guard
    assert guard.blocked_urls == []
    requested = list(guard.seen_urls)
    # The page asked the app for data (the countries come in the page itself).
    assert any(u.endswith("basemap/data.json") for u in requested)
    assert all(u.startswith("briefing://app/") for u in requested), requested


def test_guard_blocks_and_logs_remote_requests(qtbot, caplog):
    # A page on the app's profile that is not the map (which cannot even try) asks for a
    # remote tile: the guard refuses and logs it.
    guard = WebProfile.instance().guard
    page = QWebEnginePage(WebProfile.instance().profile)
    page.setHtml("<img src='https://tile.openstreetmap.org/1/1/1.png'>", QUrl("about:blank"))
    qtbot.waitUntil(lambda: any("openstreetmap" in u for u in guard.blocked_urls), timeout=10_000)
    assert "blocked a request that would leave the machine" in caplog.text
    guard.blocked_urls.clear()
    page.deleteLater()


def test_toggled_layer_disappears_from_map_and_undo_brings_it_back(window, qtbot):
    item = window.layer_dock.item("countries")
    item.setCheckState(item.checkState().__class__.Unchecked)
    assert window.doc.layer("countries").visible is False
    qtbot.waitUntil(
        lambda: "countries" not in page_eval(qtbot, window, "BriefingMap.state().shown")
    )
    assert window.isWindowModified()
    window.action_undo.trigger()
    qtbot.waitUntil(lambda: "countries" in page_eval(qtbot, window, "BriefingMap.state().shown"))
    assert window.layer_dock.item("countries").checkState().name == "Checked"


@pytest.mark.parametrize("redo_keys", ["Ctrl+Y", "Ctrl+Shift+Z"])
@pytest.mark.parametrize("focus", ["map", "layer panel"])
def test_undo_and_redo_keys_as_the_readme_lists_them(window, qtbot, redo_keys, focus):
    item = window.layer_dock.item("countries")
    item.setCheckState(item.checkState().__class__.Unchecked)
    target = window.map if focus == "map" else window.layer_dock.list
    window.activateWindow()  # shortcuts act in the active window only
    target.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    # Keys go where the official's focus is; the window's shortcuts must still see them.
    focused = QApplication.focusWidget()
    QTest.keySequence(focused, QKeySequence("Ctrl+Z"))
    assert window.doc.layer("countries").visible is True
    QTest.keySequence(focused, QKeySequence(redo_keys))
    assert window.doc.layer("countries").visible is False
    assert window.layer_dock.item("countries").checkState().name == "Unchecked"


def test_cursor_position_in_status_bar(window, qtbot):
    page_eval(
        qtbot,
        window,
        "BriefingMap.map().fire('mousemove', {latlng: L.latLng(54.6872, 25.2797)}) && 1",
    )
    qtbot.waitUntil(lambda: "54.6872° N" in window.cursor_label.text())
    assert "25.2797° E" in window.cursor_label.text()


def test_save_as_then_reopen_gives_equal_document(window, qtbot, tmp_path):
    window.run(commands.SetProperties({"title": "Vilnius–Suwałki brief", "author": "Ž. Ąžuolas"}))
    path = tmp_path / "brief.briefing"
    assert window.files.save_to(path)
    assert not window.isWindowModified()
    assert "brief.briefing" in window.windowTitle()
    saved = window.doc

    other = MainWindow(Settings(), builtin_briefing(), builtin=True)
    qtbot.addWidget(other)
    assert other.files.open_file(path)
    assert other.doc == saved
    assert other.session.path == path
    assert Settings().get(RECENT_FILES)[0] == str(path.resolve())


def _cut_off(text: str) -> bytes:
    return text[: len(text) // 2].encode()


def _random_bytes(text: str) -> bytes:
    return bytes(range(256)) * 8


def _wrong_type(text: str) -> bytes:
    data = json.loads(text)
    data["view"]["zoom"] = "five"
    return json.dumps(data).encode()


@pytest.mark.parametrize(
    "damage, expected",
    [(_cut_off, "line"), (_random_bytes, "not a briefing file"), (_wrong_type, "view.zoom")],
)
def test_bad_file_leaves_open_document_unchanged(window, qtbot, tmp_path, damage, expected):
    window.run(commands.SetProperties({"title": "Work in progress"}))
    before = fileformat.dumps(window.doc)
    bad = tmp_path / "bad.briefing"
    bad.write_bytes(damage(fileformat.dumps(builtin_briefing())))
    with qtbot.waitSignal(window.error_shown) as shown:
        assert not window.files.open_file(bad)
    assert str(bad) in shown.args[0] and expected in shown.args[0]
    assert fileformat.dumps(window.doc) == before
    assert window.session.path is None and window.session.builtin and window.isWindowModified()
    window.action_undo.trigger()  # the undo history is intact too
    assert window.doc.title == "European security landscape"


def test_close_with_unsaved_changes_asks(window, qtbot, monkeypatch):
    window.run(commands.SetProperties({"title": "Changed"}))
    monkeypatch.setattr(window.files, "ask_save_changes", lambda: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible()
    monkeypatch.setattr(
        window.files, "ask_save_changes", lambda: QMessageBox.StandardButton.Discard
    )
    assert window.close()


def test_window_geometry_is_remembered(window, qtbot):
    window.resize(640, 480)  # within the offscreen screen, which restoreGeometry respects
    window.close()
    again = MainWindow(Settings(), builtin_briefing(), builtin=True)
    qtbot.addWidget(again)
    assert (again.size().width(), again.size().height()) == (640, 480)


def test_new_briefing_starts_empty_and_untitled(window, tmp_path: Path):
    window.files.new_briefing()
    assert window.doc.title == "Untitled briefing"
    assert window.session.path is None and not window.session.builtin


def test_open_recent_reopens_a_saved_file(window, qtbot, tmp_path):
    path = tmp_path / "recent.briefing"
    window.run(commands.SetProperties({"title": "Recent one"}))
    assert window.files.save_to(path)
    window.files.new_briefing()
    window.recent_menu.aboutToShow.emit()
    entries = [a for a in window.recent_menu.actions() if a.toolTip() == str(path.resolve())]
    assert entries, [a.text() for a in window.recent_menu.actions()]
    entries[0].trigger()
    assert window.doc.title == "Recent one"
    assert window.session.path == path.resolve()


def test_export_html_from_the_window(window, tmp_path):
    out = tmp_path / "out.html"
    assert window.hand_off.export_html(out)
    assert "European security landscape" in out.read_text(encoding="utf-8")


def test_export_to_unwritable_path_shows_error(window, qtbot, tmp_path):
    with qtbot.waitSignal(window.error_shown) as shown:
        assert not window.hand_off.export_html(tmp_path / "nope" / "out.html")
    assert "nope" in shown.args[0]


def test_export_pdf_from_the_window_and_cancel(window, tmp_path, monkeypatch):
    out = tmp_path / "out.pdf"
    options = {"page_size": "Letter", "orientation": "portrait", "appendix": False}
    assert window.hand_off.export_pdf(out, options)
    assert out.read_bytes().startswith(b"%PDF")
    # Cancelling (the progress dialog's button) leaves no file behind.
    from PySide6.QtWidgets import QProgressDialog

    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    cancelled = tmp_path / "cancelled.pdf"
    assert not window.hand_off.export_pdf(cancelled, options)
    assert not cancelled.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_status_bar_follows_the_ground_when_the_map_pans_under_a_still_pointer(window, qtbot):
    page_eval(
        qtbot,
        window,
        "BriefingMap.map().fire('mousemove', {latlng: L.latLng(54.6872, "
        "25.2797), containerPoint: L.point(300, 200)}) && 1",
    )
    qtbot.waitUntil(lambda: "54.6872° N" in window.cursor_label.text())
    page_eval(qtbot, window, "BriefingMap.map().panBy([0, -400], {animate: false}) && 1")
    qtbot.waitUntil(lambda: "54.6872° N" not in window.cursor_label.text())
    # Panning the view up by 400 px brings ground further north under the pointer.
    lat = float(window.cursor_label.text().split("°")[0])
    assert lat > 54.6872


def test_status_bar_shows_mgrs_when_chosen_and_remembers_it(window, qtbot):
    window.coordinates.actions["mgrs"].trigger()
    page_eval(
        qtbot, window, "BriefingMap.map().fire('mousemove', {latlng: L.latLng(54.1, 22.93)}) && 1"
    )
    qtbot.waitUntil(lambda: window.cursor_label.text() == "MGRS 34U FE 26199 96369")
    assert window.settings.get(COORDINATE_STYLE) == "mgrs"
    window.coordinates.actions["dms"].trigger()
    assert window.cursor_label.text() == "54°06′00.0″N 22°55′48.0″E"
