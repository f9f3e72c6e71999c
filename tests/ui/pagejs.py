"""Reading the map page from GUI tests: evaluate JavaScript in a window's (or a
presentation's) map and return the JSON result."""

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
