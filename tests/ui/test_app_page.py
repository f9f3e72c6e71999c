"""The window's map page carries its own scripts, each admitted by its hash and nothing else,
and asks the app's scheme only for data, images and fonts (#17: its code runs without a
request to the window's thread)."""

from __future__ import annotations

import base64
import hashlib
import html
import re

import pytest

from briefing_app.paths import app_root
from briefing_app.render.map_page import GEOMAN_JS
from briefing_app.ui.map_view import app_page


def _policy(page: str) -> dict[str, str]:
    found = re.findall(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert len(found) == 1
    return dict(part.strip().split(" ", 1) for part in html.unescape(found[0]).split(";"))


def test_every_script_is_in_the_page_and_admitted_by_its_hash():
    page = app_page()
    rules = _policy(page)
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 4  # Leaflet, QWebChannel, the editor, the map
    assert "<script src" not in page
    # The editing library is fetched when the page needs it and run as an inline script:
    # admitted by the hash of the file the app's scheme serves, and nothing else is.
    geoman = (app_root() / GEOMAN_JS).read_text(encoding="utf-8")
    assert geoman not in page
    allowed = rules["script-src"].split()
    assert sorted(allowed) == sorted(
        "'sha256-" + base64.b64encode(hashlib.sha256(code.encode()).digest()).decode() + "'"
        for code in [*scripts, geoman]
    )
    assert rules["default-src"] == "'none'" and rules["connect-src"] == "briefing:"
    assert "new QWebChannel" in "".join(scripts) and "BriefingMap" in scripts[-1]


def test_style_sheets_keep_their_images_and_the_data_is_asked_for_early():
    page = app_page()
    assert 'rel="stylesheet"' not in page
    assert "url(briefing://app/assets/vendor/leaflet/images/layers.png)" in page
    assert "url('briefing://app/assets/fonts/DejaVuSans.ttf')" in page
    preloads = re.findall(
        r'<link rel="preload" as="fetch" crossorigin="anonymous" href="([^"]+)">', page
    )
    assert preloads == [
        "briefing://app/geodata/countries/countries_50m.page.bin",
        "briefing://app/basemap/data.json",
    ]
    # Asked for before the scripts are parsed.
    assert page.index(preloads[0]) < page.index("<script>")


@pytest.mark.heavy  # opens a window
def test_the_editing_library_comes_after_the_countries_and_only_for_an_editor(qtbot):
    from types import SimpleNamespace

    from pagejs import page_eval, shown_window, wait_for_editor

    from briefing_app.model.builtin import builtin_briefing
    from briefing_app.ui.map_view import MapWidget
    from briefing_app.ui.web_scheme import WebProfile, app_url

    window = shown_window(qtbot, builtin_briefing(), builtin=True)
    assert wait_for_editor(qtbot, window) == "started"  # fetched, admitted, run
    assert app_url(GEOMAN_JS) in WebProfile.instance().guard.seen_urls
    assert page_eval(qtbot, window, "Boolean(L.PM) && BriefingEditor.state().tool") is None
    # A map nobody edits (a presentation's) never fetches it.
    bare = MapWidget(builtin_briefing().view)
    qtbot.addWidget(bare)
    bare.resize(640, 480)
    bare.show()
    qtbot.waitUntil(lambda: "countries" in bare.rendered_layers, timeout=30_000)
    qtbot.wait(200)
    state = page_eval(qtbot, SimpleNamespace(map=bare), "[BriefingMap.editorState(), !!L.PM]")
    assert state == ["waiting", False]
