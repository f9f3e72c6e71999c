"""Web Mercator (Leaflet's EPSG:3857), in the unit square: the screen map's projection."""

from __future__ import annotations

import math

MAX_LAT = 85.05112878  # where the square ends
# What a slide's view (centre and zoom) shows: the ground of a map this many CSS pixels wide
# and high at the view's zoom (a laptop's map). A presentation screen and a thumbnail of any
# other shape show all of it, fitted, with more around it where the shapes differ.
SLIDE_FRAME_PX = (1000.0, 625.0)


def mercator_y(lat: float) -> float:
    """Latitude -> y in [-0.5, 0.5], north positive."""
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) / (2 * math.pi)


def world_px(lon: float, lat: float, zoom: float, tile_px: int = 256) -> tuple[float, float]:
    """Lon/lat -> Leaflet's world pixels at `zoom` (y down from the north edge)."""
    scale = tile_px * 2**zoom
    return (lon + 180) / 360 * scale, (0.5 - mercator_y(lat)) * scale


def fitted_zoom(
    zoom: float, width_px: float, height_px: float, frame_px: tuple[float, float] = SLIDE_FRAME_PX
) -> float:
    """The zoom at which a `width_px` x `height_px` map shows all of a view's frame (made at
    `zoom`): one zoom step doubles the scale, so the smaller of the two ratios decides."""
    if width_px <= 0 or height_px <= 0:
        return zoom
    return zoom + math.log2(min(width_px / frame_px[0], height_px / frame_px[1]))
