"""The Unicode font every string in the PDF is set in (DejaVu Sans, shipped in assets/fonts/).

The standard PDF fonts cover Latin-1 only: "Suwałki" or "Калининград" would lose letters,
and the text could not be searched. A registered TrueType font is embedded (as a subset).
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from briefing_app.paths import assets_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register the regular and bold faces (once) and map <b> in Paragraphs to the bold."""
    folder = assets_dir() / "fonts"
    for name, filename in _FILES.items():
        path = folder / filename
        if not path.is_file():
            raise FileNotFoundError(f"{path} is missing: the PDF export needs its font")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # No italic face is shipped; italic and bold-italic fall back to the upright faces.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD


def text_width(text: str, size: float, bold: bool = False) -> float:
    return pdfmetrics.stringWidth(text, BOLD if bold else REGULAR, size)
