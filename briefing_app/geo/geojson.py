"""GeoJSON's vocabulary, shared by the briefing file format and the geodata readers."""

from __future__ import annotations

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
