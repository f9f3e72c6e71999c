"""One rule for a usable geometry (briefing_app/geo/geojson.py), and every reader of geometry
answers by it: the briefing file format, the map page's geometries (the annotation editor's
check), the data files, the geodata import. What they accept, GEOS builds, so the PDF, the
thumbnails and the label placement can draw it."""

from __future__ import annotations

import json
from typing import Any

import pytest
import shapely
from shapely.geometry import shape

from briefing_app.core.jsonreader import DataFileError
from briefing_app.core.paths import geodata_dir
from briefing_app.data.security import read_correction_file
from briefing_app.geo.geojson import MAX_COLLECTION_NESTING, drawn_shape
from briefing_app.geofiles import GeoFileError, read_geofile
from briefing_app.model import fileformat
from briefing_app.model.builtin import builtin_briefing
from briefing_app.render.page_protocol import reply_lines
from briefing_app.render.pdf.map_drawing import _item_geometry
from briefing_app.render.pdf.projection import extent_for_view

TRIANGLE = [[20, 50], [21, 51], [22, 50], [20, 50]]


def _nested(depth: int) -> dict[str, Any]:
    geometry: dict[str, Any] = {"type": "Point", "coordinates": [20, 50]}
    for _ in range(depth):
        geometry = {"type": "GeometryCollection", "geometries": [geometry]}
    return geometry


# (name, geometry, usable, what the refusal says)
CASES: list[tuple[str, dict[str, Any], bool, str]] = [
    ("point", {"type": "Point", "coordinates": [21, 54]}, True, ""),
    ("point with altitude", {"type": "Point", "coordinates": [21, 54, 120]}, True, ""),
    ("two-point line", {"type": "LineString", "coordinates": [[21, 54], [22, 55]]}, True, ""),
    (
        "one-point line",
        {"type": "LineString", "coordinates": [[21, 54]]},
        False,
        "a line needs at least 2 positions, this one has 1",
    ),
    (
        "one-point part of a MultiLineString",
        {"type": "MultiLineString", "coordinates": [[[21, 54], [22, 55]], [[23, 56]]]},
        False,
        "a line needs at least 2 positions, this one has 1",
    ),
    ("triangle", {"type": "Polygon", "coordinates": [TRIANGLE]}, True, ""),
    (
        "ring of two different positions",
        {"type": "Polygon", "coordinates": [[[20, 50], [21, 51], [20, 50], [20, 50]]]},
        False,
        "a polygon's ring needs at least 3 different positions",
    ),
    (
        "one-position ring in a MultiPolygon",
        {"type": "MultiPolygon", "coordinates": [[TRIANGLE], [[[20, 50]]]]},
        False,
        "a polygon's ring needs at least 3 different positions",
    ),
    (
        "latitude 95",
        {"type": "Point", "coordinates": [21, 95]},
        False,
        "95 is outside the allowed range -90 to 90",
    ),
    ("MultiPoint", {"type": "MultiPoint", "coordinates": [[21, 54], [22, 55]]}, True, ""),
    ("collections at the limit", _nested(MAX_COLLECTION_NESTING), True, ""),
    (
        "collections past the limit",
        _nested(MAX_COLLECTION_NESTING + 1),
        False,
        f"nested deeper than {MAX_COLLECTION_NESTING}",
    ),
]
IDS = [case[0] for case in CASES]


def _briefing_with(geometry: dict[str, Any]) -> str:
    doc = json.loads(fileformat.dumps(builtin_briefing()))
    doc["annotations"] = [
        {
            "type": "Feature",
            "id": "a1",
            "geometry": geometry,
            "properties": {"kind": "line"},
            "style": {},
        }
    ]
    return json.dumps(doc)


