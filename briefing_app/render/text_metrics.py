"""Text widths in the app's font (DejaVu Sans and its bold) as reportlab measures them, from
the fonts' metrics the PDF export keeps between starts (render/pdf/font_faces).

The labels on the window's map are measured with the PDF's numbers, so both place the same
text in the same room; with the kept metrics the window never imports reportlab (0.1 s) or
parses the two TrueType files (0.2 s) to place its first labels, which run while the map
draws.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache

from briefing_app.core.paths import assets_dir
from briefing_app.render.pdf.font_faces import FONT_FILES, face_entry, face_widths

log = logging.getLogger(__name__)


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
    out = {}
    for bold, name in FONT_FILES.items():
        try:
            widths, default = face_widths(face_entry(folder / name))
        except (ValueError, EOFError, TypeError) as exc:  # no entry kept, or not a usable one
            log.debug("text widths measured, not kept: %s", exc)
            widths, default = _measured(bold)
        out[bold] = FaceWidths(widths, default)
    return out


def _measured(bold: bool) -> tuple[dict[int, float], float]:
    # Read from the fonts as the PDF export registers them: the same numbers.
    from reportlab.pdfbase import pdfmetrics

    from briefing_app.render.pdf.fonts import BOLD, REGULAR, register_fonts

    register_fonts()
    face = pdfmetrics.getFont(BOLD if bold else REGULAR).face
    return dict(face.charWidths), float(face.defaultWidth)
