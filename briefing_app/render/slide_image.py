"""One slide as a picture that can leave the app on its own (a clipboard, a deck, a replay
frame): the classification marking at top and bottom, the title, the map with its legend,
scale bar and north arrow, the as-of date and a short sources line. Drawn from the same
scene and with the same PDF drawing code as the handout's map pages, then rasterised with
PDFium where a bitmap is wanted.

A slide is laid out as if on a page DESIGN_SHORT_SIDE_PT high (the handout's text sizes
hold there) and scaled to the size asked for: text grows with the picture, so that a
1920 x 1080 image sets its smallest labels at about 16 px.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame

from briefing_app.data.datasets import Datasets
from briefing_app.i18n import format_day_text, translate
from briefing_app.model.document import Briefing, MapView, Slide
from briefing_app.render.pdf.export import current_view_slide, prepare_frame_map
from briefing_app.render.pdf.fitting import draw_top_left, fitted, height_of, split_to_fit
from briefing_app.render.pdf.fonts import BOLD, REGULAR, register_fonts, text_width
from briefing_app.render.pdf.furniture import legend_flowables
from briefing_app.render.pdf.layout import BAND_HEIGHT, BAND_INSET, GAP, MARGIN, Rect
from briefing_app.render.pdf.map_drawing import PreparedMap
from briefing_app.render.pdf.pages import (
    draw_framed_map,
    draw_marking_bands,
    fit_line,
    paragraph_styles,
)
from briefing_app.render.pdf.paragraphs import Paragraph
from briefing_app.render.pdf.relief import DPI as RELIEF_DPI
from briefing_app.render.pdf.relief import MAX_DPI as MAX_RELIEF_DPI
from briefing_app.render.pdf.sources import short_source_names
from briefing_app.render.text import drawn_text, paragraph_markup
from briefing_app.style.map_style import PDF_STYLE

SLIDE_SIZE_PT = (960.0, 540.0)  # a 16:9 slide (PowerPoint's 13.33 x 7.5 in)
DESIGN_SHORT_SIDE_PT = 405.0
DESIGN_LONG_SIDE_PT = 720.0
DEFAULT_CRS = "EPSG:3035"
LEGEND_WIDTH_PT = 150.0  # design points; at most a quarter of the panel
TITLE_HEIGHT_PT = 26.0
FOOTER_HEIGHT_PT = 12.0
CAPTION_PT = 22.0


@dataclass(frozen=True)
class SlideMap:
    """What one slide picture shows, prepared for a map frame of a given size."""

    title: str
    as_of: str
    prepared: PreparedMap


def design_scale(size_pt: tuple[float, float]) -> float:
    """How much a slide of `size_pt` is drawn larger than its design page."""
    long_side, short_side = max(size_pt), min(size_pt)
    return min(long_side / DESIGN_LONG_SIDE_PT, short_side / DESIGN_SHORT_SIDE_PT)


def relief_dpi_for(px_per_design_pt: float) -> int:
    """The relief's resolution for a picture rasterised at `px_per_design_pt`: one relief
    pixel per picture pixel, within the handout's 150 dpi and the source's 300."""
    return max(RELIEF_DPI, min(MAX_RELIEF_DPI, round(72 * px_per_design_pt)))


def panel_layout(width: float, height: float, legend: bool) -> tuple[Rect, Rect | None]:
    """The map's and the legend's boxes in a `width` x `height` panel (from its corner)."""
    if not legend:
        return (0.0, 0.0, width, height), None
    legend_w = min(LEGEND_WIDTH_PT, width * 0.25)
    map_w = width - legend_w - GAP
    return (0.0, 0.0, map_w, height), (map_w + GAP, 0.0, legend_w, height)


def prepare_slide_picture(
    doc: Briefing,
    data: Datasets,
    slide: Slide | None,
    panel_pt: tuple[float, float],
    *,
    view: MapView | None = None,
    basemap: bool = True,
    crs: str = DEFAULT_CRS,
    relief_dpi: int = RELIEF_DPI,
) -> SlideMap:
    """The slide's map for a panel of `panel_pt` design points (map and legend beside it);
    `slide` None: the briefing's current view, layers and annotations."""
    register_fonts()  # the label placement measures text
    shown = slide or current_view_slide(doc)
    width, height = panel_pt
    (_, _, mw, mh), _ = panel_layout(width, height, legend=True)
    scene, _, prepared = prepare_frame_map(
        doc, shown, data, crs, (mw, mh), basemap, view, relief_dpi
    )
    if not prepared.legend:
        # Nothing to explain: the map takes the legend's room too (prepared once more, for
        # the wider frame).
        scene, _, prepared = prepare_frame_map(
            doc, shown, data, crs, panel_pt, basemap, view, relief_dpi
        )
    return SlideMap(shown.title, scene.as_of.isoformat(), prepared)


