"""Reading JSON files users can edit (briefings, data overrides) with errors that say which
file, where in it, and what is wrong: "x.briefing at slides[2].view.zoom: expected a number"."""

from __future__ import annotations

import builtins
import datetime as dt
import json
import math
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from briefing_app.i18n import translate


class DataFileError(Exception):
    """A file that cannot be used; the message is meant for the user."""

    def __init__(self, path: str | os.PathLike[str], problem: str, where: str = "") -> None:
        self.path = str(path)
        self.where = where
        self.problem = problem
        if where:
            message = translate("JsonReader", "{path} at {where}: {problem}").format(
                path=self.path, where=where, problem=problem
            )
        else:
            message = f"{self.path}: {problem}"
        super().__init__(message)


class JsonReader:
    """Typed access to parsed JSON that knows where it is, for precise error messages."""

    def __init__(
        self,
        path: str,
        value: Any,
        where: str = "",
        error_type: type[DataFileError] = DataFileError,
    ) -> None:
        self.path = path
        self.value = value
        self.where = where
        self.error_type = error_type

    def fail(self, problem: str) -> DataFileError:
        return self.error_type(
            self.path, problem, self.where or translate("JsonReader", "top level")
        )

    def _child(self, key: str | int, value: Any) -> JsonReader:
        if isinstance(key, int):
            where = f"{self.where}[{key}]"
        else:
            where = f"{self.where}.{key}" if self.where else key
        return JsonReader(self.path, value, where, self.error_type)

    def obj(self) -> JsonReader:
        if not isinstance(self.value, dict):
            raise self.fail(
                translate("JsonReader", "expected an object, found {found}").format(
                    found=describe(self.value)
                )
            )
        return self

    def has(self, key: str) -> bool:
        return key in self.obj().value

    def get(self, key: str, default: Any = ...) -> JsonReader:
        mapping = self.obj().value
        if key not in mapping:
            if default is ...:
                raise self.fail(
                    translate("JsonReader", 'the required field "{key}" is missing').format(key=key)
                )
            return self._child(key, default)
        return self._child(key, mapping[key])

    def items(self) -> list[JsonReader]:
        if not isinstance(self.value, list):
            raise self.fail(
                translate("JsonReader", "expected a list, found {found}").format(
                    found=describe(self.value)
                )
            )
        return [self._child(i, v) for i, v in enumerate(self.value)]

    def str(self) -> str:
        if not isinstance(self.value, str):
            raise self.fail(
                translate("JsonReader", "expected text, found {found}").format(
                    found=describe(self.value)
                )
            )
        return self.value

    def bool(self) -> bool:
        if not isinstance(self.value, bool):
            raise self.fail(
                translate("JsonReader", "expected true or false, found {found}").format(
                    found=describe(self.value)
                )
            )
        return self.value

    def int(self) -> int:
        if isinstance(self.value, bool) or not isinstance(self.value, int):
            raise self.fail(
                translate("JsonReader", "expected a whole number, found {found}").format(
                    found=describe(self.value)
                )
            )
        return self.value

    def number(self, low: float = -math.inf, high: float = math.inf) -> float:
        value = self.value
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(
                translate("JsonReader", "expected a number, found {found}").format(
                    found=describe(value)
                )
            )
        if not math.isfinite(value):
            raise self.fail(translate("JsonReader", "expected a finite number"))
        if not low <= value <= high:
            raise self.fail(
                translate(
                    "JsonReader", "{value} is outside the allowed range {low} to {high}"
                ).format(value=value, low=f"{low:g}", high=f"{high:g}")
            )
        return float(value)

    def date(self) -> dt.date:
        text = self.str()
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise self.fail(
                translate("JsonReader", '"{text}" is not a date in the form YYYY-MM-DD').format(
                    text=text
                )
            ) from None

    # Within this class `dict` and `str` name the methods above: the builtins are spelt out.
    def dict(self) -> builtins.dict[builtins.str, Any]:
        return self.obj().value

    def str_list(self) -> list[builtins.str]:
        return [item.str() for item in self.items()]


def describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return translate("JsonReader", "the number {value}").format(value=repr(value))
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return translate("JsonReader", 'the text "{text}"').format(text=shown)
    if isinstance(value, list):
        return translate("JsonReader", "a list")
    if isinstance(value, dict):
        return translate("JsonReader", "an object")
    return type(value).__name__


# Bytes with every digit as "0" and "E" as "e": a number too large for a float then shows
# as a run of zeros or a three-digit exponent, which `in` finds at memory speed.
_NUMBER_SHAPES = bytes.maketrans(b"123456789E", b"000000000e")
_LONG_NUMBER = (b"0" * 300, b"0e000", b"0e+000", b"0e-000")
_CHUNK = 1 << 20


