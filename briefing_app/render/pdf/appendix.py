"""The appendix: members of each grouping shown, and the deployments and flashpoints on the
maps, each row with its source and as-of date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from briefing_app.data.datasets import Datasets
from briefing_app.i18n import format_date, format_day_text, translate
from briefing_app.model.document import Briefing
from briefing_app.render.pdf.fonts import REGULAR
from briefing_app.render.pdf.map_drawing import DrawnItem
from briefing_app.render.pdf.pages import Bookmark
from briefing_app.render.pdf.paragraphs import Paragraph, SharedParagraphs
from briefing_app.render.pdf.sources import SourceList
from briefing_app.render.pdf.tables import split_tall_rows
from briefing_app.render.text import paragraph_link, paragraph_markup
from briefing_app.scene.build import GroupingChoice, grouping_choices
from briefing_app.scene.grouping_stats import MEMBERS_ROW, grouping_stats
from briefing_app.scene.items import Popup
from briefing_app.style.map_style import PDF_STYLE

ROOM_FOR_TABLE_START_PT = 90  # a heading, the header row and about three rows


@dataclass(frozen=True)
class GroupingShown:
    choice_id: str
    day: dt.date


def _source_cell(
    label: str,
    url: str,
    as_of: str,
    style: ParagraphStyle,
    numbers: SourceList,
    cells: SharedParagraphs,
) -> Paragraph:
    """The source, with its number in the sources list when a map cites it."""
    n = numbers.number_of(label, url, as_of)
    text = (f"[{n}] " if n is not None else "") + paragraph_markup(label or "")
    if url:
        text += (" " if text else "") + paragraph_link(url, PDF_STYLE["muted_text"])
    return cells(text or "—", style)


def _table(
    header: list[str],
    rows: list[list[object]],
    widths: list[float],
    styles: dict[str, ParagraphStyle],
    cells: SharedParagraphs,
) -> Table:
    head = [cells(paragraph_markup(h), styles["cell_head"]) for h in header]
    body = [
        [
            c if isinstance(c, Flowable) else cells(paragraph_markup(str(c)), styles["cell"])
            for c in row
        ]
        for row in rows
    ]
    body = split_tall_rows(body, widths)
    table = Table([head, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
    grid = HexColor(PDF_STYLE["table_grid"])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("BACKGROUND", (0, 0), (-1, 0), HexColor(PDF_STYLE["table_header"])),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, grid),
                ("BOX", (0, 0), (-1, -1), 0.3, grid),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def appendix_flowables(
    doc: Briefing,
    data: Datasets,
    groupings: list[GroupingShown],
    drawn: list[DrawnItem],
    styles: dict[str, ParagraphStyle],
    width: float,
    numbers: SourceList,
) -> list[Flowable]:
    cells = SharedParagraphs()
    out: list[Flowable] = [
        Bookmark("appendix", translate("PdfAppendix", "Appendix")),
        Paragraph(translate("PdfAppendix", "Appendix"), styles["heading"]),
    ]
    choices = {c.id: c for c in grouping_choices(doc, data)}
    for shown in groupings:
        choice = choices.get(shown.choice_id)
        if choice is None:
            continue
        members = sorted(
            choice.members_on(shown.day), key=lambda iso: data.country_names.get(iso, iso)
        )
        heading = translate("PdfAppendix", "Members of {grouping} on {date} ({count})").format(
            grouping=choice.name, date=format_date(shown.day), count=len(members)
        )
        out += _heading(heading, styles)
        rows: list[list[object]] = []
        if choice.builtin is not None:
            g = choice.builtin
            for iso in members:
                m = next((m for m in g.members if m.iso_a3 == iso and m.active_on(shown.day)), None)
                rows.append(
                    [
                        data.country_names.get(iso, iso),
                        iso,
                        format_day_text(m.start.isoformat()) if m else "",
                        _source_cell(
                            g.source,
                            m.source_url if m else g.source_url,
                            g.as_of.isoformat(),
                            styles["cell"],
                            numbers,
                            cells,
                        ),
                        format_day_text(g.as_of.isoformat()),
                    ]
                )
        else:
            for iso in members:
                rows.append(
                    [
                        data.country_names.get(iso, iso),
                        iso,
                        "—",
                        cells(
                            translate("PdfAppendix", "custom grouping in this briefing"),
                            styles["cell"],
                        ),
                        format_day_text(doc.as_of.isoformat()),
                    ]
                )
        out.append(
            _table(
                [
                    translate("PdfAppendix", "Country"),
                    translate("PdfAppendix", "Code"),
                    translate("PdfAppendix", "Member since"),
                    translate("PdfAppendix", "Source"),
                    translate("PdfAppendix", "As of"),
                ],
                rows,
                _widths(width, [0.2, 0.07, 0.1, 0.53, 0.1]),
                styles,
                cells,
            )
        )
        out += _figures_table(choice, shown, data, styles, width, cells)

    deployments = _unique(d for d in drawn if d.layer_id == "deployments")
    if deployments:
        out += _heading(translate("PdfAppendix", "Deployments on the maps"), styles)
        rows = []
        for d in deployments:
            popup = d.item.popup or Popup(d.item.label)
            rows.append(
                [
                    popup.title or d.item.label,
                    popup.row("Host"),
                    popup.row("Location"),
                    popup.row("Framework nation"),
                    popup.row("Established"),
                    _source_cell(
                        popup.source, popup.source_url, popup.as_of, styles["cell"], numbers, cells
                    ),
                    format_day_text(popup.as_of),
                ]
            )
        out.append(
            _table(
                [
                    translate("PdfAppendix", "Deployment"),
                    translate("PdfAppendix", "Host"),
                    translate("PdfAppendix", "Location"),
                    translate("PdfAppendix", "Framework nation"),
                    translate("PdfAppendix", "Since"),
                    translate("PdfAppendix", "Source"),
                    translate("PdfAppendix", "As of"),
                ],
                rows,
                _widths(width, [0.2, 0.08, 0.15, 0.1, 0.08, 0.29, 0.1]),
                styles,
                cells,
            )
        )

    flashpoints = _unique(d for d in drawn if d.layer_id == "flashpoints")
    if flashpoints:
        out += _heading(translate("PdfAppendix", "Flashpoints and ranges on the maps"), styles)
        rows = []
        for d in flashpoints:
            popup = d.item.popup or Popup(d.item.label)
            # The description says what the place is: without it most rows were blank.
            details = "; ".join(
                [
                    *([popup.text] if popup.text else []),
                    *(f"{name}: {v}" for key, name, v in popup.keyed_rows() if key != "Note"),
                ]
            )
            rows.append(
                [
                    popup.title or d.item.label,
                    details,
                    _source_cell(
                        popup.source, popup.source_url, popup.as_of, styles["cell"], numbers, cells
                    ),
                    format_day_text(popup.as_of),
                ]
            )
        layer_unplaced = _unplaced(doc, data)
        for record in layer_unplaced:
            rows.append(
                [
                    record.name,
                    translate("PdfAppendix", "No sourced location: not drawn.")
                    + " "
                    + record.description,
                    _source_cell(
                        record.source,
                        record.source_url,
                        record.as_of.isoformat(),
                        styles["cell"],
                        numbers,
                        cells,
                    ),
                    format_day_text(record.as_of.isoformat()),
                ]
            )
        out.append(
            _table(
                [
                    translate("PdfAppendix", "Flashpoint"),
                    translate("PdfAppendix", "Details"),
                    translate("PdfAppendix", "Source"),
                    translate("PdfAppendix", "As of"),
                ],
                rows,
                _widths(width, [0.22, 0.36, 0.32, 0.1]),
                styles,
                cells,
            )
        )
    out.append(Spacer(1, 6))
    return out


def _heading(text: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    # A table's heading goes to the next page with its first rows, never alone at the foot
    # of one; a long table still starts where there is room for them.
    return [
        CondPageBreak(ROOM_FOR_TABLE_START_PT),
        Paragraph(paragraph_markup(text), styles["subheading"]),
    ]


def _figures_table(
    choice: GroupingChoice,
    shown: GroupingShown,
    data: Datasets,
    styles: dict[str, ParagraphStyle],
    width: float,
    cells: SharedParagraphs,
) -> list[Flowable]:
    """The grouping's combined figures as the figures panel gives them: a partial sum says
    so, a missing figure says missing, each with its coverage, source and year."""
    rows: list[list[object]] = [
        [row.label, row.value, row.detail]
        for row in grouping_stats(choice, shown.day, data)
        if row.key != MEMBERS_ROW
    ]  # listed in the table above
    if not rows:
        return []
    heading = translate("PdfAppendix", "Figures of {grouping} on {date}").format(
        grouping=choice.name, date=format_date(shown.day)
    )
    return [
        *_heading(heading, styles),
        _table(
            [
                translate("PdfAppendix", "Figure"),
                translate("PdfAppendix", "Value"),
                translate("PdfAppendix", "Coverage, source and year"),
            ],
            rows,
            _widths(width, [0.2, 0.22, 0.58]),
            styles,
            cells,
        ),
    ]


def _widths(total: float, fractions: list[float]) -> list[float]:
    return [total * f for f in fractions]


def _unique(items: object) -> list[DrawnItem]:
    seen: set[str] = set()
    out = []
    for d in items:  # type: ignore[attr-defined]
        key = repr((d.item.popup.title if d.item.popup else "", d.item.label, d.item.geometry))
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


def _unplaced(doc: Briefing, data: Datasets) -> list:
    return [f for f in data.flashpoints if not f.geometry]
