"""The window's map page carries its own scripts, each admitted by its hash and nothing else,
and asks the app's scheme only for data, images and fonts (#17: its code runs without a
request to the window's thread)."""

from __future__ import annotations

import base64
import hashlib
import html
import re

from briefing_app.core.paths import app_root
from briefing_app.ui.map_view import app_page


def _policy(page: str) -> dict[str, str]:
    found = re.findall(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert len(found) == 1
    return dict(part.strip().split(" ", 1) for part in html.unescape(found[0]).split(";"))


def test_every_script_is_in_the_page_and_admitted_by_its_hash():
    page = app_page()
    rules = _policy(page)
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 5  # Leaflet, QWebChannel, geoman, the editor, the map
    assert "<script src" not in page
    allowed = rules["script-src"].split()
    assert sorted(allowed) == sorted(
        "'sha256-" + base64.b64encode(hashlib.sha256(code.encode()).digest()).decode() + "'"
        for code in scripts
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
    assert preloads == ["briefing://app/basemap/data.json"]
    # Asked for before the scripts are parsed.
    assert page.index(preloads[0]) < page.index("<script>")


def test_the_packed_countries_are_in_the_page_before_its_scripts():
    # Drawn as the page starts, not once the window's thread (busy building the window)
    # answers a request for them.
    page = app_page()
    found = re.findall(
        r'<script type="application/json" id="briefing_countries_packed">"([A-Za-z0-9+/=]+)"'
        r"</script>",
        page,
    )
    assert len(found) == 1
    packed = (app_root() / "geodata/countries/countries_50m.page.bin").read_bytes()
    assert base64.b64decode(found[0]) == packed
    assert page.index("briefing_countries_packed") < page.index("<script>")
    assert "countries_50m.page.bin" not in page  # not asked for besides