@pytest.mark.parametrize(("name", "geometry", "usable", "says"), CASES, ids=IDS)
def test_the_briefing_file_answers_by_the_rule(tmp_path, name, geometry, usable, says):
    path = tmp_path / "x.briefing"
    path.write_text(_briefing_with(geometry), encoding="utf-8")
    if usable:
        assert fileformat.load(path).annotations[0].geometry == geometry
        return
    with pytest.raises(fileformat.BriefingFileError) as caught:
        fileformat.load(path)
    message = str(caught.value)
    assert message.startswith(f"{path} at annotations[0].geometry"), message
    assert says in message


@pytest.mark.parametrize(("name", "geometry", "usable", "says"), CASES, ids=IDS)
def test_the_map_pages_geometries_answer_by_the_rule(name, geometry, usable, says):
    problem = fileformat.geometry_problem(geometry)
    assert (problem is None) == usable, problem
    if not usable:
        assert says in problem


@pytest.mark.parametrize(("name", "geometry", "usable", "says"), CASES, ids=IDS)
def test_what_the_rule_accepts_every_renderer_can_build(name, geometry, usable, says):
    """The PDF's map, the thumbnails and the label placement build shapes with GEOS; a
    geometry the rule lets through must not be one GEOS refuses (nor an empty one)."""
    built = drawn_shape(geometry)  # the thumbnails' and the screen labels' one guard
    if not usable:
        return
    assert built is not None and built.equals(shape(geometry))
    assert shapely.is_valid_input(built)


REFUSED = [
    {"type": "LineString", "coordinates": [[21, 54]]},
    {"type": "Point", "coordinates": []},
    {"type": "Circle"},  # the PDF's own guard let GEOS's GeometryTypeError through
]


@pytest.mark.parametrize("geometry", REFUSED, ids=[str(g) for g in REFUSED])
def test_the_renderers_leave_out_what_geos_refuses(geometry):
    assert drawn_shape(geometry) is None
    extent = extent_for_view(builtin_briefing().view, "EPSG:3035", 600, 420)
    assert _item_geometry(geometry, extent) is None


@pytest.mark.parametrize(("name", "geometry", "usable", "says"), CASES, ids=IDS)
def test_the_import_answers_by_the_rule(tmp_path, name, geometry, usable, says):
    path = tmp_path / "x.geojson"
    feature = {"type": "Feature", "geometry": geometry, "properties": {"name": "x"}}
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    # The import says latitudes in its own words: "latitude 95 is outside -90 to 90".
    says = "latitude 95 is outside -90 to 90" if name == "latitude 95" else says
    try:
        layers = read_geofile(path).layers
    except GeoFileError as exc:  # the one feature dropped leaves nothing to import
        assert not usable, exc
        assert says in str(exc)
        return
    kept = [f for layer in layers for f in layer.features]
    assert kept and usable


@pytest.mark.parametrize(
    ("name", "geometry", "usable", "says"),
    [c for c in CASES if c[1]["type"] in ("Point", "MultiPoint", "LineString")],
    ids=[c[0] for c in CASES if c[1]["type"] in ("Point", "MultiPoint", "LineString")],
)
def test_the_data_files_answer_by_the_rule(tmp_path, name, geometry, usable, says):
    shipped = json.loads((geodata_dir() / "security" / "flashpoints.json").read_text("utf-8"))
    shipped["flashpoints"][0]["geometry"] = geometry
    path = tmp_path / "flashpoints.json"
    path.write_text(json.dumps(shipped), encoding="utf-8")
    if usable:
        _, records = read_correction_file(path)
        assert records[0].geometry == geometry
        return
    with pytest.raises(DataFileError) as caught:
        read_correction_file(path)
    assert str(caught.value).startswith(f"{path} at flashpoints[0].geometry")
    assert says in str(caught.value)


def test_a_stroke_of_one_point_is_no_line():
    assert reply_lines([[[21, 54]], [[21, 54], [22, 55]]]) == [
        {"type": "LineString", "coordinates": [[21.0, 54.0], [22.0, 55.0]]}
    ]


def test_the_shipped_briefing_keeps_to_the_rule():
    for annotation in builtin_briefing().annotations:
        assert fileformat.geometry_problem(annotation.geometry) is None, annotation.id
