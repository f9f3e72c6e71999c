"""GUI test helpers: open a main window with its map drawn, and read a window's (or a
presentation's) map page by evaluating JavaScript and returning the JSON result."""

from __future__ import annotations

import json
from typing import Any


def page_eval(qtbot, owner, script: str) -> Any:
    result: list[str] = []
    owner.map.page().runJavaScript(f"JSON.stringify({script})", 0, result.append)
    # Generous: a page busy drawing on a loaded 2-core machine answers late, not never.
    qtbot.waitUntil(lambda: bool(result), timeout=30_000)
    return json.loads(result[0])


def page_state(qtbot, owner) -> dict:
    """What the page shows now: layers shown, centre, zoom, feature counts, legend text."""
    return page_eval(qtbot, owner, "BriefingMap.state()")


def shown_window(qtbot, doc, *, builtin: bool = False, size: tuple[int, int] | None = None):
    """A main window on `doc`, shown, once its map has drawn the countries."""
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.settings import Settings

    window = MainWindow(Settings(), doc, builtin=builtin)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: "countries" in window.map.rendered_layers, timeout=30_000)
    return window
