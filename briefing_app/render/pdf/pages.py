"""The pages' flowables and decorations: paragraph styles, the marking bands with header and
footer drawn on every page, the cover, and a map page (map, talking points, legend,
furniture, sources)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame, Spacer, Table, TableStyle

from briefing_app.i18n import format_date, translate
from briefing_app.model.document import Briefing
from briefing_app.render.pdf.deferred import DeferringCanvas
from briefing_app.render.pdf.fitting import draw_top_left, fitted, height_of, split_to_fit
from briefing_app.render.pdf.fonts import BOLD, REGULAR, text_width
from briefing_app.render.pdf.furniture import (
    Locator,
    draw_locator,
    draw_map_furniture,
    legend_flowables,
    prepare_locator,
)
from briefing_app.render.pdf.layout import (
    BAND_HEIGHT,
    BAND_INSET,
    HEADER_HEIGHT,
    MARGIN,
    MapPageLayout,
    Rect,
    with_smaller_locator,
)
from briefing_app.render.pdf.map_drawing import PreparedMap, draw_map
from briefing_app.render.pdf.marks import OnDraw
from briefing_app.render.pdf.paragraphs import Paragraph
from briefing_app.render.pdf.sources import SourceList, references_markup
from briefing_app.render.text import drawn_text, paragraph_markup
from briefing_app.style.map_style import PDF_STYLE, marking_colours


def paragraph_styles() -> dict[str, ParagraphStyle]:
    text = HexColor(PDF_STYLE["text"])
    muted = HexColor(PDF_STYLE["muted_text"])
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9, leading=12, textColor=text)
    return {
        "body": base,
        "cover_title": ParagraphStyle(
            "cover_title", base, fontName=BOLD, fontSize=26, leading=31, spaceAfter=8
        ),
        "cover_subtitle": ParagraphStyle(
            "cover_subtitle", base, fontSize=14, leading=18, textColor=muted, spaceAfter=18
        ),
        "heading": ParagraphStyle(
            "heading", base, fontName=BOLD, fontSize=13, leading=16, spaceBefore=6, spaceAfter=6
        ),
        "subheading": ParagraphStyle(
            "subheading", base, fontName=BOLD, fontSize=10, leading=13, spaceBefore=10, spaceAfter=4
        ),
        "slide_title": ParagraphStyle("slide_title", base, fontName=BOLD, fontSize=15, leading=18),
        "notes": ParagraphStyle("notes", base, fontSize=8.5, leading=11, spaceAfter=6),
        "notes_title": ParagraphStyle(
            "notes_title", base, fontName=BOLD, fontSize=8.5, leading=11, spaceAfter=2
        ),
        "legend_title": ParagraphStyle(
            "legend_title", base, fontName=BOLD, fontSize=7, leading=9, spaceBefore=4, spaceAfter=1
        ),
        "legend": ParagraphStyle("legend", base, fontSize=6.5, leading=8),
        "small": ParagraphStyle("small", base, fontSize=6.5, leading=8, textColor=muted),
        "cell": ParagraphStyle("cell", base, fontSize=7, leading=8.6),
        "cell_head": ParagraphStyle("cell_head", base, fontName=BOLD, fontSize=7, leading=8.6),
    }


# ---------------------------------------------------------------- every page


PAGE_AS_OF = "_briefing_page_as_of"


@dataclass
class PageDecoration:
    """Marking bands, header and footer; the footer's page total is drawn once the document
    is complete (on a DeferringCanvas; on another canvas "Page X of X")."""

    doc: Briefing

    def __call__(self, canvas: Canvas, template_doc: object) -> None:
        width, height = canvas._pagesize
        draw_marking_bands(canvas, self.doc.classification, width, height)
        canvas.saveState()
        muted = HexColor(PDF_STYLE["muted_text"])
        canvas.setFillColor(muted)
        canvas.setStrokeColor(muted)
        canvas.setLineWidth(0.4)
        canvas.setFont(REGULAR, 7)
        top = height - BAND_INSET - BAND_HEIGHT - 4 - 8
        canvas.drawString(MARGIN, top, fit_line(self.doc.title, width * 0.6, 7))
        # A map page is as of its slide's date (MapPage leaves it on the canvas); the cover
        # and the appendix as of the briefing's.
        day = getattr(canvas, PAGE_AS_OF, None) or format_date(self.doc.as_of)
        canvas.drawRightString(
            width - MARGIN, top, translate("PdfPage", "As of {date}").format(date=day)
        )
        setattr(canvas, PAGE_AS_OF, None)
        canvas.line(MARGIN, top - 3, width - MARGIN, top - 3)
        bottom = BAND_INSET + BAND_HEIGHT + 4 + HEADER_HEIGHT - 11
        canvas.line(MARGIN, bottom + 9, width - MARGIN, bottom + 9)
        who = " · ".join(x for x in (self.doc.organisation, self.doc.author) if x)
        canvas.drawString(MARGIN, bottom, fit_line(who, width * 0.6, 7))
        page = canvas.getPageNumber()

        def footer(c: Canvas, total: int | None = page) -> None:
            c.drawRightString(
                width - MARGIN,
                bottom,
                translate("PdfPage", "Page {page} of {pages}").format(page=page, pages=total),
            )

        if isinstance(canvas, DeferringCanvas):
            canvas.defer(lambda c: footer(c, c.total_pages))
        else:
            footer(canvas)
        canvas.restoreState()


def marking_text(classification: str) -> str:
    """The marking as the bands print it: an empty one is not left blank."""
    return classification.strip() or "UNMARKED"


def draw_marking_bands(canvas: Canvas, classification: str, width: float, height: float) -> None:
    """The classification marking in a band at the top and the bottom of a `width` x
    `height` page: every page and every slide picture that leaves the app carries it."""
    colours = marking_colours(classification)
    # A marking longer than the band is cut with an ellipsis rather than run off the page.
    marking = fit_line(marking_text(classification), width - 2 * MARGIN - 8, 8, bold=True)
    canvas.saveState()
    for y in (height - BAND_INSET - BAND_HEIGHT, BAND_INSET):
        canvas.setFillColor(HexColor(colours.background))
        canvas.rect(MARGIN, y, width - 2 * MARGIN, BAND_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(HexColor(colours.foreground))
        canvas.setFont(BOLD, 8)
        canvas.drawCentredString(width / 2, y + 3.6, marking)
    canvas.restoreState()


def fit_line(text: str, width: float, size: float, bold: bool = False) -> str:
    """`text` on one line of `width` points, cut with an ellipsis where it is longer."""
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


def cover_flowables(
    doc: Briefing, styles: dict[str, ParagraphStyle], width: float, slide_count: int
) -> list[Flowable]:
    out: list[Flowable] = [
        Spacer(1, 30),
        Paragraph(paragraph_markup(doc.title), styles["cover_title"]),
    ]
    if doc.subtitle:
        out.append(Paragraph(paragraph_markup(doc.subtitle), styles["cover_subtitle"]))
    colours = marking_colours(doc.classification)
    marking_style = ParagraphStyle(
        "marking", styles["cell_head"], fontSize=9, textColor=HexColor(colours.foreground)
    )
    rows = [
        (
            translate("PdfCover", "Classification"),
            Paragraph(paragraph_markup(doc.classification), marking_style),
        ),
        (
            translate("PdfCover", "Author"),
            Paragraph(paragraph_markup(doc.author or "—"), styles["body"]),
        ),
        (
            translate("PdfCover", "Organisation"),
            Paragraph(paragraph_markup(doc.organisation or "—"), styles["body"]),
        ),
        (translate("PdfCover", "As of"), Paragraph(format_date(doc.as_of), styles["body"])),
        (translate("PdfCover", "Maps"), Paragraph(str(max(slide_count, 1)), styles["body"])),
    ]
    # splitInRow: an author or classification longer than a page continues on the next
    # one (a row that cannot split stops the export with a LayoutError).
    table = Table(
        [[Paragraph(k, styles["cell_head"]), v] for k, v in rows],
        colWidths=[90, min(width - 90, 300)],
        hAlign="LEFT",
        splitInRow=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("BACKGROUND", (1, 0), (1, 0), HexColor(colours.background)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, HexColor(PDF_STYLE["table_grid"])),
            ]
        )
    )
    out += [table, Spacer(1, 18)]
    if doc.summary:
        out += [
            Paragraph(translate("PdfCover", "Summary"), styles["subheading"]),
            Paragraph(paragraph_markup(doc.summary), styles["body"]),
        ]
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
    locator: Locator | None  # None: the page's text took its room
    references: list[tuple[str, list[int]]] = field(default_factory=list)
    source_list: SourceList | None = None


class MapPage(Flowable):
    """A whole map page; fills the content frame, so each one starts a new page. Text that
    would have to shrink below MIN_TEXT_PT to fit its box is left for `continued`, the
    flowables that follow the map page."""

    def __init__(
        self,
        content: MapPageContent,
        layout: MapPageLayout,
        width: float,
        height: float,
        styles: dict[str, ParagraphStyle],
    ):
        super().__init__()
        self.content, self.layout = content, layout
        self.width, self.height = width, height
        self.styles = styles
        self.continued: list[Flowable] = []
        self._legends: dict[tuple[float, int], list[Flowable]] = {}
        self._titles: dict[bool, Flowable] = {}
        self._fits: dict[tuple[object, ...], tuple[list[Flowable], KeepInFrame | None]] = {}
        self._title_cut = False
        self._title = self._fit_title()
        self._boxes = self._fit_column()  # may take room from the locator (self.layout)
        list_page = content.source_list.page if content.source_list else None
        # Until the layout has placed the sources list its page is a placeholder: the box is
        # drawn again at save with the real page (a DeferringCanvas), unless it had to be
        # split, when the document needs a second layout (`needs_list_page`).
        self._list_page_pending = list_page is None
        self._sources, rest = self._fit_sources(list_page)
        self.continued += rest
        self.needs_list_page = bool(rest) and self._list_page_pending
        if self.continued:
            heading = paragraph_markup(content.title) + ("" if self._title_cut else " (continued)")
            # The continuation is as of its slide too (the header's "As of").
            as_of = content.as_of
            self.continued[:0] = [
                OnDraw(lambda canvas: setattr(canvas, PAGE_AS_OF, as_of)),
                Paragraph(heading, styles["slide_title"]),
                Spacer(1, 6),
            ]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        setattr(self.canv, PAGE_AS_OF, self.content.as_of)
        c: Canvas = self.canv
        content = self.content
        c.bookmarkPage(content.key)
        # The outline is a PDF text string (UTF-16): a lone surrogate cannot be encoded.
        c.addOutlineEntry(drawn_text(content.title), content.key, level=0)
        draw_top_left(c, self._title, self.layout.title)
        self._draw_map(c)
        self._draw_text(c)

    # -- fitting the text boxes (once, when the story is made: both layouts agree)

    def _fit_title(self) -> Flowable:
        _, _, w, h = self.layout.title
        style = self.styles["slide_title"]
        box = fitted([Paragraph(paragraph_markup(self.content.title), style)], w, h, style.fontSize)
        if box is not None:
            return box
        # Too long even at the smallest size: cut with an ellipsis; the continuation page
        # has it whole.
        text = drawn_text(self.content.title)
        low, high = 0, len(text)
        while low < high:
            middle = (low + high + 1) // 2
            trial = [Paragraph(paragraph_markup(text[:middle]) + "…", style)]
            if fitted(trial, w, h, style.fontSize) is not None:
                low = middle
            else:
                high = middle - 1
        self._title_cut = True
        self.continued.append(Spacer(1, 0))  # a continuation page, headed by the whole title
        box = fitted([Paragraph(paragraph_markup(text[:low]) + "…", style)], w, h, style.fontSize)
        assert box is not None  # an ellipsis alone fits
        return box

    def _notes(self) -> list[Flowable]:
        """The talking points, one paragraph per blank-line-separated part."""
        return [
            Paragraph(paragraph_markup(part), self.styles["notes"])
            for part in self.content.notes.split("\n\n")
            if part.strip()
        ]

    def _legend(self, width: float, columns: int) -> list[Flowable]:
        # Made once per width and column count: the fitting tries each box layout more than
        # once, and the same flowables keep the line breaks they found (paragraphs.py). Only
        # the box finally chosen is drawn, and it wraps its content again first.
        key = (width, columns)
        if key not in self._legends:
            legend = legend_flowables(self.content.prepared.legend, self.styles, width, columns)
            if legend:
                legend.insert(
                    0, Paragraph(translate("PdfPage", "Legend"), self.styles["notes_title"])
                )
            self._legends[key] = legend
        return list(self._legends[key])

    def _fit_column(self) -> list[tuple[Rect, Flowable]]:
        """The talking points and the legend in their box(es): as they are; else with the
        legend in two columns; else the talking points that fit, whole paragraphs, and the
        rest on the next page (the legend belongs beside its map); else the legend's rest
        there too."""
        styles = self.styles
        smallest = styles["legend"].fontSize
        paragraphs = self._notes()
        # Before anything moves to another page, the locator gives up room.
        for share in (0.5, 0.0):
            if self._column_fits(paragraphs):
                break
            self.layout = with_smaller_locator(self.layout, share)
        layout = self.layout
        shown = self.content.locator
        if layout.locator[3] != (shown.extent.height if shown is not None else 0.0):
            _, _, lw, lh = layout.locator
            self.content = replace(
                self.content,
                locator=prepare_locator(self.content.prepared.extent, lw, lh) if lh else None,
            )
        if layout.legend is None:
            box = layout.notes
            _, _, w, h = box
            for columns in (1, 2):
                fit = self._fitted(
                    self._titled(paragraphs) + self._legend(w, columns), w, h, smallest
                )
                if fit is not None:
                    return [(box, fit)]
            legend = self._legend(w, 2)
            room = h - height_of(legend, w)
            if room <= 0:
                return [(box, self._legend_split(w, h, paragraphs))]
            return [
                (
                    box,
                    KeepInFrame(
                        w, h, self._notes_split(w, room, paragraphs) + legend, mode="truncate"
                    ),
                )
            ]
        out = []
        _, _, nw, nh = layout.notes
        fit = self._fitted(self._titled(paragraphs), nw, nh, styles["notes"].fontSize)
        if paragraphs:
            out.append(
                (
                    layout.notes,
                    fit
                    or KeepInFrame(nw, nh, self._notes_split(nw, nh, paragraphs), mode="truncate"),
                )
            )
        _, _, lw, lh = layout.legend
        fitted = next(
            (
                f
                for columns in (1, 2)
                if (f := self._fitted(self._legend(lw, columns), lw, lh, smallest))
            ),
            None,
        )
        out.append((layout.legend, fitted or self._legend_split(lw, lh, [])))
        return out

    def _column_fits(self, paragraphs: list[Flowable]) -> bool:
        layout, smallest = self.layout, self.styles["legend"].fontSize
        notes = self._titled(paragraphs)

        def fits(rect: Rect, head: list[Flowable], size: float) -> bool:
            _, _, w, h = rect
            return any(
                self._fitted(head + self._legend(w, columns), w, h, size) is not None
                for columns in (1, 2)
            )

        if layout.legend is None:
            return fits(layout.notes, notes, smallest)
        _, _, nw, nh = layout.notes
        notes_fit = not notes or self._fitted(notes, nw, nh, self.styles["notes"].fontSize)
        return bool(notes_fit) and fits(layout.legend, [], smallest)

    def _fitted(
        self, flowables: list[Flowable], width: float, height: float, smallest_pt: float
    ) -> KeepInFrame | None:
        """fitting.fitted, once per content and box: the column's layouts are tried more
        than once (shrinking to fit wraps the text at several widths each time)."""
        key = (*map(id, flowables), width, height, smallest_pt)
        if key not in self._fits:  # the list in the value keeps the ids' objects alive
            self._fits[key] = (flowables, fitted(flowables, width, height, smallest_pt))
        return self._fits[key][1]

    def _titled(self, paragraphs: list[Flowable], continued: bool = False) -> list[Flowable]:
        if not paragraphs:
            return []
        if continued not in self._titles:  # one heading object: the fits above know it
            title = (
                translate("PdfPage", "Talking points, continued")
                if continued
                else translate("PdfPage", "Talking points")
            )
            self._titles[continued] = Paragraph(title, self.styles["notes_title"])
        return [self._titles[continued], *paragraphs]

    def _notes_split(
        self, width: float, height: float, paragraphs: list[Flowable]
    ) -> list[Flowable]:
        """The whole paragraphs that fit `height` with a note that the rest follows; the
        rest to the continuation. A paragraph is never cut: each one reads as typed."""
        more = [
            Paragraph(
                translate("PdfPage", "Continued on the next page."), self.styles["notes_title"]
            )
        ]
        fitting = 0
        while (
            fitting < len(paragraphs)
            and height_of(self._titled(paragraphs[: fitting + 1]) + more, width) <= height
        ):
            fitting += 1
        if fitting == 0:
            self.continued += self._titled(paragraphs)
            return (
                [
                    Paragraph(
                        translate("PdfPage", "Talking points: on the next page."),
                        self.styles["notes"],
                    )
                ]
                if paragraphs
                else []
            )
        self.continued += self._titled(paragraphs[fitting:], continued=True)
        return self._titled(paragraphs[:fitting]) + more

    def _legend_split(self, width: float, height: float, paragraphs: list[Flowable]) -> Flowable:
        """A legend too long for its box even in two columns: its first rows, the rest on
        the next page (with the talking points, if they shared the box)."""
        pointer: list[Flowable] = []
        if paragraphs:
            pointer = [
                Paragraph(
                    translate("PdfPage", "Talking points: on the next page."), self.styles["notes"]
                )
            ]
            self.continued += self._titled(paragraphs)
        more = [
            Paragraph(
                translate("PdfPage", "Legend continued on the next page."), self.styles["notes"]
            )
        ]
        head, rest = split_to_fit(
            pointer + self._legend(width, 2), width, height - height_of(more, width)
        )
        self.continued += [
            Paragraph(translate("PdfPage", "Legend, continued"), self.styles["notes_title"]),
            *rest,
        ]
        return KeepInFrame(width, height, head + more, mode="truncate")

    def _fit_sources(self, list_page: int | None) -> tuple[Flowable | None, list[Flowable]]:
        """The sources box, and what did not fit it (for the next page)."""
        markup = references_markup(self.content.references, list_page)
        if not markup:
            return None, []
        _, _, w, h = self.layout.sources
        style = self.styles["small"]
        paragraph = Paragraph(markup, style)
        fit = fitted([paragraph], w, h, style.fontSize)
        if fit is not None:
            return fit, []
        head, rest = split_to_fit([paragraph], w, h)
        return KeepInFrame(w, h, head, mode="truncate"), rest

    # -- drawing

    def _draw_map(self, c: Canvas) -> None:
        content = self.content
        draw_framed_map(c, content.prepared, self.layout.map)
        if content.locator is not None:
            lx, ly, _, _ = self.layout.locator
            draw_locator(c, content.locator, lx, ly)

    def _draw_text(self, c: Canvas) -> None:
        content, layout = self.content, self.layout
        for rect, box in self._boxes:
            draw_top_left(c, box, rect)
        lx, ly, _, lh = layout.locator
        c.saveState()
        c.setFont(REGULAR, 6.5)
        c.setFillColor(HexColor(PDF_STYLE["text"]))
        text = translate("PdfPage", "As of {date}").format(date=content.as_of)
        if content.locator is not None:
            text += " · " + translate("PdfPage", "Locator: the map's extent")
        c.drawString(lx, ly + lh + 4, text)
        c.restoreState()
        if self._sources is None:
            return
        if self._list_page_pending and isinstance(c, DeferringCanvas):
            # The placeholder's box fitted whole, so the real (no wider) page number does.
            source_list = self.content.source_list
            c.defer(
                lambda canvas: draw_top_left(
                    canvas,
                    self._fit_sources(source_list.page if source_list else None)[0]
                    or self._sources,
                    layout.sources,
                )
            )
        else:
            draw_top_left(c, self._sources, layout.sources)


def draw_framed_map(c: Canvas, prepared: PreparedMap, rect: Rect) -> None:
    """The map in `rect` with its scale bar (lower left) and north arrow (upper right)."""
    mx, my, _, _ = rect
    draw_map(c, prepared, mx, my)
    draw_map_furniture(c, prepared.extent, mx, my)
