"""Country names in the EU's 24 official languages (geodata/countries/names.json, from CLDR
via Babel): what an official reads in their language, for every entity of the layer."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from briefing_app import i18n
from briefing_app.data.countries import country_names
from briefing_app.data.country_names import (
    country_name,
    country_name_languages,
    country_names_data,
    country_names_in,
    country_names_source,
)
from briefing_app.data.licences import bundled_components

REPO = Path(__file__).resolve().parents[2]
EU_LANGUAGES = {
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr",
    "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
}  # fmt: skip
# User-assigned codes of areas CLDR has no territory for: English in every language.
NOT_IN_CLDR = {"XBN", "XSB", "XSC", "XSG", "XSN", "XSP"}


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_country_names", REPO / "geodata" / "build_country_names.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("code", "language", "name"),
    [
        ("LTU", "pl", "Litwa"),
        ("LTU", "de", "Litauen"),
        ("POL", "fr", "Pologne"),
        ("POL", "de", "Polen"),
        ("DEU", "pl", "Niemcy"),
        ("LTU", "lt", "Lietuva"),
        ("GRC", "el", "Ελλάδα"),
        ("BGR", "bg", "България"),
        ("XKX", "pl", "Kosowo"),  # CLDR's XK
        ("MKD", "fr", "Macédoine du Nord"),
    ],
)
def test_a_country_in_an_eu_language(code, language, name):
    assert country_name(code, language) == name


def test_every_eu_language_names_every_country_of_the_layer():
    assert set(country_name_languages()) == EU_LANGUAGES
    data = country_names_data()
    layer = country_names()
    assert list(data.names) == list(layer)  # every entity, in the layer's order, no other
    assert data.english_only == NOT_IN_CLDR
    for code in layer:
        for language in EU_LANGUAGES:
            name = country_name(code, language)
            assert name.strip() == name and name, (code, language)
            if code not in NOT_IN_CLDR:
                # CLDR's own name in that language, not the English fallback.
                assert data.names[code][language] == name, (code, language)
    # The languages really differ: not the English copied 23 times.
    assert len({country_name("DEU", language) for language in EU_LANGUAGES}) >= 15


def test_english_is_the_layers_own_name():
    for code, name in country_names().items():
        assert country_name(code, "en") == name
    assert country_name("PSE", "en") == "Palestine"  # not CLDR's "Palestinian Territories"
    assert country_name("BIH", "en") == "Bosnia and Herzegovina"


def test_names_fall_back_to_english_then_to_the_code():
    assert country_name("XSB", "pl") == "Akrotiri and Dhekelia"
    assert country_name("POL", "pt_BR") == "Poland"  # a language the file does not have
    assert country_name("QQQ", "de") == "QQQ"


def test_the_active_language_names_by_default():
    with i18n.using_language("de"):
        assert country_name("LTU") == "Litauen"
        assert country_names_in()["POL"] == "Polen"
    french = country_names_in("fr")
    assert list(french) == list(country_names())
    assert french["POL"] == "Pologne" and french["XSP"] == "Spratly Islands"


def test_the_file_is_what_the_build_makes_from_the_installed_babel():
    import babel

    data = country_names_data()
    if babel.__version__ != data.source.package_version:
        pytest.skip(f"built with Babel {data.source.package_version}, not {babel.__version__}")
    built = _build_script().build()
    assert built["names"] == data.names
    assert built["source"]["cldr_version"] == data.source.cldr_version


def test_the_source_is_credited_in_the_licence_manifest():
    source = country_names_source()
    assert source.licence == "Unicode License v3"
    assert source.package == "Babel" and source.package_licence == "BSD-3-Clause"
    assert source.label.startswith(f"Country names: Unicode CLDR {source.cldr_version} (Babel ")
    by_name = {c.name: c for c in bundled_components({"qt": "6", "pyside6": "6"})}
    cldr = by_name["Unicode CLDR country names"]
    assert cldr.version == f"CLDR {source.cldr_version}, via Babel {source.package_version}"
    assert cldr.licence == "Unicode License v3; Babel: BSD-3-Clause"
    assert "UNICODE LICENSE V3" in cldr.notice and "Redistribution and use" in cldr.notice
    readme = (REPO / "geodata" / "README.md").read_text(encoding="utf-8")
    assert "countries/names.json" in readme and "Unicode License v3" in readme
