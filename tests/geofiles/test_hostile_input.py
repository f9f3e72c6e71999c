"""Hostile and broken files: each gives a GeoFileError naming the file, quickly, and nothing is
written outside a temporary folder. The cases and answers are listed in HOSTILE_INPUT.md."""

from __future__ import annotations

import json
import os
import struct
import sys
import time
import zipfile
from pathlib import Path

import pytest

from briefing_app.geofiles import (
    MAX_IMPORT_BYTES,
    SUPPORTED_SUFFIXES,
    GeoFileCancelled,
    GeoFileError,
    read_geofile,
)
from briefing_app.geofiles import limits as limits_module

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "hostile"))
from corpus import BILLION_LAUGHS, EXTERNAL_DTD, EXTERNAL_ENTITY

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"
SECONDS = 10.0

pytestmark = pytest.mark.timeout(60)


def refused(path: Path, *fragments: str) -> str:
    """Read `path`, expect a GeoFileError naming it (and the fragments), in bounded time."""
    started = time.monotonic()
    with pytest.raises(GeoFileError) as caught:
        read_geofile(path)
    assert time.monotonic() - started < SECONDS
    message = str(caught.value)
    assert str(path) in message
    for fragment in fragments:
        assert fragment in message, message
    return message


def geojson(path: Path, geometry: dict | str) -> Path:
    text = (
        geometry
        if isinstance(geometry, str)
        else json.dumps({"type": "Feature", "properties": {"name": "x"}, "geometry": geometry})
    )
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
def test_empty_file(tmp_path, suffix):
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(b"")
    refused(path, "is empty")


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
def test_random_bytes(tmp_path, suffix):
    path = tmp_path / f"noise{suffix}"
    path.write_bytes(os.urandom(4096))
    refused(path)


