"""Turning what a file says into a usable WGS84 geometry, and saying what had to be changed.

Readers hand over GeoJSON-like geometry dicts (GeoJSON, KML, CSV) or shapely geometries
(Shapefile, GeoPackage). Problems that make a feature unusable raise `FeatureProblem`; changes
that keep it usable are appended to `notes` as short phrases ("outer ring was not closed;
closed it") that the layer builder turns into sentences.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import shapely
from shapely.affinity import translate
from shapely.geometry import (
    GeometryCollection,
    LineString,
    MultiLineString,
    MultiPoint,
    MultiPolygon,
    Point,
    Polygon,
    box,
)
from shapely.geometry.base import BaseGeometry

from briefing_app.geo.geojson import (
    LATITUDE,
    LONGITUDE,
    MAX_COLLECTION_NESTING,
    part_problem,
    three_distinct,
)
from briefing_app.geofiles.errors import FeatureProblem
from briefing_app.geofiles.limits import MAX_REPAIR_CROSSINGS, Budget

CLOSED_OUTER = "outer ring was not closed; closed it"
CLOSED_INNER = "inner ring (hole) was not closed; closed it"
ALTITUDE_DROPPED = "altitudes dropped (the map is 2-D)"
MADE_VALID = "self-intersection repaired (make_valid)"
SPLIT_ANTIMERIDIAN = "crosses the antimeridian (180°); split into parts either side"
NO_AREA = "polygon has no area on a 2-D map (for example a vertical wall of a 3-D shape)"
FLAT_PARTS_REMOVED = "polygon parts without area removed"
HOLE_REMOVED = "a hole with fewer than 3 distinct points removed"

_POLYGONAL = ("Polygon", "MultiPolygon")
ROUNDING = 1e-9
"""Degrees past ±180/±90 that count as rounding error rather than a wrong coordinate."""


# --- GeoJSON-like dicts -> shapely ------------------------------------------------------------


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FeatureProblem(f"a coordinate is {value!r}, not a number")
    try:
        number = float(value)
    except OverflowError:
        raise FeatureProblem("a coordinate is too large to be a number") from None
    if not math.isfinite(number):
        raise FeatureProblem("a coordinate is not a finite number (NaN or infinity)")
    return number


_NUMBER_TYPES = frozenset((float, int))


def _plain_positions(coords: list[Any] | tuple[Any, ...]) -> np.ndarray | None:
    """The positions as an (n, 2) or (n, 3) array when every one is a list of 2 or 3 finite
    numbers; None for anything else, which `_positions` then examines one by one to say
    what is wrong. (The check of each value runs in C: a 50 MB file has millions.)"""
    try:
        if not set(map(type, itertools.chain.from_iterable(coords))) <= _NUMBER_TYPES:
            return None  # a text, a bool, a null or a nested list among the numbers
        array = np.array(coords, dtype=float)
    except (TypeError, ValueError, OverflowError):
        return None  # a position that is not a list, positions of different lengths, a huge int
    if array.ndim != 2 or array.shape[1] not in (2, 3) or not np.isfinite(array).all():
        return None
    return array


def _positions(coords: Any, notes: list[str], budget: Budget | None) -> np.ndarray:
    """An (n, 2) array of [x, y] from a GeoJSON position list; altitudes are dropped."""
    if not isinstance(coords, list | tuple):
        raise FeatureProblem("coordinates are not a list of positions")
    plain = _plain_positions(coords) if coords else None
    if plain is not None:
        if plain.shape[1] > 2 and ALTITUDE_DROPPED not in notes:
            notes.append(ALTITUDE_DROPPED)
        if budget is not None:
            budget.add_vertices(len(plain))
        return np.ascontiguousarray(plain[:, :2])
    rows = []
    for position in coords:
        if not isinstance(position, list | tuple) or len(position) < 2:
            raise FeatureProblem("a position is not [longitude, latitude]")
        if len(position) > 2 and ALTITUDE_DROPPED not in notes:
            notes.append(ALTITUDE_DROPPED)
        rows.append((_number(position[0]), _number(position[1])))
    if budget is not None:
        budget.add_vertices(len(rows))
    return np.array(rows, dtype=float).reshape(-1, 2)


def _ring(coords: Any, outer: bool, notes: list[str], budget: Budget | None) -> np.ndarray | None:
    points = _positions(coords, notes, budget)
    if len(points) and not np.array_equal(points[0], points[-1]):
        # KML writers often leave rings open (europe.kml's Ukraine, airspace walls); GEOS
        # refuses them, so close them here and say so.
        points = np.vstack([points, points[:1]])
        note = CLOSED_OUTER if outer else CLOSED_INNER
        if note not in notes:
            notes.append(note)
    if not three_distinct(points):
        if outer:
            if not len(points):
                raise FeatureProblem("polygon has no coordinates")
            problem = part_problem("Polygon", points, translated=False)
        raise FeatureProblem(f"{problem} (no area on a 2-D map)")
        if HOLE_REMOVED not in notes:
            notes.append(HOLE_REMOVED)
        return None
    return points


def _polygon(coords: Any, notes: list[str], budget: Budget | None) -> Polygon:
    if not isinstance(coords, list | tuple) or not coords:
        raise FeatureProblem("polygon has no rings")
    shell = _ring(coords[0], True, notes, budget)
    holes = [
        ring for ring in (_ring(c, False, notes, budget) for c in coords[1:]) if ring is not None
    ]
    return Polygon(shell, holes)


def _parts(coords: Any) -> Sequence[Any]:
    if not isinstance(coords, list | tuple):
        raise FeatureProblem("coordinates are not a list")
    return coords


def geometry_from_geojson(
    obj: Any, notes: list[str], budget: Budget | None = None, depth: int = 0
) -> BaseGeometry:
    """A shapely geometry from a GeoJSON geometry object, with rings closed and 2-D."""
    if obj is None:
        raise FeatureProblem("no geometry")
    if not isinstance(obj, dict):
        raise FeatureProblem("the geometry is not a GeoJSON object")
    kind = obj.get("type")
    if kind == "GeometryCollection":
        if depth >= MAX_COLLECTION_NESTING:
            raise FeatureProblem(
                f"geometry collections nested deeper than {MAX_COLLECTION_NESTING}"
            )
        members = obj.get("geometries")
        if not isinstance(members, list):
            raise FeatureProblem('a GeometryCollection without a "geometries" list')
        return GeometryCollection(
            [geometry_from_geojson(member, notes, budget, depth + 1) for member in members]
        )
    coords = obj.get("coordinates")
    if coords is None:
        raise FeatureProblem(
            f'a {kind} geometry without "coordinates'
            if isinstance(kind, str)
            else "the geometry has no type"
        )
    if kind == "Point":
        if isinstance(coords, list) and not coords:
            return Point()
        return Point(_positions([coords], notes, budget)[0])
    if kind == "MultiPoint":
        return MultiPoint(_positions(coords, notes, budget))
    if kind == "LineString":
        return _line(_positions(coords, notes, budget))
    if kind == "MultiLineString":
        return MultiLineString([_line(_positions(part, notes, budget)) for part in _parts(coords)])
    if kind == "Polygon":
        return _polygon(coords, notes, budget) if coords else Polygon()
    if kind == "MultiPolygon":
        return MultiPolygon([_polygon(part, notes, budget) for part in _parts(coords)])
    raise FeatureProblem(f'unknown geometry type "{kind}"')


def _line(points: np.ndarray) -> LineString:
    if len(points) == 0:
        return LineString()
    if problem := part_problem("LineString", points, translated=False):
        raise FeatureProblem(problem)
    return LineString(points)


# --- checks and repairs on shapely geometries ---------------------------------------------------


def check_coordinates(geom: BaseGeometry) -> BaseGeometry:
    """Refuse NaN/infinite coordinates and ones outside longitude/latitude range.

    Values a rounding error past ±180/±90 (Natural Earth's Russia reaches 180.00000000000006)
    are clamped, not refused.
    """
    coords = shapely.get_coordinates(geom)
    if not np.isfinite(coords).all():
        raise FeatureProblem("a coordinate is not a finite number (NaN or infinity)")
    if len(coords) == 0:
        return geom
    low = np.array([LONGITUDE[0], LATITUDE[0]], dtype=float)
    high = np.array([LONGITUDE[1], LATITUDE[1]], dtype=float)
    xy = coords[:, :2]
    for column, name in ((1, "latitude"), (0, "longitude")):
        outside = (xy[:, column] < low[column] - ROUNDING) | (
            xy[:, column] > high[column] + ROUNDING
        )
        if outside.any():
            bad = xy[outside, column][0]
            raise FeatureProblem(f"{name} {bad:g} is outside {low[column]:g} to {high[column]:g}")
    if ((xy < low) | (xy > high)).any():
        return shapely.transform(geom, lambda points: np.clip(points, low, high))
    return geom


def _crosses_antimeridian(coords: np.ndarray) -> bool:
    """A step of more than 180° in longitude, other than one along the ±180° edge itself
    (already split data such as Natural Earth's Antarctica and Fiji)."""
    if len(coords) < 2:
        return False
    start, end = coords[:-1, 0], coords[1:, 0]
    on_edge = (np.abs(np.abs(start) - 180) < ROUNDING) & (np.abs(np.abs(end) - 180) < ROUNDING)
    return bool(((np.abs(end - start) > 180) & ~on_edge).any())


def _unwrap(coords: np.ndarray) -> np.ndarray:
    """Longitudes made continuous (a jump of more than 180° becomes the short way round)."""
    out = coords.copy()
    steps = np.diff(coords[:, 0])
    steps -= 360 * np.round(steps / 360)
    out[1:, 0] = coords[0, 0] + np.cumsum(steps)
    return out


def _split_line(line: LineString) -> list[LineString]:
    coords = shapely.get_coordinates(line)
    parts: list[list[tuple[float, float]]] = [[tuple(coords[0])]]
    for (x0, y0), (x1, y1) in itertools.pairwise(coords):
        if abs(x1 - x0) > 180:
            edge = 180.0 if x0 > 0 else -180.0
            x1_unwrapped = x1 + (360 if x0 > 0 else -360)
            y_cross = y0 + (y1 - y0) * (edge - x0) / (x1_unwrapped - x0)
            parts[-1].append((edge, y_cross))
            parts.append([(-edge, y_cross)])
        parts[-1].append((x1, y1))
    return [LineString(part) for part in parts if len(part) > 1]


def _split_polygon(polygon: Polygon, budget: Budget | None) -> BaseGeometry:
    shell = _unwrap(shapely.get_coordinates(polygon.exterior))
    if abs(shell[-1, 0] - shell[0, 0]) > 180:
        # An odd number of crossings: the ring goes round a pole, so close it over that pole.
        pole = 90.0 if shell[:, 1].mean() > 0 else -90.0
        shell = np.vstack([shell, [[shell[-1, 0], pole], [shell[0, 0], pole], shell[0]]])
    holes = []
    for ring in polygon.interiors:
        hole = _unwrap(shapely.get_coordinates(ring))
        hole[:, 0] += 360 * np.round((shell[:, 0].mean() - hole[:, 0].mean()) / 360)
        holes.append(hole)
    unwrapped = _repaired(Polygon(shell, holes), budget)
    pieces = []
    for turns in range(-2, 3):
        shift = 360.0 * turns
        piece = unwrapped.intersection(box(-180 + shift, -90, 180 + shift, 90))
        if not piece.is_empty:
            pieces.append(translate(piece, xoff=-shift))
    return _polygonal(shapely.union_all(pieces)) if pieces else Polygon()


def split_antimeridian(
    geom: BaseGeometry, notes: list[str], budget: Budget | None = None
) -> BaseGeometry:
    """Split lines and polygons that jump across ±180° into parts either side of it."""
    if isinstance(geom, LineString):
        if not _crosses_antimeridian(shapely.get_coordinates(geom)):
            return geom
        notes.append(SPLIT_ANTIMERIDIAN)
        return MultiLineString(_split_line(geom))
    if isinstance(geom, Polygon):
        rings = [geom.exterior, *geom.interiors]
        if not any(_crosses_antimeridian(shapely.get_coordinates(r)) for r in rings):
            return geom
        notes.append(SPLIT_ANTIMERIDIAN)
        return _split_polygon(geom, budget)
    if isinstance(geom, MultiLineString | MultiPolygon | GeometryCollection):
        parts = [split_antimeridian(part, notes, budget) for part in geom.geoms]
        if SPLIT_ANTIMERIDIAN not in notes:
            return geom
        return _flatten(parts, type(geom))
    return geom


def _flatten(parts: list[BaseGeometry], kind: type[BaseGeometry]) -> BaseGeometry:
    flat: list[BaseGeometry] = []
    for part in parts:
        flat.extend(part.geoms if hasattr(part, "geoms") else [part])
    if kind is GeometryCollection:
        return GeometryCollection(flat)
    return kind(flat)


def _polygonal(geom: BaseGeometry) -> BaseGeometry:
    """Only the polygon parts of a geometry (make_valid and clipping may add slivers)."""
    if isinstance(geom, Polygon | MultiPolygon):
        return geom
    polygons = [
        part for part in getattr(geom, "geoms", []) if isinstance(part, Polygon | MultiPolygon)
    ]
    if not polygons:
        return Polygon()
    return shapely.union_all(polygons)


def count_crossings(geom: BaseGeometry, limit: int) -> int:
    """How often the rings of a polygonal geometry cross each other or themselves, counted
    only up to just past `limit`: the count bounds the cost of a repair before it starts."""
    rings = shapely.get_rings(shapely.get_parts(geom))
    starts, ends, firsts, lasts = [], [], [], []
    offset = 0
    for ring in rings:
        coords = shapely.get_coordinates(ring)
        if len(coords) < 2:
            continue
        starts.append(coords[:-1])
        ends.append(coords[1:])
        firsts.append(np.full(len(coords) - 1, offset))
        lasts.append(np.full(len(coords) - 1, offset + len(coords) - 2))
        offset += len(coords) - 1
    if not starts:
        return 0
    segments = shapely.linestrings(np.stack([np.vstack(starts), np.vstack(ends)], axis=1))
    first, last = np.concatenate(firsts), np.concatenate(lasts)
    tree = shapely.STRtree(segments)
    count = len(segments)
    # Small steps keep each query's answer small even when every segment crosses thousands.
    step = max(1, min(256, 4 * limit // max(count, 1)))
    found = 0
    for start in range(0, count, step):
        mine = np.arange(start, min(start + step, count))
        left, right = tree.query(segments[mine], predicate="intersects")
        left = mine[left]
        # Each pair once; a segment always touches its neighbours in the ring at a vertex.
        neighbours = (right == left + 1) | ((left == first[left]) & (right == last[left]))
        found += int(((right > left) & ~neighbours).sum())
        if found > limit:
            break
    return found


def _repaired(geom: BaseGeometry, budget: Budget | None) -> BaseGeometry:
    """make_valid, once the crossings it would have to untangle are known to be few enough."""
    crossings = count_crossings(geom, MAX_REPAIR_CROSSINGS)
    if crossings > MAX_REPAIR_CROSSINGS:
        raise FeatureProblem(
            f"polygon crosses itself more than {MAX_REPAIR_CROSSINGS:,} "
            "times; not repaired (at most that many crossings are "
            "repaired in one polygon)"
        )
    if budget is not None:
        budget.add_repair(crossings)
    return shapely.make_valid(geom, method="structure", keep_collapsed=False)


def _make_valid(
    geom: BaseGeometry, notes: list[str], budget: Budget | None, valid: bool | None = None
) -> BaseGeometry:
    """`valid` is `geom.is_valid` when the caller knows it (GEOS takes as long to find out as
    to read the feature)."""
    if geom.geom_type in _POLYGONAL:
        if geom.is_valid if valid is None else valid:
            return geom
        repaired = _polygonal(_repaired(geom, budget))
        notes.append(MADE_VALID)
        if repaired.is_empty:
            raise FeatureProblem(NO_AREA)
        return repaired
    if isinstance(geom, GeometryCollection):
        return GeometryCollection([_make_valid(part, notes, budget) for part in geom.geoms])
    return geom


def _drop_flat_parts(geom: BaseGeometry, notes: list[str], valid: bool) -> BaseGeometry:
    # The area of a self-crossing polygon is meaningless (a bow tie's halves cancel out);
    # make_valid decides about those.
    if not valid:
        return geom
    if isinstance(geom, Polygon):
        if not geom.is_empty and geom.area == 0:
            raise FeatureProblem(NO_AREA)
        return geom
    if isinstance(geom, MultiPolygon):
        kept = [part for part in geom.geoms if part.area > 0]
        if not kept:
            raise FeatureProblem(NO_AREA)
        if len(kept) < len(geom.geoms):
            notes.append(FLAT_PARTS_REMOVED)
            return MultiPolygon(kept)
    return geom


def finish_geometry(
    geom: BaseGeometry, notes: list[str], budget: Budget | None = None
) -> BaseGeometry:
    """Check ranges, then remove what has no area, split at ±180° and repair invalid polygons."""
    if geom is None:
        raise FeatureProblem("no geometry")
    geom = check_coordinates(geom)
    if geom.is_empty:
        raise FeatureProblem("the geometry is empty")
    valid = bool(geom.is_valid)
    flat_checked = _drop_flat_parts(geom, notes, valid)
    split = split_antimeridian(flat_checked, notes, budget)
    # Validity found once: it holds while neither step had to change the geometry.
    known = valid if split is geom else None
    geom = _make_valid(split, notes, budget, known)
    if geom.is_empty:
        raise FeatureProblem("nothing is left after repairing the geometry")
    return geom
