"""The licence manifest (`facts/licences.json`): what the app bundles and under which terms.

The manifest says which file each version, URL and notice comes from, so Help → About shows
what is shipped rather than a copy of it: the Natural Earth version from
`geodata/countries/SOURCE.json`, the Leaflet version from `leaflet.js` itself, the font's
licence text from `assets/fonts/LICENSE`. `bundled_components` reads those files each time it
is called (the About box is opened seldom); a file that is missing gives an empty value, or
for a licence text a line saying so, as the About box showed before the manifest was data.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

from briefing_app.core.jsonreader import JsonReader
from briefing_app.core.paths import app_root
from briefing_app.data.facts_files import facts_path, read_facts
from briefing_app.i18n import translate, translate_noop

LICENCES_FILE = "licences.json"
# What a component is, as the manifest spells it (in English) and the About box names it
# (kind_name: in the active language).
KINDS = (
    translate_noop("Licences", "Data"),
    translate_noop("Licences", "Font"),
    translate_noop("Licences", "JavaScript library"),
    translate_noop("Licences", "Runtime"),
)
RUNTIME_VALUES = ("qt", "pyside6")  # versions only the running app knows (the UI passes them)


@dataclass(frozen=True)
class Component:
    """A bundled piece of someone else's work and the terms it ships under."""

    name: str
    kind: str  # one of KINDS
    version: str
    licence: str
    url: str
    notice: str  # the licence text or notice shown in the About box


def kind_name(kind: str) -> str:
    """A component's kind (one of KINDS) in the active language."""
    return translate("Licences", kind)


# A text of the manifest is a sequence of parts, each resolved to a string and joined.
@dataclass(frozen=True)
class Field:
    """A value of a JSON file; `key` is dotted for nested objects."""

    path: str
    key: tuple[str, ...]
    default: str = ""


@dataclass(frozen=True)
class Bullets:
    """A list in a JSON file, one "• item" a line."""

    path: str
    key: str


@dataclass(frozen=True)
class FileText:
    """A text file shown whole (a licence)."""

    path: str


@dataclass(frozen=True)
class Match:
    """The first group of a regular expression's first match in a text file."""

    path: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Runtime:
    name: str  # one of RUNTIME_VALUES


Part = str | Field | Bullets | FileText | Match | Runtime


@dataclass(frozen=True)
class ComponentEntry:
    name: str
    kind: str
    version: tuple[Part, ...]
    licence: tuple[Part, ...]
    url: tuple[Part, ...]
    notice: tuple[Part, ...]


def licence_manifest() -> tuple[ComponentEntry, ...]:
    return read_licence_manifest(facts_path(LICENCES_FILE))


@lru_cache(maxsize=4)
def read_licence_manifest(path: Path) -> tuple[ComponentEntry, ...]:
    """The manifest's entries, in the order the About box lists them; read once.

    `DataFileError` names the file and the entry that is wrong."""
    top = read_facts(path)
    shared = {name: text for name, text in top.get("texts", {}).dict().items()}
    for name in shared:
        top.get("texts").get(name).str()
    entries: list[ComponentEntry] = []
    for r in top.get("components").items():
        kind = r.get("kind").str()
        if kind not in KINDS:
            raise r.get("kind").fail(
                translate("Licences", "{value} is not one of {allowed}").format(
                    value=repr(kind), allowed=", ".join(KINDS)
                )
            )
        entries.append(
            ComponentEntry(
                name=r.get("name").str(),
                kind=kind,
                **{
                    field: _text(r.get(field), shared)
                    for field in ("version", "licence", "url", "notice")
                },
            )
        )
    return tuple(entries)


def _text(r: JsonReader, shared: Mapping[str, str]) -> tuple[Part, ...]:
    if isinstance(r.value, str):
        return (r.value,)
    return tuple(_part(item, shared) for item in r.items())


def _file_name(r: JsonReader) -> str:
    name = r.str()
    parts = PurePosixPath(name).parts
    if not name or name.startswith("/") or "\\" in name or ".." in parts:
        raise r.fail(
            translate("Licences", "{name} is not a file name relative to the app's folder").format(
                name=repr(name)
            )
        )
    return name


