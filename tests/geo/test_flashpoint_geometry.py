"""Derived flashpoint geometry (geodata/security/derived), built by
geodata/build_flashpoint_geometry.py."""

from __future__ import annotations

import json
from typing import Any

import pytest
from shapely.geometry import LineString, Point, shape

from briefing_app.core.paths import geodata_dir
from briefing_app.geo.geodesic import distance_km, line_length_km

DERIVED = geodata_dir() / "security" / "derived"
TRIPOINT_PL_LT_RU = (54.3633, 22.7920)  # facts.md §6
TRIPOINT_PL_LT_BY_APPROX = (53.9, 23.5)  # facts.md §6: unverified, general geography only


def load(name: str) -> dict[str, Any]:
    return dict(json.loads((DERIVED / name).read_text(encoding="utf-8")))


def features(name: str) -> dict[str, dict[str, Any]]:
    return {f["properties"]["id"]: f for f in load(name)["features"]}


@pytest.fixture(scope="module")
def suwalki() -> dict[str, dict[str, Any]]:
    return features("suwalki_gap.geojson")


@pytest.fixture(scope="module")
def occupied() -> dict[str, dict[str, Any]]:
    return features("occupied_ukraine.geojson")


def test_suwalki_line_ends_at_the_tripoints(suwalki: dict[str, dict[str, Any]]) -> None:
    gap = suwalki["suwalki_gap"]
    line = shape(gap["geometry"])
    assert isinstance(line, LineString)
    (lon_a, lat_a), (lon_b, lat_b) = line.coords[0], line.coords[-1]
    assert distance_km(*TRIPOINT_PL_LT_RU, lat_a, lon_a) < 5
    assert distance_km(*TRIPOINT_PL_LT_BY_APPROX, lat_b, lon_b) < 15
    props = gap["properties"]
    assert props["end_pl_lt_ru"] == pytest.approx([lon_a, lat_a], abs=1e-5)
    assert props["end_pl_lt_by"] == pytest.approx([lon_b, lat_b], abs=1e-5)


def test_suwalki_lengths(suwalki: dict[str, dict[str, Any]]) -> None:
    gap = suwalki["suwalki_gap"]
    props = gap["properties"]
    coords = list(shape(gap["geometry"]).coords)
    # Stored figures match the geometry.
    assert props["length_km"] == pytest.approx(line_length_km(coords), abs=0.1)
    (lon_a, lat_a), (lon_b, lat_b) = coords[0], coords[-1]
    assert props["straight_km"] == pytest.approx(distance_km(lat_a, lon_a, lat_b, lon_b), abs=0.1)
    # Computed at build time: 87.7 km along the 1:10m border (Natural Earth's
    # generalisation cuts corners; the usual figure is ~100 km) and 65.9 km straight
    # (reference ~65 km). A rebuild from the same sources must land within 1 km.
    assert props["length_km"] == pytest.approx(87.7, abs=1.0)
    assert props["straight_km"] == pytest.approx(65.9, abs=1.0)
    assert props["straight_km"] == pytest.approx(props["reference_straight_km"], rel=0.05)
    assert props["length_km"] < props["reference_length_km"]


def test_suwalki_corridor(suwalki: dict[str, dict[str, Any]]) -> None:
    band = shape(suwalki["suwalki_gap_corridor"]["geometry"])
    line = shape(suwalki["suwalki_gap"]["geometry"])
    assert band.geom_type == "Polygon" and band.is_valid
    assert band.buffer(1e-6).contains(line)
    assert suwalki["suwalki_gap_corridor"]["properties"]["schematic"] is True
    # Roughly 20 km wide: a point 15 km off the border is outside, 5 km off is inside.
    mid_lon, mid_lat = line.interpolate(0.5, normalized=True).coords[0]
    assert band.contains(Point(mid_lon + 0.07, mid_lat + 0.02))  # ~5 km NE
    assert not band.contains(Point(mid_lon + 0.25, mid_lat + 0.06))  # ~17 km NE


def test_crimea(occupied: dict[str, dict[str, Any]]) -> None:
    crimea = occupied["crimea_2014"]
    geom = shape(crimea["geometry"])
    assert geom.is_valid
    assert geom.contains(Point(34.102, 44.952))  # Simferopol
    assert geom.contains(Point(33.522, 44.605))  # Sevastopol
    assert not geom.contains(Point(32.617, 46.635))  # Kherson
    assert not geom.contains(Point(34.804, 46.171))  # Henichesk, Kherson oblast
    assert geom.bounds[3] < 46.25  # nothing north of the Perekop isthmus
    props = crimea["properties"]
    assert props["status"] == "occupied"
    assert props["source_url"] == "https://digitallibrary.un.org/record/767565"
    assert props["note"].startswith("Internationally recognised as part of Ukraine")


def test_crimea_occupied_since_2014_02_20_as_in_ukrainian_law(
    occupied: dict[str, dict[str, Any]],
) -> None:
    props = occupied["crimea_2014"]["properties"]
    assert props["since"] == "2014-02-20"
    assert props["since_source_url"].startswith("https://zakon.rada.gov.ua/")
    # The other date in circulation is named, so a reader sees why this one was chosen.
    assert "2014-02-27" in props["note"]


def test_claimed_oblasts_are_claims_not_front_lines(occupied: dict[str, dict[str, Any]]) -> None:
    claims = {k: v for k, v in occupied.items() if k != "crimea_2014"}
    assert set(claims) == {
        "claim_2022_donetsk",
        "claim_2022_luhansk",
        "claim_2022_zaporizhzhia",
        "claim_2022_kherson",
    }
    crimea = shape(occupied["crimea_2014"]["geometry"])
    for feature in claims.values():
        props = feature["properties"]
        assert props["status"] == "claimed_annexation"
        assert props["since"] == "2022-09-30"
        assert props["source_url"] == "https://digitallibrary.un.org/record/3990673"
        assert "claim" in props["name"].lower()
        assert "NOT a front line" in props["note"]
        geom = shape(feature["geometry"])
        assert geom.is_valid
        assert geom.intersection(crimea).area < 1e-6


@pytest.mark.parametrize("name", ["suwalki_gap.geojson", "occupied_ukraine.geojson"])
def test_every_feature_is_sourced_and_dated(name: str) -> None:
    data = load(name)
    assert data["type"] == "FeatureCollection"
    for feature in data["features"]:
        props = feature["properties"]
        assert props["source_url"].startswith("https://")
        assert props["as_of"]
        assert props["approximate"] is True
