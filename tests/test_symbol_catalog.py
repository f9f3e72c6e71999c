"""The APP-6D symbol catalogue: every entry draws in milsymbol, codes round-trip, search."""

from __future__ import annotations

import json
import re
from pathlib import Path

import milsymbol
import pytest

from briefing_app.symbols import catalog as sc

ROOT = Path(__file__).resolve().parents[1]


# milsymbol (Python port 0.2) draws the "Command and control" icon as an empty text, where
# milsymbol.js writes "C2": that entry shows the bare frame (plus the HQ staff when ticked).
BLANK_ICON_IN_MILSYMBOL = {"headquarters"}


def _svg(sidc: str) -> str:
    """The drawing, without empty text elements (they draw nothing)."""
    svg = milsymbol.Symbol(sidc, size=40).as_svg()
    return re.sub(r"<text[^>]*>\s*</text>", "", svg)


def _frame_only(sidc: str) -> str:
    """The same code with entity and modifiers zeroed: the bare frame."""
    return sidc[:10] + "0" * 10


def test_catalogue_size_and_unique_keys_and_codes():
    assert 40 <= len(sc.ENTITY_TYPES) <= 70
    assert len({e.key for e in sc.ENTITY_TYPES}) == len(sc.ENTITY_TYPES)
    assert len({e.code for e in sc.ENTITY_TYPES}) == len(sc.ENTITY_TYPES)
    for e in sc.ENTITY_TYPES:
        assert len(e.code) == 12 and e.code.isdigit(), e
        assert e.name and e.category


@pytest.mark.parametrize("aff", sc.AFFILIATIONS, ids=lambda a: a.key)
def test_every_entry_renders_validly_for_every_affiliation(aff):
    frames: dict[str, str] = {}
    seen: dict[str, str] = {}
    for entry in sc.ENTITY_TYPES:
        sidc = sc.build_sidc(aff, "none", entry)
        symbol = milsymbol.Symbol(sidc, size=40)
        assert symbol.is_valid(), (entry.key, sidc)
        svg = _svg(sidc)
        # An icon is drawn: not just the frame of the symbol set ...
        frame = frames.setdefault(entry.symbol_set, _svg(_frame_only(sidc)))
        if entry.key in BLANK_ICON_IN_MILSYMBOL:
            assert svg == frame, f"milsymbol now draws {entry.key}: drop the exception"
            continue
        assert svg != frame, (entry.key, sidc)
        # ... and a modifier adds something (milsymbol quietly drops modifiers it lacks).
        if entry.modifier1 != "00" or entry.modifier2 != "00":
            assert svg != _svg(sidc[:16] + "0000"), (entry.key, sidc)
        # No two entries draw the same picture.
        assert svg not in seen, (entry.key, seen.get(svg))
        seen[svg] = entry.key


def test_echelon_hq_and_task_force_render_for_land_units():
    plain = _svg(sc.build_sidc("hostile", "none", "infantry"))
    for ech in sc.ECHELONS[1:]:
        sidc = sc.build_sidc("hostile", ech, "infantry", hq=True, task_force=True)
        assert milsymbol.Symbol(sidc).is_valid()
        assert _svg(sidc) != plain, ech.key


def test_build_sidc_digits():
    assert sc.build_sidc("friend", "battalion", "mechanized_infantry") == "10031000161211020000"
    assert sc.build_sidc("hostile", "brigade", "armour") == "10061000181205000000"
    assert sc.build_sidc("friend", "corps", "headquarters", hq=True) == "10031002221100000000"
    assert (
        sc.build_sidc("suspect", "company", "rocket_artillery", status="planned", task_force=True)
        == "10051014151303004100"
    )
    # echelon / HQ / task force do not apply outside land units
    assert sc.build_sidc("hostile", "division", "tank", hq=True) == "10061500001202000000"
    with pytest.raises(ValueError):
        sc.build_sidc("friend", "none", "infantry", status="resting")


def test_build_parse_round_trip():
    for entry in sc.ENTITY_TYPES:
        for aff in sc.AFFILIATIONS:
            echelons = sc.ECHELONS if entry.is_unit else sc.ECHELONS[:1]
            for ech in echelons:
                for hq, tf in ((False, False), (True, False), (False, True), (True, True)):
                    if not entry.is_unit and (hq or tf):
                        continue
                    sidc = sc.build_sidc(aff, ech, entry, hq=hq, task_force=tf)
                    choice = sc.parse_sidc(sidc)
                    assert choice is not None, sidc
                    assert (choice.affiliation, choice.echelon, choice.entity) == (aff, ech, entry)
                    assert (choice.hq, choice.task_force) == (hq, tf)
                    assert choice.sidc == sidc


