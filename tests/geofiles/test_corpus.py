"""The real third-party files in tests/fixtures/corpus (see SOURCES.md there): each imports
with the counts SOURCES.md documents, and its known defects are repaired and reported."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
import shapely
from shapely.geometry import shape

from briefing_app.geofiles import GeoFileError, list_layers, read_geofile

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"


def _only_layer(name: str):
    found = read_geofile(CORPUS / name)
    assert len(found.layers) == 1
    return found, found.layers[0]


def _names(layer) -> list[str]:
    return [feature["properties"].get("name") for feature in layer.features]


def test_rome_municipalities_keep_the_vatican_hole():
    found, layer = _only_layer("rome_province_municipalities.geojson")
    assert found.format == "GeoJSON"
    assert layer.geometry_types == {"Polygon": 114, "MultiPolygon": 7}
    assert layer.repairs == [] and layer.dropped == []
    roma = next(f for f in layer.features if f["properties"].get("name") == "Roma")
    geom = shape(roma["geometry"])
    holes = [hole for part in geom.geoms for hole in part.interiors]
    assert len(holes) == 1 and len(holes[0].coords) == 19
    vatican = shapely.Polygon(holes[0]).representative_point()
    assert 12.44 < vatican.x < 12.46 and 41.90 < vatican.y < 41.91
    assert not geom.contains(vatican)


def test_chemnitz_mixed_geometries_and_umlauts():
    _, layer = _only_layer("chemnitz_playgrounds_osm.geojson")
    assert layer.geometry_types == {"Point": 117, "Polygon": 138, "MultiPolygon": 1}
    assert "Abenteuerspielplatz Küchwald" in _names(layer)


def test_lodz_keeps_every_script():
    _, layer = _only_layer("lodz_voivodeship_osm.geojson")
    assert layer.geometry_types == {"Polygon": 1, "Point": 2}
    polygon = next(f for f in layer.features if f["geometry"]["type"] == "Polygon")
    assert polygon["properties"]["name:uk"] == "Лодзьке воєводство"
    assert len(polygon["properties"]) == 112  # SOURCES.md's 113 keys count the feature "id"
    assert polygon["id"] == "relation/224458"


def test_sentinel_footprint_is_split_at_the_antimeridian():
    _, layer = _only_layer("sentinel3_antimeridian_footprint.json")
    assert len(layer.features) == 1
    assert any("antimeridian" in line for line in layer.repairs)
    geom = shape(layer.features[0]["geometry"])
    assert geom.is_valid
    lon = shapely.get_coordinates(geom)[:, 0]
    # No edge may jump across the map any more, except along the pole it now encloses.
    for ring in getattr(geom, "geoms", [geom]):
        coords = shapely.get_coordinates(ring.exterior)
        jumps = abs(coords[1:, 0] - coords[:-1, 0]) > 180
        assert (coords[1:, 1][jumps] == 90).all()
    assert geom.contains(shapely.Point(0, 89.95))  # the granule passes over the North Pole
    assert lon.min() == -180 and lon.max() == 180
    # Nested STAC properties arrive as JSON text, not as objects.
    assert all(not isinstance(v, dict | list) for v in layer.features[0]["properties"].values())


def test_territorial_sea_geometry_collection_keeps_its_hole():
    _, layer = _only_layer("france_territorial_sea_geometrycollection.geojson")
    assert len(layer.features) == 1
    geom = shape(layer.features[0]["geometry"])
    holes = sum(len(p.interiors) for part in geom.geoms for p in getattr(part, "geoms", [part]))
    assert holes >= 1


def test_europe_cities_csv_detects_lat_lng():
    found, layer = _only_layer("europe_cities.csv")
    assert found.csv_columns == ("lat", "lng")
    assert found.csv_header == ["city", "lat", "lng", "population", "country"]
    assert layer.geometry_types == {"Point": 1587}
    lodz = next(f for f in layer.features if f["properties"]["city"] == "Łódź")
    lon, lat = lodz["geometry"]["coordinates"]
    assert 19 < lon < 20 and 51 < lat < 52


def test_natural_earth_shapefile_keeps_ukrainian_names_and_russia():
    found, layer = _only_layer("ne_110m_admin_0_countries.shp")
    assert found.format == "ESRI Shapefile"
    assert len(layer.features) == 177
    assert layer.geometry_types == {"Polygon": 148, "MultiPolygon": 29}
    assert layer.source_crs == "EPSG:4326"
    assert "Україна" in [f["properties"]["NAME_UK"] for f in layer.features]
    # Russia reaches 180.00000000000006: rounding, clamped rather than refused.
    assert "Russia" in [f["properties"]["NAME"] for f in layer.features]
    assert layer.dropped == []


def test_zipped_shapefile_reads_like_the_loose_one(tmp_path):
    archive = tmp_path / "countries.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        for part in CORPUS.glob("ne_110m_admin_0_countries.*"):
            out.write(part, f"data/{part.name}")
    found = read_geofile(archive)
    assert found.available_layers == ["ne_110m_admin_0_countries"]
    assert found.feature_count() == 177


def test_shapefile_without_dbf_is_explained(tmp_path):
    for suffix in (".shp", ".shx"):
        shutil.copy(CORPUS / f"ne_110m_admin_0_countries{suffix}", tmp_path)
    with pytest.raises(GeoFileError, match=r"ne_110m_admin_0_countries\.shp.*\.dbf"):
        read_geofile(tmp_path / "ne_110m_admin_0_countries.shp")


def test_geopackage_layers_are_offered_and_read(tmp_path):
    # The original name had a space and a non-ASCII letter before the extension.
    odd = tmp_path / "carte grèce et sicile .gpkg"
    shutil.copy(CORPUS / "greece_sicily_countries.gpkg", odd)
    assert list_layers(odd) == ["ne_110m_admin_0_countries"]
    found = read_geofile(odd, layers=["ne_110m_admin_0_countries"])
    assert found.format == "GeoPackage"
    assert found.layers[0].geometry_types == {"MultiPolygon": 35}
    with pytest.raises(GeoFileError, match='no layer "roads"'):
        read_geofile(odd, layers=["roads"])


def test_kml_samples_placemarks_styles_and_folders():
    _, layer = _only_layer("KML_Samples.kml")
    # 20 Placemarks: 19 with geometry (4 Point, 6 LineString, 9 Polygon) and "Descriptive
    # HTML" without; the GroundOverlay and 7 ScreenOverlays are images, skipped and reported.
    assert layer.geometry_types == {"Point": 4, "LineString": 6, "Polygon": 9}
    assert "Descriptive HTML: no geometry" in layer.dropped
    assert any("GroundOverlay skipped" in line for line in layer.dropped)
    assert any("7 features: ScreenOverlay skipped" in line for line in layer.dropped)
    pentagon = next(f for f in layer.features if f["properties"]["name"] == "The Pentagon")
    assert len(pentagon["geometry"]["coordinates"]) == 2  # outer ring and the courtyard
    assert pentagon["folder"] == "Polygons/Google Campus" or pentagon["folder"].startswith(
        "Polygons"
    )
    # Styles come through styleUrl, including the StyleMap's "normal" style.
    assert sum("style" in f for f in layer.features) >= 10
    colours = {f["style"].get("color") for f in layer.features if "style" in f}
    assert all(c is None or (c.startswith("#") and len(c) == 7) for c in colours)


def test_gx_track_becomes_a_line():
    _, layer = _only_layer("catalina_gx_track.kml")
    assert layer.geometry_types == {"LineString": 1}
    coords = layer.features[0]["geometry"]["coordinates"]
    assert len(coords) == 213 and all(len(c) == 2 for c in coords)
    assert -118.6 < coords[0][0] < -118.1


def test_europe_borders_kml_closes_ukraine():
    _, layer = _only_layer("europe_country_borders.kml")
    assert len(layer.features) == 47
    assert "Ukraine: outer ring was not closed; closed it" in layer.repairs
    assert "Ukraine" in _names(layer)
    assert layer.dropped == []


def test_airspace_kmz_keeps_floors_and_ceilings_and_drops_walls():
    found, layer = _only_layer("france_aerodrome_airspaces.kmz")
    assert found.format == "KMZ"
    # 1 818 placemarks: 230 floor/ceiling polygons (46 of them with open rings, closed) and
    # 1 588 four-corner "side" walls, which are lines on a 2-D map.
    assert len(layer.features) == 230
    assert any(line.startswith("1588 features: vertical wall") for line in layer.dropped)
    assert any(line.startswith("46 features: outer ring was not closed") for line in layer.repairs)
    albert = next(f for f in layer.features if f["properties"]["name"] == "CTR ALBERT BRAY upper")
    assert shape(albert["geometry"]).contains(shapely.Point(2.7, 50.0))
    # Styles defined inside folders with numeric ids are found.
    assert "style" in albert and albert["folder"]


@pytest.mark.parametrize(
    "name",
    sorted(
        p.name
        for p in CORPUS.iterdir()
        if p.suffix in (".geojson", ".json", ".kml", ".kmz", ".shp", ".gpkg", ".csv")
    ),
)
def test_every_corpus_file_gives_valid_wgs84_features(name):
    found = read_geofile(CORPUS / name)
    assert found.feature_count() > 0
    for layer in found.layers:
        for feature in layer.features:
            geom = shape(feature["geometry"])
            assert geom.is_valid and not geom.is_empty
            minx, miny, maxx, maxy = geom.bounds
            assert -180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90
    assert found.summary()[0].startswith(str(CORPUS / name))
