"""The scene diff over long runs of edits, headless: after every edit the page is sent only
`page_protocol.update_messages(old, new)`, and a page that applies those messages as
briefing_map.js does must then show exactly the new scene (every layer's data, visibility,
opacity, the drawing order and the legend). Edits are random but seeded: replacing,
adding, deleting and moving annotations, undoing a deletion (the same object back in its
place), switching and fading layers, reordering them, moving the date."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import random
from typing import Any

import pytest

from briefing_app.data.datasets import load_datasets
from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import Annotation, Briefing
from briefing_app.render import page_protocol
from briefing_app.scene.build import Scene, build_layer, build_scene


@pytest.fixture(scope="module")
def data():
    return load_datasets()


class FakePage:
    """What the map page keeps of a scene, changed message by message."""

    def __init__(self) -> None:
        self.layers: dict[str, dict[str, Any]] = {}
        self.order: list[str] = []
        self.legend: list[dict[str, Any]] = []

    def handle(self, message: dict[str, Any]) -> None:
        kind = message["type"]
        if kind == "scene":
            self.layers = {x["id"]: copy.deepcopy(x) for x in message["layers"]}
            self.order = [x["id"] for x in message["layers"]]
            self.legend = message["legend"]
        elif kind == "layer.payload":
            self.layers[message["id"]]["payload"] = message["payload"]
        elif kind == "layer.items":
            payload = self.layers[message["id"]]["payload"]
            items = list(payload["items"])
            for index in reversed(message["remove"]):
                del items[index]
            for index, item in message["add"]:
                items.insert(index, item)
            self.layers[message["id"]]["payload"] = {**payload, "items": items}
        elif kind == "layer.state":
            self.layers[message["id"]].update(
                visible=message["visible"], opacity=message["opacity"]
            )
        elif kind == "order":
            self.order = list(message["ids"])
        elif kind == "legend":
            self.legend = message["sections"]
        else:
            raise AssertionError(f"the scene diff sent a {kind!r} message")

    def shown(self) -> dict[str, Any]:
        return {"layers": self.layers, "order": self.order, "legend": self.legend}


def _expected(scene: Scene) -> dict[str, Any]:
    message = scene.to_message()
    return {
        "layers": {x["id"]: x for x in message["layers"]},
        "order": [x["id"] for x in message["layers"]],
        "legend": message["legend"],
    }


def _annotation(rng: random.Random, n: int) -> Annotation:
    kind = rng.choice(["marker", "arrow", "polygon", "text", "line"])
    lon, lat = rng.uniform(10, 30), rng.uniform(45, 60)
    if kind == "marker" or kind == "text":
        geometry: dict[str, Any] = {"type": "Point", "coordinates": [lon, lat]}
    elif kind == "polygon":
        ring = [[lon, lat], [lon + 1, lat], [lon + 1, lat + 1], [lon, lat]]
        geometry = {"type": "Polygon", "coordinates": [ring]}
    else:
        geometry = {"type": "LineString", "coordinates": [[lon, lat], [lon + 2, lat + 0.5]]}
    return Annotation(f"n{n}", geometry, {"kind": kind, "label": f"{kind} {n}"})


def _edit(doc: Briefing, rng: random.Random, n: int, deleted: list[tuple[int, Any]]) -> str:
    """One random edit of the document, as the model's commands make them: an edited
    annotation is a new object, the others stay the same objects."""
    notes = doc.annotations
    choice = rng.choice(
        ["relabel", "move", "add", "delete", "undo delete", "reorder", "toggle", "fade", "date"]
    )
    if choice == "relabel" and notes:
        i = rng.randrange(len(notes))
        edited = copy.deepcopy(notes[i])
        edited.properties["label"] = f"renamed {n}"
        notes[i] = edited
    elif choice == "move" and notes:
        i = rng.randrange(len(notes))
        notes.insert(rng.randrange(len(notes)), notes.pop(i))
    elif choice == "add":
        notes.insert(rng.randrange(len(notes) + 1), _annotation(rng, n))
    elif choice == "delete" and notes:
        i = rng.randrange(len(notes))
        deleted.append((i, notes.pop(i)))
    elif choice == "undo delete" and deleted:
        i, gone = deleted.pop()
        notes.insert(min(i, len(notes)), gone)
    elif choice == "reorder":
        i, j = rng.randrange(len(doc.layers)), rng.randrange(len(doc.layers))
        doc.layers.insert(j, doc.layers.pop(i))
    elif choice == "toggle":
        state = rng.choice(doc.layers)
        state.visible = not state.visible
    elif choice == "fade":
        rng.choice(doc.layers).opacity = rng.choice([0.25, 0.5, 0.8, 1.0])
    elif choice == "date":
        doc.as_of = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 700))
    return choice


@pytest.mark.parametrize("seed", range(6))
def test_the_page_shows_the_new_scene_after_every_edit(data, seed):
    rng = random.Random(seed)
    doc = builtin_briefing()
    doc.annotations = [_annotation(rng, n) for n in range(40)]
    page = FakePage()
    old: Scene | None = None
    deleted: list[tuple[int, Any]] = []
    done = []
    for n in range(25):
        if old is not None:
            done.append(_edit(doc, rng, n, deleted))
        new = build_scene(doc, data)
        for message in page_protocol.update_messages(old, new):
            page.handle(message)
        assert page.shown() == _expected(new), f"after {done}"
        old = new


def test_a_one_item_edit_is_sent_as_that_item_and_an_unchanged_scene_as_nothing(data):
    rng = random.Random(7)
    doc = builtin_briefing()
    doc.annotations = [_annotation(rng, n) for n in range(200)]
    before = build_scene(doc, data)
    assert page_protocol.update_messages(before, build_scene(doc, data)) == []
    edited = copy.deepcopy(doc.annotations[120])
    edited.properties["label"] = "renamed"
    doc.annotations[120] = edited
    [message] = page_protocol.update_messages(before, build_scene(doc, data))
    assert message["type"] == "layer.items"
    assert {item["id"] for _, item in message["add"]} == {"n120"}


@pytest.mark.parametrize("seed", range(6))
def test_an_annotations_layer_built_from_the_last_is_the_layer_built_afresh(data, seed):
    # The window rebuilds the annotations layer from the one the map shows (the edited
    # annotations' items put where theirs stood): after any run of edits, of the slide's
    # choice of annotations too, it holds the very items of a whole build, in its order.
    rng = random.Random(100 + seed)
    doc = builtin_briefing()
    doc.annotations = [_annotation(rng, n) for n in range(40)]
    state = doc.annotations_layer()
    chosen: list[str] | None = None
    shown = build_layer(state, doc, data, doc.as_of, chosen)
    page = FakePage()
    page.handle(Scene(doc.view, doc.as_of, (shown,)).to_message())
    deleted: list[tuple[int, Any]] = []
    done = []
    for n in range(60):
        choice = rng.choice(["edit", "edit", "edit", "rekind", "several", "slide"])
        notes = doc.annotations
        if choice == "rekind":
            # Another kind under the same id: other items, maybe another drawing rank.
            i = rng.randrange(len(notes))
            notes[i] = dataclasses.replace(_annotation(rng, n), id=notes[i].id)
        elif choice == "several":
            for i in rng.sample(range(len(notes)), 3):
                edited = copy.deepcopy(notes[i])
                edited.properties["label"] = f"renamed {n}"
                notes[i] = edited
        elif choice == "slide":
            ids = [a.id for a in notes]
            chosen = None if chosen is not None else rng.sample(ids, len(ids) // 2)
        else:
            choice = _edit(doc, rng, n, deleted)
        done.append(choice)
        afresh = build_layer(state, doc, data, doc.as_of, chosen)
        built = build_layer(state, doc, data, doc.as_of, chosen, previous=shown)
        assert [id(x) for x in built.items] == [id(x) for x in afresh.items], f"after {done}"
        assert built.legend == afresh.legend
        old_scene = Scene(doc.view, doc.as_of, (shown,))
        new_scene = Scene(doc.view, doc.as_of, (built,))
        for message in page_protocol.update_messages(old_scene, new_scene):
            page.handle(message)
        assert page.shown() == _expected(new_scene), f"after {done}"
        shown = built


def test_an_edit_of_one_annotation_reuses_the_last_layer_and_redraws_that_one(data):
    rng = random.Random(3)
    doc = builtin_briefing()
    doc.annotations = [_annotation(rng, n) for n in range(50)]
    state = doc.annotations_layer()
    before = build_layer(state, doc, data, doc.as_of)
    edited = copy.deepcopy(doc.annotations[20])
    edited.properties["label"] = "renamed"
    doc.annotations[20] = edited
    after = build_layer(state, doc, data, doc.as_of, previous=before)
    pairs = zip(before.items, after.items, strict=True)
    changed = [i for i, (a, b) in enumerate(pairs) if a is not b]
    assert [after.items[i].id for i in changed] == ["n20"] * len(changed)
    assert after.drawn.positions is before.drawn.positions  # where the last layer had them


def test_a_slides_scene_built_from_its_last_is_the_scene_built_afresh(data):
    # The slide thumbnails build each slide's scene from its last one after every edit.
    from briefing_app.scene.build import scene_for_slide

    rng = random.Random(11)
    doc = builtin_briefing()
    doc.annotations = [_annotation(rng, n) for n in range(60)]
    for slide in doc.slides:
        slide.annotation_ids = None
    doc.slides[1].annotation_ids = [a.id for a in doc.annotations[::2]]
    last = {s.id: scene_for_slide(doc, s, data) for s in doc.slides}
    for n in range(12):
        i = rng.randrange(len(doc.annotations))
        if n % 4 == 3:
            doc.annotations[i] = dataclasses.replace(_annotation(rng, n), id=doc.annotations[i].id)
        else:
            edited = copy.deepcopy(doc.annotations[i])
            edited.properties["label"] = f"renamed {n}"
            doc.annotations[i] = edited
        for slide in doc.slides:
            built = scene_for_slide(doc, slide, data, previous=last[slide.id])
            afresh = scene_for_slide(doc, slide, data)
            mine, theirs = built.layer("annotations"), afresh.layer("annotations")
            assert [id(x) for x in mine.items] == [id(x) for x in theirs.items], slide.title
            assert built == afresh
            assert page_protocol.update_messages(afresh, built) == []
            last[slide.id] = built
