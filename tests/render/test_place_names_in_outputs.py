"""Place names in the reader's language wherever the map names a place: the PDF's and the
screen's place labels, the places' popups on the map page and the capitals a range ring
reaches; the map's Sources cite CLDR for them. English stays GeoNames' names."""

from __future__ import annotations

import json

import pytest

from briefing_app.data.datasets import load_datasets
from briefing_app.i18n import using_language
from briefing_app.model.builtin import builtin_briefing
from briefing_app.render import screen_labels
from briefing_app.render.map_page import basemap_data_json
from briefing_app.render.pdf.export import prepare_slide_map
from briefing_app.render.pdf.fonts import register_fonts
from briefing_app.render.pdf.layout import content_frame, map_page_layout, paper_size
from briefing_app.scene.build import build_scene

# A view of Poland to Moscow at a zoom that shows the capitals.
EAST = screen_labels.ScreenView(54.0, 28.0, 5.0, 1400, 900)


def _screen_places(language: str) -> set[str]:
    scene = build_scene(builtin_briefing(), load_datasets())
    with using_language(language):
        labels = screen_labels.screen_labels(scene, EAST)
    return {label["text"] for label in labels["labels"] if label["kind"] in ("capital", "city")}


@pytest.mark.parametrize(
    ("language", "moscow", "warsaw"),
    [("de", "Moskau", "Warschau"), ("pl", "Moskwa", "Warszawa"), ("en", "Moscow", "Warsaw")],
)
def test_the_screen_labels_name_places_in_the_language(language, moscow, warsaw):
    shown = _screen_places(language)
    assert {moscow, warsaw} <= shown
    if language != "en":
        assert not {"Moscow", "Warsaw"} & shown


def test_a_placement_in_another_language_names_the_places_again():
    scene = build_scene(builtin_briefing(), load_datasets())
    with using_language("en"):
        _, last = screen_labels.placed_screen_labels(scene, EAST)
    with using_language("de"):
        message, _ = screen_labels.placed_screen_labels(scene, EAST, last=last)
    texts = {label["text"] for label in message["labels"]}
    assert "Moskau" in texts and "Moscow" not in texts


def _pdf_labels(language: str, title_part: str) -> list[str]:
    register_fonts()
    data, doc = load_datasets(), builtin_briefing()
    _, _, width, height = content_frame(*paper_size("A4", "landscape"))
    layout = map_page_layout(width, height)
    slide = next(s for s in doc.slides if title_part in s.title)
    with using_language(language):
        prepared = prepare_slide_map(doc, slide, data, "EPSG:3035", layout)[2]
    return [label.text for label in prepared.labels]


@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("de", {"Moskau", "Warschau", "Kiew"}),
        ("pl", {"Moskwa", "Warszawa", "Kijów", "Wilno"}),
        ("en", {"Moscow", "Warsaw", "Kyiv", "Vilnius"}),
    ],
)
def test_the_pdf_labels_name_places_in_the_language(language, names):
    labels = _pdf_labels(language, "Ukraine's place")
    assert names <= set(labels)
    if language != "en":
        assert not {"Moscow", "Warsaw"} & set(labels)


def test_the_place_popups_and_the_sources_are_in_the_language():
    with using_language("de"):
        page = json.loads(basemap_data_json())
        basemap = build_scene(builtin_briefing(), load_datasets()).layer("basemap")
    titles = {place[4]: place[5] for place in page["places"]}
    assert "Moskau" in titles and "Moscow" not in titles
    assert dict(titles["Warschau"])["Land"] == "Polen"  # the popup's rows too
    assert "Gdańsk" in titles  # CLDR does not name it: GeoNames' name
    assert basemap is not None
    assert any(s.label.startswith("Place names: Unicode CLDR") for s in basemap.sources)
    with using_language("en"):
        english = json.loads(basemap_data_json())
        basemap = build_scene(builtin_briefing(), load_datasets()).layer("basemap")
    assert "Moscow" in {place[4] for place in english["places"]}
    assert basemap is not None
    assert not any("CLDR" in s.label for s in basemap.sources)


def test_a_range_ring_names_the_capitals_it_reaches_in_the_language():
    with using_language("pl"):
        scene = build_scene(builtin_briefing(), load_datasets())
    rows = [
        value
        for layer in scene.layers
        for item in layer.items
        if item.kind == "range_ring" and item.popup
        for _, value in item.popup.rows
    ]
    assert any("Wilno (" in value for value in rows), rows


def test_the_pdfs_basemap_sources_cite_cldr_for_the_place_names_but_in_english():
    from briefing_app.render.pdf.basemap_drawing import basemap_sources

    with using_language("de"):
        german = [s.label for s in basemap_sources()]
    with using_language("en"):
        english = [s.label for s in basemap_sources()]
    assert any(label.startswith("Place names: Unicode CLDR") for label in german)
    assert not any("CLDR" in label for label in english) and english == german[:1]