def may_overflow(raw: bytes) -> bool:
    """Whether the JSON bytes may hold a number too large for a float (300 digits in a row
    or an exponent of three digits). False means none can; True only that the parsed value
    must be checked."""
    overlap = len(_LONG_NUMBER[0])
    for start in range(0, len(raw), _CHUNK):
        shapes = raw[max(0, start - overlap) : start + _CHUNK].translate(_NUMBER_SHAPES)
        if any(pattern in shapes for pattern in _LONG_NUMBER):
            return True
    return False


def parse_json(
    text: str,
    path: str,
    error_type: type[DataFileError] = DataFileError,
    kind: str = "file",
    overflow_possible: bool | None = None,
) -> Any:
    """Parse JSON text; NaN and Infinity, which are not JSON, are refused.

    `overflow_possible` is `may_overflow` of the text's bytes when the caller knows it: False
    lets the numbers be parsed without a Python call for each (a 50 MB GeoJSON holds
    millions)."""

    def reject_constant(name: str) -> Any:
        raise ValueError(
            translate("JsonReader", "{name} is not allowed in a {kind}").format(
                name=name, kind=kind
            )
        )

    # Numbers too large for a float are noticed as they are parsed (a regular expression
    # over the whole text for them took 9 s on a 200 MB file), unless the bytes showed none.
    suspect = bool(overflow_possible)

    def parse_float(literal: str) -> float:
        nonlocal suspect
        number = float(literal)
        suspect = suspect or not math.isfinite(number)
        return number

    def parse_int(literal: str) -> int:
        nonlocal suspect
        suspect = suspect or len(literal) > 300
        return int(literal)

    hooks: dict[str, Any] = {}
    if overflow_possible is None:
        hooks = {"parse_float": parse_float, "parse_int": parse_int}
    try:
        value = json.loads(text, parse_constant=reject_constant, **hooks)
    except json.JSONDecodeError as exc:
        where = translate("JsonReader", "line {line}, column {column}").format(
            line=exc.lineno, column=exc.colno
        )
        # A text that never closes runs to the end of a cut-off file: the same answer.
        cut_off = exc.pos >= len(text.rstrip()) or (
            exc.msg.startswith("Unterminated string") and '"' not in text[exc.pos + 1 :]
        )
        problem = (
            translate("JsonReader", "the file ends too early (is it cut off?)")
            if cut_off
            # exc.msg is Python's own English wording: quoted as it is.
            else translate("JsonReader", "not valid JSON ({reason})").format(reason=exc.msg)
        )
        raise error_type(path, problem, where) from None
    except RecursionError:
        raise error_type(path, translate("JsonReader", "JSON is nested too deeply")) from None
    except ValueError as exc:
        raise error_type(path, str(exc)) from None
    # Only an escape (\\udXXX) or a huge number can make a value that cannot be written back:
    # the walk that finds it runs only when the text holds one.
    if suspect or _SURROGATE_ESCAPE.search(text):
        found = unwritable(value)
        if found is not None:
            raise error_type(path, found[1], found[0])
    return value


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _text_problem(text: str) -> str | None:
    match = _LONE_SURROGATE.search(text)
    if match is None:
        return None
    return translate(
        "JsonReader",
        "the text holds a lone UTF-16 surrogate ({escape}), which is not a character; "
        "the file was damaged or written by a faulty program",
    ).format(escape=f"\\u{ord(match.group()):04x}")


def unwritable(value: Any, where: str = "") -> tuple[str, str] | None:
    """The first place in parsed JSON (as `where`, and the problem) whose value cannot be
    written back as UTF-8 JSON or used as a number: a lone surrogate in a text, a number that
    overflowed to infinity or is too large for a float. None when everything can."""
    place = where or translate("JsonReader", "top level")
    if isinstance(value, str):
        problem = _text_problem(value)
        return (place, problem) if problem else None
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, float):
        return (
            None
            if math.isfinite(value)
            else (place, "expected a finite number (this one is too large to hold)")
        )
    if isinstance(value, int):
        try:
            float(value)
        except OverflowError:
            return place, translate(
                "JsonReader", "expected a number that fits in a float (this one is too large)"
            )
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            child = f"{where}.{key}" if where else str(key)
            problem = _text_problem(str(key))
            if problem:
                return place, translate("JsonReader", "a field name: {problem}").format(
                    problem=problem
                )
            found = unwritable(item, child)
            if found:
                return found
        return None
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            found = unwritable(item, f"{where}[{index}]")
            if found:
                return found
    return None


