"""The scene's own texts (legend headings and entries, layer titles, popup rows, figures) in
the active language, its dates as the language writes them, and no scene text built in one
language served in another (#19). The author's texts and the data's proper names stay."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from babel.dates import format_date as babel_format_date

from briefing_app.core.paths import geodata_dir
from briefing_app.data import builtin_names, layers
from briefing_app.data.builtin_names import GROUPING_NAMES, METRIC_LABELS, grouping_name
from briefing_app.data.datasets import load_datasets
from briefing_app.i18n import catalogue, dates, using_language
from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import Annotation, Briefing, LayerState
from briefing_app.render import map_page
from briefing_app.scene import build, items
from briefing_app.scene.build import build_scene, grouping_choices
from briefing_app.scene.grouping_stats import MEMBERS_ROW, grouping_stats

DAY = dt.date(2026, 3, 7)

# German for a few of the scene's texts, as a translator's .ts file gives them.
GERMAN_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Scene</name>
    <message>
        <source>Flashpoint</source>
        <translation>Krisenherd</translation>
    </message>
    <message>
        <source>{grouping} on {date}</source>
        <translation>{grouping} am {date}</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Halbmesser</translation>
    </message>
    <message>
        <source>{radius} km (geodesic)</source>
        <translation>{radius} km (geodätisch)</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastland</translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <source>Flashpoints and ranges</source>
        <translation>Krisenherde und Reichweiten</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Defence spending</source>
        <translation>Verteidigungsausgaben</translation>
    </message>
</context>
</TS>
"""


def _forget_translated() -> None:
    # What holds translated texts by language, not by the catalogue's content: a test that
    # swaps the catalogue starts them afresh (the app's catalogue never changes while it runs).
    catalogue._catalogue.cache_clear()
    layers._builtin_layers.cache_clear()
    build._basemap_items.cache_clear()
    build._drawn.clear()
    dates._formatted.cache_clear()
    map_page._basemap_data_json_in.cache_clear()


@pytest.fixture
def german(tmp_path, monkeypatch):
    (tmp_path / "briefing_app_de.ts").write_text(GERMAN_TS, encoding="utf-8")
    monkeypatch.setattr(catalogue, "translations_dir", lambda: tmp_path)
    _forget_translated()
    yield
    _forget_translated()


@pytest.fixture(scope="module")
def data():
    return load_datasets(None)


def _circle(annotation_id: str = "c1") -> Annotation:
    return Annotation(
        annotation_id,
        {"type": "Point", "coordinates": [21.0, 52.2]},
        {"kind": "circle", "radius_km": 500, "label": "Reach", "description": "As written"},
    )


def _doc() -> Briefing:
    doc = builtin_briefing()  # all its layers, NATO alone on the membership layer
    doc.layers = [
        LayerState("membership", options={"grouping": "nato"}) if s.id == "membership" else s
        for s in doc.layers
    ]
    doc.annotations.append(_circle())
    return doc


def _legend(scene: build.Scene) -> dict[str, list[str]]:
    return {
        entry["title"]: [row["label"] for row in entry["entries"]]
        for entry in scene.legend_message()
    }


def _circle_popup(scene: build.Scene) -> dict[str, str]:
    layer = scene.layer("annotations")
    assert layer is not None
    item = next(i for i in layer.items if i.id == "c1" and i.popup is not None)
    assert item.popup is not None
    return dict(item.popup.rows)


def test_the_legend_speaks_the_active_language(german, data):
    with using_language("de"):
        scene = build_scene(_doc(), data, as_of=DAY)
    legend = _legend(scene)
    assert "NATO am 7. März 2026" in legend  # the heading, its date in German words
    assert "Krisenherd" in legend["Krisenherde und Reichweiten"]
    # A text the translation lacks stays English; the data's proper names stay as written.
    assert "Weapon range (geodesic)" in legend["Krisenherde und Reichweiten"]
    assert "Suwałki Gap (PL–LT border)" in legend["Krisenherde und Reichweiten"]
    # Popup rows; the author's label and text as written.
    assert _circle_popup(scene) == {"Halbmesser": "500 km (geodätisch)"}
    circle = next(i for i in scene.layer("annotations").items if i.id == "c1")
    assert (circle.label, circle.popup.title, circle.popup.text) == ("Reach", "Reach", "As written")
    deployment = scene.layer("deployments").items[0]
    host = data.country_names[data.deployments[0].host]
    assert dict(deployment.popup.rows)["Gastland"] == host
    # A renderer finds a row by its English name in any language (the PDF's appendix).
    assert deployment.popup.row("Host") == host and deployment.popup.row("Gastland") == ""
    assert deployment.popup.as_of == data.deployments[0].as_of.isoformat()  # a machine field


def test_the_english_scene_is_unchanged(german, data):
    scene = build_scene(_doc(), data, as_of=DAY)
    legend = _legend(scene)
    assert legend["NATO on 7 March 2026"] == ["NATO (32)"]
    assert legend["Flashpoints and ranges"][:2] == ["Flashpoint", "Weapon range (geodesic)"]
    assert _circle_popup(scene) == {"Radius": "500 km (geodesic)"}
    assert "Host" in dict(scene.layer("deployments").items[0].popup.rows)
    assert [x.title for x in layers.builtin_layers()][:3] == ["Basemap", "Countries", "Membership"]


