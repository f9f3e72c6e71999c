"""The pages' flowables and decorations: paragraph styles, the marking bands with header and
footer drawn on every page, the cover, and a map page (map, talking points, legend,
furniture, sources)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from briefing_app.model.document import Briefing
from briefing_app.render.pdf.fonts import BOLD, REGULAR
from briefing_app.render.pdf.furniture import (
    Locator,
    draw_locator,
    draw_north_arrow,
    draw_scale_bar,
    legend_flowables,
    sources_markup,
)
from briefing_app.render.pdf.layout import (
    BAND_HEIGHT,
    BAND_INSET,
    HEADER_HEIGHT,
    MARGIN,
    MapPageLayout,
)
from briefing_app.render.pdf.map_drawing import PreparedMap, draw_map
from briefing_app.render.text import drawn_text, paragraph_markup
from briefing_app.style import PDF_STYLE, marking_colours


def paragraph_styles() -> dict[str, ParagraphStyle]:
    text = HexColor(PDF_STYLE["text"])
    muted = HexColor(PDF_STYLE["muted_text"])
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9, leading=12, textColor=text)
    return {
        "body": base,
        "cover_title": ParagraphStyle("cover_title", base, fontName=BOLD, fontSize=26,
                                      leading=31, spaceAfter=8),
        "cover_subtitle": ParagraphStyle("cover_subtitle", base, fontSize=14, leading=18,
                                         textColor=muted, spaceAfter=18),
        "heading": ParagraphStyle("heading", base, fontName=BOLD, fontSize=13, leading=16,
                                  spaceBefore=6, spaceAfter=6),
        "subheading": ParagraphStyle("subheading", base, fontName=BOLD, fontSize=10,
                                     leading=13, spaceBefore=10, spaceAfter=4),
        "slide_title": ParagraphStyle("slide_title", base, fontName=BOLD, fontSize=15,
                                      leading=18),
        "notes": ParagraphStyle("notes", base, fontSize=8.5, leading=11, spaceAfter=6),
        "notes_title": ParagraphStyle("notes_title", base, fontName=BOLD, fontSize=8.5,
                                      leading=11, spaceAfter=2),
        "legend_title": ParagraphStyle("legend_title", base, fontName=BOLD, fontSize=7,
                                       leading=9, spaceBefore=4, spaceAfter=1),
        "legend": ParagraphStyle("legend", base, fontSize=6.5, leading=8),
        "small": ParagraphStyle("small", base, fontSize=5.5, leading=6.8, textColor=muted),
        "cell": ParagraphStyle("cell", base, fontSize=7, leading=8.6),
        "cell_head": ParagraphStyle("cell_head", base, fontName=BOLD, fontSize=7, leading=8.6),
    }


# ---------------------------------------------------------------- every page


PAGE_AS_OF = "_briefing_page_as_of"


@dataclass
class PageDecoration:
    """Marking bands, header and footer; `total_pages` is known from the first pass."""

    doc: Briefing
    total_pages: int | None = None

    def __call__(self, canvas: Canvas, template_doc: object) -> None:
        width, height = canvas._pagesize
        colours = marking_colours(self.doc.classification)
        # A marking longer than the band is cut with an ellipsis rather than run off the page.
        marking = _fit(self.doc.classification.strip() or "UNMARKED",
                       width - 2 * MARGIN - 8, 8, bold=True)
        canvas.saveState()
        for y in (height - BAND_INSET - BAND_HEIGHT, BAND_INSET):
            canvas.setFillColor(HexColor(colours.background))
            canvas.rect(MARGIN, y, width - 2 * MARGIN, BAND_HEIGHT, stroke=0, fill=1)
            canvas.setFillColor(HexColor(colours.foreground))
            canvas.setFont(BOLD, 8)
            canvas.drawCentredString(width / 2, y + 3.6, marking)
        muted = HexColor(PDF_STYLE["muted_text"])
        canvas.setFillColor(muted)
        canvas.setStrokeColor(muted)
        canvas.setLineWidth(0.4)
        canvas.setFont(REGULAR, 7)
        top = height - BAND_INSET - BAND_HEIGHT - 4 - 8
        canvas.drawString(MARGIN, top, _fit(self.doc.title, width * 0.6, 7))
        # A map page is as of its slide's date (MapPage leaves it on the canvas); the cover
        # and the appendix as of the briefing's.
        day = getattr(canvas, PAGE_AS_OF, None) or self.doc.as_of.isoformat()
        canvas.drawRightString(width - MARGIN, top, f"As of {day}")
        setattr(canvas, PAGE_AS_OF, None)
        canvas.line(MARGIN, top - 3, width - MARGIN, top - 3)
        bottom = BAND_INSET + BAND_HEIGHT + 4 + HEADER_HEIGHT - 11
        canvas.line(MARGIN, bottom + 9, width - MARGIN, bottom + 9)
        who = " · ".join(x for x in (self.doc.organisation, self.doc.author) if x)
        canvas.drawString(MARGIN, bottom, _fit(who, width * 0.6, 7))
        page = canvas.getPageNumber()
        total = self.total_pages if self.total_pages is not None else page
        canvas.drawRightString(width - MARGIN, bottom, f"Page {page} of {total}")
        canvas.restoreState()


def _fit(text: str, width: float, size: float, bold: bool = False) -> str:
    from briefing_app.render.pdf.fonts import text_width

    text = drawn_text(text).replace("\n", " ")
    if text_width(text, size, bold) <= width:
        return text
    # The longest prefix that fits with its ellipsis, by bisection: trimming one character
    # at a time measured a 10,000-character title 10,000 times on every page (minutes).
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(text[:middle] + "…", size, bold) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low] + "…"


# ---------------------------------------------------------------- cover


def cover_flowables(doc: Briefing, styles: dict[str, ParagraphStyle], width: float,
                    slide_count: int) -> list[Flowable]:
    out: list[Flowable] = [Spacer(1, 30),
                           Paragraph(paragraph_markup(doc.title), styles["cover_title"])]
    if doc.subtitle:
        out.append(Paragraph(paragraph_markup(doc.subtitle), styles["cover_subtitle"]))
    colours = marking_colours(doc.classification)
    marking_style = ParagraphStyle("marking", styles["cell_head"], fontSize=9,
                                   textColor=HexColor(colours.foreground))
    rows = [
        ("Classification", Paragraph(paragraph_markup(doc.classification), marking_style)),
        ("Author", Paragraph(paragraph_markup(doc.author or "—"), styles["body"])),
        ("Organisation", Paragraph(paragraph_markup(doc.organisation or "—"), styles["body"])),
        ("As of", Paragraph(doc.as_of.isoformat(), styles["body"])),
        ("Maps", Paragraph(str(max(slide_count, 1)), styles["body"])),
    ]
    # splitInRow: an author or classification longer than a page continues on the next
    # one (a row that cannot split stops the export with a LayoutError).
    table = Table([[Paragraph(k, styles["cell_head"]), v] for k, v in rows],
                  colWidths=[90, min(width - 90, 300)], hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("BACKGROUND", (1, 0), (1, 0), HexColor(colours.background)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, HexColor(PDF_STYLE["table_grid"])),
    ]))
    out += [table, Spacer(1, 18)]
    if doc.summary:
        out += [Paragraph("Summary", styles["subheading"]),
                Paragraph(paragraph_markup(doc.summary), styles["body"])]
    return out


class Bookmark(Flowable):
    """An outline entry pointing at where it stands."""

    def __init__(self, key: str, title: str):
        super().__init__()
        self.key, self.title = key, title

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=0)


# ---------------------------------------------------------------- map page


@dataclass
class MapPageContent:
    key: str
    title: str
    notes: str
    as_of: str
    prepared: PreparedMap
    locator: Locator


class MapPage(Flowable):
    """A whole map page; fills the content frame, so each one starts a new page."""

    def __init__(self, content: MapPageContent, layout: MapPageLayout, width: float,
                 height: float, styles: dict[str, ParagraphStyle], draw_maps: bool = True):
        super().__init__()
        self.content, self.layout = content, layout
        self.width, self.height = width, height
        self.styles, self.draw_maps = styles, draw_maps

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        setattr(self.canv, PAGE_AS_OF, self.content.as_of)
        c: Canvas = self.canv
        content, layout, styles = self.content, self.layout, self.styles
        c.bookmarkPage(content.key)
        # The outline is a PDF text string (UTF-16): a lone surrogate cannot be encoded.
        c.addOutlineEntry(drawn_text(content.title), content.key, level=0)
        x, y, w, h = layout.title
        title = KeepInFrame(w, h, [Paragraph(paragraph_markup(content.title),
                                             styles["slide_title"])], mode="shrink")
        _, th = title.wrapOn(c, w, h)
        title.drawOn(c, x, y + h - th)
        if self.draw_maps:
            self._draw_map(c)
        self._draw_text(c)

    def _draw_map(self, c: Canvas) -> None:
        content = self.content
        mx, my, mw, mh = self.layout.map
        draw_map(c, content.prepared, mx, my)
        draw_scale_bar(c, content.prepared.extent, mx + 5, my + 5, max_width=mw * 0.22)
        draw_north_arrow(c, content.prepared.extent, mx + mw - 14, my + mh - 16)
        lx, ly, _, _ = self.layout.locator
        draw_locator(c, content.locator, lx, ly)

    def _draw_text(self, c: Canvas) -> None:
        content, layout, styles = self.content, self.layout, self.styles
        notes: list[Flowable] = []
        if content.notes.strip():
            notes += [Paragraph("Talking points", styles["notes_title"])]
            notes += [Paragraph(paragraph_markup(part), styles["notes"])
                      for part in content.notes.split("\n\n") if part.strip()]
        legend = legend_flowables(content.prepared.legend, styles,
                                  (layout.legend or layout.notes)[2])
        if legend:
            legend.insert(0, Paragraph("Legend", styles["notes_title"]))
        boxes = ([(layout.notes, notes + legend)] if layout.legend is None
                 else [(layout.notes, notes), (layout.legend, legend)])
        for (bx, by, bw, bh), flowables in boxes:
            if not flowables:
                continue
            frame = KeepInFrame(bw, bh, flowables, mode="shrink")
            _, fh = frame.wrapOn(c, bw, bh)
            frame.drawOn(c, bx, by + bh - fh)
        lx, ly, _, lh = layout.locator
        c.saveState()
        c.setFont(REGULAR, 6.5)
        c.setFillColor(HexColor(PDF_STYLE["text"]))
        c.drawString(lx, ly + lh + 4, f"As of {content.as_of} · Locator: the map's extent")
        c.restoreState()
        sx, sy, sw, sh = layout.sources
        markup = sources_markup(content.prepared.sources)
        if markup:
            frame = KeepInFrame(sw, sh, [Paragraph(markup, styles["small"])], mode="shrink")
            _, fh = frame.wrapOn(c, sw, sh)
            frame.drawOn(c, sx, sy + sh - fh)
