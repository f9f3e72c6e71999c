"""The app's own words kept in Qt-free tables, in the active language (#19): the symbol
catalogue's names (affiliations, echelons, types, their groups), what is wrong with a typed
position, the licence manifest's kinds, the figures' units. The English stays what the code
keys on and what the data files hold; a translator's .ts file stands in for the shipped one."""

from __future__ import annotations

import importlib.util
import json
import subprocess
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest
from translations_for_tests import translations

from briefing_app.core.paths import geodata_dir
from briefing_app.data import builtin_names, licences
from briefing_app.geo.coordinates import PositionError, parse_position
from briefing_app.i18n import using_language
from briefing_app.symbols import catalog as sc

ROOT = Path(__file__).resolve().parents[1]

GERMAN = {
    "Symbols": {
        "Infantry": "Infanterie",
        sc.OTHER_SYMBOL: "Anderes Symbol (Satz {set}, Element {entity})",
    },
    "Symbol affiliation": {"Hostile": "Feindlich"},
    "Symbol echelon": {"Battalion / squadron": "Bataillon"},
    "Symbol category": {"Manoeuvre": "Kampftruppen"},
    "Coordinates": {
        "Longitude {value} is outside −180 to 180.": "Länge {value} liegt nicht in −180 bis 180.",
    },
    "Licences": {"Font": "Schrift"},
    "Figures": {"people": "Personen", "current US$": "US$ (jeweilige Preise)"},
}


@pytest.fixture
def german(tmp_path):
    with translations(tmp_path, "de", GERMAN):
        yield


def test_catalogue_names_are_shown_in_the_active_language_and_keyed_in_english(german):
    infantry = sc.entity_type("infantry")
    hostile = sc.affiliation("hostile")
    battalion = sc.echelon("battalion")
    with using_language("de"):
        assert infantry.display_name == "Infanterie"
        assert infantry.display_category == "Kampftruppen"
        assert hostile.display_name == "Feindlich"
        assert battalion.display_name == "Bataillon"
        # What the code keys on, and the code it builds, are the same in every language.
        assert (infantry.name, hostile.name, battalion.key) == ("Infantry", "Hostile", "battalion")
        german_code = sc.build_sidc("hostile", "battalion", "infantry")
        # A name without a translation is shown in English.
        assert sc.entity_type("armour").display_name == "Armour"
    assert infantry.display_name == "Infantry"
    assert infantry.display_category == "Manoeuvre"
    assert hostile.display_name == "Hostile"
    assert battalion.display_name == "Battalion / squadron"
    assert sc.build_sidc("hostile", "battalion", "infantry") == german_code


def test_search_finds_a_type_by_its_english_and_its_translated_name(german):
    with using_language("de"):
        assert sc.search("Infanterie")[0].key == "infantry"
        assert sc.search("infanter")[0].key == "infantry"  # the start of the name
        assert sc.search("infantry")[0].key == "infantry"  # the English name still works
        assert sc.search("tank")[0].key == "tank"  # and the English keywords
        # A German word and an English one together: every word must be found in the names
        # or keywords of one entry.
        assert [e.key for e in sc.search("Infanterie foot")] == ["infantry"]
    assert sc.search("Infanterie") == []  # in English the German name is not a name


def test_an_uncatalogued_code_is_named_in_the_active_language_with_its_digits(german):
    choice = sc.parse_sidc("10031000001203000000")  # a land unit the catalogue lacks
    assert choice is not None and choice.entity.key == ""
    with using_language("de"):
        assert choice.entity.display_name == "Anderes Symbol (Satz 10, Element 120300)"
    assert choice.entity.display_name == "Other symbol (set 10, entity 120300)"
    assert choice.entity.name == "Other symbol (set 10, entity 120300)"
    assert choice.sidc == "10031000001203000000"


def test_a_typed_position_that_is_not_one_is_explained_in_the_active_language(german):
    with using_language("de"), pytest.raises(PositionError) as german_error:
        parse_position("54.1 N, 200 E")
    assert str(german_error.value) == "Länge 200 liegt nicht in −180 bis 180."
    with pytest.raises(PositionError) as english_error:
        parse_position("54.1 N, 200 E")
    assert str(english_error.value) == "Longitude 200 is outside −180 to 180."
    # The user's text is a value in the message, never part of its template.
    with pytest.raises(PositionError, match=r"“\{text\} \{0\}” is not a position"):
        parse_position("{text} {0}")


def test_licence_kinds_are_named_in_the_active_language(german):
    fonts = [c for c in licences.bundled_components({}) if c.kind == "Font"]
    assert fonts, "the manifest lists the font it ships"
    with using_language("de"):
        assert licences.kind_name(fonts[0].kind) == "Schrift"
        assert licences.kind_name("Data") == "Data"  # not translated in this file
    assert licences.kind_name("Font") == "Font"


def test_figure_units_are_marked_as_the_data_gives_them_and_shown_translated(german):
    metrics = json.loads((geodata_dir() / "security" / "figures.json").read_text("utf-8"))
    units = {metric_id: m["unit"] for metric_id, m in metrics["metrics"].items()}
    # A unit renamed in the data without the table would silently stay English.
    assert {k: units.get(k) for k in builtin_names.METRIC_UNITS} == builtin_names.METRIC_UNITS
    with using_language("de"):
        assert builtin_names.metric_unit("population", "people") == "Personen"
        assert builtin_names.metric_unit("gdp_usd", "current US$") == "US$ (jeweilige Preise)"
        # An override file's own unit is shown as written.
        assert builtin_names.metric_unit("gdp_usd", "constant 2015 US$") == "constant 2015 US$"
    assert builtin_names.metric_unit("population", "people") == "people"


# --- every shown name is marked for lupdate --------------------------------------------------


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "scripts" / "build_translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _extracted(source: Path, tmp_path: Path) -> set[tuple[str, str]]:
    """(context, text) of what the build script's lupdate takes from one file."""
    script = _build_script()
    ts = tmp_path / "extracted.ts"
    subprocess.run(
        [script.tool("pyside6-lupdate"), *script._LUPDATE_OPTIONS, str(source), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ElementTree.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


def test_every_name_the_picker_shows_is_extracted_for_translation(tmp_path):
    found = _extracted(ROOT / "briefing_app" / "symbols" / "catalog.py", tmp_path)
    shown = {("Symbol affiliation", a.name) for a in sc.AFFILIATIONS}
    shown |= {("Symbol echelon", e.name) for e in sc.ECHELONS}
    shown |= {("Symbols", e.name) for e in sc.ENTITY_TYPES}
    shown |= {("Symbol category", e.category) for e in sc.ENTITY_TYPES}
    shown |= {("Symbols", sc.OTHER_SYMBOL)}
    other = sc.parse_sidc("10031000001203000000")
    assert other is not None
    shown.add(("Symbol category", other.entity.category))
    assert shown - found == set()


def test_the_licence_kinds_and_figure_units_are_extracted_for_translation(tmp_path):
    kinds = _extracted(ROOT / "briefing_app" / "data" / "licences.py", tmp_path)
    assert {("Licences", kind) for kind in licences.KINDS} <= kinds
    units = _extracted(ROOT / "briefing_app" / "data" / "builtin_names.py", tmp_path)
    assert {("Figures", unit) for unit in builtin_names.METRIC_UNITS.values()} <= units
