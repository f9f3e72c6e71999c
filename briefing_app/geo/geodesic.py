"""Geodesic range rings, distances and bearings on the WGS84 ellipsoid.

Pure functions on plain numbers; no Qt, no GeoPandas. Coordinates passed in are
(lat, lon) in degrees, as people say them; coordinates returned as rings or lines are
(lon, lat), as GeoJSON and shapely expect.

Range rings are true geodesic circles: every vertex lies at the given distance from the
centre along the ellipsoid, so a "500 km" ring drawn on a Mercator map is the right shape
(egg-shaped towards the pole), not a planar circle that would be wrong by tens of km at
Baltic latitudes.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pyproj import Geod


@lru_cache(maxsize=1)
def geod() -> Geod:
    """The WGS84 ellipsoid. pyproj loads on first use: importing it (and PROJ's data) costs
    a sixth of a second, and the window's first map needs no geodesic."""
    from pyproj import Geod

    return Geod(ellps="WGS84")


MAX_RADIUS_KM = 20_000.0
"""Half the meridian circumference is ~20,004 km; beyond it a "radius" is meaningless."""


def _check_latlon(lat: float, lon: float) -> None:
    if not (math.isfinite(lat) and math.isfinite(lon)):
        raise ValueError(f"coordinates must be finite, got lat={lat}, lon={lon}")
    if not -90.0 <= lat <= 90.0:
        raise ValueError(f"latitude must be within [-90, 90], got {lat}")


def _wrap(lon: float, around: float) -> float:
    """`lon` shifted by a multiple of 360 into [around - 180, around + 180)."""
    return around + ((lon - around + 180.0) % 360.0 - 180.0)


def _signed_area(ring: Sequence[tuple[float, float]]) -> float:
    """Shoelace area in degree units; > 0 for a counter-clockwise ring."""
    return 0.5 * sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in itertools.pairwise(ring))


def range_ring(
    lat: float, lon: float, radius_km: float, segments: int = 256
) -> list[tuple[float, float]]:
    """A closed ring of (lon, lat) vertices at geodesic distance `radius_km` from the centre.

    Usable as the exterior of a GeoJSON Polygon: the first vertex is repeated at the end
    and the ring runs counter-clockwise (RFC 7946) in lon/lat.

    Longitudes are not forced into [-180, 180]: they are kept continuous so the polygon
    stays a valid plane figure wherever the circle lies.

    - A ring that crosses the antimeridian (but does not contain a pole) keeps its
      longitudes within 180° of the centre's, so near 180°E some exceed 180 (or, near
      180°W, go below -180). Leaflet draws such rings correctly across the date line;
      a consumer that needs strict [-180, 180] must split the polygon itself.
    - A ring that contains one pole is cut at the antimeridian and closed along the
      pole's latitude (±90): the polygon covers longitudes -180…180 exactly, which is how
      a polar cap looks on a lon/lat or Mercator map (Mercator clips it near the pole).
    - A disc containing both poles (possible only for radii above ~10,000 km) cannot be
      written as one lon/lat ring: ValueError.

    Raises ValueError when the radius is not in (0, 20,000) km, `segments` < 8, or the
    centre is not a valid coordinate.
    """
    _check_latlon(lat, lon)
    if not (math.isfinite(radius_km) and 0.0 < radius_km < MAX_RADIUS_KM):
        raise ValueError(f"radius must be > 0 and < {MAX_RADIUS_KM:.0f} km, got {radius_km}")
    if segments < 8:
        raise ValueError(f"need at least 8 segments, got {segments}")

    radius_m = radius_km * 1000.0
    north_inside = _contains_pole(lat, lon, radius_m, 90.0)
    south_inside = _contains_pole(lat, lon, radius_m, -90.0)
    if north_inside and south_inside:
        raise ValueError(
            f"a {radius_km} km disc around ({lat}, {lon}) contains both poles "
            "and cannot be drawn as one lon/lat ring"
        )

    azimuths = [360.0 * i / segments for i in range(segments)]
    lons, lats, _ = geod().fwd([lon] * segments, [lat] * segments, azimuths, [radius_m] * segments)
    if north_inside or south_inside:
        ring = _polar_ring(list(lons), list(lats), 90.0 if north_inside else -90.0)
    else:
        centre = _wrap(lon, 0.0)
        ring = [(_wrap(x, centre), y) for x, y in zip(lons, lats, strict=True)]
        ring.append(ring[0])
    if _signed_area(ring) < 0:
        ring.reverse()
    return ring


