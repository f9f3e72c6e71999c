"""The basemap in the window: relief tiles served tile by tile from the one archive through
the app's scheme (a request never becomes a path outside it), water and place dots drawn,
the attribution shown, and all of it gone when the user hides the layer."""

from __future__ import annotations

import pytest
from pagejs import page_eval, shown_window

from briefing_app.model import commands
from briefing_app.model.builtin import builtin_briefing
from briefing_app.ui.web_scheme import AppSchemeHandler, WebProfile

JPEG = b"\xff\xd8\xff"


@pytest.fixture
def handler(qapp):
    return AppSchemeHandler()


@pytest.mark.parametrize(
    "tile",
    [
        "basemap/relief/6/36/22.jpg",
        "basemap/relief/7/71/40.jpg",
        "basemap/relief/0/0/0.jpg",
        "basemap/relief/7/10/10.jpg",
    ],
)
def test_the_scheme_serves_relief_tiles(handler, tile):
    data, mime = handler._lookup(tile)
    assert mime == "image/jpeg" and data is not None and data.startswith(JPEG)


@pytest.mark.parametrize(
    "path",
    [
        "basemap/relief/8/0/0.jpg",  # beyond the pyramid
        "basemap/relief/6/64/0.jpg",  # off the grid
        "basemap/relief/-1/0/0.jpg",
        "basemap/relief/6/1/2.png",
        "basemap/relief/6/1/2.jpg/../../../../pyproject.toml",
        "basemap/relief/../../pyproject.toml",
        "basemap/relief/%2e%2e/x.jpg",
        "basemap/relief/٦/1/2.jpg",  # digits of another script
        "geodata/../pyproject.toml",
        "basemap/relief_tiles.zip",
    ],
)
def test_the_scheme_refuses_a_bad_tile_request(handler, path):
    data, _ = handler._lookup(path)
    assert data is None


def test_a_damaged_archive_fails_the_request_cleanly(handler, tmp_path, monkeypatch):
    from briefing_app.data import basemap

    broken = tmp_path / "relief_tiles.zip"
    broken.write_bytes(b"not a zip")
    tiles = basemap.relief_tiles()
    monkeypatch.setattr(
        "briefing_app.ui.web_scheme.relief_tiles",
        lambda: basemap.ReliefTiles(broken, tiles.min_zoom, tiles.max_zoom, tiles.ranges),
    )
    assert handler._lookup("basemap/relief/6/36/22.jpg")[0] is None


def test_the_basemap_data_route_serves_water_and_places(handler):
    import json

    data, mime = handler._lookup("basemap/data.json")
    assert mime == "application/json"
    parsed = json.loads(data)
    assert len(parsed["places"]) > 300 and len(parsed["water"]) > 50


def _basemap(qtbot, window):
    return page_eval(qtbot, window, "BriefingMap.state().basemap")


def test_the_window_draws_the_basemap_and_hides_it(qtbot):
    window = shown_window(qtbot, builtin_briefing(), builtin=True, size=(1280, 800))
    kaliningrad = next(s for s in window.doc.slides if "Kaliningrad" in s.title)
    window.slides.show_slide(kaliningrad.id)
    # Named places (each dot comes with its placed name): the towns around the gap.
    qtbot.waitUntil(lambda: (_basemap(qtbot, window) or {}).get("places", 0) > 10, timeout=30_000)
    qtbot.waitUntil(lambda: _basemap(qtbot, window)["relief"] > 0, timeout=30_000)
    shown = _basemap(qtbot, window)
    assert shown["water"] > 0
    assert "Natural Earth" in shown["attribution"] and "GeoNames" in shown["attribution"]
    assert "basemap" in page_eval(qtbot, window, "BriefingMap.state().shown")
    # Every tile came through the app's scheme; nothing tried to leave the machine.
    guard = WebProfile.instance().guard
    assert not guard.blocked_urls
    assert any("/basemap/relief/" in url for url in guard.seen_urls)

    window.run(commands.SetLayerVisible("basemap", False, slide_id=kaliningrad.id))
    qtbot.waitUntil(
        lambda: "basemap" not in page_eval(qtbot, window, "BriefingMap.state().shown"),
        timeout=10_000,
    )
    assert _basemap(qtbot, window)["attribution"] == ""
    # The town names go with it (the labels are placed again without them).
    qtbot.waitUntil(
        lambda: (
            page_eval(qtbot, window, "document.querySelectorAll('.briefing-place-dot').length") == 0
        ),
        timeout=10_000,
    )
    window.undo_stack.undo()
    qtbot.waitUntil(
        lambda: "basemap" in page_eval(qtbot, window, "BriefingMap.state().shown"), timeout=10_000
    )
    window.undo_stack.setClean()