def draw_map_panel(
    c: Canvas,
    picture: SlideMap,
    rect: Rect,
    caption: str | None = None,
    styles: dict[str, ParagraphStyle] | None = None,
) -> None:
    """The map (scale bar, north arrow, `caption` large in its upper left) and the legend
    beside it, in `rect`."""
    styles = styles or paragraph_styles()
    x, y, w, h = rect
    map_rect, legend_rect = panel_layout(w, h, bool(picture.prepared.legend))
    mx, my, mw, mh = map_rect
    draw_framed_map(c, picture.prepared, (x + mx, y + my, mw, mh))
    if caption and caption.strip():
        _draw_caption(c, caption, x + mx + 6, y + my + mh - 6, mw * 0.6)
    if legend_rect is not None:
        lx, ly, lw, lh = legend_rect
        draw_top_left(c, _legend_box(picture.prepared, styles, lw, lh), (x + lx, y + ly, lw, lh))


def _legend_box(
    prepared: PreparedMap, styles: dict[str, ParagraphStyle], width: float, height: float
) -> Flowable:
    head = [Paragraph(translate("PdfPage", "Legend"), styles["notes_title"])]
    smallest = styles["legend"].fontSize
    for columns in (1, 2):
        box = fitted(
            head + legend_flowables(prepared.legend, styles, width, columns),
            width,
            height,
            smallest,
        )
        if box is not None:
            return box
    # A picture has no next page: the rows that fit, and where the others are.
    more = [Paragraph(translate("SlideImage", "More in the handout's legend."), styles["small"])]
    rows, _ = split_to_fit(
        head + legend_flowables(prepared.legend, styles, width, 1),
        width,
        height - height_of(more, width),
    )
    return KeepInFrame(width, height, rows + more, mode="truncate")


def _draw_caption(c: Canvas, caption: str, x: float, top: float, max_width: float) -> None:
    """`caption` (a replay's date) large, on a halo, with its upper left at (x, top)."""
    size = CAPTION_PT
    text = fit_line(caption, max_width - 8, size, bold=True)
    c.saveState()
    c.setFillColor(HexColor(PDF_STYLE["label_halo"]))
    c.setFillAlpha(0.85)
    c.roundRect(
        x, top - size * 1.3, text_width(text, size, bold=True) + 10, size * 1.3, 3, stroke=0, fill=1
    )
    c.setFillAlpha(1)
    c.setFillColor(HexColor(PDF_STYLE["text"]))
    c.setFont(BOLD, size)
    c.drawString(x + 5, top - size * 1.02, text)
    c.restoreState()


def _slide_boxes(width: float, height: float) -> tuple[Rect, Rect, Rect]:
    """Title, panel (map and legend) and footer of a `width` x `height` design page."""
    band = BAND_INSET + BAND_HEIGHT + 4
    inner_w = width - 2 * MARGIN
    title = (MARGIN, height - band - TITLE_HEIGHT_PT, inner_w, TITLE_HEIGHT_PT)
    footer = (MARGIN, band, inner_w, FOOTER_HEIGHT_PT)
    panel_y = band + FOOTER_HEIGHT_PT + 4
    panel = (MARGIN, panel_y, inner_w, title[1] - 4 - panel_y)
    return title, panel, footer


def _title_box(
    title: str, styles: dict[str, ParagraphStyle], width: float, height: float
) -> Flowable:
    style = ParagraphStyle("picture_title", styles["slide_title"], fontSize=17, leading=20)
    box = fitted([Paragraph(paragraph_markup(title), style)], width, height, style.fontSize)
    if box is not None:
        return box
    # Too long for the title's room even shrunk: one line, cut (the handout has it whole).
    line = fit_line(title, width / (6.0 / style.fontSize), style.fontSize, bold=True)
    box = fitted([Paragraph(paragraph_markup(line), style)], width, height, style.fontSize)
    return box or KeepInFrame(width, height, [Paragraph("…", style)], mode="truncate")


def _draw_footer(c: Canvas, picture: SlideMap, rect: Rect) -> None:
    x, y, w, _ = rect
    as_of = translate("PdfPage", "As of {date}").format(date=format_day_text(picture.as_of))
    c.saveState()
    c.setFillColor(HexColor(PDF_STYLE["text"]))
    c.setFont(BOLD, 7)
    c.drawString(x, y + 2, as_of)
    names = short_source_names(picture.prepared.sources)
    if names:
        start = x + text_width(as_of, 7, bold=True) + 10
        c.setFillColor(HexColor(PDF_STYLE["muted_text"]))
        c.setFont(REGULAR, 6.5)
        c.drawString(
            start,
            y + 2,
            fit_line(
                translate("SlideImage", "Sources: {names}").format(names="; ".join(names)),
                x + w - start,
                6.5,
            ),
        )
    c.restoreState()


