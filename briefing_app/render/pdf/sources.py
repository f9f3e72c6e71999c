"""The sources of a PDF: each source the maps cite gets one number, in the order the pages
first cite it; a map page prints only its numbers, by layer ("Membership [2, 3]"), and the
one full list at the end of the document gives each source once with its number."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Table, TableStyle

from briefing_app.i18n import format_day_text, translate
from briefing_app.render.pdf.fonts import REGULAR
from briefing_app.render.pdf.marks import OnDraw
from briefing_app.render.pdf.paragraphs import Paragraph
from briefing_app.render.pdf.tables import split_tall_rows
from briefing_app.render.text import drawn_text, paragraph_link, paragraph_markup
from briefing_app.scene.build import Source
from briefing_app.style.map_style import PDF_STYLE

LIST_ANCHOR = "sources"
ROOM_FOR_LIST_START_PT = 90


@dataclass
class SourceList:
    numbers: dict[Source, int] = field(default_factory=dict)
    cited_for: dict[Source, list[str]] = field(default_factory=dict)  # layer titles
    page: int | None = None  # where the list is printed, once a first layout has said

    def cite(self, layer_title: str, source: Source) -> int:
        number = self.numbers.setdefault(source, len(self.numbers) + 1)
        titles = self.cited_for.setdefault(source, [])
        if layer_title not in titles:
            titles.append(layer_title)
        return number

    def placed(self, canvas: Canvas) -> None:
        """The list starts on this canvas's page: note it for the map pages' "full list
        p. N", and give the list its outline entry."""
        self.page = canvas.getPageNumber()
        canvas.bookmarkPage(LIST_ANCHOR)
        canvas.addOutlineEntry(translate("PdfSources", "Sources"), LIST_ANCHOR, level=0)

    def number_of(self, label: str, url: str, as_of: str) -> int | None:
        return self.numbers.get(Source(label, url, as_of))


def page_references(
    sources: list[tuple[str, Source]], numbers: SourceList
) -> list[tuple[str, list[int]]]:
    """A page's citations as (layer title, its source numbers), layers in page order."""
    by_layer: dict[str, list[int]] = {}
    for layer_title, source in sources:
        n = numbers.cite(layer_title, source)
        cited = by_layer.setdefault(layer_title, [])
        if n not in cited:
            cited.append(n)
    return [(title, sorted(ns)) for title, ns in by_layer.items()]


def number_ranges(numbers: list[int]) -> str:
    """[1, 2, 3, 5, 7, 8] -> "1–3, 5, 7, 8": a run of three or more as a range."""
    parts: list[str] = []
    run: list[int] = []
    for n in [*sorted(numbers), None]:
        if run and (n is None or n != run[-1] + 1):
            parts += [f"{run[0]}–{run[-1]}"] if len(run) >= 3 else [str(r) for r in run]
            run = []
        if n is not None:
            run.append(n)
    return ", ".join(parts)


def references_markup(references: list[tuple[str, list[int]]], list_page: int | None) -> str:
    """ "Sources (list on p. 19): Countries [1] · Membership [2, 3]", escaped; the list's
    page a link to the list."""
    if not references:
        return ""
    # Before the first layout has placed the list, a wide placeholder keeps the line as
    # long as it will be (the box's split must not change between the two layouts).
    page = str(list_page) if list_page is not None else "999"
    # A translation is text, never markup: escaped before the markup goes in its places
    # (the sentence's order and its spaces are the translator's: "Sources (… p. 9) : ").
    heading = paragraph_markup(translate("PdfSources", "Sources"))
    where = paragraph_markup(translate("PdfSources", "full list p. {page}").format(page=page))
    head = paragraph_markup(translate("PdfSources", "{sources} ({list}): ")).format(
        sources=f"<b>{heading}</b>", list=f'<a href="#{LIST_ANCHOR}">{where}</a>'
    )
    return head + " · ".join(
        f"{paragraph_markup(title)} [{number_ranges(ns)}]" for title, ns in references
    )


def sources_list_flowables(
    numbers: SourceList, styles: dict[str, ParagraphStyle], width: float, heading_style: str
) -> list[Flowable]:
    """The full list: number, citation (as of, link) and the layers that cite it."""
    if not numbers.numbers:
        return []
    # The heading goes to the next page with the first rows; the page noted is the heading's.
    out: list[Flowable] = [
        CondPageBreak(ROOM_FOR_LIST_START_PT),
        Paragraph(translate("PdfSources", "Sources"), styles[heading_style]),
        OnDraw(numbers.placed),
        Paragraph(
            translate("PdfSources", "Each map page cites its sources by these numbers."),
            styles["cell"],
        ),
    ]
    rows = [
        [
            Paragraph(h, styles["cell_head"])
            for h in (
                translate("PdfSources", "No."),
                translate("PdfSources", "Source"),
                translate("PdfSources", "Cited for"),
            )
        ]
    ]
    for source, n in sorted(numbers.numbers.items(), key=lambda item: item[1]):
        text = paragraph_markup(source.label)
        if source.as_of:
            text += " " + translate("PdfSources", "(as of {date})").format(
                date=paragraph_markup(format_day_text(source.as_of))
            )
        if source.url:
            text += " " + paragraph_link(source.url, PDF_STYLE["muted_text"])
        layers = "; ".join(paragraph_markup(t) for t in numbers.cited_for.get(source, []))
        rows.append(
            [
                Paragraph(f"[{n}]", styles["cell_head"]),
                Paragraph(text, styles["cell"]),
                Paragraph(layers, styles["cell"]),
            ]
        )
    widths = [32, width * 0.76 - 32, width * 0.24]
    table = Table(split_tall_rows(rows, widths), colWidths=widths, hAlign="LEFT", repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else the table sets Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), HexColor(PDF_STYLE["table_header"])),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, HexColor(PDF_STYLE["table_grid"])),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    out.append(table)
    return out


_NAME_END = re.compile(r",\s|:\s|;\s|\s\(")


def short_source_names(sources: list[tuple[str, Source]]) -> list[str]:
    """Each source a map cites by a short name, once, in the map's order: its label up to
    the first comma, colon, semicolon or parenthesis. A slide has room for one line; the
    handout's list has the whole citations."""
    names = (
        _NAME_END.split(drawn_text(source.label), maxsplit=1)[0].strip() for _, source in sources
    )
    return list(dict.fromkeys(name for name in names if name))
