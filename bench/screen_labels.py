"""The screen side of bench/label_overlaps.py: every built-in slide in the real window
(offscreen Qt), the boxes of the labels and symbols the page shows, measured in the page."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

# Boxes of what the page draws as labels and symbols, in CSS px, as the browser laid them out.
BOXES_JS = """JSON.stringify(Array.from(document.querySelectorAll(
  '.briefing-map-label-text, .briefing-symbol')).map(function (e) {
    var r = e.getBoundingClientRect();
    return [r.left, r.top, r.right, r.bottom, e.textContent || e.className];
  }).filter(function (b) {
    // What can be seen: on the map, not hidden by a control panel beside it.
    var m = document.getElementById('map_briefing').getBoundingClientRect();
    return b[2] > b[0] && b[3] > b[1] && b[2] > m.left && b[0] < m.right && b[3] > m.top &&
      b[1] < m.bottom;
  }))"""


def screen_counts(size: tuple[int, int] = (1280, 800)) -> list[tuple[str, int, int]]:
    scratch = Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["BRIEFING_APP_SETTINGS"] = str(scratch / "settings.ini")
    os.environ["BRIEFING_APP_DATA_DIR"] = str(scratch / "data")
    from briefing_app.ui.app import prepare_environment

    prepare_environment()
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from briefing_app.model.builtin import builtin_briefing
    from briefing_app.render.labels import count_overlaps
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.settings import Settings
    from briefing_app.ui.web_scheme import register_scheme

    register_scheme()
    app = QApplication.instance() or QApplication(sys.argv[:1])

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def boxes() -> list[list[float]]:
        result: list[str] = []
        window.map.page().runJavaScript(BOXES_JS, 0, result.append)
        for _ in range(100):
            if result:
                break
            wait(50)
        return json.loads(result[0]) if result else []

    doc = builtin_briefing()
    window = MainWindow(Settings(), doc, builtin=True)
    window.resize(*size)
    window.show()
    for _ in range(300):
        if "countries" in window.map.rendered_layers:
            break
        wait(100)
    rows = []
    for slide in doc.slides:
        window.slides.show_slide(slide.id)
        wait(2000)
        found = boxes()
        count = count_overlaps([tuple(b[:4]) for b in found])
        if count and os.environ.get("BENCH_VERBOSE"):
            for i, a in enumerate(found):
                for b in found[:i]:
                    if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                        print("    overlap:", a, b)
        rows.append((slide.title, len(found), count))
    window.close()
    app.processEvents()
    return rows
