"""Offline place search (briefing_app.places.gazetteer)."""

from __future__ import annotations

import pytest

from briefing_app.core.search_keys import fold
from briefing_app.places.gazetteer import HISTORICAL_NAMES, Gazetteer, Place


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    gazetteer = Gazetteer()
    gazetteer.ensure_built()
    return gazetteer


def first(gazetteer: Gazetteer, query: str) -> Place:
    results = gazetteer.search(query)
    assert results, f"nothing found for {query!r}"
    return results[0]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Suwałki", "suwalki"),
        ("SUWAŁKI", "suwalki"),
        ("L'viv", "lviv"),
        ("Lwów", "lwow"),
        ("Brest-Litovsk", "brest litovsk"),
        ("Straße", "strasse"),
        ("Ærø", "aero"),
        ("Đakovo", "dakovo"),
        ("  Königsberg ", "konigsberg"),
    ],
)
def test_fold_ignores_case_accents_and_punctuation(text, key):
    assert fold(text) == key


def test_fold_german_spells_umlauts_with_e():
    assert fold("Königsberg", german=True) == "koenigsberg"


def test_building_is_lazy():
    gazetteer = Gazetteer()
    assert not gazetteer.is_built
    gazetteer.search("Riga")
    assert gazetteer.is_built and gazetteer.build_seconds > 0


def test_every_historical_name_finds_its_place(gazetteer):
    assert gazetteer.problems == []
    for alias, _target in HISTORICAL_NAMES:
        assert gazetteer.search(alias), alias


@pytest.mark.parametrize("query", ["Königsberg", "konigsberg", "KOENIGSBERG", "Kaliningrad"])
def test_koenigsberg_is_kaliningrad(gazetteer, query):
    place = first(gazetteer, query)
    assert (place.name, place.kind, place.country) == ("Kaliningrad", "city", "Russia")
    assert place.matched == ("" if query == "Kaliningrad" else "Königsberg")
    assert place.label() == f"Kaliningrad — city, Russia{' (Königsberg)' if place.matched else ''}"
    assert 54.5 < place.lat < 54.9 and 20.3 < place.lon < 20.7


def test_wilno_is_vilnius_the_capital(gazetteer):
    place = first(gazetteer, "Wilno")
    assert (place.name, place.kind, place.country, place.matched) == (
        "Vilnius",
        "capital",
        "Lithuania",
        "Wilno",
    )


def test_lviv_by_every_spelling_is_one_place(gazetteer):
    places = [first(gazetteer, q) for q in ("Lwów", "lwow", "Lvov", "Lviv", "Lemberg")]
    assert {(p.name, p.lat, p.lon) for p in places} == {("Lviv", places[0].lat, places[0].lon)}
    assert [p.matched for p in places] == ["Lwów", "Lwów", "Lvov", "", "Lemberg"]


@pytest.mark.parametrize("query", ["suwalki", "Suwałki", "SUWAŁKI"])
def test_suwalki(gazetteer, query):
    place = first(gazetteer, query)
    assert (place.name, place.kind, place.country) == ("Suwałki", "city", "Poland")
    assert "population" in place.detail


def test_prefix_finds_the_flashpoint_before_the_city(gazetteer):
    assert [(p.name, p.kind) for p in gazetteer.search("suwał")[:2]] == [
        ("Suwałki Gap", "flashpoint"),
        ("Suwałki", "city"),
    ]


@pytest.mark.parametrize("query", ["Suwałki Gap", "suwalki gap", "Suwałki corridor"])
def test_suwalki_gap_flashpoint_has_a_box(gazetteer, query):
    place = first(gazetteer, query)
    assert (place.name, place.kind) == ("Suwałki Gap", "flashpoint")
    west, south, east, north = place.bbox
    assert west < place.lon < east and south < place.lat < north
    assert 22 < west < east < 24.5 and 53.5 < south < north < 54.6


