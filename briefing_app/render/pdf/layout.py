"""Where things go on a page: paper sizes, margins, the marking bands, and the boxes of a
map page (all in points, from the content frame's lower-left corner).

A3 to A0 are laid out as an A4 page and drawn enlarged (`Sheet`): a poster reads like the
handout held closer, with the same pages, text, marking and legend, instead of 6-pt text lost
beside a huge map. The relief raster is made for the A4 page (150 dpi there, 37 dpi on A0):
it is already finer than the basemap's relief (about 30 px per degree), so more pixels would
add no detail, only megabytes; everything else is vector and text and scales losslessly."""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.lib.pagesizes import A0, A1, A2, A3, A4, landscape, letter, portrait

PAGE_SIZES = {"A4": A4, "A3": A3, "A2": A2, "A1": A1, "A0": A0, "Letter": letter}
# The paper each size is laid out on; the others are laid out on themselves.
LAID_OUT_AS = {"A3": "A4", "A2": "A4", "A1": "A4", "A0": "A4"}
ORIENTATIONS = ("landscape", "portrait")

MARGIN = 24.0
BAND_HEIGHT = 13.0  # the classification marking
BAND_INSET = 8.0  # from the paper's edge: most printers cannot print closer
HEADER_HEIGHT = 14.0
GAP = 10.0

Rect = tuple[float, float, float, float]  # x, y, width, height


def paper_size(name: str, orientation: str) -> tuple[float, float]:
    if name not in PAGE_SIZES:
        raise ValueError(f"unknown page size {name!r}; expected one of {list(PAGE_SIZES)}")
    if orientation not in ORIENTATIONS:
        raise ValueError(f"unknown orientation {orientation!r}; expected one of {ORIENTATIONS}")
    size = PAGE_SIZES[name]
    return landscape(size) if orientation == "landscape" else portrait(size)


@dataclass(frozen=True)
class Sheet:
    """The paper (the PDF's media box) and the page it is laid out as, drawn `scale` times
    larger and `offset` from the paper's lower-left corner (A sizes differ from exact
    multiples of A4 by under a point per metre: centred, the edges stay white)."""

    paper: tuple[float, float]
    layout: tuple[float, float]
    scale: float
    offset: tuple[float, float]


def sheet(name: str, orientation: str) -> Sheet:
    paper = paper_size(name, orientation)
    layout = paper_size(LAID_OUT_AS.get(name, name), orientation)
    scale = min(paper[0] / layout[0], paper[1] / layout[1])
    offset = (
        round((paper[0] - layout[0] * scale) / 2, 3),
        round((paper[1] - layout[1] * scale) / 2, 3),
    )
    return Sheet(paper, layout, scale, offset)


def content_frame(width: float, height: float) -> Rect:
    """The part of the page between the header and the footer."""
    bottom = BAND_INSET + BAND_HEIGHT + 4 + HEADER_HEIGHT
    top = height - bottom
    return MARGIN, bottom, width - 2 * MARGIN, top - bottom


@dataclass(frozen=True)
class MapPageLayout:
    title: Rect
    map: Rect
    notes: Rect  # talking points, then the legend
    legend: Rect | None  # None: the legend shares the notes' box
    locator: Rect
    sources: Rect


def map_page_layout(width: float, height: float) -> MapPageLayout:
    """Boxes of a map page whose content frame is `width` x `height`."""
    title_h = 24.0
    sources_h = 40.0 if width > height else 56.0
    body_y = sources_h + 6
    body_h = height - title_h - body_y
    title = (0.0, height - title_h, width, title_h)
    sources = (0.0, 0.0, width, sources_h)
    if width > height:  # landscape: the map on the left, text and furniture beside it
        map_w = round(width * 0.68)
        col_x, col_w = map_w + GAP, width - map_w - GAP
        loc_h = min(col_w * 0.72, body_h * 0.34)
        locator = (col_x, body_y, col_w, loc_h)
        notes = (col_x, body_y + loc_h + 14, col_w, body_h - loc_h - 14)
        return MapPageLayout(title, (0.0, body_y, map_w, body_h), notes, None, locator, sources)
    # portrait: the map on top, talking points under it, the legend and locator beside them
    map_h = round(body_h * 0.56)
    below_h = body_h - map_h - GAP
    col_w = (width - GAP) / 2
    loc_h = min(col_w * 0.5, below_h * 0.32)
    notes = (0.0, body_y, col_w, below_h)
    legend = (col_w + GAP, body_y + loc_h + 14, col_w, below_h - loc_h - 14)
    locator = (col_w + GAP, body_y, col_w, loc_h)
    return MapPageLayout(
        title, (0.0, body_y + below_h + GAP, width, map_h), notes, legend, locator, sources
    )


def with_smaller_locator(layout: MapPageLayout, share: float) -> MapPageLayout:
    """`layout` with its locator at `share` of its height (0: none), the room it leaves
    given to the legend's box: for a page whose text would not fit otherwise."""
    x, y, w, h = layout.locator
    locator = (x, y, w, h * share)
    grown = h - h * share  # the caption above it stays: the page's date
    if layout.legend is None:
        nx, ny, nw, nh = layout.notes
        return replace(layout, locator=locator, notes=(nx, ny - grown, nw, nh + grown))
    lx, ly, lw, lh = layout.legend
    return replace(layout, locator=locator, legend=(lx, ly - grown, lw, lh + grown))
