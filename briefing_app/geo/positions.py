"""Imported geometries' position lists held compactly, and their one conversion to and from
GeoJSON's nested lists.

A 50 MB GeoJSON holds about two million positions; as Python lists of floats they take some
240 MB, as float64 arrays 32 MB. An imported feature's geometry is a GeoJSON geometry dict
whose position lists (a line, a ring, a MultiPoint's points) are `Positions`; a Point keeps
its plain [lon, lat]. The model, the file format and the renderers share these objects:
they read like sequences of [lon, lat] lists, give numpy and shapely their array, and are
written out as GeoJSON lists (`plain`, `json_default`) or, to the map page, packed
(`pack`).
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import shapely
    from shapely.geometry.base import BaseGeometry

# numpy and shapely are imported where positions are made or packed: the file format and the
# page protocol import this module, and a window on a briefing without imported layers starts
# without either (tests/test_start_caches.py).

PAGE_SCALE = 1_000_000
"""The map page gets positions in millionths of a degree (about 0.1 m) as 32-bit integers:
a quarter of the bytes of JSON text, and decoded without parsing numbers."""


class Positions:
    """An immutable run of [lon, lat] positions (an (n, 2) float64 array)."""

    __slots__ = ("array",)

    def __init__(self, positions: Any) -> None:
        import numpy as np

        array = np.array(positions, dtype=np.float64).reshape(-1, 2)
        array.flags.writeable = False
        self.array = array

    def __len__(self) -> int:
        return len(self.array)

    def __iter__(self) -> Iterator[list[float]]:
        return iter(self.array.tolist())

    def __getitem__(self, index: int | slice) -> Any:
        return self.array[index].tolist()

    def __array__(self, dtype: Any = None, copy: bool | None = None) -> np.ndarray:
        import numpy as np

        if dtype is not None and np.dtype(dtype) != self.array.dtype:
            return self.array.astype(dtype)
        return self.array.copy() if copy else self.array

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Positions):
            import numpy as np

            return self.array.shape == other.array.shape and bool(
                np.array_equal(self.array, other.array)
            )
        if isinstance(other, list | tuple):
            return self.tolist() == [list(p) for p in other]
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # equal by value, like the lists it stands for

    def __copy__(self) -> Positions:
        return self  # immutable: undo snapshots share it

    def __deepcopy__(self, memo: dict[int, Any]) -> Positions:
        return self

    def __repr__(self) -> str:
        return f"Positions({self.array.tolist()!r})"

    def tolist(self) -> list[list[float]]:
        return self.array.tolist()


# How deep each GeoJSON type's positions lie in "coordinates" (0: the coordinates are a
# position); geo/geojson.py's rule and `compact` read it.
POSITION_DEPTH = {
    "Point": 0,
    "MultiPoint": 1,
    "LineString": 1,
    "MultiLineString": 2,
    "Polygon": 2,
    "MultiPolygon": 3,
}


def _compact_part(coords: Any, depth: int) -> Any:
    if isinstance(coords, Positions):
        return coords
    if depth == 0:
        import numpy as np

        array = np.array(coords, dtype=np.float64)
        if array.ndim == 2 and array.shape[1] == 2:
            return Positions(array)
        return coords  # empty, or with altitudes (a hand-written file): kept as written
    return [_compact_part(part, depth - 1) for part in coords]


def compact(geometry: dict[str, Any]) -> dict[str, Any]:
    """A checked GeoJSON geometry (2-D positions) with its position lists as `Positions`."""
    kind = geometry.get("type")
    if kind == "GeometryCollection":
        return {"type": kind, "geometries": [compact(g) for g in geometry["geometries"]]}
    depth = POSITION_DEPTH.get(str(kind), 0)
    if not depth:  # a Point keeps its plain [lon, lat]
        return dict(geometry)
    # The position lists lie one level above the positions.
    return {"type": kind, "coordinates": _compact_part(geometry["coordinates"], depth - 1)}


def _ring_parts(polygon: shapely.Polygon) -> list[Positions]:
    import shapely

    rings = [polygon.exterior, *polygon.interiors]
    return [Positions(shapely.get_coordinates(ring)) for ring in rings]


def from_shapely(geom: BaseGeometry) -> dict[str, Any]:
    """A shapely geometry (2-D) as a GeoJSON geometry dict with `Positions`: the arrays come
    straight from GEOS, at full precision, without a text or a list of floats between."""
    import shapely

    kind = geom.geom_type
    if kind == "Point":
        if geom.is_empty:
            return {"type": "Point", "coordinates": []}
        return {"type": "Point", "coordinates": [float(geom.x), float(geom.y)]}
    if kind in ("LineString", "LinearRing", "MultiPoint"):
        return {
            "type": "LineString" if kind == "LinearRing" else kind,
            "coordinates": Positions(shapely.get_coordinates(geom)),
        }
    if kind == "MultiLineString":
        return {
            "type": kind,
            "coordinates": [Positions(shapely.get_coordinates(g)) for g in geom.geoms],
        }
    if kind == "Polygon":
        return {"type": kind, "coordinates": [] if geom.is_empty else _ring_parts(geom)}
    if kind == "MultiPolygon":
        return {"type": kind, "coordinates": [_ring_parts(g) for g in geom.geoms]}
    return {"type": "GeometryCollection", "geometries": [from_shapely(g) for g in geom.geoms]}


def plain(value: Any) -> Any:
    """GeoJSON geometry (or anything holding one) with every `Positions` as nested lists."""
    if isinstance(value, Positions):
        return value.tolist()
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def json_default(value: Any) -> Any:
    """`default` for json.dumps writing GeoJSON (files, exports): positions as lists."""
    if isinstance(value, Positions):
        return value.tolist()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def page_bytes(positions: Positions) -> bytes:
    """Positions as the map page reads them: little-endian int32 millionths of a degree,
    [lon0, lat0, lon1, lat1, ...]."""
    import numpy as np

    return np.rint(positions.array * PAGE_SCALE).astype("<i4").tobytes()


def pack(positions: Positions) -> str:
    """`page_bytes` as base64 text, for a page with no block to fetch (the exported HTML;
    assets/map/briefing_map.js, unpackPositions)."""
    return base64.b64encode(page_bytes(positions)).decode("ascii")


class PageBlob:
    """Positions of one map page message gathered into one binary block (little-endian
    int32 millionths of a degree) that the page fetches through the app's URL scheme; the
    message names each list by {"$p": [offset, count, digest]} in int32 values. The page
    then holds the positions once, as views of that block, and no text of them: neither the
    message nor the keys it matches drawn items by grow with them."""

    def __init__(self) -> None:
        self._chunks: list[bytes] = []
        self._offset = 0

    def default(self, value: Any) -> Any:
        """`default` for json.dumps writing the message."""
        if isinstance(value, Positions):
            data = page_bytes(value)
            count = len(data) // 4
            # Same positions, same digest: the page keeps a drawn feature whose item did
            # not change when a layer comes again (a slide change sends the whole scene).
            ref = {"$p": [self._offset, count, hashlib.blake2b(data, digest_size=8).hexdigest()]}
            self._chunks.append(data)
            self._offset += count
            return ref
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")

    def data(self) -> bytes | None:
        return b"".join(self._chunks) if self._chunks else None


def page_default(value: Any) -> Any:
    """`default` for json.dumps writing a map page message: positions packed."""
    if isinstance(value, Positions):
        return pack(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
