"""A TrueType face's metrics as reportlab reads them, kept in the user cache.

reportlab reads a font's glyph map and widths in Python, a few bytes at a time (its
extractInfo): 20-30 ms CPU for each DejaVu face, every export. What it reads depends only
on the font file and reportlab's version: it is kept (numbers, strings and bytes only)
under the key of the file's path, size and modification time and reportlab's installed
version (the stamp of the file that holds it), and the face is made from it with the
file's bytes read again (subsets are cut from them). Anything that does not make a face of
the expected shape is read from the font instead. The window's label widths
(render/text_metrics) are read from the same entries, without reportlab: one store of the
fonts' metrics for the screen and the PDF.

The entry is the face's widths, then its other attributes, in Python's marshal format
(6,000-entry glyph maps read back in a millisecond; JSON with number columns took 9 ms a
face), after a SHA-256 of them: marshal is not made to read damaged bytes, so it only
reads what was written. The window reads the widths alone.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import marshal
import sys
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing_app.render.pdf.diskcache import cached_bytes, file_version

if TYPE_CHECKING:  # imported where a face is made: the window reads widths without it
    from reportlab.pdfbase.ttfonts import TTFontFace

FORMAT = 4
# The app's font in assets/fonts/, by whether the face is bold: what the PDF registers
# (fonts.py) and the window's labels are measured in (render/text_metrics).
FONT_FILES = {False: "DejaVuSans.ttf", True: "DejaVuSans-Bold.ttf"}
log = logging.getLogger(__name__)

_MAGIC = b"briefing-face\n"
_DIGEST = 32
_PLAIN = (type(None), bool, int, float, str, bytes)
_WIDTHS = ("charWidths", "defaultWidth")


def load_face(path: Path) -> TTFontFace:
    """The face of the font file at `path`, as TTFontFace(str(path)) reads it."""
    from reportlab.pdfbase.ttfonts import TTFontFace

    data = face_entry(path)
    if data:
        try:
            return face_from_bytes(data, path.read_bytes())
        except (ValueError, KeyError, TypeError, AttributeError, EOFError) as exc:
            log.debug("font face not from the cache: %s", exc)
    return TTFontFace(str(path))


def face_entry(path: Path) -> bytes:
    """The kept entry of the font file at `path` (made, with reportlab, if there is none);
    b"" if its face cannot be kept."""
    key = (FORMAT, str(path), file_version(path), _reportlab_version())

    def make() -> bytes:
        from reportlab.pdfbase.ttfonts import TTFontFace

        return face_bytes(TTFontFace(str(path)))

    return cached_bytes("fonts", key, make)


@lru_cache(maxsize=1)
def _reportlab_version() -> tuple[str, int, int]:
    # The stamp of the file that holds reportlab.Version, found without importing reportlab.
    spec = importlib.util.find_spec("reportlab")
    if spec is None or spec.origin is None:
        raise ImportError("reportlab is not installed")
    try:
        return file_version(Path(spec.origin))
    except OSError:
        # The desktop build keeps reportlab in its archive, not as files: its reportlab is
        # the one it was built with, which the build's own executable stands for.
        return file_version(Path(sys.executable))


def face_widths(data: bytes) -> tuple[dict[int, float], float]:
    """The advance widths by code point and the default width (thousandths of the size) of
    a kept entry, without reportlab; ValueError if it is not an entry this version wrote."""
    state, _rest = _kept(data)
    widths, default = state["charWidths"], state["defaultWidth"]
    if not isinstance(widths, dict) or not isinstance(default, int | float):
        raise ValueError("no widths")
    if not all(type(k) is int and type(v) in (int, float) for k, v in widths.items()):
        raise ValueError("widths of another kind")
    return widths, float(default)


def face_bytes(face: TTFontFace) -> bytes:
    """What the face read, or b"" (nothing kept) if it holds a value of another kind than
    marshal keeps, or a name (TTFNameBytes) anywhere but as an attribute of its own."""
    from reportlab.pdfbase.ttfonts import TTFNameBytes

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
    if not all(name in state for name in _WIDTHS):
        log.debug("font face not cached: no widths")
        return b""
    # The widths first, on their own (after their length): the window reads them alone.
    widths = marshal.dumps({name: state.pop(name) for name in _WIDTHS})
    rest = marshal.dumps({"names": names, "state": state})
    body = len(widths).to_bytes(4, "little") + widths + rest
    return _MAGIC + hashlib.sha256(body).digest() + body


def _kept(data: bytes) -> tuple[dict[str, Any], memoryview]:
    """The widths of an entry, and the bytes of the rest of its state."""
    start = len(_MAGIC) + _DIGEST
    body = memoryview(data)[start:]
    if not data.startswith(_MAGIC) or hashlib.sha256(body).digest() != data[len(_MAGIC) : start]:
        raise ValueError("not a face this version wrote, or damaged")
    size = int.from_bytes(body[:4], "little")
    widths = marshal.loads(body[4 : 4 + size])
    if not isinstance(widths, dict) or set(widths) != set(_WIDTHS):
        raise ValueError("not a face's widths")
    return widths, body[4 + size :]


def face_from_bytes(data: bytes, ttf_data: bytes) -> TTFontFace:
    from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFontFace

    widths, rest = _kept(data)
    kept = marshal.loads(rest)
    if not isinstance(kept, dict) or not isinstance(kept.get("state"), dict):
        raise ValueError("not a face's state")
    state, names = kept["state"], kept["names"]
    state.update(widths)
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