def test_one_place_appears_once(gazetteer):
    # Lviv has many names starting with "lv"/"lw"; the results hold it once.
    names = [(p.name, p.lat, p.lon) for p in gazetteer.search("Lw", limit=50)]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("query", "name", "country"),
    [
        (
            "Tilsit",
            "Sovetsk",
            "Russia",
        ),  # the Sovetsk in Kaliningrad region, not the one near Kirov
        ("Kiev", "Kyiv", "Ukraine"),
        ("Kharkov", "Kharkiv", "Ukraine"),
        ("Odessa", "Odesa", "Ukraine"),
        ("Danzig", "Gdańsk", "Poland"),
        ("Breslau", "Wrocław", "Poland"),
        ("Reval", "Tallinn", "Estonia"),
        ("Dorpat", "Tartu", "Estonia"),
        ("Memel", "Klaipėda", "Lithuania"),
        ("Pressburg", "Bratislava", "Slovakia"),
        ("Stettin", "Szczecin", "Poland"),
        ("Pillau", "Baltiysk", "Russia"),
        ("Kowno", "Kaunas", "Lithuania"),
        ("Grodno", "Hrodna", "Belarus"),
        ("Brest-Litovsk", "Brest", "Belarus"),
        ("Minsk", "Minsk", "Belarus"),
        ("Narva", "Narva", "Estonia"),
        ("Sevastopol", "Sevastopol", "Ukraine"),
        ("Lugansk", "Luhansk", "Ukraine"),
        ("Donetsk", "Donetsk", "Ukraine"),
    ],
)
def test_historical_and_alternative_names(gazetteer, query, name, country):
    place = first(gazetteer, query)
    assert (place.name, place.country) == (name, country)


def test_tilsit_is_the_sovetsk_in_kaliningrad_region(gazetteer):
    place = first(gazetteer, "Tilsit")
    assert 55.0 < place.lat < 55.2 and 21.7 < place.lon < 22.0


def test_deployment_found_by_name_and_by_its_place(gazetteer):
    by_name = first(gazetteer, "Forward Land Forces battlegroup Estonia")
    assert (by_name.kind, by_name.country) == ("deployment", "Estonia")
    assert by_name.detail and len(by_name.detail) <= 91
    by_place = first(gazetteer, "Tapa")
    assert by_place.name == by_name.name and by_place.matched == "Tapa"


def test_flashpoint_point_gets_its_country(gazetteer):
    place = first(gazetteer, "Baltiysk naval base")
    assert (place.kind, place.country, place.bbox) == ("flashpoint", "Russia", None)


def test_country_has_a_box_and_a_zoom_that_fits_it(gazetteer):
    poland = first(gazetteer, "Poland")
    assert (poland.kind, poland.name) == ("country", "Poland")
    west, south, east, north = poland.bbox
    assert 13.5 < west < 14.5 and 48.5 < south < 49.5 and 23.5 < east < 24.5 and 54.5 < north < 55
    assert west < poland.lon < east and south < poland.lat < north
    assert 5 <= poland.zoom <= 7


def test_country_box_leaves_out_far_territories(gazetteer):
    france = first(gazetteer, "France")
    assert france.kind == "country"
    assert france.bbox[0] > -6 and france.bbox[1] > 40  # not French Guiana or Réunion
    russia = first(gazetteer, "Russia")
    west, _south, east, _north = russia.bbox
    assert 19 < west < 21 and east > 180  # Kaliningrad to Chukotka, across the antimeridian


def test_country_found_by_other_names(gazetteer):
    assert first(gazetteer, "Turkey").name == "Türkiye"
    assert first(gazetteer, "Belorussia").name == "Belarus"


def test_ranking_countries_then_capitals_then_cities(gazetteer):
    kinds = [p.kind for p in gazetteer.search("po")]
    assert kinds[:2] == ["country", "country"]  # Poland, Portugal before Pô
    order = ["country", "capital", "deployment", "city"]
    assert kinds == sorted(kinds, key=order.index)
    results = gazetteer.search("Brest")
    assert [p.country for p in results[:2]] == ["Belarus", "France"]  # by population


