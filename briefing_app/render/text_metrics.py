"""Text widths in the app's font (DejaVu Sans and its bold) as reportlab measures them, from
a table of advance widths kept between starts (derived_cache).

The labels on the window's map are measured with the PDF's numbers, so both place the same
text in the same room; with the table the window never imports reportlab (0.1 s) or parses
the two TrueType files (0.2 s) to place its first labels, which run while the map draws.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from briefing_app.derived_cache import DerivedCache, code_stamps, file_stamp
from briefing_app.paths import assets_dir

# Which file each face comes from (render/pdf/fonts.py registers the same two).
FONT_FILES = {False: "DejaVuSans.ttf", True: "DejaVuSans-Bold.ttf"}


@dataclass(frozen=True)
class FaceWidths:
    """Advance widths in thousandths of the font size, by code point."""

    widths: dict[int, float]
    default: float


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width of `text` at `size` points (or px), as reportlab's stringWidth gives it."""
    face = faces()[bold]
    get = face.widths.get
    default = face.default
    # In the order of reportlab's accelerated stringWidth: the very same floats.
    return sum(get(ord(c), default) for c in text) / 1000 * size


@lru_cache(maxsize=1)
def faces() -> dict[bool, FaceWidths]:
    folder = assets_dir() / "fonts"
    cache = DerivedCache(
        "text-widths",
        [*(file_stamp(folder / name) for name in FONT_FILES.values()), *code_stamps(__name__)],
    )
    stored: Any = cache.get("faces")
    if not _well_formed(stored):
        stored = _measured()
        cache.put("faces", stored)
    return {
        bold: FaceWidths(
            {int(code): float(width) for code, width in face["widths"].items()},
            float(face["default"]),
        )
        for bold, face in zip((False, True), stored, strict=True)
    }


def _well_formed(stored: object) -> bool:
    return (
        isinstance(stored, list)
        and len(stored) == 2
        and all(
            isinstance(face, dict)
            and isinstance(face.get("widths"), dict)
            and isinstance(face.get("default"), int | float)
            for face in stored
        )
    )


def _measured() -> list[dict[str, object]]:
    # Read from the fonts as the PDF export registers them: the same numbers.
    from reportlab.pdfbase import pdfmetrics

    from briefing_app.render.pdf.fonts import BOLD, REGULAR, register_fonts

    register_fonts()
    out: list[dict[str, object]] = []
    for name in (REGULAR, BOLD):
        face = pdfmetrics.getFont(name).face
        out.append(
            {
                "default": face.defaultWidth,
                "widths": {str(code): width for code, width in face.charWidths.items()},
            }
        )
    return out
