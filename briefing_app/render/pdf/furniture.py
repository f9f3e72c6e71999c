"""Map furniture: the legend (from the scene's legend entries, so it matches the screen),
the scale bar, the north arrow and the locator map."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Table, TableStyle
from shapely.geometry.base import BaseGeometry

from briefing_app.i18n import translate
from briefing_app.render.pdf.fonts import BOLD, REGULAR, text_width
from briefing_app.render.pdf.map_drawing import (
    PATTERN_OPACITY,
    PATTERN_SPACING_PT,
    PATTERN_WEIGHT_PT,
    _polygon_path,
    _polygons,
    begin_sea_frame,
    countries_in_frame,
    country_path_codes,
    end_sea_frame,
    hatch_lines,
)
from briefing_app.render.pdf.paragraphs import Paragraph
from briefing_app.render.pdf.projection import (
    MapExtent,
    ground_metres_per_pt,
    north_angle,
    projector,
)
from briefing_app.render.pdf.symbols import draw_symbol, symbol_size
from briefing_app.render.pdf.tables import split_tall_rows
from briefing_app.render.text import paragraph_markup
from briefing_app.scene.items import LegendEntry
from briefing_app.style.map_style import ITEM_STYLES, MAP_STYLE, MEMBERSHIP_STYLE, PDF_STYLE

# The part of Europe a locator map always shows (lon/lat): the page's extent is added to it.
LOCATOR_LONLAT = (-25.0, 34.0, 45.0, 71.5)


# ---------------------------------------------------------------- legend


def _style_for(entry: LegendEntry) -> dict[str, Any]:
    """The item style a legend entry stands for: by a style name in its label ("claimed",
    "range", "border"), else the first style of its colour."""
    label = entry.label.lower()
    candidates = [
        (name, s)
        for name, s in ITEM_STYLES.items()
        if entry.color in (s.get("color"), s.get("fillColor"))
    ]
    for name, style in candidates:
        if any(word in label for word in name.split("_")):
            return style
    return candidates[0][1] if candidates else {"color": entry.color}


class Swatch(Flowable):
    """The legend's sample of one entry, drawn like the map draws it."""

    def __init__(self, entry: LegendEntry, width: float = 16.0, height: float = 10.0):
        super().__init__()
        self.entry, self.width, self.height = entry, width, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c: Canvas = self.canv
        e, w, h = self.entry, self.width, self.height
        px = PDF_STYLE["px_to_pt"]
        if e.kind == "symbol" and e.icon:
            sw, sh = symbol_size(e.icon, w)
            scale = min(1.0, h / sh)
            draw_symbol(c, e.icon, w / 2, h / 2, sw * scale)
            return
        style = _style_for(e)
        if e.kind == "line":
            c.setStrokeColor(HexColor(e.color))
            c.setLineWidth(max(0.8, float(style.get("weight", 1)) * px))
            dash = str(style.get("dashArray") or "").split()
            c.setDash([float(v) * px for v in dash] if dash else [])
            c.line(1, h / 2, w - 1, h / 2)
            c.setDash([])
            return
        c.saveState()
        if e.kind == "hatch":
            c.setFillColor(HexColor(style.get("fillColor", e.color)))
            c.setFillAlpha(float(style.get("fillOpacity", 0.3)))
            c.rect(0, 0, w, h, stroke=0, fill=1)
            clip = c.beginPath()
            clip.rect(0, 0, w, h)
            c.clipPath(clip, stroke=0, fill=0)
            c.setFillAlpha(1)
            c.setStrokeColor(HexColor(e.color))
            c.setLineWidth(PDF_STYLE["hatch_weight_pt"])
            step = PDF_STYLE["hatch_spacing_pt"]
            for x in np.arange(-h, w + step, step):
                c.line(x, 0, x + h, h)
            c.setDash(_dash_of(style))
            c.setLineWidth(0.6)
            c.rect(0, 0, w, h, stroke=1, fill=0)
        else:
            c.setFillColor(HexColor(e.color))
            c.setFillAlpha(MEMBERSHIP_STYLE["fillOpacity"])
            c.setStrokeColor(HexColor(e.stroke or MEMBERSHIP_STYLE["color"]))
            c.setLineWidth(0.5)
            c.rect(0, 0, w, h, stroke=1, fill=1)
            pattern = getattr(e, "pattern", "")
            if pattern:  # as the map draws the category (map_drawing.MEMBERSHIP_PATTERNS)
                c.saveState()
                clip = c.beginPath()
                clip.rect(0, 0, w, h)
                c.clipPath(clip, stroke=0, fill=0)
                c.setStrokeAlpha(PATTERN_OPACITY)
                c.setLineWidth(PATTERN_WEIGHT_PT)
                lines = c.beginPath()
                hatch_lines(lines, (0, 0, w, h), pattern, PATTERN_SPACING_PT)
                c.drawPath(lines, stroke=1, fill=0)
                c.restoreState()
        c.restoreState()


def _dash_of(style: dict[str, Any]) -> list[float]:
    return [float(v) * PDF_STYLE["px_to_pt"] for v in str(style.get("dashArray") or "").split()]