def _contains_pole(lat: float, lon: float, radius_m: float, pole_lat: float) -> bool:
    _, _, dist = geod().inv(lon, lat, lon, pole_lat)
    return bool(dist < radius_m)


def _polar_ring(lons: list[float], lats: list[float], pole_lat: float) -> list[tuple[float, float]]:
    """Ring vertices around a pole, cut at the antimeridian and closed along the pole."""
    points = [(_wrap(x, 0.0), y) for x, y in zip(lons, lats, strict=True)]
    n = len(points)
    # Exactly one step jumps by ~360° of longitude: start the walk just after it.
    jump = next(i for i in range(n) if abs(points[(i + 1) % n][0] - points[i][0]) > 180.0)
    walk = points[jump + 1 :] + points[: jump + 1]
    first, last = walk[0], walk[-1]
    start_edge = -180.0 if first[0] < 0 else 180.0
    end_edge = -start_edge
    # Latitude where the segment last -> first crosses the antimeridian (linear in lon/lat,
    # fine for segments of a degree or two).
    span = (first[0] - start_edge) + (end_edge - last[0])
    t = (end_edge - last[0]) / span if span else 0.5
    cross_lat = last[1] + t * (first[1] - last[1])
    return [
        (start_edge, cross_lat),
        *walk,
        (end_edge, cross_lat),
        (end_edge, pole_lat),
        (start_edge, pole_lat),
        (start_edge, cross_lat),
    ]


def range_ring_geojson(
    lat: float,
    lon: float,
    radius_km: float,
    properties: Mapping[str, Any] | None = None,
    segments: int = 256,
) -> dict[str, Any]:
    """A GeoJSON Feature (Polygon) of `range_ring`.

    Its properties are `center` ([lon, lat]) and `radius_km`, then `properties` (which
    may override them).
    """
    ring = range_ring(lat, lon, radius_km, segments)
    props: dict[str, Any] = {"center": [lon, lat], "radius_km": radius_km}
    props.update(properties or {})
    return {
        "type": "Feature",
        "properties": props,
        "geometry": {"type": "Polygon", "coordinates": [[list(p) for p in ring]]},
    }


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Geodesic distance on WGS84, in km."""
    _check_latlon(lat1, lon1)
    _check_latlon(lat2, lon2)
    _, _, dist = geod().inv(lon1, lat1, lon2, lat2)
    return float(dist) / 1000.0


def bearing_deg(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial azimuth from point 1 towards point 2, degrees clockwise from north, [0, 360).

    Undefined for identical points (returns whatever pyproj gives, normalised).
    """
    _check_latlon(lat1, lon1)
    _check_latlon(lat2, lon2)
    azimuth, _, _ = geod().inv(lon1, lat1, lon2, lat2)
    return float(azimuth) % 360.0


def line_length_km(coords: Sequence[tuple[float, float]]) -> float:
    """Geodesic length of a polyline given as (lon, lat) vertices, in km; 0 for < 2 points."""
    if len(coords) < 2:
        return 0.0
    lons = [float(c[0]) for c in coords]
    lats = [float(c[1]) for c in coords]
    for x, y in zip(lons, lats, strict=True):
        _check_latlon(y, x)
    return float(geod().line_length(lons, lats)) / 1000.0
