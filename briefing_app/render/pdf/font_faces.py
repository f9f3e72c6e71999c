"""A TrueType face's metrics as reportlab reads them, kept in the user cache.

reportlab reads a font's glyph map and widths in Python, a few bytes at a time (its
extractInfo): 20-30 ms CPU for each DejaVu face, every export. What it reads depends only
on the font file and reportlab's version: it is kept (numbers and names only)
under the key of the file's path, size and modification time and reportlab's version, and
the face is made from it with the file's bytes read again (subsets are cut from them).
Anything that does not make a face of the expected shape is read from the font instead.
"""

from __future__ import annotations

import json
import logging
from array import array
from pathlib import Path
from typing import Any

import reportlab
from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFontFace

from briefing_app.render.pdf.diskcache import cached_bytes, file_version

FORMAT = 2
log = logging.getLogger(__name__)

_NUMBER = (int, float)
_LONG = 64  # a list or dict longer than this is kept as columns of numbers, when it can be


def load_face(path: Path) -> TTFontFace:
    """The face of the font file at `path`, as TTFontFace(str(path)) reads it."""
    key = (FORMAT, str(path), file_version(path), reportlab.Version)
    data = cached_bytes("fonts", key, lambda: face_json(TTFontFace(str(path))))
    if data:
        try:
            return face_from_json(data, path.read_bytes())
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            log.debug("font face not from the cache: %s", exc)
    return TTFontFace(str(path))


def face_json(face: TTFontFace) -> bytes:
    """What the face read, or b"" (nothing kept) if it holds a value of an unknown kind:
    a JSON header, then the long columns of numbers (glyph map, widths) as machine
    arrays, which read 20 times faster than JSON numbers."""
    columns: list[array[Any]] = []
    state: dict[str, Any] = {}
    for name, value in face.__dict__.items():
        if name in ("_ttf_data", "_pdfScale"):
            continue  # the file's bytes; a function of unitsPerEm
        try:
            state[name] = _encode(value, columns)
        except (TypeError, OverflowError) as exc:
            log.debug("font face not cached: %s: %s", name, exc)
            return b""
    header = json.dumps(
        {"state": state, "columns": [[c.typecode, len(c)] for c in columns]}
    ).encode()
    return b"".join([len(header).to_bytes(4, "little"), header, *(c.tobytes() for c in columns)])


def face_from_json(data: bytes, ttf_data: bytes) -> TTFontFace:
    size = int.from_bytes(data[:4], "little")
    header = json.loads(data[4 : 4 + size])
    columns: list[list[Any]] = []
    offset = 4 + size
    for typecode, count in header["columns"]:
        if typecode not in ("q", "d"):
            raise ValueError(f"column of {typecode!r}")
        column = array(typecode)
        end = offset + count * column.itemsize
        if end > len(data):
            raise ValueError("columns cut short")
        column.frombytes(data[offset:end])
        columns.append(column.tolist())
        offset = end
    if offset != len(data):
        raise ValueError("bytes after the columns")
    state = {name: _decode(value, columns) for name, value in header["state"].items()}
    units_per_em = state["unitsPerEm"]
    if not isinstance(units_per_em, int) or units_per_em <= 0:
        raise ValueError(f"unitsPerEm {units_per_em!r}")
    # The records of the table directory are one object in both (as reportlab makes them).
    tables = state.get("tables")
    if isinstance(tables, list) and state.get("table") == {t["tag"]: t for t in tables}:
        state["table"] = {t["tag"]: t for t in tables}
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(state)
    face._ttf_data = ttf_data
    if units_per_em == 1000:  # as extractInfo makes it
        face._pdfScale = lambda x: x
    else:
        mult = 1000 / units_per_em
        face._pdfScale = lambda x: x * mult
    return face


def _column(values: list[Any], columns: list[array[Any]]) -> Any:
    """Where `values` (all numbers) are kept: a column's index, or for ints mixed with
    floats (a glyph's advance is either) the floats' and the int flags' columns; None
    if they are not all numbers."""
    if all(type(v) is int for v in values):
        columns.append(array("q", values))
    elif all(type(v) is float for v in values):
        columns.append(array("d", values))
    elif all(type(v) in _NUMBER for v in values):
        if any(type(v) is int and abs(v) > 2**53 for v in values):
            return None  # not exact as a float
        columns.append(array("d", values))
        columns.append(array("q", [type(v) is int for v in values]))
        return [len(columns) - 2, len(columns) - 1]
    else:
        return None
    return len(columns) - 1


def _values(where: Any, columns: list[list[Any]]) -> list[Any]:
    if isinstance(where, int):
        return columns[where]
    numbers, ints = (columns[i] for i in where)
    return [int(v) if i else v for v, i in zip(numbers, ints, strict=True)]


def _encode(value: Any, columns: list[array[Any]]) -> Any:
    if value is None or isinstance(value, (bool, str)) or type(value) in _NUMBER:
        return value
    if isinstance(value, TTFNameBytes):
        return {"name": value.ustr}
    if type(value) is bytes:
        return {"bytes": value.decode("latin-1")}
    if type(value) is tuple:
        return {"tuple": [_encode(v, columns) for v in value]}
    if type(value) is list:
        if len(value) > _LONG:
            if (column := _column(value, columns)) is not None:
                return {"list": column}
            if all(type(v) is tuple and len(v) == 2 for v in value):
                first = _column([v[0] for v in value], columns)
                second = _column([v[1] for v in value], columns)
                if first is not None and second is not None:
                    return {"pairs": [first, second]}
        return [_encode(v, columns) for v in value]
    if type(value) is dict:
        keys, values = list(value), list(value.values())
        if len(value) > _LONG and (key_column := _column(keys, columns)) is not None:
            if (column := _column(values, columns)) is not None:
                return {"keys": key_column, "numbers": column}
            if all(type(v) is list for v in values):
                lengths = _column([len(v) for v in values], columns)
                flat = _column([x for v in values for x in v] or [0], columns)
                if lengths is not None and flat is not None:
                    return {"keys": key_column, "lists": [lengths, flat]}
        return {"items": [[_encode(k, columns), _encode(v, columns)] for k, v in value.items()]}
    raise TypeError(f"cannot keep a {type(value).__name__}")


def _decode(value: Any, columns: list[list[Any]]) -> Any:
    if isinstance(value, list):
        return [_decode(v, columns) for v in value]
    if not isinstance(value, dict):
        return value
    if "name" in value:
        return TTFNameBytes(value["name"].encode("utf8"))
    if "bytes" in value:
        return value["bytes"].encode("latin-1")
    if "tuple" in value:
        return tuple(_decode(v, columns) for v in value["tuple"])
    if "list" in value:
        return list(_values(value["list"], columns))
    if "pairs" in value:
        first, second = (_values(c, columns) for c in value["pairs"])
        return list(zip(first, second, strict=True))
    if "keys" in value:
        keys = _values(value["keys"], columns)
        if "numbers" in value:
            return dict(zip(keys, _values(value["numbers"], columns), strict=True))
        lengths, flat = (_values(c, columns) for c in value["lists"])
        lists, start = [], 0
        for length in lengths:
            lists.append(flat[start : start + length])
            start += length
        return dict(zip(keys, lists, strict=True))
    return {_decode(k, columns): _decode(v, columns) for k, v in value["items"]}
