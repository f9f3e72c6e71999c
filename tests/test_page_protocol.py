"""The messages between the app and its map page, headless: a whole scene once, then only
what changed; requests with ids that replies answer; data only, never code."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from briefing_app.data.datasets import load_datasets
from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import Annotation
from briefing_app.render import page_protocol
from briefing_app.scene.build import build_scene


@pytest.fixture(scope="module")
def data():
    return load_datasets()


@pytest.fixture
def doc():
    return builtin_briefing()


def test_the_first_scene_goes_whole(doc, data):
    scene = build_scene(doc, data)
    assert [m["type"] for m in page_protocol.update_messages(None, scene)] == ["scene"]


def test_an_unchanged_scene_sends_nothing(doc, data):
    assert page_protocol.update_messages(build_scene(doc, data), build_scene(doc, data)) == []


def test_a_toggle_is_one_state_message_and_a_legend(doc, data):
    before = build_scene(doc, data)
    doc.layer("deployments").visible = False
    messages = page_protocol.update_messages(before, build_scene(doc, data))
    assert messages[0] == {
        "type": "layer.state",
        "id": "deployments",
        "visible": False,
        "opacity": 1.0,
    }
    assert [m["type"] for m in messages] == ["layer.state"]


def test_a_new_date_sends_the_layers_it_changes(doc, data):
    before = build_scene(doc, data)
    after = build_scene(doc, data, as_of=dt.date(2000, 1, 1))
    messages = page_protocol.update_messages(before, after)
    changed = {m["id"] for m in messages if m["type"] == "layer.payload"}
    assert changed == {"membership", "occupied", "deployments", "flashpoints"}
    assert messages[-1]["type"] == "legend"


def test_a_new_order_and_a_new_annotation(doc, data):
    before = build_scene(doc, data)
    moved = copy.deepcopy(doc)
    moved.layers.insert(0, moved.layers.pop(moved.layers.index(moved.layer("flashpoints"))))
    assert {
        "type": "order",
        "ids": [x.definition.id for x in build_scene(moved, data).layers],
    } in page_protocol.update_messages(before, build_scene(moved, data))
    doc.annotations.append(
        Annotation(
            "n", {"type": "Point", "coordinates": [21, 54]}, {"kind": "marker", "label": "New"}, {}
        )
    )
    # The annotations layer appears: the set of layers changed, so the scene goes whole.
    assert [m["type"] for m in page_protocol.update_messages(before, build_scene(doc, data))] == [
        "scene"
    ]


def test_requests_carry_ids_and_data_only():
    first = page_protocol.request(
        "container_to_latlng", strokes=page_protocol.stroke_points([[(1, 2), (3, 4)]])
    )
    second = page_protocol.request("container_to_latlng", strokes=[])
    assert first["type"] == "request" and second["id"] != first["id"]
    assert first["strokes"] == [[[1.0, 2.0], [3.0, 4.0]]]
    with pytest.raises(ValueError):
        page_protocol.request("eval", code="alert(1)")
    with pytest.raises(ValueError):
        page_protocol.stroke_points([[("1); alert(1", 2)]])


def test_a_reply_becomes_lines_and_bad_answers_are_dropped():
    lines = page_protocol.reply_lines(
        [[[21.0, 54.0], [22.0, 54.5]], [[1.0, 1.0]], "x", [[1, "a"], [2, 3]]]
    )
    assert lines == [{"type": "LineString", "coordinates": [[21.0, 54.0], [22.0, 54.5]]}]
    assert page_protocol.reply_lines(None) == []


def _apply(items: list, message: dict) -> list:
    """What briefing_map.js does with a layer.items message."""
    out = list(items)
    for index in reversed(message["remove"]):
        del out[index]
    for index, item in message["add"]:
        out.insert(index, item)
    return out


def test_an_edit_of_one_annotation_of_many_sends_that_annotation_alone(doc, data):
    for n in range(300):
        kind = ("marker", "arrow", "polygon")[n % 3]
        geometry = (
            {"type": "Point", "coordinates": [n * 0.1, 50]}
            if kind == "marker"
            else {"type": "LineString", "coordinates": [[n * 0.1, 50], [n * 0.1, 51]]}
            if kind == "arrow"
            else {
                "type": "Polygon",
                "coordinates": [[[n * 0.1, 50], [n * 0.1, 51], [0, 51], [n * 0.1, 50]]],
            }
        )
        doc.annotations.append(Annotation(f"a{n}", geometry, {"kind": kind, "label": str(n)}))
    before = build_scene(doc, data)
    edited = copy.deepcopy(doc.annotations[151])  # an arrow: its line and its head
    edited.properties["label"] = "renamed"
    doc.annotations[151] = edited
    after = build_scene(doc, data)
    messages = page_protocol.update_messages(before, after)
    assert [m["type"] for m in messages] == ["layer.items"]
    patch = messages[0]
    assert len(patch["remove"]) == len(patch["add"]) == 2
    assert {item["id"] for _, item in patch["add"]} == {"a151"}
    old = before.layer("annotations").payload["items"]
    assert _apply(old, patch) == after.layer("annotations").payload["items"]
    # Deleting one and undoing it (the same object back in its place) patch back as well.
    gone = doc.annotations.pop(10)
    removed = build_scene(doc, data)
    doc.annotations.insert(10, gone)
    restored = build_scene(doc, data)
    items = after.layer("annotations").payload["items"]
    for old_scene, new_scene in ((after, removed), (removed, restored)):
        [patch] = page_protocol.update_messages(old_scene, new_scene)
        items = _apply(items, patch)
        assert items == new_scene.layer("annotations").payload["items"]


def test_imported_positions_reach_the_page_packed_to_a_tenth_of_a_metre():
    import base64
    import json

    import numpy as np

    from briefing_app.geo.positions import PAGE_SCALE, Positions
    from briefing_app.model import commands
    from briefing_app.model.document import ImportedLayer

    ring = [[12.123456789, 41.9876543], [12.5, 41.9], [12.5, 42.3], [12.123456789, 41.9876543]]
    doc = builtin_briefing()
    commands.AddImportedLayer(
        ImportedLayer(
            id="x",
            name="Imported",
            source_file="x.geojson",
            source_format="GeoJSON",
            imported_on=dt.date(2026, 1, 2),
            features=[
                {
                    "type": "Feature",
                    "properties": {"name": "area"},
                    "geometry": {"type": "Polygon", "coordinates": [Positions(ring)]},
                }
            ],
        )
    ).do(doc)
    scene = build_scene(doc, load_datasets(None))
    message = json.loads(page_protocol.message_text(page_protocol.scene_message(scene)))
    layer = next(x for x in message["layers"] if x["id"] == "import:x")
    [packed] = layer["payload"]["items"][0]["geometry"]["coordinates"]
    values = np.frombuffer(base64.b64decode(packed), dtype="<i4").reshape(-1, 2) / PAGE_SCALE
    assert np.abs(values - np.array(ring)).max() <= 0.5 / PAGE_SCALE
    # The document keeps every digit; only the page's copy is rounded.
    assert doc.imported[0].features[0]["geometry"]["coordinates"][0][0] == ring[0]
    # Everything else still goes as plain GeoJSON numbers.
    others = [
        item
        for x in message["layers"]
        if x["id"] != "import:x"
        for item in ((x.get("payload") or {}).get("items") or [])
    ]
    assert others
    for item in others:
        coordinates = item["geometry"].get("coordinates") or [[]]
        assert not isinstance(coordinates, str) and not isinstance(coordinates[0], str)


def test_in_the_app_imported_positions_go_as_one_binary_block_beside_the_message():
    import json

    import numpy as np

    from briefing_app.geo.positions import PAGE_SCALE, Positions
    from briefing_app.model import commands
    from briefing_app.model.document import ImportedLayer

    rings = [
        [[10.0, 40.0], [10.5, 40.0], [10.5, 40.5], [10.0, 40.0]],
        [[-170.25, -60.5], [-170.0, -60.0], [-169.5, -60.25], [-170.25, -60.5]],
    ]
    doc = builtin_briefing()
    commands.AddImportedLayer(
        ImportedLayer(
            id="x",
            name="Imported",
            source_file="x.geojson",
            source_format="GeoJSON",
            imported_on=dt.date(2026, 1, 2),
            features=[
                {
                    "type": "Feature",
                    "properties": {"name": f"area {i}"},
                    "geometry": {"type": "Polygon", "coordinates": [Positions(ring)]},
                }
                for i, ring in enumerate(rings)
            ],
        )
    ).do(doc)
    scene = build_scene(doc, load_datasets(None))
    text, block = page_protocol.message_parts(page_protocol.scene_message(scene), "page-data/7")
    message = json.loads(text)
    # The page fetches the block from the path the message names before it draws it.
    assert message["blob"] == "page-data/7"
    assert block is not None and len(block) == 4 * 2 * sum(len(r) for r in rings)
    values = np.frombuffer(block, dtype="<i4")
    layer = next(x for x in message["layers"] if x["id"] == "import:x")
    refs = [item["geometry"]["coordinates"][0]["$p"] for item in layer["payload"]["items"]]
    digests = set()
    for ring, (offset, count, digest) in zip(rings, refs, strict=True):
        got = values[offset : offset + count].reshape(-1, 2) / PAGE_SCALE
        assert np.abs(got - np.array(ring)).max() <= 0.5 / PAGE_SCALE
        digests.add(digest)
    assert len(digests) == 2  # the page tells drawn shapes apart by them
    # The same scene again names the same positions by the same digests (the page keeps
    # what it drew), and messages without imported positions go as they are.
    again = json.loads(page_protocol.message_parts(page_protocol.scene_message(scene), "p/8")[0])
    assert [
        i["geometry"]["coordinates"][0]["$p"][2]
        for i in next(x for x in again["layers"] if x["id"] == "import:x")["payload"]["items"]
    ] == [r[2] for r in refs]
    plain = {"type": "layer.state", "id": "countries", "visible": True, "opacity": 1.0}
    assert page_protocol.message_parts(plain, "p/9") == (json.dumps(plain), None)
