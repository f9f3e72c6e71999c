"""Export as GeoJSON and KML, read back by our own readers: same geometries, names, styles."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest
import shapely
from shapely.geometry import shape

from briefing_app.geofiles import features_to_geojson, features_to_kml, read_geofile

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"
HOSTILE_LABEL = "<script>alert(\"x\")</script> & 'quotes' ]]> Łódź"

FEATURES = [
    {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [21.0122, 52.2297]},
        "properties": {"name": HOSTILE_LABEL, "description": "<b>bold</b> & more", "rank": "1"},
        "style": {"color": "#ff0000", "opacity": 1.0},
        "folder": "Flank/Poland",
    },
    {
        "type": "Feature",
        "geometry": {"type": "LineString", "coordinates": [[14.1, 52.3], [23.9, 54.1]]},
        "properties": {"name": "Route"},
        "style": {"color": "#0000ff", "weight": 3.0},
    },
    {
        "type": "Feature",
        "geometry": {
            "type": "Polygon",
            "coordinates": [
                [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
                [[2, 2], [2, 4], [4, 4], [4, 2], [2, 2]],
            ],
        },
        "properties": {"name": "Box with a hole"},
        "style": {"color": "#00ff00", "fillColor": "#123456", "fillOpacity": 0.0},
    },
    {
        "type": "Feature",
        "geometry": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Point", "coordinates": [1, 1]},
                {"type": "LineString", "coordinates": [[1, 1], [2, 2]]},
            ],
        },
        "properties": {"name": "Mixed"},
    },
]


def _same_geometry(a: dict, b: dict) -> bool:
    return shape(a).normalize().equals_exact(shape(b).normalize(), 1e-12)


def test_geojson_round_trip(tmp_path):
    path = tmp_path / "out.geojson"
    path.write_text(features_to_geojson(FEATURES, "Export"), encoding="utf-8")
    layer = read_geofile(path).layers[0]
    assert layer.name == "Export"
    for written, read in zip(FEATURES, layer.features, strict=True):
        assert _same_geometry(written["geometry"], read["geometry"])
        assert read["properties"] == written["properties"]
        assert read.get("style") == written.get("style")
        assert read.get("folder") == written.get("folder")


def test_corpus_layer_survives_geojson_round_trip(tmp_path):
    original = read_geofile(CORPUS / "europe_country_borders.kml").layers[0]
    path = tmp_path / "borders.geojson"
    path.write_text(features_to_geojson(original.features, original.name), encoding="utf-8")
    again = read_geofile(path).layers[0]
    assert [f["properties"] for f in again.features] == [f["properties"] for f in original.features]
    assert again.repairs == []  # the exported rings are closed and valid


def test_kml_round_trip(tmp_path):
    path = tmp_path / "out.kml"
    path.write_text(features_to_kml(FEATURES, "Export"), encoding="utf-8")
    layer = read_geofile(path).layers[0]
    assert layer.name == "Export"
    assert len(layer.features) == len(FEATURES)
    for written, read in zip(FEATURES, layer.features, strict=True):
        assert _same_geometry(written["geometry"], read["geometry"])
        assert read["properties"]["name"] == written["properties"]["name"]
        assert read.get("folder") == written.get("folder")
        for key, value in written.get("style", {}).items():
            # KML stores opacity as a byte: 1/255 is as close as it gets.
            assert read["style"][key] == pytest.approx(value, abs=1 / 255)
    assert layer.features[0]["properties"]["description"] == "<b>bold</b> & more"
    assert layer.features[0]["properties"]["rank"] == "1"


def test_kml_escapes_text_and_uses_kml_conventions():
    text = features_to_kml(FEATURES, 'Brief "A" & <B>')
    root = ElementTree.fromstring(text.encode("utf-8"))
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    assert "<script>" not in text
    assert root.find("k:Document/k:name", ns).text == 'Brief "A" & <B>'
    names = [e.text for e in root.iterfind(".//k:Placemark/k:name", ns)]
    assert names[0] == HOSTILE_LABEL
    # Red is ff0000ff in KML's aabbggrr order.
    assert "ff0000ff" in [e.text for e in root.iterfind(".//k:IconStyle/k:color", ns)]
    assert root.find(".//k:Polygon/k:innerBoundaryIs/k:LinearRing", ns) is not None
    assert root.find(".//k:Placemark/k:MultiGeometry/k:Point", ns) is not None
    folder = root.find("k:Document/k:Folder", ns)
    assert folder.find("k:name", ns).text == "Flank"
    assert folder.find("k:Folder/k:name", ns).text == "Poland"


def test_label_property_names_the_placemark():
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [1, 2]},
            "properties": {"label": "Unit A", "name": "internal"},
        }
    ]
    root = ElementTree.fromstring(features_to_kml(features, "x").encode("utf-8"))
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    assert root.find(".//k:Placemark/k:name", ns).text == "Unit A"
    assert [d.get("name") for d in root.iterfind(".//k:Data", ns)] == ["name"]


def test_airspace_kmz_exports_to_kml_and_back(tmp_path):
    layer = read_geofile(CORPUS / "france_aerodrome_airspaces.kmz").layers[0]
    path = tmp_path / "airspaces.kml"
    path.write_text(features_to_kml(layer.features, layer.name), encoding="utf-8")
    again = read_geofile(path).layers[0]
    assert len(again.features) == len(layer.features)

    def keyed(features):
        # KML groups placemarks under their folder, so the order may change: compare as sets.
        return sorted(
            (f["properties"]["name"], f.get("folder"), sorted(f["style"].items())) for f in features
        )

    assert keyed(again.features) == keyed(layer.features)
    total = sum(shape(f["geometry"]).area for f in layer.features)
    assert sum(shape(f["geometry"]).area for f in again.features) == pytest.approx(total)
    assert shapely.get_num_coordinates(shape(again.features[0]["geometry"])) > 3
