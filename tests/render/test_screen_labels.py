"""The screen map's label placement for a view, headless."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from briefing_app.data.datasets import load_datasets
from briefing_app.model.builtin import builtin_briefing
from briefing_app.render.labels import count_overlaps
from briefing_app.render.screen_labels import (
    ScreenView,
    label_points_path,
    screen_labels,
)
from briefing_app.scene.build import scene_for_slide

ROOT = Path(__file__).resolve().parents[2]


def _message(part: str, zoom_step: float = 0.0, size=(1000, 700)):
    doc = builtin_briefing()
    slide = next(s for s in doc.slides if part in s.title)
    scene = scene_for_slide(doc, slide, load_datasets())
    v = slide.view
    return screen_labels(scene, ScreenView(v.center_lat, v.center_lon, v.zoom + zoom_step, *size))


def test_the_kaliningrad_close_up_names_the_towns_around_the_gap() -> None:
    message = _message("Kaliningrad")
    names = {lab["text"] for lab in message["labels"]}
    assert {"Kaliningrad", "Baltiysk", "Suwałki", "Grodno", "Białystok", "Gdańsk"} <= names


def test_europe_shows_capitals_not_towns() -> None:
    message = _message("Coalition of the Willing")
    kinds = {lab["kind"] for lab in message["labels"]}
    assert "city" not in kinds  # at the overview zoom only capitals and country names


def test_placed_labels_never_overlap_at_any_nearby_zoom() -> None:
    for step in (-1, -0.5, 0, 0.5, 1, 2):
        message = _message("Eastern flank", step)
        # Offsets are from each label's own anchor: compare in map pixels.
        assert count_overlaps(_absolute(message, step)) == 0, step


def _absolute(message, step):
    doc = builtin_briefing()
    slide = next(s for s in doc.slides if "Eastern flank" in s.title)
    v = slide.view
    view = ScreenView(v.center_lat, v.center_lon, v.zoom + step, 1000, 700)
    out = []
    for lab in message["labels"]:
        x, y = view.to_px(lab["lon"], lab["lat"])
        out.append(
            (x + lab["dx"], y + lab["dy"], x + lab["dx"] + lab["w"], y + lab["dy"] + lab["h"])
        )
    return out


def test_label_points_file_is_what_the_build_script_makes() -> None:
    spec = importlib.util.spec_from_file_location(
        "build_label_points", ROOT / "geodata" / "build_label_points.py"
    )
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    assert label_points_path().read_text(encoding="utf-8") == module.build_text()


def _posts(moved_to: tuple[float, float] | None = None):
    """20 labelled markers over Poland with room for their labels (basemap names off);
    with `moved_to`, m12 stands there instead."""
    from briefing_app.model.document import Annotation
    from briefing_app.scene.build import build_scene

    doc = builtin_briefing()
    for state in doc.layers:
        state.visible = state.id in ("countries", "membership")
    for n in range(20):
        lon, lat = 13.0 + (n % 5) * 4.2, 49.5 + (n // 5) * 2.0
        if n == 12 and moved_to is not None:
            lon, lat = moved_to
        doc.annotations.append(
            Annotation(
                f"m{n}",
                {"type": "Point", "coordinates": [lon, lat]},
                {"kind": "marker", "label": f"Post {n}"},
            )
        )
    return build_scene(doc, load_datasets())


POSTS_VIEW = ScreenView(52.5, 21.5, 5.0, 1280, 800)


def _boxes_by_text(message, view=POSTS_VIEW):
    out = {}
    for lab in message["labels"]:
        x, y = view.to_px(lab["lon"], lab["lat"])
        x0, y0 = x + lab["dx"], y + lab["dy"]
        out[lab["text"]] = (x0, y0, x0 + lab["w"], y0 + lab["h"])
    return out


def test_after_a_marker_is_moved_onto_a_label_only_the_labels_near_it_move() -> None:
    from briefing_app.render.labels import overlaps
    from briefing_app.render.screen_labels import placed_screen_labels

    before, last = placed_screen_labels(_posts(), POSTS_VIEW)
    old = _boxes_by_text(before)
    # m12 put down 1.5 degrees right of m11: on m11's label, which stood to its right.
    target = (13.0 + 4.2 + 1.5, 53.5)
    x, y = POSTS_VIEW.to_px(*target)
    assert old["Post 11"][0] < x < old["Post 11"][2]
    after, _ = placed_screen_labels(_posts(target), POSTS_VIEW, last=last)
    new = _boxes_by_text(after)
    assert set(new) == set(old)
    assert count_overlaps(list(new.values())) == 0
    marker = (x - 9, y - 9, x + 9, y + 9)  # the marker's symbol
    assert not any(overlaps(marker, box) for box in new.values())
    assert new["Post 11"] != old["Post 11"]  # out of the marker's way
    assert new["Post 12"] != old["Post 12"]  # beside its marker where it went
    for far in (0, 4, 15, 19):  # nothing changed near them: where they were
        assert new[f"Post {far}"] == old[f"Post {far}"]
    # The symbols moved off a shared spot are the same as a full placement finds.
    assert after["symbols"] == screen_labels(_posts(target), POSTS_VIEW)["symbols"]


def test_in_a_new_view_every_label_is_placed_again() -> None:
    from briefing_app.render.screen_labels import placed_screen_labels

    scene = _posts()
    _, last = placed_screen_labels(scene, POSTS_VIEW)
    panned = ScreenView(52.0, 20.0, 5.0, 1280, 800)
    again, _ = placed_screen_labels(scene, panned, last=last)
    assert again == screen_labels(scene, panned)


def test_a_placement_after_edits_is_the_one_made_from_every_items_requests_afresh() -> None:
    # The placement keeps each layer's requests for the next in the same view and makes
    # those of edited items alone; after any run of edits (more annotations than are
    # labelled, so some are left out for those nearer the middle; added and deleted ones)
    # the message is the one it makes with every item's requests made again.
    import copy
    import dataclasses
    import random

    from briefing_app.model.document import Annotation
    from briefing_app.render.screen_labels import placed_screen_labels
    from briefing_app.scene.build import build_layer, build_scene

    rng = random.Random(5)
    data = load_datasets()
    doc = builtin_briefing()

    def annotation(n: int) -> Annotation:
        kind = rng.choice(["marker", "marker", "text", "line"])
        lon, lat = rng.uniform(12, 30), rng.uniform(48, 57)
        if kind == "line":
            geometry = {"type": "LineString", "coordinates": [[lon, lat], [lon + 1, lat + 0.3]]}
        else:
            geometry = {"type": "Point", "coordinates": [lon, lat]}
        return Annotation(f"n{n}", geometry, {"kind": kind, "label": f"{kind} {n}"})

    doc.annotations = [annotation(n) for n in range(260)]
    scene = build_scene(doc, data)
    view = ScreenView(52.5, 21.0, 5.0, 1280, 800)
    _, last = placed_screen_labels(scene, view)
    for n in range(30):
        notes = doc.annotations
        choice = rng.choice(["relabel", "relabel", "move", "add", "delete"])
        i = rng.randrange(len(notes))
        if choice == "relabel":
            edited = copy.deepcopy(notes[i])
            edited.properties["label"] = f"renamed {n}"
            notes[i] = edited
        elif choice == "move":
            edited = copy.deepcopy(notes[i])
            lon, lat = (
                edited.geometry["coordinates"][0:2]
                if edited.geometry["type"] == "Point"
                else (20.0, 52.0)
            )
            edited.geometry = {"type": "Point", "coordinates": [lon + 0.7, lat]}
            edited.properties["kind"] = "marker"
            notes[i] = edited
        elif choice == "add":
            notes.insert(i, annotation(1000 + n))
        else:
            del notes[i]
        layer = build_layer(
            doc.annotations_layer(), doc, data, scene.as_of, None, scene.layer("annotations")
        )
        scene = scene.with_layer(layer)
        message, kept = placed_screen_labels(scene, view, last=last)
        afresh, _ = placed_screen_labels(scene, view, last=dataclasses.replace(last, layers={}))
        assert message == afresh, f"after edit {n} ({choice})"
        assert len(message["labels"]) > 100
        last = kept