def test_truncated_geojson(tmp_path):
    text = (CORPUS / "rome_province_municipalities.geojson").read_text(encoding="utf-8")
    refused(geojson(tmp_path / "cut.geojson", text[: len(text) // 2]), "ends too early")


def test_deeply_nested_json(tmp_path):
    refused(geojson(tmp_path / "deep.geojson", "[" * 100_000 + "]" * 100_000), "nested")


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_tokens(tmp_path, token):
    text = '{"type": "Point", "coordinates": [' + token + ", 1]}"
    refused(geojson(tmp_path / "nan.geojson", text), f"{token} is not allowed")


def test_overflowing_number_is_not_a_coordinate(tmp_path):
    text = '{"type": "Point", "coordinates": [1e400, 1]}'
    refused(geojson(tmp_path / "huge.geojson", text), "at coordinates[0]: expected a finite number")


def test_latitude_out_of_range(tmp_path):
    path = geojson(tmp_path / "lat.geojson", {"type": "Point", "coordinates": [10, 200]})
    refused(path, "latitude 200 is outside -90 to 90")


def test_bad_feature_among_good_ones_is_dropped_and_reported(tmp_path):
    features = [
        {
            "type": "Feature",
            "properties": {"name": name},
            "geometry": {"type": "Point", "coordinates": coords},
        }
        for name, coords in (("Berlin", [13.4, 52.5]), ("Nowhere", [13.4, 200]))
    ]
    path = geojson(
        tmp_path / "mixed.geojson", json.dumps({"type": "FeatureCollection", "features": features})
    )
    layer = read_geofile(path).layers[0]
    assert len(layer.features) == 1
    assert layer.dropped == ["Nowhere: latitude 200 is outside -90 to 90"]


def test_self_intersecting_polygon_is_repaired(tmp_path):
    bowtie = {"type": "Polygon", "coordinates": [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]]}
    layer = read_geofile(geojson(tmp_path / "bowtie.geojson", bowtie)).layers[0]
    assert layer.repairs == ["x: self-intersection repaired (make_valid)"]
    assert layer.features[0]["geometry"]["type"] == "MultiPolygon"


@pytest.mark.parametrize(
    "geometry",
    [
        {"type": "Polygon", "coordinates": []},
        {"type": "LineString", "coordinates": []},
        {"type": "MultiPolygon", "coordinates": []},
        {"type": "GeometryCollection", "geometries": []},
    ],
)
def test_empty_geometry(tmp_path, geometry):
    refused(geojson(tmp_path / "void.geojson", geometry), "empty")


def test_unknown_geometry_type(tmp_path):
    refused(
        geojson(tmp_path / "circle.geojson", {"type": "Circle", "coordinates": [1, 2]}),
        'unknown geometry type "Circle"',
    )


# The XML attacks are those of the cross-reader corpus (tests/hostile/corpus.py).
@pytest.mark.parametrize(
    "text",
    [BILLION_LAUGHS, EXTERNAL_ENTITY, EXTERNAL_DTD],
    ids=["billion-laughs", "external-entity", "external-dtd"],
)
def test_kml_doctype_is_refused(tmp_path, text):
    path = tmp_path / "evil.kml"
    path.write_text(text, encoding="utf-8")
    message = refused(path, "<!DOCTYPE>")
    assert "root:" not in message


def test_kml_in_kmz_with_entities_is_refused(tmp_path):
    path = tmp_path / "evil.kmz"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("doc.kml", BILLION_LAUGHS)
    refused(path, "<!DOCTYPE>")


def test_deeply_nested_kml_folders(tmp_path):
    path = tmp_path / "deep.kml"
    path.write_text(
        '<kml xmlns="http://www.opengis.net/kml/2.2">'
        + "<Folder>" * 5000
        + "</Folder>" * 5000
        + "</kml>",
        encoding="utf-8",
    )
    refused(path, "deeper than")


def test_truncated_kml(tmp_path):
    text = (CORPUS / "KML_Samples.kml").read_text(encoding="utf-8")
    path = tmp_path / "cut.kml"
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    refused(path, "ends too early")


def test_latin1_kml_without_declaration(tmp_path):
    path = tmp_path / "latin1.kml"
    path.write_bytes("<kml><Placemark><name>Zürich</name></Placemark></kml>".encode("latin-1"))
    refused(path, "not valid KML/XML")


def test_zip_bomb_kmz_by_ratio(tmp_path):
    path = tmp_path / "bomb.kmz"
    zeros = bytes(1024 * 1024)
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("doc.kml", "w", force_zip64=True) as member,
    ):
        for _ in range(64):  # 64 MiB of zeros, streamed: about 64 KiB on disk
            member.write(zeros)
    assert path.stat().st_size < 1024 * 1024
    refused(path, "zip bomb")


def _declare_size(path: Path, size: int) -> None:
    """Patch the central directory so the first entry claims `size` uncompressed bytes."""
    data = bytearray(path.read_bytes())
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = struct.pack("<I", size)
    path.write_bytes(bytes(data))


def test_zip_bomb_kmz_by_declared_size(tmp_path):
    path = tmp_path / "huge.kmz"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("doc.kml", "<kml/>")
    _declare_size(path, 0xFFFF_FFF0)
    refused(path, "would unpack to")


def test_kmz_entry_larger_than_declared(tmp_path):
    path = tmp_path / "liar.kmz"
    body = (CORPUS / "KML_Samples.kml").read_bytes()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("doc.kml", body)
    _declare_size(path, 100)
    refused(path, "doc.kml")


def test_too_many_zip_entries(tmp_path, monkeypatch):
    monkeypatch.setattr("briefing_app.geofiles.archive.MAX_ARCHIVE_ENTRIES", 10)
    path = tmp_path / "many.kmz"
    with zipfile.ZipFile(path, "w") as archive:
        for number in range(11):
            archive.writestr(f"{number}.kml", "<kml/>")
    refused(path, "11 entries")


@pytest.mark.parametrize(
    "name", ["../../evil.kml", "/etc/evil.kml", "C:/evil.kml", "a/../../evil.kml"]
)
def test_kmz_path_traversal(tmp_path, name):
    work = tmp_path / "work"
    work.mkdir()
    path = work / "traversal.kmz"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(name, (CORPUS / "KML_Samples.kml").read_bytes())
    refused(path, "points outside the archive")
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["traversal.kmz", "work"]


def test_shapefile_zip_path_traversal(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    path = work / "countries.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for part in CORPUS.glob("ne_110m_admin_0_countries.*"):
            archive.write(part, f"../../{part.name}")
    refused(path, "points outside the archive")
    assert not list(tmp_path.glob("ne_110m*")) and not list(tmp_path.parent.glob("ne_110m*"))


def test_shapefile_zip_without_shapefile(tmp_path):
    path = tmp_path / "notes.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    refused(path, "without a Shapefile")


def test_temporary_extraction_is_cleaned_up(tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    path = tmp_path / "countries.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for part in CORPUS.glob("ne_110m_admin_0_countries.*"):
            archive.write(part, part.name)
    assert read_geofile(path).feature_count() == 177
    assert list((tmp_path / "tmp").iterdir()) == []


def test_csv_in_windows_1252_is_read_and_said(tmp_path):
    path = tmp_path / "cities.csv"
    path.write_bytes("city;lat;lon\nZürich;47,37;8,54\n".encode("cp1252"))
    found = read_geofile(path)
    layer = found.layers[0]
    assert layer.features[0]["properties"]["city"] == "Zürich"
    assert layer.features[0]["geometry"]["coordinates"] == [8.54, 47.37]
    assert any("Windows-1252" in line for line in layer.repairs)


def test_csv_neither_utf8_nor_cp1252(tmp_path):
    path = tmp_path / "binary.csv"
    path.write_bytes(b"lat,lon\n\x81\x8d,\x90\x9d\n")
    refused(path, "not UTF-8")


def test_csv_without_coordinate_columns(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("name,age\nAnna,30\n", encoding="utf-8")
    refused(path, "no latitude and longitude columns")


def test_csv_bad_rows_are_dropped_and_reported(tmp_path):
    path = tmp_path / "points.csv"
    path.write_text("name,latitude,longitude\nA,52.1,21.0\nB,abc,21.0\nC,95,21\n", encoding="utf-8")
    layer = read_geofile(path).layers[0]
    assert len(layer.features) == 1
    assert layer.dropped == [
        'B: latitude "abc" is not a number',
        "C: latitude 95 is outside -90 to 90",
    ]


def test_geojson_over_the_size_limit_is_refused_unread(tmp_path):
    path = tmp_path / "big.geojson"
    with path.open("wb") as out:
        out.truncate(MAX_IMPORT_BYTES + 1)  # sparse: no disk space used
    refused(path, "MiB; imported files are limited to 64 MiB")


def test_wrong_extension_is_named(tmp_path):
    path = tmp_path / "really_a_kmz.geojson"
    path.write_bytes((CORPUS / "france_aerodrome_airspaces.kmz").read_bytes())
    refused(path, "holds a zip archive")
    kml_as_json = tmp_path / "really_kml.geojson"
    kml_as_json.write_bytes((CORPUS / "KML_Samples.kml").read_bytes())
    refused(kml_as_json, "not valid JSON")


def test_unknown_extension(tmp_path):
    path = tmp_path / "map.mbtiles"
    path.write_bytes(b"x")
    refused(path, "'.mbtiles'")


def test_missing_file_and_folder(tmp_path):
    refused(tmp_path / "gone.geojson", "does not exist")
    folder = tmp_path / "folder.kml"
    folder.mkdir()
    refused(folder, "is a folder")


def test_feature_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(limits_module, "MAX_FEATURES", 100)
    refused(CORPUS / "rome_province_municipalities.geojson", "more than 100 features")
    monkeypatch.setattr(limits_module, "MAX_FEATURES", 30)
    refused(CORPUS / "greece_sicily_countries.gpkg", "has 35 features")


def test_vertex_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(limits_module, "MAX_VERTICES", 1000)
    refused(CORPUS / "ne_110m_admin_0_countries.shp", "more than 1,000 vertices")
    refused(CORPUS / "europe_country_borders.kml", "more than 1,000 vertices")


def test_progress_can_cancel():
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return False

    with pytest.raises(GeoFileCancelled):
        read_geofile(CORPUS / "france_aerodrome_airspaces.kmz", progress=progress)
    assert len(calls) == 1
