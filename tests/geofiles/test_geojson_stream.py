"""A GeoJSON FeatureCollection is read feature by feature (never whole as Python lists): the
same layer as a read of the whole document, whatever the order of its members, with the
positions held as arrays, and broken files reported as before."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from briefing_app.core.jsonreader import parse_json
from briefing_app.geo.positions import Positions
from briefing_app.geofiles import GeoFileError, read_geofile
from briefing_app.geofiles.geojson_reader import _read_document
from briefing_app.geofiles.limits import Budget

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"
GEOJSON_FILES = sorted(p.name for p in CORPUS.glob("*.geojson"))


def whole_read(path: Path):
    """The layer as read from the document parsed at once (the reader's fallback)."""
    document = parse_json(path.read_text(encoding="utf-8"), str(path), GeoFileError)
    return _read_document(path, document, Budget(path))


@pytest.mark.parametrize("name", GEOJSON_FILES)
def test_streamed_read_equals_whole_read(name):
    path = CORPUS / name
    streamed = read_geofile(path).layers[0]
    whole = whole_read(path)
    assert streamed.features == whole.features
    assert (streamed.name, streamed.repairs, streamed.dropped) == (
        whole.name,
        whole.repairs,
        whole.dropped,
    )


def square(lon: float, lat: float) -> list[list[float]]:
    return [[lon, lat], [lon + 1, lat], [lon + 1, lat + 1], [lon, lat + 1], [lon, lat]]


def feature(name: str, lon: float, lat: float) -> dict:
    return {
        "type": "Feature",
        "properties": {"name": name},
        "geometry": {"type": "Polygon", "coordinates": [square(lon, lat)]},
    }


def write(path: Path, members: list[tuple[str, object]]) -> Path:
    path.write_text(
        "{" + ", ".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in members) + "}",
        encoding="utf-8",
    )
    return path


def test_positions_are_arrays(tmp_path):
    path = write(
        tmp_path / "a.geojson",
        [("type", "FeatureCollection"), ("features", [feature("A", 10, 50)])],
    )
    geometry = read_geofile(path).layers[0].features[0]["geometry"]
    ring = geometry["coordinates"][0]
    assert isinstance(ring, Positions)
    assert ring == square(10, 50)
    assert np.asarray(ring).shape == (5, 2)


def test_crs_after_the_features_still_reprojects(tmp_path):
    # Web Mercator metres of about 10° E, 50° N; the "crs" member comes last.
    metres = [
        [1113194.9, 6446275.8],
        [1224514.4, 6446275.8],
        [1224514.4, 6621293.7],
        [1113194.9, 6446275.8],
    ]
    crs = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}}
    path = write(
        tmp_path / "merc.geojson",
        [
            ("type", "FeatureCollection"),
            (
                "features",
                [
                    {
                        "type": "Feature",
                        "properties": {},
                        "geometry": {"type": "Polygon", "coordinates": [metres]},
                    }
                ],
            ),
            ("crs", crs),
        ],
    )
    layer = read_geofile(path).layers[0]
    ring = np.asarray(layer.features[0]["geometry"]["coordinates"][0])
    assert ring[0] == pytest.approx([10.0, 50.0], abs=1e-3)
    assert "3857" in layer.source_crs


def test_type_and_name_after_the_features(tmp_path):
    path = write(
        tmp_path / "late.geojson",
        [
            ("features", [feature("A", 10, 50)]),
            ("name", "Late name"),
            ("type", "FeatureCollection"),
        ],
    )
    layer = read_geofile(path).layers[0]
    assert layer.name == "Late name"
    assert len(layer.features) == 1


def test_name_after_the_features_of_a_streamed_collection(tmp_path):
    path = write(
        tmp_path / "named.geojson",
        [
            ("type", "FeatureCollection"),
            ("features", [feature("A", 10, 50)]),
            ("name", "Named last"),
        ],
    )
    assert read_geofile(path).layers[0].name == "Named last"


def test_repeated_features_member_keeps_the_last_as_json_does(tmp_path):
    path = write(
        tmp_path / "twice.geojson",
        [
            ("type", "FeatureCollection"),
            ("features", [feature("first", 10, 50), feature("first too", 12, 50)]),
            ("features", [feature("second", 20, 50)]),
        ],
    )
    layer = read_geofile(path).layers[0]
    assert [f["properties"]["name"] for f in layer.features] == ["second"]


@pytest.mark.parametrize(
    "broken, expected",
    [
        (
            '{"type": "Feature", "properties": {}, '
            '"geometry": {"type": "Point" "coordinates": [1, 2]}}',
            "line 52, column 68: not valid JSON",
        ),
        (
            '{"type": "Feature", "properties": {"name": "\\ud800"}, '
            '"geometry": {"type": "Point", "coordinates": [1, 2]}}',
            "surrogate",
        ),
        (
            '{"type": "Feature", "properties": {}, "geometry": {"type": "Point", '
            '"coordinates": [1e400, 2]}}',
            "finite number",
        ),
    ],
)
def test_a_broken_feature_after_good_ones_names_the_place(tmp_path, broken, expected):
    good = ",\n".join(json.dumps(feature(f"f{i}", i % 170, 10)) for i in range(50))
    path = tmp_path / "broken.geojson"
    path.write_text(
        '{"type": "FeatureCollection", "features": [\n' + good + ",\n" + broken + "\n]}",
        encoding="utf-8",
    )
    with pytest.raises(GeoFileError) as caught:
        read_geofile(path)
    assert str(path) in str(caught.value)
    assert expected in str(caught.value)


def test_text_after_the_collection_is_refused(tmp_path):
    path = write(
        tmp_path / "extra.geojson",
        [("type", "FeatureCollection"), ("features", [feature("A", 10, 50)])],
    )
    path.write_text(path.read_text(encoding="utf-8") + " {}", encoding="utf-8")
    with pytest.raises(GeoFileError, match="Extra data"):
        read_geofile(path)


def test_peak_memory_of_a_read_is_a_small_multiple_of_the_file(tmp_path):
    # 1,500 polygons of 200 vertices: 300,000 positions, about 7 MB. Held whole as Python
    # lists they took about six times the file; read feature by feature into arrays, the
    # text and the arrays.
    angles = np.linspace(0, 2 * np.pi, 199, endpoint=False)
    ring = [[round(10 + 0.2 * np.cos(a), 6), round(50 + 0.2 * np.sin(a), 6)] for a in angles]
    path = tmp_path / "big.geojson"
    with path.open("w", encoding="utf-8") as handle:
        handle.write('{"type": "FeatureCollection", "features": [')
        for i in range(1500):
            shifted = [[x + (i % 100) * 0.5, y + (i // 100) * 0.5] for x, y in ring]
            geometry = {"type": "Polygon", "coordinates": [[*shifted, shifted[0]]]}
            handle.write(
                ("," if i else "")
                + json.dumps(
                    {"type": "Feature", "properties": {"name": f"area {i}"}, "geometry": geometry}
                )
            )
        handle.write("]}")
    size = path.stat().st_size
    tracemalloc.start()
    try:
        layer = read_geofile(path).layers[0]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(layer.features) == 1500
    assert peak < 3 * size, f"peak {peak / 1e6:.0f} MB for a {size / 1e6:.0f} MB file"
