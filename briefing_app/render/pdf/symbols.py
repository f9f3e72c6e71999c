"""APP-6 symbols (milsymbol SVG data URIs) as reportlab vector drawings, via svglib."""

from __future__ import annotations

import base64
import io
import urllib.parse
from functools import lru_cache
from typing import TYPE_CHECKING

from reportlab.pdfgen.canvas import Canvas

from briefing_app.render.pdf.fonts import BOLD, REGULAR

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing


@lru_cache(maxsize=128)
def symbol_drawing(data_uri: str) -> Drawing | None:
    """The drawing of an SVG data URI, or None when it is not a readable SVG (the map then
    shows a plain marker rather than failing the export)."""
    header, _, payload = data_uri.partition(",")
    if not header.startswith("data:image/svg+xml"):
        return None
    # svglib brings lxml, cssselect2 and reportlab's graphics (0.05 s to import): only for a
    # page that has a symbol.
    from svglib.svglib import svg2rlg

    _map_symbol_fonts()

    try:
        raw = (
            base64.b64decode(payload)
            if header.endswith(";base64")
            else urllib.parse.unquote(payload).encode("utf-8")
        )
        drawing = svg2rlg(io.BytesIO(raw))
    except Exception:  # svglib raises many kinds on malformed input
        return None
    if drawing is not None:
        # The renderer starts each drawing in its default font (Helvetica, which would be
        # referenced without being embedded); start it in the embedded one.
        drawing.initialFontName = REGULAR
    return drawing


# The families milsymbol sets its text in, and our faces for them.
_SYMBOL_FAMILIES = ("Arial", "sans-serif")


@lru_cache(maxsize=1)
def _map_symbol_fonts() -> None:
    """Have svglib set a symbol's text in the embedded faces. Left to itself it asks
    fontconfig (two fc-match processes) and parses whatever font file that names, every
    export (0.08 s), and the text would look as the machine's fonts do (or be Helvetica,
    not embedded, where there is no fontconfig). svglib maps a family to an already
    registered font only for the 14 standard ones, so the entries go into its map as its
    register_font writes them; an svglib without that map keeps its own search."""
    from svglib import fonts

    font_map = getattr(fonts, "_font_map", None)
    entries = getattr(font_map, "_map", None)
    families = getattr(font_map, "_family_index", None)
    if not isinstance(entries, dict) or not isinstance(families, dict):
        return
    for family in _SYMBOL_FAMILIES:
        families.setdefault(family.lower(), family)
        for weight, face in (("normal", REGULAR), ("bold", BOLD)):
            name = fonts.FontMap.build_internal_name(family, weight, "normal")
            entries[name] = {
                "svg_family": family,
                "svg_weight": weight,
                "svg_style": "normal",
                "rlgFont": face,
                "exact": True,
            }


def symbol_size(data_uri: str, width: float) -> tuple[float, float]:
    drawing = symbol_drawing(data_uri)
    if drawing is None or not drawing.width:
        return width, width
    return width, width * drawing.height / drawing.width


def draw_symbol(canvas: Canvas, data_uri: str, cx: float, cy: float, width: float) -> bool:
    """Draw the symbol centred on (cx, cy), `width` points wide; False if it cannot be read."""
    drawing = symbol_drawing(data_uri)
    if drawing is None or not drawing.width or not drawing.height:
        return False
    from reportlab.graphics import renderPDF  # imported with svglib by symbol_drawing

    w, h = symbol_size(data_uri, width)
    canvas.saveState()
    canvas.translate(cx - w / 2, cy - h / 2)
    canvas.scale(w / drawing.width, h / drawing.height)
    renderPDF.draw(drawing, canvas, 0, 0)
    canvas.restoreState()
    return True
