"""One rule for what of a style a renderer may draw (style.py), and every reader of styles
answers by it: the briefing file refuses the rest with its place, the import and the scene
leave it out."""

from __future__ import annotations

import json
from typing import Any

import pytest
from reportlab.lib.colors import HexColor

from briefing_app.geofiles import read_geofile
from briefing_app.model import fileformat
from briefing_app.model.builtin import builtin_briefing
from briefing_app.style.map_style import annotation_style

# (option, value, drawable as written)
CASES: list[tuple[str, Any, bool]] = [
    ("color", "#1b2a3a", True),
    ("color", "#0072B2", True),  # the case is kept: a file reopens equal to what was saved
    ("fillColor", "#e69f00", True),
    ("weight", 3, True),
    ("weight", 50, True),
    ("weight", 60, False),  # the scene never drew more than 50
    ("opacity", 0.5, True),
    ("opacity", 5, False),
    ("fillOpacity", -0.1, False),
    ("weight", True, False),
    ("dashArray", "6 4", True),
    ("dashArray", "6,4", True),
    ("dashArray", "url(x)", False),
]
IDS = [f"{key}={value!r}" for key, value, _ in CASES]


def _briefing_with(style: dict[str, Any]) -> str:
    doc = json.loads(fileformat.dumps(builtin_briefing()))
    doc["annotations"] = [
        {
            "type": "Feature",
            "id": "a1",
            "geometry": {"type": "LineString", "coordinates": [[20, 50], [21, 51]]},
            "properties": {"kind": "line"},
            "style": style,
        }
    ]
    return json.dumps(doc)


@pytest.mark.parametrize(("key", "value", "drawable"), CASES, ids=IDS)
def test_the_file_the_scene_and_the_import_answer_alike(tmp_path, key, value, drawable):
    assert (annotation_style({key: value}).get(key) == value) == drawable

    path = tmp_path / "x.briefing"
    path.write_text(_briefing_with({key: value}), encoding="utf-8")
    if drawable:
        assert fileformat.load(path).annotations[0].style == {key: value}
    else:
        with pytest.raises(fileformat.BriefingFileError) as caught:
            fileformat.load(path)
        assert str(caught.value).startswith(f"{path} at annotations[0].style.{key}: ")

    geojson = tmp_path / "x.geojson"
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [20, 50]},
        "properties": {},
        "style": {key: value},
    }
    geojson.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    kept = read_geofile(geojson).layers[0].features[0].get("style", {})
    if key != "dashArray":  # an import keeps no dash pattern (KML has none)
        assert (kept.get(key) == value) == drawable


@pytest.mark.parametrize(
    ("written", "drawn"),
    [("#abc", "#aabbcc"), ("#aabbcc80", "#aabbcc"), ("#abcd", "#aabbcc"), ("red", "#ff0000")],
)
def test_a_colour_in_another_form_is_read_as_every_renderer_draws_it(tmp_path, written, drawn):
    """reportlab reads "#abc" as #000abc and "#aabbcc80" as #bbcc80; python-pptx refuses
    both. The file reader turns them into the one form the renderers agree on."""
    path = tmp_path / "x.briefing"
    path.write_text(_briefing_with({"color": written}), encoding="utf-8")
    colour = fileformat.load(path).annotations[0].style["color"]
    assert colour == drawn
    assert annotation_style({"color": colour})["color"] == drawn
    assert HexColor(colour).hexval() == "0x" + drawn[1:]


def test_the_scene_draws_no_colour_a_renderer_would_misread():
    for written in ("#abc", "#aabbcc80", "red"):
        assert annotation_style({"color": written})["color"] == "#1b2a3a"  # the default


@pytest.mark.parametrize(("written", "read"), [("#D55E00", "#D55E00"), ("#abc", "#aabbcc")])
def test_a_grouping_colour_follows_the_same_rule(tmp_path, written, read):
    doc = json.loads(fileformat.dumps(builtin_briefing()))
    doc["groupings"] = [{"id": "g1", "name": "G", "members": ["POL"], "colour": written}]
    path = tmp_path / "g.briefing"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert fileformat.load(path).groupings[0].colour == read
