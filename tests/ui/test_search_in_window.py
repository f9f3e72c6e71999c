"""Finding a place by an old or local name flies the main window's map there."""

from __future__ import annotations

import pytest
from pagejs import page_state, shown_window
from PySide6.QtCore import Qt

from briefing_app.model.builtin import builtin_briefing


@pytest.fixture
def window(qtbot):
    win = shown_window(qtbot, builtin_briefing(), builtin=True)
    yield win


@pytest.mark.parametrize(
    ("query", "lat", "lon"), [("Königsberg", 54.71, 20.51), ("Suwałki", 54.10, 22.93)]
)
def test_search_flies_the_map_to_the_place(window, qtbot, query, lat, lon):
    box = window.search_box
    box.setFocus()
    box.prepare()
    qtbot.waitUntil(lambda: box.is_ready, timeout=30_000)
    # QTest types ASCII only: the name arrives as typed text from an input method would.
    box.setText(query)
    box.textEdited.emit(query)
    qtbot.waitUntil(lambda: bool(box.places()), timeout=5_000)
    qtbot.keyClick(box, Qt.Key.Key_Return)

    def arrived() -> bool:
        center = page_state(qtbot, window)["center"]
        return abs(center[0] - lat) < 0.3 and abs(center[1] - lon) < 0.3

    qtbot.waitUntil(arrived, timeout=10_000)
    assert (
        query.split()[0][:4] in window.statusBar().currentMessage()
        or "Kaliningrad" in window.statusBar().currentMessage()
    )
