"""A briefing saved and reopened is the same briefing; broken files say what is wrong."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.model import fileformat
from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import (
    Annotation,
    Briefing,
    Grouping,
    LayerState,
    MapView,
    Slide,
)
from briefing_app.style.map_style import style_value_problem

text = st.text(max_size=40)
ids = st.text(alphabet="abcdefghijklmnop0123456789-", min_size=1, max_size=12)
lat = st.floats(-90, 90, allow_nan=False)
lon = st.floats(-180, 180, allow_nan=False)
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    text,
)
json_dicts = st.dictionaries(text, json_scalars, max_size=4)

views = st.builds(MapView, center_lat=lat, center_lon=lon, zoom=st.floats(0, 22))
layers = st.builds(
    LayerState, id=ids, visible=st.booleans(), opacity=st.floats(0, 1), options=json_dicts
)
positions = st.tuples(lon, lat).map(list)
geometries = st.one_of(
    positions.map(lambda p: {"type": "Point", "coordinates": p}),
    st.lists(positions, min_size=2, max_size=5).map(
        lambda ps: {"type": "LineString", "coordinates": ps}
    ),
)
# A style the renderers can draw (the file format refuses others on load and save alike:
# Hypothesis found {"weight": False}); options no renderer reads are kept as written.
styles = json_dicts.filter(lambda d: all(style_value_problem(k, v) is None for k, v in d.items()))
annotations = st.builds(
    Annotation, id=ids, geometry=geometries, properties=json_dicts, style=styles
)
groupings = st.builds(
    Grouping,
    id=ids,
    name=text,
    members=st.lists(st.sampled_from(["POL", "LTU", "UKR", "EST", "FIN"]), max_size=5),
    colour=st.from_regex(r"#[0-9a-f]{6}", fullmatch=True),
    description=text,
)
slides = st.builds(
    Slide,
    id=ids,
    title=text,
    view=views,
    notes=text,
    as_of=st.none() | dates,
    layers=st.none() | st.lists(layers, max_size=2, unique_by=lambda x: x.id),
    annotation_ids=st.none() | st.lists(ids, max_size=3),
)
briefings = st.builds(
    Briefing,
    title=text,
    subtitle=text,
    author=text,
    organisation=text,
    classification=text,
    as_of=dates,
    summary=text,
    view=views,
    layers=st.lists(layers, max_size=3, unique_by=lambda x: x.id),
    slides=st.lists(slides, max_size=3, unique_by=lambda x: x.id),
    annotations=st.lists(annotations, max_size=3, unique_by=lambda x: x.id),
    groupings=st.lists(groupings, max_size=2, unique_by=lambda x: x.id),
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=briefings)
def test_saved_briefing_reopens_equal(tmp_path, doc):
    path = tmp_path / "any.briefing"
    fileformat.save(doc, path)
    assert fileformat.load(path) == doc


def test_builtin_briefing_is_valid_and_on_europe():
    doc = builtin_briefing()
    assert doc.title == "European security landscape"
    assert doc.classification == "UNCLASSIFIED"
    assert 35 < doc.view.center_lat < 70 and -10 < doc.view.center_lon < 40
    assert doc.layer("countries") is not None and doc.layer("countries").visible


def test_save_keeps_previous_version_as_backup(tmp_path):
    path = tmp_path / "b.briefing"
    fileformat.save(Briefing(title="first"), path)
    fileformat.save(Briefing(title="second"), path)
    assert fileformat.load(path).title == "second"
    assert fileformat.load(tmp_path / "b.briefing.bak").title == "first"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.briefing", "b.briefing.bak"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_saved_file_has_usual_permissions(tmp_path):
    path = tmp_path / "b.briefing"
    fileformat.save(Briefing(), path)
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask
    path.chmod(0o640)
    fileformat.save(Briefing(title="again"), path)
    assert path.stat().st_mode & 0o777 == 0o640


def test_failed_save_leaves_existing_file_untouched(tmp_path, monkeypatch):
    path = tmp_path / "b.briefing"
    fileformat.save(Briefing(title="kept"), path)

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(fileformat.BriefingFileError, match="No space left"):
        fileformat.save(Briefing(title="lost"), path)
    monkeypatch.undo()
    assert fileformat.load(path).title == "kept"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_unwritable_folder_is_reported(tmp_path):
    with pytest.raises(fileformat.BriefingFileError, match="cannot write"):
        fileformat.save(Briefing(), tmp_path / "missing" / "b.briefing")


def _written(tmp_path, content: bytes | str, name: str = "bad.briefing"):
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def _error(path) -> str:
    with pytest.raises(fileformat.BriefingFileError) as info:
        fileformat.load(path)
    message = str(info.value)
    assert str(path) in message
    return message


def test_truncated_file_is_reported(tmp_path):
    full = fileformat.dumps(builtin_briefing())
    message = _error(_written(tmp_path, full[: len(full) // 2]))
    assert "cut off" in message or "not valid JSON" in message
    assert "line" in message


def test_random_bytes_are_reported(tmp_path):
    message = _error(_written(tmp_path, bytes(range(256)) * 4))
    assert "not a briefing file" in message


def test_wrong_field_type_names_the_place(tmp_path):
    data = fileformat.to_json(builtin_briefing())
    data["slides"][2]["view"]["zoom"] = "five"
    message = _error(_written(tmp_path, json.dumps(data)))
    assert "slides[2].view.zoom" in message
    assert 'expected a number, found the text "five"' in message


def test_grouping_colour_is_a_colour_every_renderer_draws(tmp_path):
    data = fileformat.to_json(builtin_briefing())
    data["groupings"][0]["colour"] = "purple"  # a CSS name: kept as the hex it means
    path = _written(tmp_path, json.dumps(data))
    assert fileformat.load(path).groupings[0].colour == "#800080"
    data["groupings"][0]["colour"] = "red; background: url(x)"
    message = _error(_written(tmp_path, json.dumps(data)))
    assert "groupings[0].colour" in message and "is not a colour" in message


def test_missing_field_is_named(tmp_path):
    data = fileformat.to_json(builtin_briefing())
    del data["title"]
    assert '"title" is missing' in _error(_written(tmp_path, json.dumps(data)))


def test_newer_format_version_asks_for_update(tmp_path):
    data = fileformat.to_json(builtin_briefing())
    data["format_version"] = fileformat.FORMAT_VERSION + 1
    assert "newer version of Briefing App" in _error(_written(tmp_path, json.dumps(data)))


@pytest.mark.parametrize(
    "content, expected",
    [
        ("", "is empty"),
        ("[1, 2]", "expected a briefing"),
        ('{"format_version": 1, "title": "x", "as_of": "2025-13-01"}', "YYYY-MM-DD"),
        ('{"format_version": NaN}', "NaN is not allowed"),
        ("[" * 100_000, "nested too deeply"),
    ],
)
def test_other_broken_files(tmp_path, content, expected):
    assert expected in _error(_written(tmp_path, content))


def test_out_of_range_coordinates_are_refused(tmp_path):
    doc = Briefing(annotations=[Annotation("a", {"type": "Point", "coordinates": [200, 10]})])
    data = fileformat.to_json(doc)
    message = _error(_written(tmp_path, json.dumps(data)))
    assert "annotations[0].geometry.coordinates[0]" in message


def test_duplicate_ids_are_refused(tmp_path):
    doc = Briefing(slides=[Slide("s", "one"), Slide("s", "two")])
    assert 'the id "s" is used twice' in _error(_written(tmp_path, fileformat.dumps(doc)))


def test_missing_and_folder_paths(tmp_path):
    assert "does not exist" in _error(tmp_path / "nope.briefing")
    assert "is a folder" in _error(tmp_path)


def test_briefing_with_too_many_embedded_features_is_refused(tmp_path, monkeypatch):
    from briefing_app.model.document import ImportedLayer

    monkeypatch.setattr(fileformat, "MAX_EMBEDDED_FEATURES", 3)
    point = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [21.0, 54.0]},
        "properties": {},
    }
    doc = Briefing(title="Many points")
    doc.imported = [
        ImportedLayer(
            f"l{n}", f"Layer {n}", "points.csv", "CSV", dt.date(2026, 11, 25), [point, point]
        )
        for n in range(2)
    ]
    path = tmp_path / "many.briefing"
    # What a load would refuse is not saved either, so that every saved file opens again.
    with pytest.raises(
        fileformat.BriefingFileError,
        match="cannot be saved: the imported layers hold 4 features together",
    ):
        fileformat.save(doc, path)
    assert not path.exists()
    path.write_text(fileformat.dumps(doc), encoding="utf-8")
    with pytest.raises(fileformat.BriefingFileError, match="4 features together"):
        fileformat.load(path)
    monkeypatch.setattr(fileformat, "MAX_EMBEDDED_FEATURES", 4)
    assert fileformat.load(path).imported == doc.imported


CORPUS_DIR = os.path.join(os.path.dirname(__file__), os.pardir, "fixtures", "corpus")


@pytest.mark.parametrize(
    "name",
    [
        "rome_province_municipalities.geojson",
        "france_territorial_sea_geometrycollection.geojson",
        "catalina_gx_track.kml",
    ],
)
def test_imported_layer_reopens_equal_with_its_positions_as_arrays(tmp_path, name):
    from pathlib import Path

    from briefing_app.geo.positions import Positions
    from briefing_app.geofiles import read_geofile
    from briefing_app.model.document import ImportedLayer

    features = read_geofile(Path(CORPUS_DIR) / name).layers[0].features
    doc = builtin_briefing()
    doc.imported.append(
        ImportedLayer(
            id="x",
            name="Imported",
            source_file=name,
            source_format="GeoJSON",
            imported_on=dt.date(2026, 1, 2),
            features=features,
        )
    )
    path = tmp_path / "with-layer.briefing"
    fileformat.save(doc, path)
    reopened = fileformat.load(path)
    assert reopened == doc

    def position_lists(geometry):
        if geometry["type"] == "GeometryCollection":
            return [p for g in geometry["geometries"] for p in position_lists(g)]
        if geometry["type"] == "Point":
            return []
        coords = geometry["coordinates"]
        depth = {
            "MultiPoint": 0,
            "LineString": 0,
            "MultiLineString": 1,
            "Polygon": 1,
            "MultiPolygon": 2,
        }[geometry["type"]]
        for _ in range(depth - 1):
            coords = [part for parts in coords for part in parts]
        return coords if depth else [coords]

    lists = [p for f in reopened.imported[0].features for p in position_lists(f["geometry"])]
    assert lists and all(isinstance(p, Positions) for p in lists)
    # Other tools read the file: its positions are plain GeoJSON numbers.
    saved = json.loads(path.read_text(encoding="utf-8"))
    first = saved["imported_layers"][0]["features"]["features"][0]["geometry"]
    assert isinstance(json.dumps(first), str)
    assert first == json.loads(json.dumps(features[0]["geometry"], default=Positions.tolist))


def test_imported_positions_out_of_range_are_not_saved(tmp_path):
    from briefing_app.geo.positions import Positions
    from briefing_app.model.document import ImportedLayer

    ring = Positions([[10, 50], [11, 50], [11, 95], [10, 50]])
    doc = builtin_briefing()
    doc.imported.append(
        ImportedLayer(
            id="x",
            name="Imported",
            source_file="x.geojson",
            source_format="GeoJSON",
            imported_on=dt.date(2026, 1, 2),
            features=[
                {
                    "type": "Feature",
                    "properties": {},
                    "geometry": {"type": "Polygon", "coordinates": [ring]},
                }
            ],
        )
    )
    with pytest.raises(fileformat.BriefingFileError) as caught:
        fileformat.save(doc, tmp_path / "bad.briefing")
    assert "coordinates[0][2][1]" in str(caught.value)
    assert "95" in str(caught.value)
    assert not (tmp_path / "bad.briefing").exists()
