"""The legend on screen lists the same entries, by key, as the scene the HTML and the PDF
read (tests/test_legend_keys.py checks those two)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pagejs import page_eval, shown_window

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from test_legend_keys import _briefing

pytestmark = pytest.mark.timeout(120)


def test_every_item_kind_has_its_entry_in_the_page_legend(qtbot):
    window = shown_window(qtbot, _briefing(), size=(1280, 800))
    scene = window.map.scene
    expected = [
        (s["title"], e["key"], e["label"]) for s in scene.legend_message() for e in s["entries"]
    ]

    def page_legend():
        return page_eval(
            qtbot,
            window,
            """(function () {
            var out = [];
            document.querySelectorAll('.briefing-legend-row').forEach(function (row) {
                var label = row.querySelector('.briefing-legend-label');
                if (label) { out.push(label.textContent); }
            });
            return out;
        })()""",
        )

    qtbot.waitUntil(lambda: len(page_legend()) >= len(expected), timeout=30_000)
    shown = page_legend()
    for _title, _key, label in expected:
        assert label in shown
    keys = {key for _, key, _ in expected}
    assert {"annotation", "imported", "flashpoint", "range_ring", "both", "first_only"} <= keys
    window.undo_stack.setClean()
