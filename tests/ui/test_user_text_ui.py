"""User text in the window: the title bar shows it as typed, the map page shows it as text
(no element of its own in the DOM), and suggested file names are sanitised."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pagejs import page_eval, shown_window

from briefing_app.ui.file_actions import file_stem

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from test_user_text import HOSTILE, LONG, hostile_briefing

RENDER_TIMEOUT_MS = 30_000

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def window(qtbot):
    win = shown_window(qtbot, hostile_briefing())
    yield win
    win.undo_stack.setClean()


def test_window_title_shows_the_text_as_typed(window):
    assert f"T {HOSTILE}" in window.windowTitle()


def test_map_page_holds_user_text_as_text(window, qtbot):
    # The label's tooltip is given to Leaflet as escaped HTML, so it shows the characters.
    # (Whether permanent tooltips are on screen depends on the page's layout; the content
    # Leaflet holds does not.)
    def tooltip_contents() -> list[str]:
        return page_eval(
            qtbot,
            window,
            """(function () {
            var out = [];
            BriefingMap.map().eachLayer(function (l) {
                var t = l.getTooltip && l.getTooltip();
                var c = t && t.getContent();
                if (typeof c === 'string' && c.indexOf('Label ') >= 0) { out.push(c); }
            });
            return out; })()""",
        )

    qtbot.waitUntil(lambda: len(tooltip_contents()) == 1, timeout=RENDER_TIMEOUT_MS)
    content = tooltip_contents()[0]
    assert "<script>" not in content and "<img" not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content
    assert (
        page_eval(
            qtbot,
            window,
            """Array.prototype.filter.call(
        document.querySelectorAll('.leaflet-tooltip'),
        function (t) { return t.children.length > 0
                              && t.textContent.indexOf('alert(1)') >= 0; }).length""",
        )
        == 0
    )
    injected = page_eval(
        qtbot,
        window,
        """(function () {
        var scripts = Array.prototype.filter.call(document.querySelectorAll('script'),
            function (s) { return s.textContent.indexOf('alert(1)') >= 0; });
        return {onerror: document.querySelectorAll('[onerror]').length,
                imgx: document.querySelectorAll('img[src="x"]').length,
                scripts: scripts.length};
    })()""",
    )
    assert injected == {"onerror": 0, "imgx": 0, "scripts": 0}


@pytest.mark.parametrize(
    "title", [HOSTILE, LONG, "../../etc/passwd", "CON", "\u202e.exe", 'a/b\\c:d*e?f"g<h>i|j', ""]
)
def test_suggested_file_names_are_sanitised(title):
    stem = file_stem(title)
    assert stem and len(stem) <= 60
    assert not set(stem) & set("<>:\"/\\|?*'`&;\u202e\u200f\u202b ")
    assert ".." not in stem and not stem.startswith(".")
