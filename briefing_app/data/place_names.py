"""Curated historical and alternative place names (`facts/historical_names.json`).

The place search adds each name to the keys of its target, so "Königsberg" finds
Kaliningrad. A target names a place the gazetteer indexes:

- `["city", GeoNames name, ISO 3166-1 alpha-2 code]`: the most populous city of that name in
  that country;
- `["country", iso_a3]`: a country of the app's country layer;
- `["flashpoint", id]` or `["deployment", id]`: a record of the security datasets.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from briefing_app.core.jsonreader import JsonReader
from briefing_app.data.facts_files import facts_path, read_facts
from briefing_app.i18n import translate

HISTORICAL_NAMES_FILE = "historical_names.json"

_ALPHA2 = re.compile(r"[A-Z]{2}")
_ALPHA3 = re.compile(r"[A-Z]{3}")
_RECORD_ID = re.compile(r"[a-z0-9][a-z0-9_]*")


class HistoricalName(NamedTuple):
    """One curated name and the gazetteer key of the place it means."""

    alias: str
    target: tuple[str, ...]


def historical_names() -> tuple[HistoricalName, ...]:
    """Every curated name, in the file's order; read once."""
    return read_historical_names(facts_path(HISTORICAL_NAMES_FILE))


@lru_cache(maxsize=4)
def read_historical_names(path: Path) -> tuple[HistoricalName, ...]:
    """The names of one file; `DataFileError` names the file and the entry that is wrong."""
    names: list[HistoricalName] = []
    for group in read_facts(path).get("groups").items():
        group.get("note").str()
        for entry in group.get("names").items():
            alias = entry.get("name").str().strip()
            if not alias:
                raise entry.get("name").fail(translate("DataFiles", "a name cannot be empty"))
            names.append(HistoricalName(alias, _target(entry.get("target"))))
    return tuple(names)


def _target(r: JsonReader) -> tuple[str, ...]:
    parts = r.str_list()
    kind = parts[0] if parts else ""
    if kind == "city":
        if len(parts) != 3 or not parts[1] or not _ALPHA2.fullmatch(parts[2]):
            raise r.fail(
                translate(
                    "DataFiles",
                    'a city is ["city", its GeoNames name, its ISO 3166-1 alpha-2 country code]',
                )
            )
    elif kind == "country":
        if len(parts) != 2 or not _ALPHA3.fullmatch(parts[1]):
            raise r.fail(
                translate("DataFiles", 'a country is ["country", its ISO 3166-1 alpha-3 code]')
            )
    elif kind in ("flashpoint", "deployment"):
        if len(parts) != 2 or not _RECORD_ID.fullmatch(parts[1]):
            raise r.fail(
                translate("DataFiles", 'a {kind} is ["{kind}", the id of its record]').format(
                    kind=kind
                )
            )
    else:
        raise r.fail(
            translate(
                "DataFiles",
                'a target starts with "city", "country", "flashpoint" or "deployment", not {found}',
            ).format(found=repr(parts[0]))
            if parts
            else translate("DataFiles", "a target cannot be empty")
        )
    return tuple(parts)
