"""GeoJSON geometry and the one rule for what makes one usable, shared by the briefing file
format, the data files, the geodata readers and the geometries the map page sends back.

A usable geometry is what every renderer can draw (GEOS builds it, so the PDF, the
thumbnails and the label placement can): positions [lon, lat] (an altitude may follow) in
WGS84 range, at the depth the type puts them; a line of at least 2 positions; a polygon's
ring of at least 3 different positions. An empty geometry ("coordinates": []) is allowed, as
in GeoJSON (nothing is drawn); an empty part inside one is not.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from briefing_app.core.jsonreader import JsonReader, describe
from briefing_app.geo.positions import POSITION_DEPTH, Positions
from briefing_app.i18n import translate, translate_noop

if TYPE_CHECKING:  # numpy and shapely: only once there are arrays or shapes
    import numpy as np
    from shapely.geometry.base import BaseGeometry

# RFC 7946, section 1.4: the geometry types.
GEOMETRY_TYPES = frozenset(
    {
        "Point",
        "MultiPoint",
        "LineString",
        "MultiLineString",
        "Polygon",
        "MultiPolygon",
        "GeometryCollection",
    }
)

LINE_TYPES = frozenset({"LineString", "MultiLineString"})
POLYGON_TYPES = frozenset({"Polygon", "MultiPolygon"})
LONGITUDE = (-180, 180)
LATITUDE = (-90, 90)
MAX_COLLECTION_NESTING = 20
"""Deepest nesting of geometry collections: a file the app reads and one it writes agree."""


_SHORT_LINE = translate_noop(
    "GeoJSONGeometry", "a line needs at least 2 positions, this one has {count}"
)
_FLAT_RING = translate_noop(
    "GeoJSONGeometry", "a polygon's ring needs at least 3 different positions"
)


def part_problem(
    kind: str, positions: Sequence[Any] | np.ndarray, *, translated: bool = True
) -> str | None:
    """What keeps one part of a `kind` geometry (a line, a polygon's ring; the positions
    themselves already checked) from being drawn; None when it can be. In the active
    language, or in English (`translated=False`) for an import's notes, which a briefing
    file keeps as written."""

    def text(source: str) -> str:
        return translate("GeoJSONGeometry", source) if translated else source

    if kind in LINE_TYPES and len(positions) < 2:
        return text(_SHORT_LINE).format(count=len(positions))
    if kind in POLYGON_TYPES and not three_distinct(positions):
        return text(_FLAT_RING)
    return None


def drawn_shape(geometry: Any) -> BaseGeometry | None:
    """The GEOS shape a renderer draws of a (scene item's) geometry; None for one that is
    empty or that GEOS refuses, which a renderer leaves out rather than fail on (the rule
    above keeps those out of files; this is the renderers' one guard)."""
    import shapely
    from shapely.geometry import shape

    try:
        geom = shape(dict(geometry))
    except (KeyError, ValueError, TypeError, AttributeError, shapely.errors.ShapelyError):
        return None
    return None if geom.is_empty else geom


def three_distinct(positions: Sequence[Any] | np.ndarray) -> bool:
    """Whether at least 3 of the positions differ in [lon, lat] (without sorting them all)."""
    if len(positions) < 3:
        return False
    if not isinstance(positions, list | tuple):  # an array, or `Positions`
        import numpy as np

        points = np.asarray(positions)[:, :2]
        other = (points != points[0]).any(axis=1)
        if not other.any():
            return False
        second = points[int(other.argmax())]
        return bool((other & (points != second).any(axis=1)).any())
    seen: list[tuple[Any, Any]] = []
    for position in positions:
        key = (position[0], position[1])
        if key not in seen:
            seen.append(key)
            if len(seen) == 3:
                return True
    return False


def read_geometry(
    r: JsonReader,
    kinds: frozenset[str] = GEOMETRY_TYPES,
    *,
    allow_empty: bool = True,
    depth: int = 0,
) -> dict[str, Any]:
    """A usable GeoJSON geometry of one of `kinds` (see the module), or the reader's error
    naming the file and the place: "x.briefing at annotations[0].geometry.coordinates: a
    line needs at least 2 positions, this one has 1"."""
    kind = r.get("type").str()
    if kind not in GEOMETRY_TYPES:
        raise r.get("type").fail(
            translate("GeoJSONGeometry", '"{type}" is not a GeoJSON geometry type').format(
                type=kind
            )
        )
    if kind not in kinds:
        allowed = ", ".join(sorted(kinds))
        raise r.get("type").fail(
            translate("GeoJSONGeometry", '"{type}" is not supported here; use {allowed}').format(
                type=kind, allowed=allowed
            )
        )
    if kind == "GeometryCollection":
        if depth >= MAX_COLLECTION_NESTING:
            raise r.fail(
                translate(
                    "GeoJSONGeometry", "geometry collections are nested deeper than {depth}"
                ).format(depth=MAX_COLLECTION_NESTING)
            )
        for g in r.get("geometries").items():
            read_geometry(g, kinds, allow_empty=allow_empty, depth=depth + 1)
    else:
        coordinates = r.get("coordinates")
        if not allow_empty and isinstance(coordinates.value, list) and not coordinates.value:
            raise coordinates.fail(
                translate("GeoJSONGeometry", "an empty {type} (no positions)").format(type=kind)
            )
        _check_positions(coordinates, kind, POSITION_DEPTH[kind])
    return r.dict()


def _check_positions(r: JsonReader, kind: str, depth: int, top: bool = True) -> None:
    if isinstance(r.value, Positions) and depth == 1:
        _check_array(r, r.value.array, kind, top)
        return
    if depth == 0:
        items = r.items()
        if top and not items:
            return
        if items and isinstance(items[0].value, list):
            raise r.fail(
                translate(
                    "GeoJSONGeometry", "coordinates are nested too deeply for a {type}"
                ).format(type=kind)
            )
        if len(items) < 2:
            raise r.fail(
                translate("GeoJSONGeometry", "a position needs a longitude and a latitude")
            )
        items[0].number(*LONGITUDE)
        items[1].number(*LATITUDE)
        for extra in items[2:]:
            extra.number()
        return
    items = r.items()
    if not items and not top:
        raise r.fail(_empty_part(kind))
    for item in items:
        if not isinstance(item.value, list | Positions):
            raise item.fail(
                translate(
                    "GeoJSONGeometry", "expected a list of positions in a {type}, found {value}"
                ).format(type=kind, value=describe(item.value))
            )
        _check_positions(item, kind, depth - 1, top=False)
    if depth == 1 and items and (problem := part_problem(kind, r.value)):
        raise r.fail(problem)


def _empty_part(kind: str) -> str:
    return translate("GeoJSONGeometry", "an empty part in a {type}").format(type=kind)


def _check_array(r: JsonReader, array: np.ndarray, kind: str, top: bool) -> None:
    """`_check_positions` for positions held as an array (what a document being saved holds):
    the same rules, checked at once."""
    import numpy as np  # only files with imported layers hold arrays

    if not len(array):
        if not top:
            raise r.fail(_empty_part(kind))
        return
    for column, (low, high) in enumerate((LONGITUDE, LATITUDE)):
        values = array[:, column]
        bad = ~(np.isfinite(values) & (values >= low) & (values <= high))
        if bad.any():
            plain = JsonReader(r.path, array.tolist(), r.where, r.error_type)
            plain.items()[int(bad.argmax())].items()[column].number(low, high)  # says what
    if problem := part_problem(kind, array):
        raise r.fail(problem)
