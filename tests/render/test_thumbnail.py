"""Slide thumbnails drawn headless from a slide's scene, in a theme's colours, cached."""

from __future__ import annotations

import copy
import io

import pytest
from PIL import Image

from briefing_app.data.datasets import load_datasets
from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import Annotation, MapView
from briefing_app.render import thumbnail
from briefing_app.render.thumbnail import draw_thumbnail, slide_thumbnail_png, thumbnail_key
from briefing_app.scene.build import build_scene, scene_for_slide
from briefing_app.style.themes import THEMES


@pytest.fixture(scope="module")
def data():
    return load_datasets(None)


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def test_the_open_sea_and_the_land_take_the_themes_colours(data):
    doc = builtin_briefing()
    slide = doc.slides[1]
    for theme in THEMES.values():
        ocean = scene_for_slide(doc, slide, data, view=MapView(35.0, -40.0, 6.0))
        assert _hex(draw_thumbnail(ocean, theme, (96, 60)).getpixel((2, 2))) == theme.sea
        # Mid-Russia at this zoom: land, no grouping of this slide colours it.
        inland = scene_for_slide(doc, slide, data, view=MapView(62.0, 95.0, 5.0))
        assert _hex(draw_thumbnail(inland, theme, (96, 60)).getpixel((48, 30))) == theme.land


def test_the_slides_frame_is_shown_whole_whatever_the_thumbnails_shape(data):
    doc = builtin_briefing()
    scene = scene_for_slide(doc, doc.slides[0], data)
    wide = thumbnail.frame_zoom(scene, 160, 90)
    tall = thumbnail.frame_zoom(scene, 120, 90)
    # Fitted: the narrower picture zooms out to keep the frame's full width.
    assert tall < wide < scene.view.zoom


def test_thumbnails_are_cached_by_content_and_theme(data, monkeypatch):
    doc = builtin_briefing()
    scene = scene_for_slide(doc, doc.slides[4], data)
    light, dark = THEMES["light"], THEMES["dark"]
    assert thumbnail_key(scene, light, (96, 60)) != thumbnail_key(scene, dark, (96, 60))
    other = scene_for_slide(doc, doc.slides[5], data)
    assert thumbnail_key(scene, light, (96, 60)) != thumbnail_key(other, light, (96, 60))
    first = slide_thumbnail_png(scene, light, (96, 60))
    assert Image.open(io.BytesIO(first)).size == (96, 60)

    def no_drawing(*_args):
        raise AssertionError("drawn again")

    monkeypatch.setattr(thumbnail, "draw_thumbnail", no_drawing)
    assert slide_thumbnail_png(scene_for_slide(doc, doc.slides[4], data), light, (96, 60)) == first


def test_a_key_follows_what_an_edit_changes_and_not_which_objects_hold_it(data):
    # Item keys are kept by item object (scenes after an edit share the others' items): a
    # moved or restyled annotation is a new key, an equal one in new objects the same key.
    doc = builtin_briefing()
    doc.annotations = [
        Annotation(f"a{n}", {"type": "Point", "coordinates": [20.0 + n, 50.0]}, {"kind": "marker"})
        for n in range(5)
    ]
    light = THEMES["light"]
    before = thumbnail_key(build_scene(doc, data), light, (96, 60))
    again = copy.deepcopy(doc)
    assert thumbnail_key(build_scene(again, data), light, (96, 60)) == before
    moved = copy.deepcopy(doc.annotations[2])
    moved.geometry = {"type": "Point", "coordinates": [22.5, 50.0]}
    doc.annotations[2] = moved
    assert thumbnail_key(build_scene(doc, data), light, (96, 60)) != before
    recoloured = copy.deepcopy(again.annotations[3])
    recoloured.style = {"color": "#1f77b4"}
    again.annotations[3] = recoloured
    assert thumbnail_key(build_scene(again, data), light, (96, 60)) != before
    relabelled = copy.deepcopy(doc)
    relabelled.annotations[0].properties["label"] = "not drawn in a thumbnail"
    assert thumbnail_key(build_scene(relabelled, data), light, (96, 60)) == thumbnail_key(
        build_scene(doc, data), light, (96, 60)
    )


def test_a_thumbnail_after_an_edit_is_the_picture_drawn_from_nothing_kept(data):
    # Shapes are kept by item object and frame: after a move of one annotation the picture
    # drawn with the others' kept shapes is the one drawn with none kept.
    doc = builtin_briefing()
    doc.annotations = [
        Annotation(
            f"l{n}",
            {"type": "LineString", "coordinates": [[14.0 + n, 50.0], [15.5 + n, 52.0 + n / 4]]},
            {"kind": "line"},
        )
        for n in range(8)
    ]
    light = THEMES["light"]
    draw_thumbnail(build_scene(doc, data), light, (96, 60))
    moved = copy.deepcopy(doc.annotations[3])
    moved.geometry = {"type": "LineString", "coordinates": [[18.0, 47.0], [22.0, 55.0]]}
    doc.annotations[3] = moved
    scene = build_scene(doc, data)
    kept = draw_thumbnail(scene, light, (96, 60))
    thumbnail._shapes.clear()
    afresh = draw_thumbnail(scene, light, (96, 60))
    assert kept.tobytes() == afresh.tobytes()
    before = draw_thumbnail(build_scene(builtin_briefing(), data), light, (96, 60))
    assert kept.tobytes() != before.tobytes()  # the lines are drawn