def _new_canvas(out: io.BytesIO, size_pt: tuple[float, float], doc: Briefing, title: str) -> Canvas:
    c = Canvas(out, pagesize=size_pt, initialFontName=REGULAR, pageCompression=1)
    c.setTitle(drawn_text(title))
    c.setAuthor(drawn_text(doc.author or doc.organisation))
    c.setSubject(drawn_text(doc.title))
    c.setKeywords(drawn_text(doc.classification))
    c.setCreator("Briefing App")
    return c


def slide_pdf(
    doc: Briefing,
    data: Datasets,
    slide: Slide | None = None,
    *,
    size_pt: tuple[float, float] = SLIDE_SIZE_PT,
    view: MapView | None = None,
    basemap: bool = True,
    caption: str | None = None,
    relief_dpi: int = RELIEF_DPI,
) -> bytes:
    """One page: marking bands, title, map with legend and scale bar, as-of date, sources.
    `slide` None: the briefing's current view; `view` in place of the slide's."""
    k = design_scale(size_pt)
    width, height = size_pt[0] / k, size_pt[1] / k
    title_rect, panel_rect, footer_rect = _slide_boxes(width, height)
    picture = prepare_slide_picture(
        doc, data, slide, panel_rect[2:], view=view, basemap=basemap, relief_dpi=relief_dpi
    )
    styles = paragraph_styles()
    out = io.BytesIO()
    c = _new_canvas(out, size_pt, doc, picture.title)
    c.scale(k, k)
    draw_marking_bands(c, doc.classification, width, height)
    draw_top_left(c, _title_box(picture.title, styles, *title_rect[2:]), title_rect)
    draw_map_panel(c, picture, panel_rect, caption, styles)
    _draw_footer(c, picture, footer_rect)
    c.showPage()
    c.save()
    return out.getvalue()


def map_panel_pdf(
    doc: Briefing,
    data: Datasets,
    slide: Slide | None = None,
    *,
    size_pt: tuple[float, float],
    scale: float,
    view: MapView | None = None,
    basemap: bool = True,
    caption: str | None = None,
    relief_dpi: int = RELIEF_DPI,
) -> tuple[SlideMap, bytes]:
    """Only the map and its legend, for a page that sets title, marking and sources as its
    own text (a PowerPoint slide): what it shows, and the PDF. `scale` as design_scale of
    that page, so that its text matches the slide picture's."""
    width, height = size_pt[0] / scale, size_pt[1] / scale
    picture = prepare_slide_picture(
        doc, data, slide, (width, height), view=view, basemap=basemap, relief_dpi=relief_dpi
    )
    out = io.BytesIO()
    c = _new_canvas(out, size_pt, doc, picture.title)
    c.scale(scale, scale)
    draw_map_panel(c, picture, (0.0, 0.0, width, height), caption)
    c.showPage()
    c.save()
    return picture, out.getvalue()


def page_count(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def rasterise_pdf(pdf: bytes, width_px: int, pages: list[int] | None = None) -> list[Image.Image]:
    """Each page of `pdf` (or those numbered in `pages`, from 0) as an RGB image `width_px`
    wide, its height in proportion. A printer asks page by page: a poster's pages at print
    resolution do not all fit in memory at once."""
    document = pdfium.PdfDocument(pdf)
    try:
        images = []
        for index in range(len(document)) if pages is None else pages:
            page = document[index]
            page_w, page_h = page.get_size()
            bitmap = page.render(scale=width_px / page_w)
            image = bitmap.to_pil().convert("RGB")
            size = (width_px, max(1, round(page_h * width_px / page_w)))
            if image.size != size:  # PDFium rounds the bitmap's size its own way
                image = image.resize(size, Image.Resampling.LANCZOS)
            images.append(image)
            page.close()
        return images
    finally:
        document.close()


def png_bytes(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()


def slide_png(
    doc: Briefing,
    data: Datasets,
    slide: Slide | None = None,
    *,
    width_px: int = 1920,
    height_px: int = 1080,
    view: MapView | None = None,
    basemap: bool = True,
    caption: str | None = None,
) -> bytes:
    """slide_pdf as a `width_px` x `height_px` PNG."""
    size_pt = (SLIDE_SIZE_PT[0], SLIDE_SIZE_PT[0] * height_px / width_px)
    dpi = relief_dpi_for(width_px / size_pt[0] * design_scale(size_pt))
    pdf = slide_pdf(
        doc,
        data,
        slide,
        size_pt=size_pt,
        view=view,
        basemap=basemap,
        relief_dpi=dpi,
        caption=caption,
    )
    image = rasterise_pdf(pdf, width_px)[0]
    if image.size != (width_px, height_px):
        image = image.resize((width_px, height_px), Image.Resampling.LANCZOS)
    return png_bytes(image)
