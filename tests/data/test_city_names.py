"""City names in the EU's 24 official languages (geodata/places/names.json, CLDR's exemplar
cities via Babel): the cities CLDR names, by GeoNames id, falling back to GeoNames' English."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from briefing_app import i18n
from briefing_app.data.basemap import places, places_named
from briefing_app.data.city_names import (
    city_names_data,
    city_names_path,
    city_names_source,
    place_name,
    place_names_of,
)

REPO = Path(__file__).resolve().parents[2]
MOSCOW, WARSAW, KYIV, ZURICH = 524901, 756135, 703448, 2657896
MOSCOW_IDAHO = 5601538  # GeoNames' Moscow in America/Los_Angeles: not CLDR's Moscow


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_place_names", REPO / "geodata" / "build_place_names.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("geonameid", "english", "language", "name"),
    [
        (MOSCOW, "Moscow", "de", "Moskau"),
        (MOSCOW, "Moscow", "pl", "Moskwa"),
        (MOSCOW, "Moscow", "fr", "Moscou"),
        (WARSAW, "Warsaw", "de", "Warschau"),
        (WARSAW, "Warsaw", "pl", "Warszawa"),
        (KYIV, "Kyiv", "pl", "Kijów"),  # GeoNames' Europe/Kyiv
        (3169070, "Rome", "de", "Rom"),
        (2267057, "Lisbon", "de", "Lissabon"),
        (3435910, "Buenos Aires", "el", "Μπουένος Άιρες"),  # America/Argentina/Buenos_Aires
        (ZURICH, "Zürich", "it", "Zurigo"),  # GeoNames "Zürich", the zone's "Zurich"
        (MOSCOW, "Moscow", "bg", "Москва"),
    ],
)
def test_a_city_in_an_eu_language(geonameid, english, language, name):
    assert place_name(geonameid, english, language) == name
    assert place_name(str(geonameid), english, language) == name


def test_english_is_the_name_the_app_shows_and_unknown_cities_fall_back_to_it():
    assert place_name(MOSCOW, "Moscow", "en") == "Moscow"
    assert place_name(MOSCOW_IDAHO, "Moscow", "de") == "Moscow"
    assert place_name(0, "Białystok", "de") == "Białystok"
    assert place_name(WARSAW, "Warsaw", "pt_BR") == "Warsaw"  # a language the file lacks
    assert place_name("", "Gdańsk", "de") == "Gdańsk"
    with i18n.using_language("de"):
        assert place_name(WARSAW, "Warsaw") == "Warschau"


def test_every_entry_is_named_in_english_and_another_eu_language():
    data = city_names_data()
    assert len(data.languages) == 24 and "ga" in data.languages and "mt" in data.languages
    assert len(data.names) > 200
    zones = json.loads(city_names_path().read_text(encoding="utf-8"))["zones"]
    assert zones[str(MOSCOW)] == "Europe/Moscow" and zones[str(KYIV)] == "Europe/Kyiv"
    assert str(MOSCOW_IDAHO) not in zones
    for geonameid, entry in data.names.items():
        assert "en" in entry and len(entry) > 1, geonameid
        for language, name in entry.items():
            assert language in data.languages and name.strip() == name and name
            if language != "en":
                assert name != entry["en"]  # only what differs from English is kept
    assert place_names_of(WARSAW)["de"] == "Warschau"
    assert place_names_of(MOSCOW_IDAHO) == {}


def test_the_basemap_names_its_places_in_the_language():
    german = {p.geonameid: p.name for p in places_named("de")}
    assert german[MOSCOW] == "Moskau" and german[WARSAW] == "Warschau"
    assert places_named("en") is places()
    assert places_named("de") is places_named("de")  # made once per language
    english = places()
    assert [p.geonameid for p in places_named("pl")] == [p.geonameid for p in english]
    with i18n.using_language("pl"):
        assert {p.geonameid: p.name for p in places_named()}[MOSCOW] == "Moskwa"


def test_the_file_is_what_the_build_makes_from_the_installed_babel():
    import babel

    source = city_names_source()
    if babel.__version__ != source.package_version:
        pytest.skip(f"built with Babel {source.package_version}, not {babel.__version__}")
    built = _build_script().build()
    assert {int(k): v for k, v in built["names"].items()} == city_names_data().names
    assert built["source"]["cldr_version"] == source.cldr_version


def test_zone_ids_follow_babels_aliases():
    script = _build_script()
    aliases = {"Europe/Kiev": "Europe/Kyiv", "Asia/Saigon": "Asia/Ho_Chi_Minh"}
    assert script.zone_ids("Europe/Kiev", aliases) == ["Europe/Kiev", "Europe/Kyiv"]
    assert script.zone_ids("Europe/Kyiv", aliases) == ["Europe/Kyiv", "Europe/Kiev"]
    assert script.english_city("America/Argentina/Buenos_Aires", {}) == "Buenos Aires"
    assert (
        script.english_city("Asia/Ho_Chi_Minh", {"Asia/Ho_Chi_Minh": {"city": "Ho Chi Minh City"}})
        == "Ho Chi Minh City"
    )
    assert script.same_name("Zürich", "Zurich") and not script.same_name("Moscow", "Moskva")


def test_the_source_is_cited_with_its_licence():
    source = city_names_source()
    assert source.licence == "Unicode License v3"
    assert source.label.startswith(f"Place names: Unicode CLDR {source.cldr_version} (Babel ")
    licence = (city_names_path().parent / "LICENSE-CLDR.txt").read_text(encoding="utf-8")
    assert "UNICODE LICENSE V3" in licence
    readme = (REPO / "geodata" / "README.md").read_text(encoding="utf-8")
    assert "places/names.json" in readme and "build_place_names.py" in readme
