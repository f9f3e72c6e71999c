"""Country names in the 24 official languages of the EU (`geodata/countries/names.json`).

Built by `geodata/build_country_names.py` from Unicode CLDR (via Babel) for every entity of
the country layer, keyed as the layer keys them (`iso_a3`, with the user-assigned X.. codes
such as XKX for Kosovo). English is the layer's own name. The file is read on the first
call (about 150 kB of JSON) and kept; Babel is not needed at run time.

A name falls back to English where the file has none in the language asked for (the areas
CLDR does not name, such as Akrotiri and Dhekelia), then to the layer's own name (a code
the file does not know yet, when the layer was rebuilt and the names were not), then to
the code itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from briefing_app.core.jsonreader import JsonReader, read_json_file
from briefing_app.data.countries import countries_dir, country_names
from briefing_app.i18n import active_language, translate

NAMES_FORMAT = 1
ENGLISH = "en"


def country_names_path() -> Path:
    return countries_dir() / "names.json"


@dataclass(frozen=True)
class CldrSource:
    """Where names from CLDR come from (the country names here, the city names in
    city_names.py), for the Sources list and the licence manifest."""

    what: str  # "Country names", "Place names"
    cldr_version: str
    licence: str
    url: str
    package: str
    package_version: str
    package_licence: str = ""

    @property
    def label(self) -> str:
        """ "Country names: Unicode CLDR 49 (Babel 2.19.0), Unicode License v3"."""
        return (
            f"{self.what}: Unicode CLDR {self.cldr_version} "
            f"({self.package} {self.package_version}), {self.licence}"
        )

    @classmethod
    def read(cls, what: str, source: JsonReader) -> CldrSource:
        """The "source" object of a names file written by a geodata build script."""
        return cls(
            what=what,
            cldr_version=source.get("cldr_version").str(),
            licence=source.get("licence").str(),
            url=source.get("url").str(),
            package=source.get("package").str(),
            package_version=source.get("package_version").str(),
            package_licence=source.get("package_licence").str()
            if source.has("package_licence")
            else "",
        )


@dataclass(frozen=True)
class CountryNames:
    languages: tuple[str, ...]  # the EU's 24 official languages, by ISO 639-1 code
    names: dict[str, dict[str, str]]  # iso_a3 -> language -> name
    english_only: frozenset[str]  # codes CLDR has no name for: English in every language
    source: CldrSource


@lru_cache(maxsize=1)
def country_names_data() -> CountryNames:
    """The file, read and checked once. Raises DataFileError (file, place, problem) when it
    is missing or malformed: it ships with the app, so that is a broken build."""
    path = country_names_path()
    kind = translate("DataFiles", "country names file")
    top = JsonReader(str(path), read_json_file(path, kind=kind)).obj()
    version = top.get("format")
    if version.int() != NAMES_FORMAT:
        raise version.fail(
            translate(
                "DataFiles", "format {found} is not {expected}, the one this app reads"
            ).format(found=version.value, expected=NAMES_FORMAT)
        )
    languages = tuple(top.get("languages").str_list())
    names: dict[str, dict[str, str]] = {}
    for code, entry in top.get("names").dict().items():
        reader = top.get("names").get(code).obj()
        names[code] = {language: reader.get(language).str() for language in entry}
        if ENGLISH not in names[code]:
            raise reader.fail(translate("DataFiles", "no English name"))
    source = top.get("source")
    return CountryNames(
        languages=languages,
        names=names,
        english_only=frozenset(top.get("english_only").dict()),
        source=CldrSource.read("Country names", source),
    )


def country_name_languages() -> tuple[str, ...]:
    """The languages the file names countries in (the EU's 24 official languages)."""
    return country_names_data().languages


def country_name(code: str, language: str | None = None) -> str:
    """The name of the layer's entity `code` (iso_a3) in `language` (an ISO 639-1 code;
    default: the app's active language): country_name("LTU", "pl") -> "Litwa"."""
    language = language or active_language()
    if language == ENGLISH:
        # The layer's own names, without reading the names file (a start in English).
        return country_names().get(code, code)
    entry = country_names_data().names.get(code)
    if entry is not None:
        return entry.get(language) or entry[ENGLISH]
    return country_names().get(code, code)


def country_names_in(language: str | None = None) -> dict[str, str]:
    """Every entity of the layer by iso_a3, named in `language`, in the layer's order (the
    same keys as `countries.country_names()`, which is English)."""
    if (language or active_language()) == ENGLISH:
        return dict(country_names())
    return {code: country_name(code, language) for code in country_names()}


def country_names_source() -> CldrSource:
    return country_names_data().source
