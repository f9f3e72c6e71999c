"""From a Leaflet view (centre, zoom) to the extent a printed map frame shows, in the page's
projection (ETRS89-LAEA, EPSG:3035, by default), and from map units to points on the page.

The default projection and the geodesics of the scale are computed here without pyproj
(geo/laea.py, geo/vincenty.py: to a micrometre of what PROJ gives), whose import costs an
export 35 ms; the other projections a user can choose load pyproj when first asked for."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np
import shapely

from briefing_app.geo import laea, vincenty
from briefing_app.geo.mercator import SLIDE_FRAME_PX
from briefing_app.model.document import MapView
from briefing_app.render.pdf.diskcache import cached_bytes, file_version

if TYPE_CHECKING:
    from pyproj import Geod

# Web-Mercator (Leaflet, 256 px tiles): ground metres per pixel at the equator at zoom 0.
_MERCATOR_M_PER_PX = 2 * math.pi * 6378137.0 / 256
# How wide the map is on a laptop screen, in CSS px: a page frame shows about as much ground
# as this many screen pixels do at the slide's zoom.
SCREEN_MAP_WIDTH_PX = SLIDE_FRAME_PX[0]
# Raised whenever geo/laea.py computes other numbers: the key of what the caches keep.
LAEA_VERSION = 1


class Transform(Protocol):
    """What pyproj's Transformer and geo/laea's transforms have in common."""

    def transform(self, xx: Any, yy: Any) -> tuple[Any, Any]: ...


@dataclass(frozen=True)
class Projector:
    crs: str
    forward: Transform  # lon/lat -> map units
    inverse: Transform  # map units -> lon/lat


def _is_laea(crs: str) -> bool:
    return crs.strip().upper() == laea.CRS


@lru_cache(maxsize=8)
def projector(crs: str) -> Projector:
    if _is_laea(crs):
        return Projector(crs, laea.Forward(), laea.Inverse())
    from pyproj import CRS, Transformer

    pipelines = _pipelines(crs)
    if pipelines is not None:
        forward, inverse = pipelines
        return Projector(
            crs, Transformer.from_pipeline(forward), Transformer.from_pipeline(inverse)
        )
    target = CRS.from_user_input(crs)
    return Projector(
        crs,
        Transformer.from_crs("EPSG:4326", target, always_xy=True),
        Transformer.from_crs(target, "EPSG:4326", always_xy=True),
    )


def projection_version(crs: str) -> tuple[object, ...]:
    """What the numbers `projector(crs)` gives depend on, for the keys of cached results."""
    if _is_laea(crs):
        return ("laea", LAEA_VERSION)
    import pyproj

    return (pyproj.__version__, pyproj.proj_version_str)


@lru_cache(maxsize=1)
def _geod() -> Geod:
    from pyproj import Geod

    return Geod(ellps="WGS84")


def _step_east(crs: str, lon: float, lat: float, metres: float) -> tuple[float, float]:
    # Vincenty where nothing else needs pyproj; another projection has it loaded already,
    # and its numbers stay those of the exports before (a relief warps the same).
    found = vincenty.direct(lon, lat, 90.0, metres) if _is_laea(crs) else None
    if found is None:
        east_lon, east_lat, _ = _geod().fwd(lon, lat, 90.0, metres)
        return east_lon, east_lat
    return found


def _distance(crs: str, lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    found = vincenty.distance(lon1, lat1, lon2, lat2) if _is_laea(crs) else None
    if found is None:
        _, _, metres = _geod().inv(lon1, lat1, lon2, lat2)
        return float(metres)
    return found


def _pipelines(crs: str) -> tuple[str, str] | None:
    """The PROJ pipelines from lon/lat to `crs` and back, when each direction has one: then
    Transformer.from_pipeline (0.2 ms) transforms exactly as Transformer.from_crs, which
    searches PROJ's database for the candidate operations (80 ms each, every export). None
    (from_crs) where the candidates differ, e.g. a datum shift with a grid, which from_crs
    picks per point by area of use."""
    import pyproj

    try:
        database: object = file_version(Path(pyproj.datadir.get_data_dir()) / "proj.db")
    except (OSError, pyproj.exceptions.DataDirError):
        database = None
    key = (crs, pyproj.__version__, pyproj.proj_version_str, database)
    data = cached_bytes("proj", key, lambda: json.dumps(_find_pipelines(crs)).encode())
    try:
        forward, inverse = json.loads(data)
    except ValueError:  # [] (no single pipeline), or an unreadable cache entry
        return None
    return (forward, inverse) if isinstance(forward, str) and isinstance(inverse, str) else None


def _find_pipelines(crs: str) -> list[str]:
    from pyproj import CRS
    from pyproj.transformer import TransformerGroup

    target = CRS.from_user_input(crs)
    definitions: list[str] = []
    for source, to in (("EPSG:4326", target), (target, "EPSG:4326")):
        group = TransformerGroup(source, to, always_xy=True)
        found = {t.definition for t in group.transformers}
        if group.unavailable_operations or len(found) != 1:
            return []
        definitions += found
    return definitions


@dataclass(frozen=True)
class MapExtent:
    """A map frame of `width` x `height` points showing [minx, maxx] x [miny, maxy]."""

    crs: str
    minx: float
    miny: float
    maxx: float
    maxy: float
    width: float
    height: float

    @classmethod
    def around(
        cls, crs: str, cx: float, cy: float, upp: float, width: float, height: float
    ) -> MapExtent:
        """The frame of `width` x `height` points centred on (cx, cy), `upp` map units a point."""
        half_w, half_h = width / 2 * upp, height / 2 * upp
        return cls(crs, cx - half_w, cy - half_h, cx + half_w, cy + half_h, width, height)

    @property
    def units_per_pt(self) -> float:
        return (self.maxx - self.minx) / self.width

    @property
    def center(self) -> tuple[float, float]:
        return (self.minx + self.maxx) / 2, (self.miny + self.maxy) / 2

    def to_pt(self, coords: np.ndarray) -> np.ndarray:
        """Map units -> points from the frame's lower-left corner."""
        return (coords - (self.minx, self.miny)) / self.units_per_pt

    def lonlat_to_pt(self, coords: np.ndarray) -> np.ndarray:
        x, y = projector(self.crs).forward.transform(coords[:, 0], coords[:, 1])
        return self.to_pt(np.column_stack([x, y]))

    def pt_to_lonlat(self, x: float, y: float) -> tuple[float, float]:
        upp = self.units_per_pt
        lon, lat = projector(self.crs).inverse.transform(self.minx + x * upp, self.miny + y * upp)
        return float(lon), float(lat)

    def lonlat_bounds(self, pad_pt: float = 20.0) -> tuple[float, float, float, float]:
        """A lon/lat box holding everything the frame (plus a margin) shows, to cut the
        world down before projecting it: whole-world data cannot be projected to LAEA
        (the antipode of its centre has no image)."""
        n = 50
        t = np.linspace(0.0, 1.0, n)
        lo, hi_w, hi_h = -pad_pt, self.width + pad_pt, self.height + pad_pt
        xs = np.concatenate(
            [lo + t * (hi_w - lo), np.full(n, hi_w), hi_w - t * (hi_w - lo), np.full(n, lo)]
        )
        ys = np.concatenate(
            [np.full(n, lo), lo + t * (hi_h - lo), np.full(n, hi_h), hi_h - t * (hi_h - lo)]
        )
        upp = self.units_per_pt
        lon, lat = projector(self.crs).inverse.transform(self.minx + xs * upp, self.miny + ys * upp)
        lon, lat = np.asarray(lon), np.asarray(lat)
        ok = np.isfinite(lon) & np.isfinite(lat)
        if not ok.any():  # the frame's edge lies wholly off the projection: it shows all
            return -180.0, -89.9, 180.0, 90.0
        lon, lat = lon[ok], lat[ok]
        west, east = float(lon.min()), float(lon.max())
        south, north = float(lat.min()), float(lat.max())
        for pole_lat in (90.0, -90.0):
            px, py = self.lonlat_to_pt(np.array([[0.0, pole_lat]]))[0]
            if lo <= px <= hi_w and lo <= py <= hi_h:
                west, east = -180.0, 180.0
                north, south = (90.0, south) if pole_lat > 0 else (north, -90.0)
        if east - west > 300:  # the frame wraps round a pole or the antimeridian
            west, east = -180.0, 180.0
        return west, max(south, -89.9), east, min(north, 90.0)