def _part(r: JsonReader, shared: Mapping[str, str]) -> Part:
    if isinstance(r.value, str):
        return r.value
    keys = set(r.dict())
    if keys == {"shared"}:
        name = r.get("shared").str()
        if name not in shared:
            raise r.get("shared").fail(
                translate("Licences", 'there is no text {name} in "texts"').format(name=repr(name))
            )
        return shared[name]
    if keys == {"runtime"}:
        name = r.get("runtime").str()
        if name not in RUNTIME_VALUES:
            raise r.get("runtime").fail(
                translate("Licences", "{value} is not one of {allowed}").format(
                    value=repr(name), allowed=", ".join(RUNTIME_VALUES)
                )
            )
        return Runtime(name)
    if keys == {"file"}:
        return FileText(_file_name(r.get("file")))
    if keys == {"match", "in"}:
        try:
            pattern = re.compile(r.get("match").str())
        except re.error as exc:
            raise r.get("match").fail(
                translate("Licences", "not a regular expression ({reason})").format(reason=exc)
            ) from None
        if pattern.groups < 1:
            raise r.get("match").fail(
                translate("Licences", "the expression needs a group: the text it takes")
            )
        return Match(_file_name(r.get("in")), pattern)
    if keys == {"bullets", "in"}:
        return Bullets(_file_name(r.get("in")), r.get("bullets").str())
    if keys in ({"field", "in"}, {"field", "in", "default"}):
        key = tuple(r.get("field").str().split("."))
        if not all(key):
            raise r.get("field").fail(
                translate("Licences", "a field is a key, or keys joined by dots")
            )
        default = r.get("default").str() if "default" in keys else ""
        return Field(_file_name(r.get("in")), key, default)
    raise r.fail(
        translate(
            "Licences",
            "a part is a text or an object with one of: shared, runtime, file, match and in, "
            "bullets and in, field and in (and default); found {keys}",
        ).format(keys=", ".join(sorted(keys)) or translate("Licences", "none"))
    )


def bundled_components(runtime: Mapping[str, str], root: Path | None = None) -> list[Component]:
    """The manifest with every part read from the files under `root` (the app's folder).

    `runtime` gives the values of RUNTIME_VALUES (the Qt and PySide6 versions)."""
    reader = _Files(app_root() if root is None else root)
    return [
        Component(
            entry.name,
            entry.kind,
            *(
                "".join(reader.resolve(part, runtime) for part in text)
                for text in (entry.version, entry.licence, entry.url, entry.notice)
            ),
        )
        for entry in licence_manifest()
    ]


class _Files:
    """The files one listing reads, each read once."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._json: dict[str, dict[str, Any]] = {}
        self._text: dict[str, str | None] = {}

    def json(self, name: str) -> dict[str, Any]:
        if name not in self._json:
            try:
                value = json.loads((self.root / name).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                value = {}
            self._json[name] = value if isinstance(value, dict) else {}
        return self._json[name]

    def text(self, name: str) -> str | None:
        if name not in self._text:
            try:
                self._text[name] = (self.root / name).read_text(encoding="utf-8")
            except OSError:
                self._text[name] = None
        return self._text[name]

    def resolve(self, part: Part, runtime: Mapping[str, str]) -> str:
        if isinstance(part, str):
            return part
        if isinstance(part, Runtime):
            return runtime.get(part.name, "")
        if isinstance(part, FileText):
            text = self.text(part.path)
            if text is None:
                return translate("Licences", "({file} is missing from this installation)").format(
                    file=PurePosixPath(part.path).name
                )
            return text
        if isinstance(part, Match):
            match = part.pattern.search(self.text(part.path) or "")
            return match.group(1) if match else ""
        if isinstance(part, Bullets):
            items = self.json(part.path).get(part.key, [])
            return "\n".join(f"• {item}" for item in items)
        mapping: Any = self.json(part.path)
        for step in part.key[:-1]:
            mapping = mapping.get(step) if isinstance(mapping, dict) else None
            mapping = mapping or {}
        if not isinstance(mapping, dict):
            return part.default
        return str(mapping.get(part.key[-1], part.default))
