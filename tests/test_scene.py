"""What the map shows for a briefing on a date: memberships, overlaps, items and sources."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing_app.data.datasets import load_datasets
from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import Briefing, Grouping, LayerState
from briefing_app.scene.build import CUSTOM_PREFIX, build_scene


@pytest.fixture(scope="module")
def data():
    return load_datasets(None)


def membership_doc(**options) -> Briefing:
    return Briefing(layers=[LayerState("countries"), LayerState("membership", options=options)])


def test_nato_enlargement_follows_the_as_of_date(data):
    doc = membership_doc(grouping="nato")
    before = build_scene(doc, data, as_of=dt.date(2023, 1, 1)).layer("membership")
    after = build_scene(doc, data, as_of=dt.date(2024, 3, 7)).layer("membership")
    # The members, and Greenland and the Faroe Islands through Denmark (coloured, not counted).
    assert len(before.payload["assign"]) == 30 + 2
    assert len(after.payload["assign"]) == 32 + 2
    assert [e.label for e in before.legend] == ["NATO (30)"]
    assert [e.label for e in after.legend] == ["NATO (32)"]
    assert "FIN" not in before.payload["assign"] and "SWE" in after.payload["assign"]
    in_1999 = build_scene(doc, data, as_of=dt.date(1999, 1, 1)).layer("membership")
    assert "POL" not in in_1999.payload["assign"]
    assert after.legend[0].label == "NATO (32)"


def test_overlap_of_two_groupings(data):
    doc = membership_doc(grouping="nato", compare="coalition_of_the_willing")
    layer = build_scene(doc, data, as_of=dt.date(2026, 1, 6)).layer("membership")
    assign = layer.payload["assign"]
    assert assign["USA"] == "first_only"  # NATO, not in the Coalition
    assert assign["UKR"] == "second_only"  # in the Coalition, not in NATO
    assert assign["GBR"] == "both"
    cow = data.groupings["coalition_of_the_willing"].name
    assert [e.label.split(" (")[0] for e in layer.legend] == [
        f"NATO and {cow}",
        f"NATO, not {cow}",
        f"{cow}, not NATO",
    ]


def test_custom_grouping_colours_its_members(data):
    doc = membership_doc(grouping=CUSTOM_PREFIX + "g1")
    doc.groupings.append(Grouping("g1", "European pillar", members=["FRA", "DEU", "UKR"]))
    layer = build_scene(doc, data).layer("membership")
    assert sorted(layer.payload["assign"]) == ["DEU", "FRA", "UKR"]
    assert "custom grouping" in layer.sources[0].label


def test_builtin_scene_has_sources_for_everything_shown(data):
    scene = build_scene(builtin_briefing(), data)
    assert [x.definition.id for x in scene.layers[:2]] == ["basemap", "countries"]
    for layer in scene.layers:
        assert layer.sources, layer.definition.id
    for _title, source in scene.sources():
        assert source.label
    deployments = scene.layer("deployments").payload["items"]
    assert len(deployments) >= 9
    for item in deployments:
        assert item["icon"].startswith("data:image/svg+xml;base64,")
        assert item["popup"]["source_url"].startswith("http")
        assert item["popup"]["as_of"]


def test_ring_popup_lists_capitals_inside(data):
    scene = build_scene(builtin_briefing(), data)
    rings = [i for i in scene.layer("flashpoints").payload["items"] if i["style"] == "range_ring"]
    assert rings
    capitals = dict(rings[0]["popup"]["rows"])["Capitals within"]
    assert "Vilnius" in capitals and "Warsaw" in capitals


def test_annotations_are_drawn_with_checked_styles_and_per_slide(data):
    from briefing_app.model.document import Annotation, MapView, Slide
    from briefing_app.scene.build import scene_for_slide

    doc = builtin_briefing()
    doc.annotations = [
        Annotation(
            "a1",
            {"type": "LineString", "coordinates": [[21.0, 54.0], [23.0, 54.5]]},
            {"label": "<b>Axis</b>"},
            {"color": "#ff0000", "weight": 4, "fillColor": "url(javascript:x)"},
        ),
        Annotation("a2", {"type": "Point", "coordinates": [25.3, 54.7]}, {"label": "Vilnius"}),
    ]
    layer = build_scene(doc, data).layer("annotations")  # added for older files, on top
    assert build_scene(doc, data).layers[-1].definition.id == "annotations"
    items = layer.payload["items"]
    assert [i["label"] for i in items] == ["<b>Axis</b>", "Vilnius"]  # text, escaped by pages
    assert items[0]["style"]["color"] == "#ff0000" and items[0]["style"]["weight"] == 4.0
    assert "fillColor" not in items[0]["style"]  # refused, not passed on
    only_a2 = Slide("s", "One", MapView(), annotation_ids=["a2"])
    slide_items = scene_for_slide(doc, only_a2, data).layer("annotations").payload["items"]
    assert [i["label"] for i in slide_items] == ["Vilnius"]
