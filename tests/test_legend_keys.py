"""Every item names its legend entry by key, and the map page, the HTML and the PDF show the
same entry for it: an annotation in a colour of the user's, a deployment, a flashpoint, a
range ring, an imported point, line and area, a membership category."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from briefing_app.data.datasets import load_datasets
from briefing_app.model.document import (
    ANNOTATION_KINDS,
    Annotation,
    Briefing,
    ImportedLayer,
    LayerState,
    MapView,
    imported_layer_id,
)
from briefing_app.render.html_export import render_html
from briefing_app.render.pdf.map_drawing import prepare_map
from briefing_app.render.pdf.projection import extent_for_view
from briefing_app.scene.build import build_scene

VIEW = MapView(54.3, 22.0, 6.0)

GEOMETRIES = {
    "marker": {"type": "Point", "coordinates": [21.5, 54.2]},
    "unit": {"type": "Point", "coordinates": [22.4, 54.1]},
    "text": {"type": "Point", "coordinates": [23.0, 54.6]},
    "circle": {"type": "Point", "coordinates": [21.0, 54.7]},
    "arrow": {"type": "LineString", "coordinates": [[20.5, 53.8], [22.5, 54.3]]},
    "line": {"type": "LineString", "coordinates": [[21.0, 53.5], [23.5, 53.9]]},
    "pen": {"type": "LineString", "coordinates": [[22.0, 53.6], [22.4, 53.7], [22.9, 53.6]]},
    "polygon": {"type": "Polygon", "coordinates": [[[22, 53], [23, 53], [22.5, 53.5], [22, 53]]]},
    "rectangle": {
        "type": "Polygon",
        "coordinates": [[[20, 53], [21, 53], [21, 53.4], [20, 53.4], [20, 53]]],
    },
}


def _briefing() -> Briefing:
    annotations = [
        Annotation(
            f"a-{kind}",
            GEOMETRIES[kind],
            {
                "kind": kind,
                "label": f"{kind} label",
                "radius_km": 60,
                "sidc": "10031000161211000000",
            },
            {"color": "#aa00aa"},
        )  # the user's own colour, not the default
        for kind in ANNOTATION_KINDS
    ]
    imported = ImportedLayer(
        "imp",
        "Field survey",
        "survey.geojson",
        "GeoJSON",
        dt.date(2026, 1, 5),
        features=[
            {"type": "Feature", "properties": {"name": n}, "geometry": g}
            for n, g in (
                ("Point", {"type": "Point", "coordinates": [22.2, 54.4]}),
                ("Line", {"type": "LineString", "coordinates": [[21.8, 54.0], [22.8, 54.2]]}),
                (
                    "Area",
                    {
                        "type": "Polygon",
                        "coordinates": [[[21.6, 53.6], [22.0, 53.6], [21.8, 53.9], [21.6, 53.6]]],
                    },
                ),
            )
        ],
    )
    layers = [
        LayerState("countries"),
        LayerState("membership", options={"grouping": "nato", "compare": "eu"}),
        LayerState("occupied"),
        LayerState("deployments"),
        LayerState("flashpoints"),
        LayerState(imported_layer_id(imported)),
        LayerState("annotations"),
    ]
    return Briefing(
        title="Legend check",
        as_of=dt.date(2026, 1, 6),
        view=VIEW,
        layers=layers,
        annotations=annotations,
        imported=[imported],
    )


@pytest.fixture(scope="module")
def scene():
    return build_scene(_briefing(), load_datasets())


def test_every_item_names_an_entry_of_its_layer(scene):
    kinds = set()
    for layer in scene.layers:
        for item in layer.items:
            entry = layer.legend_entry(item.legend_key)
            assert entry is not None, (layer.definition.id, item.kind, item.legend_key)
            kinds.add(item.kind)
    assert set(ANNOTATION_KINDS) <= kinds
    assert {"deployment", "flashpoint", "range_ring", "imported"} <= kinds
    membership = scene.layer("membership")
    assert {e.key for e in membership.legend} == {"both", "first_only", "second_only"}


def test_the_html_carries_the_same_legend_and_keys(scene):
    doc = _briefing()
    text = render_html(doc, load_datasets())
    config = json.loads(text.split('id="briefing-config">', 1)[1].split("</script>", 1)[0])
    exported = config["scene"]
    assert exported["legend"] == scene.legend_message()
    for layer in exported["layers"]:
        keys = {
            e["key"]
            for section in exported["legend"]
            if section["layer"] == layer["id"]
            for e in section["entries"]
        }
        for item in (layer.get("payload") or {}).get("items", []):
            assert item["legend"] in keys, (layer["id"], item["kind"])


def test_the_pdf_shows_the_entry_of_every_item_it_draws(scene):
    from briefing_app.render.pdf.fonts import register_fonts

    register_fonts()
    extent = extent_for_view(VIEW, "EPSG:3035", 500, 330)
    prepared = prepare_map(scene, extent)
    shown = {(title, e.key, e.label) for title, entries in prepared.legend for e in entries}
    assert prepared.drawn
    for drawn in prepared.drawn:
        layer = scene.layer(drawn.layer_id)
        entry = layer.legend_entry(drawn.item.legend_key)
        title = layer.legend_title or layer.definition.title
        assert (title, entry.key, entry.label) in shown, (drawn.layer_id, drawn.item.kind)
    # A line annotation in the user's colour is listed like any other annotation.
    assert any(key == "annotation" for _, key, _ in shown)
    assert {"both", "first_only"} <= {key for _, key, _ in shown}
    # Nothing in the PDF legend that the map page's legend does not have.
    screen = {
        (s["title"], e["key"], e["label"]) for s in scene.legend_message() for e in s["entries"]
    }
    assert shown <= screen