def test_a_scene_built_in_english_is_not_served_in_german(german, data):
    doc = _doc()
    english = build_scene(doc, data, as_of=DAY)
    english_basemap = map_page.basemap_data_json()
    with using_language("de"):
        # The same annotation objects and the English scene as the one to reuse items from
        # (what the window passes after an edit): still German.
        german_scene = build_scene(doc, data, as_of=DAY, previous=english)
        german_basemap = map_page.basemap_data_json()
        german_layers = layers.builtin_layers()
    assert _circle_popup(german_scene) == {"Halbmesser": "500 km (geodätisch)"}
    assert german_scene.layer("flashpoints").definition.title == "Krisenherde und Reichweiten"
    assert [x.title for x in german_layers if x.id == "flashpoints"] == [
        "Krisenherde und Reichweiten"
    ]
    # The basemap's places, built once per language; the page's data too.
    rows = {
        k for item in german_scene.layer("basemap").items if item.popup for k, _ in item.popup.rows
    }
    assert "Einwohner" in rows and "Population" not in rows
    assert '"Einwohner"' in german_basemap and '"Einwohner"' not in english_basemap
    # ... and back: the English ones again, not the German.
    again = build_scene(doc, data, as_of=DAY, previous=german_scene)
    assert _circle_popup(again) == {"Radius": "500 km (geodesic)"}
    assert map_page.basemap_data_json() == english_basemap
    assert again.layer("flashpoints").definition.title == "Flashpoints and ranges"


def test_an_edit_in_the_same_language_still_reuses_the_items(data):
    doc = _doc()
    first = build_scene(doc, data, as_of=DAY)
    second = build_scene(doc, data, as_of=DAY, previous=first)
    assert second.layer("annotations").items[0] is first.layer("annotations").items[0]


def test_figures_in_the_active_language(german, data):
    nato = next(c for c in grouping_choices(Briefing(), data) if c.id == "nato")
    with using_language("de"):
        rows = {row.label: row for row in grouping_stats(nato, DAY, data)}
    assert rows["Mitglieder"].value == "32"
    assert rows["Mitglieder"].key == MEMBERS_ROW  # what the PDF leaves out, in any language
    assert "Verteidigungsausgaben" in rows
    # The date a figure is "as of", in German words (the data's ISO date in the file).
    as_of = data.figures.metrics["defence_usd"].as_of
    assert babel_format_date(as_of, "long", locale="de") in rows["Verteidigungsausgaben"].detail


def test_the_coalition_of_the_willing_has_its_official_names(data):
    named = {}
    for language in ("en", "fr", "de", "pl"):
        with using_language(language):
            choices = {c.id: c.name for c in grouping_choices(Briefing(), data)}
        named[language] = choices["coalition_of_the_willing"]
        assert (choices["nato"], choices["eu"]) == ("NATO", "EU")  # names in every language
    assert named == {
        "en": "Coalition of the Willing",
        "fr": "Coalition des volontaires",
        "de": "Koalition der Willigen",
        "pl": "Koalicja chętnych",
    }


def test_a_grouping_an_override_renames_is_shown_as_written():
    with using_language("de"):
        assert grouping_name("coalition_of_the_willing", "Coalition") == "Coalition"
        assert grouping_name("my_own", "Coalition of the Willing") == "Coalition of the Willing"


def test_the_marked_names_are_the_built_in_datas():
    # A record renamed in the data file would silently lose its translations.
    groupings = json.loads((geodata_dir() / "security" / "groupings.json").read_text("utf-8"))
    names = {g["id"]: g["name"] for g in groupings["groupings"]}
    assert {k: names.get(k) for k in GROUPING_NAMES} == GROUPING_NAMES
    figures = json.loads((geodata_dir() / "security" / "figures.json").read_text("utf-8"))
    labels = {key: metric["label"] for key, metric in figures["metrics"].items()}
    assert {k: labels.get(k) for k in METRIC_LABELS} == METRIC_LABELS
    assert builtin_names.metric_label("gdp_usd", "GDP") == "GDP"


@pytest.mark.parametrize("day", [dt.date(2026, m, 1 + 2 * m) for m in range(1, 13)])
def test_english_dates_are_written_as_babel_writes_them(day):
    # The scene writes English dates without Babel (a start does without it).
    assert items.day_text(day) == babel_format_date(day, "long", locale="en_GB")
    assert items.shown_date(day.isoformat()) == items.day_text(day)


def test_partial_dates_stay_as_the_data_has_them():
    with using_language("de"):
        assert [items.shown_date(t) for t in ("2017", "2017-04", "soon", "2022-13-01")] == [
            "2017",
            "2017-04",
            "soon",
            "2022-13-01",
        ]
        assert items.shown_date("2022-09-30") == "30. September 2022"