def _not_regular(path: Path, mode: int) -> str:
    """Why a path that exists is not a file to read: what it is (and where a link points)."""
    if stat.S_ISDIR(mode):
        return translate("JsonReader", "is a folder")
    what = (
        translate("JsonReader", "a named pipe (FIFO)")
        if stat.S_ISFIFO(mode)
        else translate("JsonReader", "a device")
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else translate("JsonReader", "a socket")
        if stat.S_ISSOCK(mode)
        else translate("JsonReader", "not a regular file")
    )
    if path.is_symlink():
        return translate("JsonReader", "is a link to {target}, which is {what}").format(
            target=os.path.realpath(path), what=what
        )
    return translate("JsonReader", "is {what}").format(what=what)


def _unreadable(exc: OSError) -> str:
    # The reason is the system's own words (strerror), quoted as it is.
    return translate("JsonReader", "cannot be read: {reason}").format(reason=exc.strerror or exc)


def _refused(problem: str, kind: str) -> str:
    return translate("JsonReader", "{problem}, not a {kind}; refused").format(
        problem=problem, kind=kind
    )


def regular_file_size(
    path: str | os.PathLike[str],
    error_type: type[DataFileError] = DataFileError,
    kind: str = "file",
) -> int:
    """The size of `path`, after refusing what is missing or not a regular file: a pipe or a
    device (or a link to one) would block a reader or feed it without end."""
    source = Path(path)
    try:
        info = source.stat()
    except FileNotFoundError:
        raise error_type(source, translate("JsonReader", "does not exist")) from None
    except OSError as exc:
        raise error_type(source, _unreadable(exc)) from None
    mode, size = info.st_mode, info.st_size
    if not stat.S_ISREG(mode):
        problem = _not_regular(source, mode)
        if stat.S_ISDIR(mode):
            raise error_type(
                source,
                translate("JsonReader", "{problem}, not a {kind}").format(
                    problem=problem, kind=kind
                ),
            )
        raise error_type(source, _refused(problem, kind))
    return size


