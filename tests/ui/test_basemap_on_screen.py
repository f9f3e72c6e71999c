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


SEA_COVERS_THE_VIEW = """(function () {
  var sea = document.querySelector(".briefing-map-sea").getBoundingClientRect();
  var view = BriefingMap.map().getContainer().getBoundingClientRect();
  return sea.left <= view.left && sea.top <= view.top && sea.right >= view.right
    && sea.bottom >= view.bottom;
})()"""


def _sea_colour(qtbot, window, lat: float, lon: float) -> tuple[int, int, int]:
    """The mean colour the map shows in a 9 x 9 box around (lat, lon), once drawn."""
    x, y = page_eval(
        qtbot,
        window,
        f"(function(){{var p=BriefingMap.map().latLngToContainerPoint([{lat},{lon}]);"
        "return [Math.round(p.x), Math.round(p.y)];})()",
    )
    image = window.map.grab().toImage()
    colours = [image.pixelColor(x + dx, y + dy) for dx in range(-4, 5) for dy in range(-4, 5)]
    channels = ("red", "green", "blue")
    out = tuple(round(sum(getattr(c, k)() for c in colours) / len(colours)) for k in channels)
    return out


def _container_x(qtbot, window, lat: float, lon: float) -> float:
    return page_eval(qtbot, window, f"BriefingMap.map().latLngToContainerPoint([{lat},{lon}]).x")


def _close(colour: tuple[int, int, int], hex_colour: str, tolerance: int) -> bool:
    wanted = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return max(abs(a - b) for a, b in zip(colour, wanted, strict=True)) <= tolerance


def test_the_sea_is_drawn_in_the_themes_colour_wherever_the_view_goes(qtbot):
    from briefing_app.style.themes import get_theme

    window = shown_window(qtbot, builtin_briefing(), builtin=True, size=(1280, 800))
    qtbot.waitUntil(lambda: (_basemap(qtbot, window) or {}).get("relief", 0) > 0, timeout=30_000)
    light, dark = get_theme("light").sea, get_theme("dark").sea
    # The North Sea and the Bay of Biscay: sea under the relief (which lightens nothing).
    seas = [(56.0, 3.0), (45.5, -4.0)]
    qtbot.waitUntil(lambda: all(_close(_sea_colour(qtbot, window, *s), light, 40) for s in seas))

    window.theme_actions["dark"].trigger()
    try:
        qtbot.waitUntil(
            lambda: all(_close(_sea_colour(qtbot, window, *s), dark, 24) for s in seas),
            timeout=10_000,
        )
        # The mid-Atlantic, more than a view west of the view (at zoom 6), brought into it
        # by panning: the sea went with the view (no light sea, no grey relief on an empty
        # backdrop).
        page_eval(qtbot, window, "BriefingMap.map().setView([46, -8], 6, {animate: false}) && 1")
        atlantic = (46.0, -38.0)
        assert _container_x(qtbot, window, *atlantic) < -window.map.width()
        # In two moves shorter than the view, as a drag goes (a longer one resets the view).
        for _ in range(2):
            page_eval(qtbot, window, "BriefingMap.map().panBy([-650, 0], {animate: false}) && 1")
        assert 40 < _container_x(qtbot, window, *atlantic) < window.map.width() - 40
        qtbot.waitUntil(
            lambda: _close(_sea_colour(qtbot, window, *atlantic), dark, 24), timeout=10_000
        )
        # And under the whole view, where the relief tiles drawn during a drag blend with it.
        assert page_eval(qtbot, window, SEA_COVERS_THE_VIEW)
    finally:
        window.theme_actions["light"].trigger()
        window.undo_stack.setClean()
