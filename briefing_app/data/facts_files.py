"""The curated facts that ship inside the package, in `briefing_app/data/facts/`.

Tables that people keep by hand (historical place names, the licences of what the app
bundles) are data, not code: someone who corrects a name or a licence edits a JSON file and
touches no Python. The files ship with the app (pyproject.toml's package data, build.spec),
so a malformed one is a broken build: the loaders raise `DataFileError` naming the file and
the place in it, which a test reads, rather than skipping what they cannot use.

Each file is an object with `"format": 1` and an `"about"` text saying what it holds; the
typed loaders (`data/place_names.py`, `data/licences.py`) read the rest and cache the result,
so each file is read once per process.
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.jsonreader import JsonReader, read_json_file
from briefing_app.i18n import translate

FACTS_FORMAT = 1
# Beside this module, so the same relative path holds in a checkout, a wheel and the
# PyInstaller bundle (build.spec copies the folder to briefing_app/data/facts).
FACTS_DIR = Path(__file__).resolve().parent / "facts"


def facts_path(name: str) -> Path:
    return FACTS_DIR / name


def _other_format(found: object, expected: int) -> str:
    return translate(
        "DataFiles", "format {found} is not {expected}, the one this app reads"
    ).format(found=found, expected=expected)


def read_facts(path: Path) -> JsonReader:
    """The parsed file as a `JsonReader` at its top level, its format checked.

    Raises `DataFileError` (file, place, problem) for a file that is missing, not JSON or of
    another format."""
    top = JsonReader(str(path), read_json_file(path, kind=translate("DataFiles", "facts file")))
    top = top.obj()
    version = top.get("format")
    if version.int() != FACTS_FORMAT:
        raise version.fail(_other_format(version.value, FACTS_FORMAT))
    top.get("about").str()
    return top