def read_capped(
    path: str | os.PathLike[str],
    max_bytes: int,
    error_type: type[DataFileError] = DataFileError,
    kind: str = "file",
) -> bytes:
    """The bytes of a regular file of at most `max_bytes`. The read itself stops past the
    limit, so a file that grows (or lies about its size) cannot fill the memory."""
    source = Path(path)
    size = regular_file_size(source, error_type, kind)
    if size > max_bytes:
        raise error_type(
            source,
            translate("JsonReader", "is {size} MB; a {kind} is limited to {limit} MB").format(
                size=f"{size / 1e6:.0f}", kind=kind, limit=f"{max_bytes / 1e6:.0f}"
            ),
        )
    try:
        # Non-blocking: a pipe swapped in after the check must not hang the open.
        fd = os.open(
            source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        )
    except OSError as exc:
        raise error_type(source, _unreadable(exc)) from None
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(handle.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise error_type(source, _refused(_not_regular(source, mode), kind))
        try:
            # read(n) allocates n bytes first: ask for what the file holds, and only then
            # (a file that grew) for the rest up to the limit.
            expected = min(os.fstat(handle.fileno()).st_size, max_bytes) + 1
            raw = handle.read(expected)
            if len(raw) == expected:
                raw += handle.read(max_bytes + 1 - len(raw))
        except OSError as exc:
            raise error_type(source, _unreadable(exc)) from None
    if len(raw) > max_bytes:
        raise error_type(
            source,
            translate(
                "JsonReader", "is larger than {limit} MB; a {kind} is limited to that"
            ).format(limit=f"{max_bytes / 1e6:.0f}", kind=kind),
        )
    return raw


def read_json_file(
    path: str | os.PathLike[str],
    error_type: type[DataFileError] = DataFileError,
    kind: str = "file",
    max_bytes: int = 50 * 1024 * 1024,
) -> Any:
    """Read and parse a JSON file, refusing what is too big, empty, not UTF-8 or not JSON."""
    text, overflow_possible = read_json_text(path, error_type, kind, max_bytes)
    return parse_json(text, str(Path(path)), error_type, kind, overflow_possible)


class JsonStreamError(Exception):
    """The streamed reading of a JSON text met something it leaves to `parse_json` (a syntax
    error, a repeated member, a value that cannot be written back): the caller parses the
    whole text instead, which reports it exactly as ever."""


_WHITESPACE = re.compile(r"[ \t\n\r]*")


class JsonObjectStream:
    """The members of a JSON text's top-level object, parsed one at a time, and an array
    member one element at a time: a 50 MB GeoJSON is then never whole as Python objects
    (its two million positions as lists of floats took 240 MB beside the text).

    Any irregularity raises `JsonStreamError`; `parse_json` on the whole text then says
    what and where, as for a file read at once."""

    def __init__(self, text: str, overflow_possible: bool, kind: str = "file") -> None:
        self.text = text
        self.position = 0

        def reject_constant(name: str) -> Any:
            raise ValueError(f"{name} is not allowed in a {kind}")

        self._decoder = json.JSONDecoder(parse_constant=reject_constant)
        # Values are checked for what cannot be written back only when the text may hold it.
        self._check = overflow_possible or bool(_SURROGATE_ESCAPE.search(text))
        self._keys: set[str] = set()

    def _skip(self, position: int) -> int:
        match = _WHITESPACE.match(self.text, position)
        return match.end() if match else position

    def _expect(self, position: int, char: str) -> int:
        position = self._skip(position)
        if self.text[position : position + 1] != char:
            raise JsonStreamError(char)
        return position + 1

    def _value(self, position: int, where: str) -> tuple[Any, int]:
        try:
            value, end = self._decoder.raw_decode(self.text, position)
        except (ValueError, RecursionError):  # JSONDecodeError is a ValueError
            raise JsonStreamError(where) from None
        if self._check and unwritable(value, where) is not None:
            raise JsonStreamError(where)
        return value, end

    def is_object(self) -> bool:
        return self.text[self._skip(0) : self._skip(0) + 1] == "{"

    def members(self, streamed: str) -> Iterator[tuple[str, Any]]:
        """(key, value) of each member of the top-level object in the file's order; the
        member `streamed`, when it is an array, comes as an iterator of its elements, which
        must be used up before the next member is asked for."""
        position = self._expect(0, "{")
        if self.text[self._skip(position) : self._skip(position) + 1] == "}":
            position = self._skip(position) + 1
        else:
            while True:
                position = self._skip(position)
                if self.text[position : position + 1] != '"':
                    raise JsonStreamError("key")
                key, position = self._value(position, "top level")
                if key in self._keys or (self._check and _text_problem(key)):
                    raise JsonStreamError(key)  # json.loads keeps the last: leave it that
                self._keys.add(key)
                position = self._skip(self._expect(position, ":"))
                if key == streamed and self.text[position : position + 1] == "[":
                    self.position = position + 1
                    yield key, self._elements(key)
                    position = self.position
                else:
                    value, position = self._value(position, key)
                    yield key, value
                position = self._skip(position)
                following = self.text[position : position + 1]
                position += 1
                if following == "}":
                    break
                if following != ",":
                    raise JsonStreamError(key)
        if self._skip(position) != len(self.text):
            raise JsonStreamError("extra data")

    def _elements(self, key: str) -> Iterator[Any]:
        position = self._skip(self.position)
        if self.text[position : position + 1] == "]":
            self.position = position + 1
            return
        index = 0
        while True:
            value, position = self._value(self._skip(position), f"{key}[{index}]")
            position = self._skip(position)
            following = self.text[position : position + 1]
            position += 1
            self.position = position
            yield value
            if following == "]":
                return
            if following != ",":
                raise JsonStreamError(key)
            index += 1


def read_json_text(
    path: str | os.PathLike[str],
    error_type: type[DataFileError] = DataFileError,
    kind: str = "file",
    max_bytes: int = 50 * 1024 * 1024,
) -> tuple[str, bool]:
    """The text of a JSON file (not yet parsed) and whether it may hold a number too large
    for a float (`may_overflow`), after the refusals of `read_json_file`."""
    source = Path(path)
    raw = read_capped(source, max_bytes, error_type, kind)
    if not raw.strip():
        raise error_type(source, translate("JsonReader", "is empty"))
    overflow_possible = may_overflow(raw)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error_type(
            source,
            translate(
                "JsonReader", "is not a {kind} (not UTF-8 text; byte {byte} is invalid)"
            ).format(kind=kind, byte=exc.start),
        ) from None
    return text, overflow_possible


_WEB_ADDRESS = re.compile(r"https?://\S+")


def required_text(r: JsonReader, key: str) -> str:
    """The text field `key` of the object `r`, which must not be blank."""
    value = r.get(key).str()
    if not value.strip():
        raise r.get(key).fail(translate("JsonReader", '"{key}" must not be empty').format(key=key))
    return value


def optional_text(r: JsonReader, key: str) -> str:
    """The text field `key`, or "" when it is absent or null."""
    if not r.has(key) or r.get(key).value is None:
        return ""
    return r.get(key).str()


def web_address(r: JsonReader, key: str = "source_url") -> str:
    """A source address: http:// or https:// and no spaces."""
    url = required_text(r, key)
    if not _WEB_ADDRESS.fullmatch(url):
        raise r.get(key).fail(
            translate(
                "JsonReader", '"{url}" is not a web address starting with http:// or https://'
            ).format(url=url)
        )
    return url
