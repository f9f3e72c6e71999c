"""City names in the 24 official languages of the EU (`geodata/places/names.json`).

Built by `geodata/build_place_names.py` from Unicode CLDR (via Babel): the exemplar city of
each time zone, for the GeoNames city the zone is named after ("Europe/Moscow": Moskau,
Moskwa, Moscou). Keyed by GeoNames id, which the basemap's places, the capitals and the
place search all carry. The file is read on the first call (about 75 kB of JSON) and kept;
Babel is not needed at run time.

A name falls back to the English one the caller shows (GeoNames' name) where the file has
none in the language asked for: most cities, in most languages, and English itself, so the
English map stays exactly as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from briefing_app.core.jsonreader import JsonReader, read_json_file
from briefing_app.core.paths import geodata_dir
from briefing_app.data.country_names import CldrSource
from briefing_app.i18n import active_language

NAMES_FORMAT = 1
ENGLISH = "en"


def city_names_path() -> Path:
    return geodata_dir() / "places" / "names.json"


@dataclass(frozen=True)
class CityNames:
    languages: tuple[str, ...]  # the EU's 24 official languages, by ISO 639-1 code
    names: dict[int, dict[str, str]]  # GeoNames id -> language -> name (English included)
    source: CldrSource


@lru_cache(maxsize=1)
def city_names_data() -> CityNames:
    """The file, read and checked once. Raises DataFileError (file, place, problem) when it
    is missing or malformed: it ships with the app, so that is a broken build."""
    path = city_names_path()
    top = JsonReader(str(path), read_json_file(path, kind="place names file")).obj()
    version = top.get("format")
    if version.int() != NAMES_FORMAT:
        raise version.fail(f"format {version.value} is not {NAMES_FORMAT}, the one this app reads")
    languages = tuple(top.get("languages").str_list())
    names: dict[int, dict[str, str]] = {}
    for key, entry in top.get("names").dict().items():
        reader = top.get("names").get(key).obj()
        if not key.isdigit():
            raise reader.fail(f"{key!r} is not a GeoNames id")
        names[int(key)] = {language: reader.get(language).str() for language in entry}
        if ENGLISH not in names[int(key)]:
            raise reader.fail("no English name")
    source = top.get("source")
    return CityNames(
        languages=languages,
        names=names,
        source=CldrSource.read("Place names", source),
    )


def place_name(geonameid: int | str, english_name: str, language: str | None = None) -> str:
    """The name of GeoNames city `geonameid` in `language` (an ISO 639-1 code; default: the
    app's active language), else `english_name`: place_name(756135, "Warsaw", "de") ->
    "Warschau". English is always `english_name`, the name the app shows."""
    language = language or active_language()
    if language == ENGLISH:
        return english_name
    try:
        key = int(geonameid)
    except ValueError:
        return english_name
    entry = city_names_data().names.get(key)
    return (entry.get(language) if entry else None) or english_name


def place_names_of(geonameid: int | str) -> dict[str, str]:
    """Every language's name of the city (English included), {} for a city CLDR does not
    name: for the place search, which finds a city by each of them."""
    try:
        key = int(geonameid)
    except ValueError:
        return {}
    return dict(city_names_data().names.get(key, {}))


def city_names_source() -> CldrSource:
    return city_names_data().source