def extent_for_view(view: MapView, crs: str, width: float, height: float) -> MapExtent:
    """The extent a `width` x `height` pt frame shows for a Leaflet view, at the scale the
    screen has at the view's centre (Web-Mercator scale varies with latitude; the page's
    equal-area projection does not, so matching the centre is what "the same view" means)."""
    lat = max(-85.0, min(85.0, view.center_lat))
    ground_m_per_px = _MERCATOR_M_PER_PX * math.cos(math.radians(lat)) / 2**view.zoom
    ground_m_per_pt = ground_m_per_px * SCREEN_MAP_WIDTH_PX / width
    proj = projector(crs)
    cx, cy = proj.forward.transform(view.center_lon, lat)
    # Map units per ground metre at the centre (1 for an equal-area projection near its
    # centre, but not in general): measure a short east-west step.
    east_lon, east_lat = _step_east(crs, view.center_lon, lat, 10_000.0)
    ex, ey = proj.forward.transform(east_lon, east_lat)
    k = math.hypot(ex - cx, ey - cy) / 10_000.0
    return MapExtent.around(crs, cx, cy, ground_m_per_pt * k, width, height)


def lonlat_geoms_to_pt(geoms: np.ndarray, extent: MapExtent) -> np.ndarray:
    """Project lon/lat shapely geometries and express them in frame points."""
    forward = projector(extent.crs).forward

    def convert(coords: np.ndarray) -> np.ndarray:
        x, y = forward.transform(coords[:, 0], coords[:, 1])
        return extent.to_pt(np.column_stack([x, y]))

    return shapely.transform(geoms, convert)


def ground_metres_per_pt(extent: MapExtent) -> float:
    """Ground distance per point along the horizontal through the frame's centre, measured
    on the ellipsoid: the scale bar is right at the centre whatever the projection."""
    y = extent.height / 2
    half = extent.width / 4
    lon1, lat1 = extent.pt_to_lonlat(extent.width / 2 - half, y)
    lon2, lat2 = extent.pt_to_lonlat(extent.width / 2 + half, y)
    return _distance(extent.crs, lon1, lat1, lon2, lat2) / (2 * half)


def north_angle(extent: MapExtent) -> float:
    """Direction of north at the frame's centre, degrees anticlockwise from page-up (in
    LAEA the meridians converge, so north is not page-up away from 10°E)."""
    lon, lat = extent.pt_to_lonlat(extent.width / 2, extent.height / 2)
    a, b = extent.lonlat_to_pt(np.array([[lon, lat], [lon, min(lat + 0.5, 89.99)]]))
    return math.degrees(math.atan2(-(b[0] - a[0]), b[1] - a[1]))