def legend_flowables(
    legend: list[tuple[str, list[LegendEntry]]],
    styles: dict[str, ParagraphStyle],
    width: float,
    columns: int = 1,
) -> list[Flowable]:
    """The legend's groups, each a table of swatch and label; in `columns` columns (read
    down, then across) where a long legend must take less height."""
    out: list[Flowable] = []
    for title, entries in legend:
        out.append(Paragraph(paragraph_markup(title), styles["legend_title"]))
        cells = [
            [Swatch(e), Paragraph(paragraph_markup(e.label), styles["legend"])] for e in entries
        ]
        per_column = -(-len(cells) // columns)
        cells += [["", ""]] * (per_column * columns - len(cells))
        rows = [
            [cell for c in range(columns) for cell in cells[c * per_column + r]]
            for r in range(per_column)
        ]
        column = width / columns
        widths = [20, column - 20] * columns
        table = Table(split_tall_rows(rows, widths, padding=2), colWidths=widths)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        out.append(table)
    return out


# ---------------------------------------------------------------- scale bar, north arrow


def _nice_length(max_m: float) -> float:
    """The longest 1, 2 or 5 x 10^n metres not above `max_m`."""
    exponent = math.floor(math.log10(max_m))
    for step in (5, 2, 1):
        if step * 10**exponent <= max_m:
            return step * 10**exponent
    return 10**exponent


def _halo_box(c: Canvas, x: float, y: float, w: float, h: float) -> None:
    c.saveState()
    c.setFillColor(HexColor(PDF_STYLE["label_halo"]))
    c.setFillAlpha(PDF_STYLE["label_halo_opacity"])
    c.roundRect(x, y, w, h, 2, stroke=0, fill=1)
    c.restoreState()


# Where a map frame's scale bar (lower left) and north arrow (upper right) sit, from the
# frame's corners: drawn there, and kept free of labels.
SCALE_BAR_INSET = 5.0
SCALE_BAR_SHARE = 0.22  # of the frame's width, at most
SCALE_BAR_HEIGHT = 22.0
ARROW_INSET = (14.0, 16.0)  # the arrow's centre from the upper right corner
ARROW_SIZE = 16.0


def scale_caption() -> str:
    return translate("PdfPage", "Scale at map centre")


def draw_map_furniture(c: Canvas, extent: MapExtent, x: float, y: float) -> None:
    """The scale bar and north arrow of a map frame whose lower left corner is (x, y)."""
    draw_scale_bar(
        c,
        extent,
        x + SCALE_BAR_INSET,
        y + SCALE_BAR_INSET,
        max_width=extent.width * SCALE_BAR_SHARE,
    )
    draw_north_arrow(
        c, extent, x + extent.width - ARROW_INSET[0], y + extent.height - ARROW_INSET[1], ARROW_SIZE
    )


def furniture_boxes(extent: MapExtent) -> list[tuple[float, float, float, float]]:
    """The boxes draw_map_furniture covers, as the label placement measures (x0, y0, x1, y1
    from the frame's upper left corner, y down): no label goes under them."""
    boxes = []
    bar = _scale_bar(extent, extent.width * SCALE_BAR_SHARE)
    if bar is not None:
        top = extent.height - SCALE_BAR_INSET - SCALE_BAR_HEIGHT
        boxes.append(
            (SCALE_BAR_INSET, top, SCALE_BAR_INSET + bar[2], extent.height - SCALE_BAR_INSET)
        )
    cx, cy = extent.width - ARROW_INSET[0], ARROW_INSET[1]  # y down
    boxes.append(
        (
            cx - ARROW_SIZE * 0.55,
            cy - ARROW_SIZE * 0.75,
            cx + ARROW_SIZE * 0.55,
            cy + ARROW_SIZE * 0.6,
        )
    )
    return boxes


def _scale_bar(extent: MapExtent, max_width: float) -> tuple[float, str, float] | None:
    """The bar's length in points, its label and its box's width; None where the frame
    has no single scale (it runs off the projection: a whole-world view)."""
    m_per_pt = ground_metres_per_pt(extent)
    if not (math.isfinite(m_per_pt) and m_per_pt > 0):
        return None
    length_m = _nice_length(max_width * m_per_pt)
    length = length_m / m_per_pt
    label = f"{length_m / 1000:g} km" if length_m >= 1000 else f"{length_m:g} m"
    box_w = max(length + text_width(label, 6.0) + 10, text_width(scale_caption(), 6.0) + 8)
    return length, label, box_w


def draw_scale_bar(c: Canvas, extent: MapExtent, x: float, y: float, max_width: float) -> None:
    """A two-segment scale bar with its lower-left corner at (x, y), true at the centre."""
    bar = _scale_bar(extent, max_width)
    if bar is None:
        return
    length, label, box_w = bar
    size = 6.0
    caption = scale_caption()
    _halo_box(c, x, y, box_w, SCALE_BAR_HEIGHT)
    c.saveState()
    bx, by = x + 4, y + 5
    for i in range(2):
        c.setFillColor(HexColor(PDF_STYLE["text"] if i == 0 else PDF_STYLE["label_halo"]))
        c.rect(bx + i * length / 2, by, length / 2, 3, stroke=0, fill=1)
    c.setStrokeColor(HexColor(PDF_STYLE["text"]))
    c.setLineWidth(0.5)
    c.rect(bx, by, length, 3, stroke=1, fill=0)
    c.setFillColor(HexColor(PDF_STYLE["text"]))
    c.setFont(REGULAR, size)
    c.drawString(bx + length + 3, by, label)
    c.setFont(REGULAR, size)
    c.setFillColor(HexColor(PDF_STYLE["muted_text"]))
    c.drawString(bx, by + 8.5, caption)
    c.restoreState()


def draw_north_arrow(
    c: Canvas, extent: MapExtent, cx: float, cy: float, size: float = 16.0
) -> None:
    """An arrow along the meridian through the map's centre."""
    _halo_box(c, cx - size * 0.55, cy - size * 0.6, size * 1.1, size * 1.35)
    c.saveState()
    c.translate(cx, cy - size * 0.1)
    c.rotate(north_angle(extent))
    c.setFillColor(HexColor(PDF_STYLE["text"]))
    c.setStrokeColor(HexColor(PDF_STYLE["text"]))
    c.setLineWidth(0.5)
    half = size * 0.4
    path = c.beginPath()
    path.moveTo(0, half)
    path.lineTo(-half * 0.45, -half)
    path.lineTo(0, -half * 0.5)
    path.close()
    c.drawPath(path, stroke=1, fill=1)
    path = c.beginPath()
    path.moveTo(0, half)
    path.lineTo(half * 0.45, -half)
    path.lineTo(0, -half * 0.5)
    path.close()
    c.drawPath(path, stroke=1, fill=0)
    c.setFont(BOLD, 6)
    c.drawCentredString(0, half + 1.5, "N")
    c.restoreState()


# ---------------------------------------------------------------- locator map


@dataclass(frozen=True)
class Locator:
    extent: MapExtent
    countries: tuple[BaseGeometry, ...]
    page_rect: tuple[tuple[float, float], ...]
    countries_code: str | None = None  # their path operators, if made ahead


def prepare_locator(page: MapExtent, width: float, height: float) -> Locator:
    proj = projector(page.crs)
    west, south, east, north = LOCATOR_LONLAT
    t = np.linspace(0, 1, 30)
    lons = np.concatenate(
        [west + t * (east - west), np.full(30, east), east - t * (east - west), np.full(30, west)]
    )
    lats = np.concatenate(
        [
            np.full(30, south),
            south + t * (north - south),
            np.full(30, north),
            north - t * (north - south),
        ]
    )
    xs, ys = proj.forward.transform(lons, lats)
    minx = min(float(np.min(xs)), page.minx)
    maxx = max(float(np.max(xs)), page.maxx)
    miny = min(float(np.min(ys)), page.miny)
    maxy = max(float(np.max(ys)), page.maxy)
    # Fit to the box's shape around the centre, with a margin.
    upp = max((maxx - minx) / width, (maxy - miny) / height) * 1.04
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    extent = MapExtent.around(page.crs, cx, cy, upp, width, height)
    corners = np.array(
        [
            [page.minx, page.miny],
            [page.maxx, page.miny],
            [page.maxx, page.maxy],
            [page.minx, page.maxy],
        ]
    )
    rect = tuple((float(x), float(y)) for x, y in extent.to_pt(corners))
    countries, code = _locator_countries(extent)
    return Locator(extent, countries, rect, code)


_LOCATOR_SCALE, _LOCATOR_SIMPLIFY_PT = "50m", 0.8


@lru_cache(maxsize=16)
def _locator_countries(extent: MapExtent) -> tuple[tuple[BaseGeometry, ...], str]:
    """The locator's countries and their path operators (kept in the cache beside them)."""
    found = countries_in_frame(extent, _LOCATOR_SCALE, simplify_pt=_LOCATOR_SIMPLIFY_PT)
    codes = country_path_codes(extent, found, _LOCATOR_SCALE, _LOCATOR_SIMPLIFY_PT)
    return tuple(geom for _, _, geom in found), " ".join(code for code in codes if code)


def draw_locator(c: Canvas, locator: Locator, x: float, y: float) -> None:
    e = locator.extent
    begin_sea_frame(c, x, y, e.width, e.height)
    polygons = [p for g in locator.countries for p in _polygons(g)]
    if polygons:
        c.setFillColor(HexColor(PDF_STYLE["locator_land"]))
        c.setStrokeColor(HexColor(MAP_STYLE["countries"]["color"]))
        c.setLineWidth(0.15)
        path = _polygon_path(c, polygons, locator.countries_code)
        c.drawPath(path, stroke=1, fill=1, fillMode=0)
    c.setStrokeColor(HexColor(PDF_STYLE["locator_extent"]))
    c.setLineWidth(1.0)
    path = c.beginPath()
    (x0, y0), *rest = locator.page_rect
    path.moveTo(x0, y0)
    for px, py in rest:
        path.lineTo(px, py)
    path.close()
    c.drawPath(path, stroke=1, fill=0)
    end_sea_frame(c, x, y, e.width, e.height, 0.5)