def test_parse_keeps_uncatalogued_entities_and_rejects_what_it_cannot_express():
    sniper = sc.parse_sidc("10061000151215000000")  # a land unit not in the catalogue
    assert sniper is not None and sniper.entity.key == "" and sniper.sidc == "10061000151215000000"
    assert sniper.echelon.key == "company"
    dummy = sc.parse_sidc("10031001161211000000")
    assert dummy is not None and dummy.dummy and dummy.sidc == "10031001161211000000"
    for bad in (
        "",
        "1003100016121102000",
        "100310001612110200001",
        "1003100016121102000x",
        "10131000161211020000",  # exercise context
        "10001000161211020000",  # pending identity
        "10031000191211020000",  # no such echelon
        "10031500311202000000",  # amplifier on equipment (mobility): not expressible
        "SFGPUCI----D---",
    ):
        assert sc.parse_sidc(bad) is None, bad


def test_deployment_sidcs_parse_to_catalogue_choices():
    data = json.loads((ROOT / "geodata/security/deployments.json").read_text(encoding="utf-8"))
    codes = {item["sidc"] for item in _walk(data) if isinstance(item, dict) and "sidc" in item}
    assert codes
    for code in codes:
        choice = sc.parse_sidc(code)
        assert choice is not None, code
        assert choice.entity.key, f"{code} is not in the catalogue"
        assert choice.sidc == code


def _walk(node):
    yield node
    children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
    for child in children:
        yield from _walk(child)


def _keys(text: str) -> list[str]:
    return [e.key for e in sc.search(text)]


def test_search():
    assert _keys("") == [e.key for e in sc.ENTITY_TYPES]
    assert _keys("armour")[0] == "armour"
    assert "armour" in _keys("tank") and "tank" in _keys("TANK")
    assert _keys("tank")[:2] == ["tank", "armour"]
    assert "rocket_artillery" in _keys("MLRS")
    assert "rocket_artillery" in _keys("rocket")
    assert "surface_to_surface_missile" in _keys("Iskander")
    assert "ssm_launcher_short_range" in _keys("iskander")
    assert "surface_to_surface_missile" in _keys("missile")
    assert _keys("air defence")[0] == "air_defence"
    assert "air_defence" in _keys("air defense")
    assert "air_defence" in _keys("AIR DÉFENSE")  # accents and case do not matter
    assert "mountain_infantry" in _keys("gebirgsjäger")
    assert _keys("no such thing") == []


def test_search_folds_text_as_the_place_search_does():
    """One folding for every search box (search_keys.fold): hyphens and case, accents and
    letters such as "ł" count as they do for place names."""
    from briefing_app.places import gazetteer

    assert sc.fold is gazetteer.fold
    assert "mountain_infantry" in _keys("GEBIRGS-JÄGER")
    assert _keys("air-defence") == _keys("air defence")
    assert _keys("anti–tank") == _keys("anti tank")  # an en dash typed for a hyphen


def test_the_map_and_the_picker_draw_a_symbol_with_the_one_drawing(monkeypatch):
    """symbol_svg is the one call to milsymbol: the picker's SVG and the data URI the map,
    the exports and the symbol cache hold are the same drawing, made once."""
    import base64

    import milsymbol

    calls: list[str] = []
    as_svg = milsymbol.Symbol.as_svg

    def counted(self):
        calls.append("as_svg")
        return as_svg(self)

    monkeypatch.setattr(milsymbol.Symbol, "as_svg", counted)
    for cached in (sc.symbol_svg, sc.symbol_data_uri, sc._symbol_cache):
        cached.cache_clear()
    sidc = "10061000141211000000"  # a hostile infantry platoon: in no seed
    picker = sc.symbol_svg(sidc, 30)
    uri = sc.symbol_data_uri(sidc, 30)
    assert uri.startswith("data:image/svg+xml;base64,")
    assert base64.b64decode(uri.split(",", 1)[1]).decode("utf-8") == picker
    assert calls == ["as_svg"]
    sc._symbol_cache.cache_clear()  # a later start reads it from the user's cache folder
    sc.symbol_data_uri.cache_clear()
    assert sc.symbol_data_uri(sidc, 30) == uri and calls == ["as_svg"]
