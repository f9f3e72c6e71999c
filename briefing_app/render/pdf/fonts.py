"""The Unicode font every string in the PDF is set in (DejaVu Sans, shipped in assets/fonts/).

The standard PDF fonts cover Latin-1 only: "Suwałki" or "Калининград" would lose letters,
and the text could not be searched. A registered TrueType font is embedded (as a subset).
"""

from __future__ import annotations

from fnmatch import fnmatch
from functools import lru_cache
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont

from briefing_app.core.paths import assets_dir
from briefing_app.render.pdf.font_faces import FONT_FILES, load_face

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: FONT_FILES[False], BOLD: FONT_FILES[True]}


class SubsetFont(TTFont):
    """A TrueType font that encodes each distinct string once per document.

    reportlab encodes every string it draws character by character in Python (each
    character's code in the embedded subset, assigned at its first use in the document):
    the built-in briefing draws 2,700 strings, only 880 distinct (a table's "as of" and
    source cells, page furniture). Once a string has been encoded in a document, its
    characters' codes are fixed: encoding it again gives the same chunks."""

    def __init__(self, name: str, path: Path) -> None:
        # TTFont.__init__ with the face from the cache (font_faces) instead of parsed
        # from the file; a test compares the two fonts' attributes.
        self.fontName = name
        self.face = load_face(path)
        self.encoding = TTEncoding()
        self.state: WeakKeyDictionary[Any, Any] = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
        self._encoded: WeakKeyDictionary[Any, dict[str, list[tuple[int, bytes]]]] = (
            WeakKeyDictionary()
        )

    def splitString(  # noqa: N802 (reportlab API)
        self, text: str | bytes, doc: Any, encoding: str = "utf-8"
    ) -> list[tuple[int, bytes]]:
        if not isinstance(text, str):
            text = text.decode("utf-8")
        try:
            done = self._encoded[doc]
        except KeyError:
            done = self._encoded[doc] = {}
        chunks = done.get(text)
        if chunks is None:
            chunks = done[text] = super().splitString(text, doc, encoding)
        return list(chunks)


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register the regular and bold faces (once) and map <b> in Paragraphs to the bold."""
    folder = assets_dir() / "fonts"
    for name, filename in _FILES.items():
        path = folder / filename
        if not path.is_file():
            raise FileNotFoundError(f"{path} is missing: the PDF export needs its font")
        pdfmetrics.registerFont(SubsetFont(name, path))
    # No italic face is shipped; italic and bold-italic fall back to the upright faces.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD


def text_width(text: str, size: float, bold: bool = False) -> float:
    return pdfmetrics.stringWidth(text, BOLD if bold else REGULAR, size)
