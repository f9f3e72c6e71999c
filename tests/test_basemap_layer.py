"""The basemap as a layer an official sees and can hide: on by default, in every built-in
slide and in files from before it existed, hidden (saved, undoable) when the user hides it,
and drawn from the same data by every renderer. Headless: no Qt."""

from __future__ import annotations

import json

import pytest

from briefing_app.data.datasets import load_datasets
from briefing_app.model import commands, fileformat
from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import Briefing
from briefing_app.scene.build import build_scene, scene_for_slide


@pytest.fixture(scope="module")
def data():
    return load_datasets(None)


def test_a_new_briefing_shows_the_basemap_under_everything(data):
    scene = build_scene(Briefing(), data)
    assert scene.layers[0].definition.id == "basemap"
    assert scene.layers[0].visible


def test_every_builtin_slide_shows_the_basemap(data):
    doc = builtin_briefing()
    for slide in doc.slides:
        layer = scene_for_slide(doc, slide, data).layer("basemap")
        assert layer is not None and layer.visible, slide.title


def test_the_basemap_layer_carries_what_renderers_draw(data):
    layer = build_scene(builtin_briefing(), data).layer("basemap")
    kinds = {item.kind for item in layer.items}
    assert kinds == {"river", "lake", "place"}
    places = [item for item in layer.items if item.kind == "place"]
    assert all(item.min_zoom is not None and not item.label for item in places)  # no names
    titles = {item.popup.title for item in places}
    assert {"Gdańsk", "Białystok", "Baltiysk", "Suwałki"} <= titles
    relief = layer.payload["relief"]
    assert relief["max_native_zoom"] >= 7 and relief["neutral"] == 128
    assert any("GeoNames" in part[0] for part in layer.payload["attribution"])
    assert any("GeoNames" in s.label and "CC BY 4.0" in s.label for s in layer.sources)
    # The rivers traced from GSHHG are cited with their licence in every handout's sources.
    gshhg = [s for s in layer.sources if "GSHHG" in s.label]
    assert gshhg and "LGPL" in gshhg[0].label and "Neman" in gshhg[0].label
    # The page loads the items once; the scene message carries only the relief.
    assert "items" not in json.dumps(layer.message())


def test_hiding_the_basemap_on_a_slide_hides_it_there_only_and_undoes(data):
    doc = builtin_briefing()
    kaliningrad = next(s for s in doc.slides if "Kaliningrad" in s.title)
    other = next(s for s in doc.slides if s is not kaliningrad)
    hide = commands.SetLayerVisible("basemap", False, slide_id=kaliningrad.id)
    hide.do(doc)
    assert not scene_for_slide(doc, kaliningrad, data).layer("basemap").visible
    assert scene_for_slide(doc, other, data).layer("basemap").visible
    hide.undo(doc)
    assert scene_for_slide(doc, kaliningrad, data).layer("basemap").visible


def test_a_file_from_before_the_basemap_shows_it_and_a_hidden_one_stays_hidden(tmp_path):
    raw = json.loads(fileformat.dumps(builtin_briefing()))
    raw["format_version"] = 2
    for holder in (raw, *raw["slides"]):
        holder["layers"] = [x for x in holder["layers"] if x["id"] != "basemap"]
    doc = fileformat.from_json(raw, "old.briefing")
    assert doc.layers[0].id == "basemap" and doc.layers[0].visible
    assert all(s.layers[0].id == "basemap" and s.layers[0].visible for s in doc.slides)
    commands.SetLayerVisible("basemap", False, slide_id=doc.slides[0].id).do(doc)
    path = tmp_path / "saved.briefing"
    fileformat.save(doc, path)
    again = fileformat.load(path)
    assert not again.slides[0].layers[0].visible
    assert again.slides[1].layers[0].visible
    assert again == doc
