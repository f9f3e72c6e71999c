"""A shared table cell drawn again writes exactly what reportlab's Paragraph writes, and a
cell with a link gets its link every time it is drawn."""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph as ReportlabParagraph
from reportlab.platypus import Table, TableStyle

from briefing_app.render.pdf.fonts import BOLD, REGULAR, register_fonts
from briefing_app.render.pdf.paragraphs import Paragraph

TEXTS = [
    "NATO, <b>as of</b> 2026-03-01",
    "Suwałki gap; Калининград",
    '[3] Source <a href="https://example.org/x" color="#555555">example.org</a>',
    "2026-03-01",
]


def _pages(make: type, shared: bool) -> tuple[list[str], list[int]]:
    """Each page's operators and link count for two pages of a table whose cells repeat."""
    register_fonts()
    style = ParagraphStyle("cell", fontName=REGULAR, fontSize=8, leading=10)
    head = ParagraphStyle("head", parent=style, fontName=BOLD, textColor=HexColor("#223344"))
    made: dict[str, object] = {}

    def cell(text: str, st: ParagraphStyle) -> object:
        if not shared:
            return make(text, st)
        return made.setdefault(text + st.name, make(text, st))

    canvas = Canvas(io.BytesIO(), pagesize=(600, 800), initialFontName=REGULAR)
    streams, links = [], []
    for page in range(2):
        rows = [[cell(t, head if r == 0 else style) for t in TEXTS] for r in range(12)]
        table = Table(rows, colWidths=[140, 120, 200, 60])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        if page:
            canvas.setFillColor(HexColor("#aa0000"))  # the cells set their own colour
        table.wrapOn(canvas, 520, 760)
        table.drawOn(canvas, 40, 20)
        streams.append("\n".join(canvas._code))
        links.append(len(canvas._annotationrefs))
        canvas.showPage()
    return streams, links


def test_cells_drawn_again_write_what_reportlab_writes() -> None:
    ours, our_links = _pages(Paragraph, shared=True)
    theirs, their_links = _pages(ReportlabParagraph, shared=False)
    assert ours == theirs
    assert our_links == their_links == [12, 12]  # one link per row, on both pages


def test_a_kept_drawing_is_the_canvas_own() -> None:
    # Another canvas (another document, or the second layout pass) draws afresh.
    register_fonts()
    p = Paragraph("Suwałki gap", ParagraphStyle("c", fontName=REGULAR, fontSize=8))
    p.wrap(100, 100)
    first = Canvas(io.BytesIO(), initialFontName=REGULAR)
    p.drawOn(first, 10, 10)
    second = Canvas(io.BytesIO(), initialFontName=REGULAR)
    p.drawOn(second, 10, 10)
    assert first._code == second._code
    assert first.__dict__["_briefing_drawn"] is not second.__dict__["_briefing_drawn"]
