"""Geodesic range rings, distances and bearings (briefing_app.geo.geodesic)."""

from __future__ import annotations

import itertools

import pytest
from shapely.geometry import Point, Polygon

from briefing_app.geo.geodesic import (
    bearing_deg,
    distance_km,
    line_length_km,
    range_ring,
    range_ring_geojson,
)

CHERNYAKHOVSK = (54.635, 21.812)
CAPITALS = {  # lat, lon (GeoNames)
    "Warsaw": (52.22977, 21.01178),
    "Vilnius": (54.68916, 25.2798),
    "Riga": (56.946, 24.10589),
    "Minsk": (53.90019, 27.56653),
    "Berlin": (52.52437, 13.41053),
}


@pytest.mark.parametrize("radius_km", [50, 500, 2000])
@pytest.mark.parametrize(
    "centre", [(0.0, 10.0), (45.0, -3.0), CHERNYAKHOVSK, (70.0, 25.0), (-33.9, 151.2)]
)
def test_ring_vertices_at_radius(centre: tuple[float, float], radius_km: float) -> None:
    lat, lon = centre
    ring = range_ring(lat, lon, radius_km)
    assert ring[0] == ring[-1]
    assert len(ring) == 257
    for x, y in ring:
        assert distance_km(lat, lon, y, x) == pytest.approx(radius_km, rel=0.005)
    polygon = Polygon(ring)
    assert polygon.is_valid
    assert polygon.exterior.is_ccw  # RFC 7946 exterior ring orientation
    assert polygon.contains(Point(lon, lat))


def test_500_km_ring_around_chernyakhovsk() -> None:
    ring = Polygon(range_ring(*CHERNYAKHOVSK, 500))
    inside = {name for name, (lat, lon) in CAPITALS.items() if ring.contains(Point(lon, lat))}
    assert inside == {"Warsaw", "Vilnius", "Riga", "Minsk"}
    # Berlin is ~604 km away: outside an Iskander-M's nominal 500 km.
    assert distance_km(*CHERNYAKHOVSK, *CAPITALS["Berlin"]) == pytest.approx(603.5, abs=1)


def test_ring_across_antimeridian_stays_continuous() -> None:
    ring = range_ring(60.0, 179.0, 800)
    lons = [x for x, _ in ring]
    assert max(lons) > 180  # continuous past the date line rather than jumping to -180
    assert all(abs(a - b) < 10 for a, b in itertools.pairwise(lons))
    assert Polygon(ring).is_valid


@pytest.mark.parametrize(("lat", "pole"), [(80.0, 90.0), (-85.0, -90.0), (90.0, 90.0)])
def test_ring_around_a_pole_is_closed_along_it(lat: float, pole: float) -> None:
    ring = range_ring(lat, 20.0, 1500)
    polygon = Polygon(ring)
    assert polygon.is_valid
    assert ring[0] == ring[-1]
    assert min(x for x, _ in ring) == -180 and max(x for x, _ in ring) == 180
    assert any(y == pole for _, y in ring)
    # The true circle's vertices are still at the radius.
    circle = [(x, y) for x, y in ring if abs(x) != 180 and y != pole]
    for x, y in circle:
        assert distance_km(lat, 20.0, y, x) == pytest.approx(1500, rel=0.005)


@pytest.mark.parametrize("radius_km", [0, -5, 20_000, 25_000, float("nan")])
def test_ring_rejects_bad_radius(radius_km: float) -> None:
    with pytest.raises(ValueError):
        range_ring(50.0, 10.0, radius_km)


def test_ring_rejects_disc_with_both_poles() -> None:
    with pytest.raises(ValueError, match="both poles"):
        range_ring(0.0, 0.0, 15_000)


def test_ring_geojson_feature() -> None:
    feature = range_ring_geojson(54.635, 21.812, 500, {"label": "Iskander-M"})
    assert feature["type"] == "Feature"
    assert feature["geometry"]["type"] == "Polygon"
    exterior = feature["geometry"]["coordinates"][0]
    assert exterior[0] == exterior[-1]
    assert feature["properties"] == {
        "center": [21.812, 54.635],
        "radius_km": 500,
        "label": "Iskander-M",
    }


def test_distance_and_bearing() -> None:
    assert distance_km(0, 0, 0, 1) == pytest.approx(111.319, abs=0.01)  # WGS84 equator
    assert distance_km(52.0, 13.0, 52.0, 13.0) == 0
    assert bearing_deg(50, 10, 51, 10) == pytest.approx(0, abs=1e-9)
    assert bearing_deg(50, 10, 50, 9) == pytest.approx(270, abs=0.5)
    assert 0 <= bearing_deg(50, 10, 49, 10) < 360
    assert bearing_deg(50, 10, 49, 10) == pytest.approx(180)


def test_line_length() -> None:
    assert line_length_km([]) == 0
    assert line_length_km([(10, 50)]) == 0
    coords = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0)]
    assert line_length_km(coords) == pytest.approx(
        distance_km(0, 0, 0, 1) + distance_km(0, 1, 1, 1)
    )
