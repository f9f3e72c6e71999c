"""The built-in security datasets agree with the sourced fact sheet, every record can be cited,
and an official's override files are applied or refused with a message that says where."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from briefing_app.core.jsonreader import DataFileError
from briefing_app.data.figures import load_figures
from briefing_app.data.security import (
    DEPLOYMENTS_FILE,
    ECHELON_CODES,
    GROUPINGS_FILE,
    load_deployments,
    load_flashpoints,
    load_groupings,
    security_dir,
)
from briefing_app.symbols import catalog as sc
from briefing_app.symbols.catalog import ECHELONS

D = dt.date.fromisoformat


@pytest.fixture(scope="module")
def groupings():
    return {g.id: g for g in load_groupings()}


@pytest.fixture(scope="module")
def deployments():
    return {d.id: d for d in load_deployments()}


@pytest.fixture(scope="module")
def flashpoints():
    return {f.id: f for f in load_flashpoints()}


# ---------------------------------------------------------------- groupings


@pytest.mark.parametrize(
    ("day", "count"),
    [
        ("1949-04-03", 0),
        ("1949-04-04", 12),
        ("1949-06-01", 12),
        ("1949-08-24", 12),
        ("1952-02-18", 14),
        ("1955-05-06", 15),
        ("1982-05-30", 16),
        ("1999-03-12", 19),
        ("2000-01-01", 19),
        ("2004-03-29", 26),
        ("2009-04-01", 28),
        ("2017-06-05", 29),
        ("2020-03-27", 30),
        ("2023-01-01", 30),
        ("2023-04-04", 31),
        ("2024-03-06", 31),
        ("2024-03-07", 32),
        ("2026-01-01", 32),
    ],
)
def test_nato_headcount_by_date(groupings, day, count):
    assert len(groupings["nato"].members_on(D(day))) == count


def test_nato_recent_members(groupings):
    nato = groupings["nato"]
    assert "FIN" not in nato.members_on(D("2023-04-03"))
    assert "FIN" in nato.members_on(D("2023-04-04"))
    assert "SWE" not in nato.members_on(D("2024-03-06"))
    assert "SWE" in nato.members_on(D("2024-03-07"))
    germany = next(m for m in nato.members if m.iso_a3 == "DEU")
    assert germany.start == D("1955-05-06")


def test_nato_founders_count_from_signature_1949_04_04(groupings):
    nato = groupings["nato"]
    founders = {m.iso_a3 for m in nato.members if m.start == D("1949-04-04")}
    assert len(founders) == 12
    # Between signature and entry into force the map must not show an empty alliance.
    assert nato.members_on(D("1949-08-23")) == founders
    assert "1949-04-04" in nato.note and "1949-08-24" in nato.note
    # The convention travels with every citation of the dates (sources panel, PDF appendix).
    assert "signature, 1949-04-04" in nato.source


def test_jef_founded_2014_09_04(groupings):
    jef = groupings["jef"]
    founders = {m.iso_a3 for m in jef.members if m.start == D("2014-09-04")}
    assert founders == {"GBR", "DNK", "EST", "LVA", "LTU", "NLD", "NOR"}
    assert not jef.members_on(D("2014-09-03"))
    assert all(
        m.source_url.startswith("https://www.gov.uk/") for m in jef.members if m.iso_a3 in founders
    )


def test_eu_membership(groupings):
    eu = groupings["eu"]
    assert len(eu.members_on(D("2025-01-01"))) == 27
    assert "GBR" in eu.members_on(D("2019-06-01"))
    assert "GBR" in eu.members_on(D("2020-01-31"))
    assert "GBR" not in eu.members_on(D("2020-02-01"))
    assert "GBR" in eu.all_members()
    assert len(eu.members_on(D("2013-07-01"))) == 28
    assert "GRL" not in eu.all_members()


def test_coalition_of_the_willing_records_its_uncertainty(groupings):
    cow = groupings["coalition_of_the_willing"]
    assert cow.kind == "coalition"
    members = cow.members_on(D("2026-01-06"))
    assert len(members) == 35  # 34 states plus Ukraine, per the reconstructed list
    assert {"CAN", "AUS", "NZL", "JPN", "UKR", "GBR", "FRA"} <= members
    assert not {"HUN", "SVK", "MLT", "USA"} & members
    assert cow.members_on(D("2025-03-02")) >= {"GBR", "FRA", "CAN", "TUR", "UKR"}
    assert "EST" not in cow.members_on(D("2025-03-02"))  # the Baltic states were not invited
    for phrase in ("No official", "35", "Ukraine", "CAN, AUS, NZL, JPN"):
        assert phrase in cow.note


def test_small_groupings(groupings):
    assert groupings["jef"].all_members() == {
        "GBR",
        "DNK",
        "EST",
        "FIN",
        "ISL",
        "LVA",
        "LTU",
        "NLD",
        "NOR",
        "SWE",
    }
    assert groupings["bucharest_nine"].members_on(D("2015-11-04")) == {
        "BGR",
        "CZE",
        "EST",
        "HUN",
        "LVA",
        "LTU",
        "POL",
        "ROU",
        "SVK",
    }
    assert groupings["nb8"].all_members() == {
        "DNK",
        "EST",
        "FIN",
        "ISL",
        "LVA",
        "LTU",
        "NOR",
        "SWE",
    }
    assert groupings["weimar_triangle"].members_on(D("1991-08-29")) == {"FRA", "DEU", "POL"}


def test_nuclear_weapon_states_intersect_with_groupings(groupings):
    nws = groupings["nuclear_weapon_states"]
    assert nws.kind == "category"
    assert nws.all_members() == {"USA", "RUS", "GBR", "FRA", "CHN"}
    today = D("2025-06-01")
    assert groupings["nato"].members_on(today) & nws.members_on(today) == {"USA", "GBR", "FRA"}
    assert groupings["eu"].members_on(today) & nws.members_on(today) == {"FRA"}
    # France and China were not NPT parties before 1992.
    assert nws.members_on(D("1991-12-31")) == {"USA", "RUS", "GBR"}


def test_member_codes_are_countries_of_the_map(groupings):
    countries = _country_codes()
    for g in groupings.values():
        for m in g.members:
            assert m.iso_a3 in countries, (g.id, m.iso_a3)


# ---------------------------------------------------------------- deployments

FRAMEWORK = {
    "EST": "GBR",
    "LVA": "CAN",
    "LTU": "DEU",
    "POL": "USA",
    "SVK": "ESP",
    "HUN": "HUN",
    "ROU": "FRA",
    "BGR": "ITA",
}


def test_eight_battlegroups_with_their_framework_nations(deployments):
    groups = [d for d in deployments.values() if d.kind == "nato_battlegroup"]
    assert {d.host: d.framework for d in groups} == {h: (f,) for h, f in FRAMEWORK.items()}
    slovakia = next(d for d in groups if d.host == "SVK")
    assert "Czechia" in slovakia.note and "2024-07-01" in slovakia.note
    bulgaria = next(d for d in groups if d.host == "BGR")
    assert bulgaria.location == "Novo Selo"
    latvia = next(d for d in groups if d.host == "LVA")
    assert latvia.location == "Ādaži" and latvia.echelon == "brigade"


def test_latvian_battlegroup_under_multinational_brigade_from_2024_10_17(deployments):
    latvia = deployments["flf_latvia"]
    dates = {e.date: e.what for e in latvia.events}
    assert "Multinational Brigade" in dates["2024-10-17"]
    # The July ceremony launched the change; it is not the date of the transfer.
    assert "launch" in dates["2024-07-03"].lower()


def test_45th_panzer_brigade_staff_in_vilnius_while_rudninkai_is_built(deployments):
    brigade = deployments["deu_45_panzer_brigade"]
    assert (brigade.host, brigade.echelon, brigade.location) == ("LTU", "brigade", "Vilnius")
    assert abs(brigade.lat - 54.69) < 0.05 and abs(brigade.lon - 25.28) < 0.05
    assert "Rūdninkai" in brigade.description and "built" in brigade.description
    assert [e.date for e in brigade.events] == ["2025-04-01"]


def test_eastern_flank_sites_and_headquarters(deployments):
    sites = {
        "usa_aps2_powidz": ("POL", "Powidz"),
        "usa_det1_lask": ("POL", "Łask"),
        "usa_abct_zagan": ("POL", "Żagań"),
        "usa_aegis_ashore_deveselu": ("ROU", "Deveselu"),
        "usa_garrison_black_sea_mk": ("ROU", "Mihail Kogălniceanu"),
        "mnc_ne_szczecin": ("POL", "Szczecin"),
        "mnd_ne_elblag": ("POL", "Elbląg"),
        "mnd_n_adazi": ("LVA", "Ādaži"),
    }
    for site_id, (host, location) in sites.items():
        assert (deployments[site_id].host, deployments[site_id].location) == (host, location)
    assert deployments["mnc_ne_szczecin"].echelon == "corps"
    assert deployments["mnd_ne_elblag"].echelon == deployments["mnd_n_adazi"].echelon == "division"
    assert deployments["mnc_ne_szczecin"].established == "1999-09-18"
    assert "Karup" in deployments["mnd_n_adazi"].note


def test_every_battlegroup_names_its_contributing_nations(deployments):
    for d in deployments.values():
        if d.kind == "nato_battlegroup":
            assert d.contributors, d.id
            assert d.host not in d.contributors and not set(d.framework) & set(d.contributors)
    assert "ESP" in deployments["flf_slovakia"].framework
    assert {"CZE", "PRT", "ROU", "SVN"} == set(deployments["flf_slovakia"].contributors)


def test_deployments_are_dated_from_start_through_their_changes(deployments):
    # A start date is given unless the note says why it is not; changes are dated in order
    # and none is later than the record's as-of date (a planned change stays in the note).
    for d in deployments.values():
        assert d.established or "not sourced" in d.note or "not read" in d.note, d.id
        dates = [e.date for e in d.events]
        assert dates == sorted(dates), d.id
        assert all(e.date <= d.as_of.isoformat() for e in d.events), d.id
        assert all(e.source_url.startswith(("http://", "https://")) for e in d.events), d.id
        if d.ended is not None:
            assert d.ended >= (d.established or ""), d.id


def test_lask_detachment_stands_from_its_activation_in_november_2012(deployments):
    # The US Air Force dates the activation to the month; the map shows it from the 1st.
    lask = deployments["usa_det1_lask"]
    assert lask.established == "2012-11"
    assert not lask.active_on(dt.date(2012, 10, 31))
    assert lask.active_on(dt.date(2012, 11, 1))
    assert [e.date for e in lask.events] == ["2012-11"]
    assert lask.events[0].source_url.startswith("https://www.af.mil/")


def test_rzeszow_hub_has_no_start_date_and_says_why(deployments):
    hub = deployments["rzeszow_jasionka_hub"]
    assert hub.established is None
    assert hub.active_on(dt.date(2014, 1, 1))
    assert "no official source read offline dates the hub's opening" in hub.note


def test_other_deployments(deployments):
    assert deployments["usa_v_corps_fwd_poznan"].location_precision == "town"
    assert deployments["usa_aegis_ashore_redzikowo"].host == "POL"
    assert deployments["rzeszow_jasionka_hub"].established is None


def test_deployment_positions_lie_in_their_host_country(deployments):
    shapely = pytest.importorskip("shapely.geometry")
    countries = _country_shapes()
    for d in deployments.values():
        point = shapely.Point(d.lon, d.lat)
        assert countries[d.host].buffer(0.05).contains(point), d.id


def test_deployment_symbols_render_with_their_echelon(deployments):
    milsymbol = pytest.importorskip("milsymbol")
    for d in deployments.values():
        assert d.sidc[8:10] == ECHELON_CODES[d.echelon], d.id
        svg = milsymbol.Symbol(d.sidc, size=30).as_svg()
        assert milsymbol.Symbol(d.sidc).is_valid(), d.id
        assert 'fill="red">?' not in svg, d.id
        if d.echelon != "none":
            # The echelon mark adds strokes above the frame that the bare symbol lacks.
            bare = milsymbol.Symbol(d.sidc[:8] + "00" + d.sidc[10:], size=30).as_svg()
            assert svg != bare, d.id


# ---------------------------------------------------------------- flashpoints


def test_flashpoints(flashpoints):
    baltiysk = flashpoints["baltiysk"]
    assert "HQ" not in baltiysk.name and "headquarters" not in baltiysk.name.lower()
    assert "main" in baltiysk.description.lower()
    chern = flashpoints["chernyakhovsk"]
    assert [r.radius_km for r in chern.ranges] == [500]
    gap = flashpoints["suwalki_gap"]
    assert gap.geometry is None
    assert gap.extra["length_km"] == 100 and gap.extra["straight_km"] == 65
    for undisclosed in ("belarus_oreshnik", "belarus_russian_tnw"):
        assert flashpoints[undisclosed].geometry is None
        assert "location undisclosed" in flashpoints[undisclosed].note.lower()
    assert flashpoints["zapad_2025"].kind == "exercise"
    lon, lat = flashpoints["pituffik"].geometry["coordinates"]
    assert lat > 76 and lon < -68


# ---------------------------------------------------------------- citations


def _all_records():
    for g in load_groupings():
        yield g.id, g.source_url, g
        for m in g.members:
            yield f"{g.id}/{m.iso_a3}", m.source_url, g
    for d in load_deployments():
        yield d.id, d.source_url, d
    for f in load_flashpoints():
        yield f.id, f.source_url, f
        for r in f.ranges:
            yield f"{f.id}/{r.label}", r.source_url, f


def test_every_record_is_citable():
    ids = []
    for record_id, url, _record in _all_records():
        ids.append(record_id)
        assert re.match(r"https?://\S+$", url), record_id
    assert len(ids) == len(set(ids))


def test_as_of_is_never_after_checked_nor_in_the_future():
    for record_id, _url, record in _all_records():
        assert record.as_of <= record.checked <= dt.date.today(), record_id
    for metric in load_figures().metrics.values():
        assert metric.as_of <= metric.checked <= dt.date.today(), metric.id


def test_every_builtin_record_states_when_it_was_checked():
    # The loader lets a correction file omit `checked`; the built-in data may not.
    for name, key in (
        ("groupings.json", "groupings"),
        ("deployments.json", "deployments"),
        ("flashpoints.json", "flashpoints"),
    ):
        for record in _builtin(name)[key]:
            assert "checked" in record, f"{name}: {record['id']}"
    for metric_id, metric in _builtin("figures.json")["metrics"].items():
        assert "checked" in metric, metric_id


def test_as_of_is_the_newest_source_not_the_day_of_typing():
    # 2026-11-25 is the day most records were typed in; none may claim it as its as-of date.
    typed = D("2026-11-25")
    assert [rid for rid, _url, record in _all_records() if record.as_of == typed] == []


def test_checked_before_as_of_is_refused(tmp_path):
    record = dict(_builtin(DEPLOYMENTS_FILE)["deployments"][0], checked="2001-01-01")
    path = _write(tmp_path, DEPLOYMENTS_FILE, {"format_version": 1, "deployments": [record]})
    with pytest.raises(DataFileError) as info:
        load_deployments(tmp_path)
    assert str(info.value).startswith(f"{path} at deployments[0].checked: ")
    assert "before as_of" in str(info.value)


def test_correction_without_checked_counts_as_checked_on_its_as_of(tmp_path):
    record = _builtin(DEPLOYMENTS_FILE)["deployments"][0]
    record = {k: v for k, v in record.items() if k != "checked"}
    _write(tmp_path, DEPLOYMENTS_FILE, {"format_version": 1, "deployments": [record]})
    loaded = next(d for d in load_deployments(tmp_path) if d.id == record["id"])
    assert loaded.checked == loaded.as_of


# ---------------------------------------------------------------- overrides


def _write(folder: Path, name: str, data: object) -> Path:
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def _builtin(name: str) -> dict:
    return json.loads((security_dir() / name).read_text(encoding="utf-8"))


def test_override_replaces_a_grouping(tmp_path):
    data = _builtin(GROUPINGS_FILE)
    nato = next(g for g in data["groupings"] if g["id"] == "nato")
    sweden = next(m for m in nato["members"] if m["iso_a3"] == "SWE")
    sweden["start"] = "2024-03-11"
    _write(tmp_path, GROUPINGS_FILE, {"format_version": 1, "groupings": [nato]})
    changed = {g.id: g for g in load_groupings(tmp_path)}
    assert "SWE" not in changed["nato"].members_on(D("2024-03-07"))
    assert "SWE" in changed["nato"].members_on(D("2024-03-11"))
    assert "eu" in changed  # the other built-in groupings are kept
    # The built-in data is unchanged for callers without the override.
    assert "SWE" in {g.id: g for g in load_groupings()}["nato"].members_on(D("2024-03-07"))


def test_override_adds_a_deployment(tmp_path):
    new = dict(_builtin(DEPLOYMENTS_FILE)["deployments"][0], id="user_site", name="User site")
    _write(tmp_path, DEPLOYMENTS_FILE, {"format_version": 1, "deployments": [new]})
    loaded = {d.id: d for d in load_deployments(tmp_path)}
    assert "user_site" in loaded and "flf_estonia" in loaded
    assert len(loaded) == len(load_deployments()) + 1


def test_override_folder_without_files_changes_nothing(tmp_path):
    assert load_groupings(tmp_path) == load_groupings()


def _nato_with(change) -> dict:
    data = _builtin(GROUPINGS_FILE)
    nato = next(g for g in data["groupings"] if g["id"] == "nato")
    change(nato)
    return {"format_version": 1, "groupings": [nato]}


@pytest.mark.parametrize(
    ("change", "where", "problem"),
    [
        (
            lambda g: g["members"][2].update(start="1949-02-30"),
            "groupings[0].members[2].start",
            "is not a date",
        ),
        (
            lambda g: g["members"][3].update(iso_a3="UK"),
            "groupings[0].members[3].iso_a3",
            "not an ISO 3166-1 alpha-3 code",
        ),
        (
            lambda g: g["members"][1].update(end="1900-01-01"),
            "groupings[0].members[1].end",
            "before the start",
        ),
        (lambda g: g.update(kind="club"), "groupings[0].kind", "is not one of"),
        (lambda g: g.pop("source_url"), "groupings[0]", '"source_url" is missing'),
        (
            lambda g: g["members"].append(dict(g["members"][0])),
            "groupings[0].members[32]",
            "overlaps",
        ),
    ],
)
def test_bad_grouping_override_names_file_and_place(tmp_path, change, where, problem):
    path = _write(tmp_path, GROUPINGS_FILE, _nato_with(change))
    with pytest.raises(DataFileError) as info:
        load_groupings(tmp_path)
    message = str(info.value)
    assert message.startswith(f"{path} at {where}: "), message
    assert problem in message


@pytest.mark.parametrize(
    ("change", "where", "problem"),
    [
        ({"sidc": "1003100016121102"}, "sidc", "20-digit"),
        ({"sidc": "10031000181211020000"}, "sidc", 'echelon "battalion" needs "16"'),
        ({"lat": 95}, "lat", "outside the allowed range"),
        ({"host": "est"}, "host", "ISO 3166-1"),
        ({"source_url": "www.nato.int"}, "source_url", "http"),
        ({"as_of": "2025-13-01"}, "as_of", "is not a date"),
    ],
)
def test_bad_deployment_override_names_file_and_place(tmp_path, change, where, problem):
    record = dict(_builtin(DEPLOYMENTS_FILE)["deployments"][0], **change)
    path = _write(tmp_path, DEPLOYMENTS_FILE, {"format_version": 1, "deployments": [record]})
    with pytest.raises(DataFileError) as info:
        load_deployments(tmp_path)
    assert str(info.value).startswith(f"{path} at deployments[0].{where}: ")
    assert problem in str(info.value)


def test_duplicate_id_in_override(tmp_path):
    record = _builtin(DEPLOYMENTS_FILE)["deployments"][0]
    path = _write(
        tmp_path, DEPLOYMENTS_FILE, {"format_version": 1, "deployments": [record, record]}
    )
    with pytest.raises(DataFileError, match=r"at deployments\[1\]\.id: .*used twice"):
        load_deployments(tmp_path)
    assert path.exists()


def test_truncated_override(tmp_path):
    text = (security_dir() / GROUPINGS_FILE).read_text(encoding="utf-8")
    # Cut at the end of a line, as an interrupted copy would, not inside a string.
    path = _write(tmp_path, GROUPINGS_FILE, text[: text.index("\n", len(text) // 2)])
    with pytest.raises(DataFileError) as info:
        load_groupings(tmp_path)
    assert str(info.value).startswith(f"{path} at line ")
    assert "ends too early" in str(info.value)


def test_wrong_format_version(tmp_path):
    path = _write(tmp_path, GROUPINGS_FILE, {"format_version": 2, "groupings": []})
    with pytest.raises(DataFileError, match="format version 2 is not supported") as info:
        load_groupings(tmp_path)
    assert str(info.value).startswith(f"{path} at format_version: ")


# ---------------------------------------------------------------- helpers


def _country_codes() -> set[str]:
    from briefing_app.data.countries import countries_geojson_path

    path = countries_geojson_path()
    if not path.is_file():
        pytest.skip("country layer not built")
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    return {f["properties"]["iso_a3"] for f in features}


def _country_shapes() -> dict:
    from shapely.geometry import shape

    from briefing_app.data.countries import countries_geojson_path

    path = countries_geojson_path()
    if not path.is_file():
        pytest.skip("country layer not built")
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    return {f["properties"]["iso_a3"]: shape(f["geometry"]) for f in features}


@pytest.mark.parametrize("echelon", [e.key for e in ECHELONS])
def test_a_record_takes_every_echelon_the_symbol_picker_offers(tmp_path, echelon):
    """One echelon table (symbol_catalog.ECHELONS): a data record may name any echelon the
    picker offers, and its code's digits 9-10 must be the picker's for it."""
    from briefing_app.data.security import read_correction_file

    shipped = json.loads((security_dir() / DEPLOYMENTS_FILE).read_text(encoding="utf-8"))
    record = shipped["deployments"][0]
    code = sc.echelon(echelon).code
    record["echelon"] = echelon
    record["sidc"] = record["sidc"][:8] + code + record["sidc"][10:]
    path = tmp_path / DEPLOYMENTS_FILE
    path.write_text(json.dumps(shipped), encoding="utf-8")
    assert read_correction_file(path)[1][0].echelon == echelon

    record["sidc"] = record["sidc"][:8] + ("16" if code != "16" else "18") + record["sidc"][10:]
    path.write_text(json.dumps(shipped), encoding="utf-8")
    with pytest.raises(DataFileError, match=f'echelon "{echelon}" needs "{code}"'):
        read_correction_file(path)
