"""Web Mercator (Leaflet's EPSG:3857), in the unit square: the screen map's projection."""

from __future__ import annotations

import math

MAX_LAT = 85.05112878  # where the square ends


def mercator_y(lat: float) -> float:
    """Latitude -> y in [-0.5, 0.5], north positive."""
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) / (2 * math.pi)


def world_px(lon: float, lat: float, zoom: float, tile_px: int = 256) -> tuple[float, float]:
    """Lon/lat -> Leaflet's world pixels at `zoom` (y down from the north edge)."""
    scale = tile_px * 2**zoom
    return (lon + 180) / 360 * scale, (0.5 - mercator_y(lat)) * scale
