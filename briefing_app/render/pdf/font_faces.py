"""A TrueType face's metrics as reportlab reads them, kept in the user cache.

reportlab reads a font's glyph map and widths in Python, a few bytes at a time (its
extractInfo): 20-30 ms CPU for each DejaVu face, every export. What it reads depends only
on the font file and reportlab's version: it is kept (numbers, strings and bytes only)
under the key of the file's path, size and modification time and reportlab's version, and
the face is made from it with the file's bytes read again (subsets are cut from them).
Anything that does not make a face of the expected shape is read from the font instead.

The entry is the face's attributes in Python's marshal format (6,000-entry glyph maps
read back in a millisecond; JSON with number columns took 9 ms a face), after a SHA-256
of them: marshal is not made to read damaged bytes, so it only reads what was written.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
from pathlib import Path
from typing import Any

import reportlab
from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFontFace

from briefing_app.render.pdf.diskcache import cached_bytes, file_version

FORMAT = 3
log = logging.getLogger(__name__)

_MAGIC = b"briefing-face\n"
_DIGEST = 32
_PLAIN = (type(None), bool, int, float, str, bytes)


def load_face(path: Path) -> TTFontFace:
    """The face of the font file at `path`, as TTFontFace(str(path)) reads it."""
    key = (FORMAT, str(path), file_version(path), reportlab.Version)
    data = cached_bytes("fonts", key, lambda: face_bytes(TTFontFace(str(path))))
    if data:
        try:
            return face_from_bytes(data, path.read_bytes())
        except (ValueError, KeyError, TypeError, AttributeError, EOFError) as exc:
            log.debug("font face not from the cache: %s", exc)
    return TTFontFace(str(path))


def face_bytes(face: TTFontFace) -> bytes:
    """What the face read, or b"" (nothing kept) if it holds a value of another kind than
    marshal keeps, or a name (TTFNameBytes) anywhere but as an attribute of its own."""
    state: dict[str, Any] = {}
    names: list[str] = []
    for name, value in face.__dict__.items():
        if name in ("_ttf_data", "_pdfScale"):
            continue  # the file's bytes; a function of unitsPerEm
        if isinstance(value, TTFNameBytes):
            names.append(name)
            value = bytes(value)
        elif not _plain(value):
            log.debug("font face not cached: %s is a %s", name, type(value).__name__)
            return b""
        state[name] = value
    body = marshal.dumps({"names": names, "state": state})
    return _MAGIC + hashlib.sha256(body).digest() + body


def face_from_bytes(data: bytes, ttf_data: bytes) -> TTFontFace:
    start = len(_MAGIC) + _DIGEST
    if (
        not data.startswith(_MAGIC)
        or hashlib.sha256(data[start:]).digest() != data[len(_MAGIC) : start]
    ):
        raise ValueError("not a face this version wrote, or damaged")
    kept = marshal.loads(data[start:])
    state, names = kept["state"], kept["names"]
    for name in names:
        state[name] = TTFNameBytes(state[name])
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


def _plain(value: Any) -> bool:
    """Numbers, strings, bytes and containers of them (no subclass: marshal would keep
    only its base type)."""
    if type(value) in _PLAIN:
        return True
    if type(value) in (list, tuple):
        return all(_plain(v) for v in value)
    if type(value) is dict:
        return all(_plain(k) and _plain(v) for k, v in value.items())
    return False
