"""Shapes the annotation editor derives from what the user drew: arrowheads, moved
geometries, and the distance and bearing the measure tool reports."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Any

from briefing_app.geo.geodesic import bearing_deg, distance_km

Position = list[float]


def arrowhead(line: list[Position], size: float = 0.18) -> list[Position] | None:
    """A closed triangle at the end of `line` ([lon, lat] vertices), pointing along its last
    segment. Its length is `size` of the whole line, within limits, so that a short arrow
    does not vanish under its head and a long one does not carry a huge one.

    Computed in a local plane where a degree of longitude is shortened by cos(latitude):
    the head looks right on a map at any latitude."""
    points = [p for p in line if len(p) >= 2]
    if len(points) < 2:
        return None
    tip_lon, tip_lat = points[-1][0], points[-1][1]
    scale = max(math.cos(math.radians(tip_lat)), 0.05)

    def plane(p: Position) -> tuple[float, float]:
        return (p[0] - tip_lon) * scale, p[1] - tip_lat

    total = sum(math.dist(plane(a), plane(b)) for a, b in itertools.pairwise(points))
    if total == 0:
        return None
    before = next((p for p in reversed(points[:-1]) if plane(p) != (0.0, 0.0)), None)
    if before is None:
        return None
    bx, by = plane(before)
    segment = math.hypot(bx, by)
    length = min(max(total * size, total * 0.05), segment * 0.9, 3.0)
    ux, uy = bx / segment, by / segment  # from the tip back along the line
    half = length * 0.45
    base_x, base_y = ux * length, uy * length
    left = (base_x - uy * half, base_y + ux * half)
    right = (base_x + uy * half, base_y - ux * half)

    def geo(x: float, y: float) -> Position:
        return [round(tip_lon + x / scale, 7), round(tip_lat + y, 7)]

    tip = [tip_lon, tip_lat]
    return [tip, geo(*left), geo(*right), tip]


def translate(geometry: dict[str, Any], dlon: float, dlat: float) -> dict[str, Any]:
    """The geometry moved by (dlon, dlat) degrees; latitudes stay within ±90."""

    def move(value: Any) -> Any:
        if value and isinstance(value[0], int | float):
            lon = ((value[0] + dlon + 180.0) % 360.0) - 180.0
            lat = min(90.0, max(-90.0, value[1] + dlat))
            return [round(lon, 7), round(lat, 7), *value[2:]]
        return [move(v) for v in value]

    if geometry.get("type") == "GeometryCollection":
        return {
            "type": "GeometryCollection",
            "geometries": [translate(g, dlon, dlat) for g in geometry["geometries"]],
        }
    return {"type": geometry["type"], "coordinates": move(geometry["coordinates"])}


@dataclass(frozen=True)
class Leg:
    distance_km: float
    bearing_deg: float


def measure(points: list[Position]) -> list[Leg]:
    """Geodesic distance and initial bearing of each leg of a path of [lon, lat] points."""
    return [
        Leg(distance_km(a[1], a[0], b[1], b[0]), bearing_deg(a[1], a[0], b[1], b[0]))
        for a, b in itertools.pairwise(points)
    ]


def describe_measure(points: list[Position]) -> str:
    """ "312.4 km, bearing 047°" for one leg; the total and each leg for a path."""
    legs = measure(points)
    if not legs:
        return ""
    if len(legs) == 1:
        return f"{_km(legs[0].distance_km)}, bearing {legs[0].bearing_deg:03.0f}°"
    total = sum(leg.distance_km for leg in legs)
    parts = "; ".join(f"{_km(leg.distance_km)} at {leg.bearing_deg:03.0f}°" for leg in legs)
    return f"{_km(total)} in {len(legs)} legs ({parts})"


def _km(value: float) -> str:
    return (
        f"{value:.2f} km"
        if value < 10
        else f"{value:.1f} km"
        if value < 1000
        else f"{value:,.0f} km"
    )