def test_prefix_matches_before_substring_matches(gazetteer):
    names = [p.name for p in gazetteer.search("grad", limit=40)]
    assert "Gradačac" in names[:5] or names[0].lower().startswith("grad")
    assert names.index("Kaliningrad") > max(
        i for i, n in enumerate(names) if n.lower().startswith("grad")
    )


@pytest.mark.parametrize("query", ["xqzzyv", "", "   ", "!!!"])
def test_nothing_found(gazetteer, query):
    assert gazetteer.search(query) == []


def test_limit(gazetteer):
    assert len(gazetteer.search("a", limit=3)) == 3
    assert gazetteer.search("a", limit=0) == []


# --- languages (#19) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Litwa", "Lithuania"),
        ("Litauen", "Lithuania"),
        ("Niemcy", "Germany"),
        ("Lituanie", "Lithuania"),
    ],
)
def test_a_country_is_found_by_its_name_in_an_eu_language(gazetteer, query, name):
    place = first(gazetteer, query)
    assert (place.name, place.kind, place.matched) == (name, "country", query)


def test_a_countrys_name_in_another_language_does_not_outrank_a_capital(gazetteer):
    # Croatian calls Tunisia "Tunis": the capital still comes first.
    assert [(p.name, p.kind) for p in gazetteer.search("Tunis")[:2]] == [
        ("Tunis", "capital"),
        ("Tunisia", "country"),
    ]


@pytest.fixture(scope="module")
def polish_gazetteer() -> Gazetteer:
    gazetteer = Gazetteer(language="pl")
    gazetteer.ensure_built()
    return gazetteer


def test_a_gazetteer_in_polish_names_the_countries_in_polish(polish_gazetteer):
    lithuania = first(polish_gazetteer, "Lithuania")
    assert (lithuania.name, lithuania.matched) == ("Litwa", "Lithuania")
    assert first(polish_gazetteer, "Litwa").name == "Litwa"
    # CLDR names Vilnius in Polish: "Wilno" is its name, "Vilnius" the English one.
    vilnius = first(polish_gazetteer, "Wilno")
    assert (vilnius.name, vilnius.kind, vilnius.country) == ("Wilno", "capital", "Litwa")
    assert first(polish_gazetteer, "Vilnius").label() == "Wilno — capital, Litwa (Vilnius)"
    assert first(polish_gazetteer, "Kaliningrad").country == "Rosja"
    assert first(polish_gazetteer, "Königsberg").label() == "Kaliningrad — city, Rosja (Königsberg)"


@pytest.fixture(scope="module")
def german_gazetteer() -> Gazetteer:
    gazetteer = Gazetteer(language="de")
    gazetteer.ensure_built()
    return gazetteer


def test_a_city_is_found_by_its_english_and_its_localized_name(german_gazetteer):
    # CLDR names Warsaw "Warschau" in German: the German gazetteer shows that name and finds
    # the city by it, by its English name and by its names in the other EU languages.
    warsaw = first(german_gazetteer, "Warschau")
    assert (warsaw.name, warsaw.kind, warsaw.country, warsaw.matched) == (
        "Warschau",
        "capital",
        "Polen",
        "",
    )
    assert first(german_gazetteer, "Warsaw").label() == "Warschau — capital, Polen (Warsaw)"
    assert first(german_gazetteer, "Warszawa").name == "Warschau"
    assert first(german_gazetteer, "Moskwa").label() == "Moskau — capital, Russland (Moskwa)"
    assert first(german_gazetteer, "Kiew").name == "Kiew"
    # Cities CLDR does not name keep GeoNames' name; a country's capital is named too.
    assert first(german_gazetteer, "Gdańsk").name == "Gdańsk"
    assert "capital Warschau" in first(german_gazetteer, "Polen").detail


def test_an_english_gazetteer_keeps_the_english_names(gazetteer):
    assert first(gazetteer, "Warschau").label() == "Warsaw — capital, Poland (Warschau)"
    assert first(gazetteer, "Moscow").name == "Moscow"
