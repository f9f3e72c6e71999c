"""Figures for a grouping on a date: how many members, their combined population, GDP,
defence spending and personnel, and which are nuclear-weapon states. Missing values are
reported as missing, never counted as zero."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass

from briefing_app.data.datasets import Datasets
from briefing_app.scene.build import GroupingChoice

NUCLEAR_GROUPING = "nuclear_weapon_states"
MISSING = "missing"


@dataclass(frozen=True)
class StatRow:
    label: str
    value: str
    detail: str = ""  # coverage, missing members, source and year


def _format_amount(value: float, unit: str) -> str:
    money = "US$" in unit
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if value >= size:
            amount = f"{value / size:,.2f} {word}"
            return f"US$ {amount}" if money else amount
    return f"US$ {value:,.0f}" if money else f"{value:,.0f}"


def comparison_lines(choices: Sequence[GroupingChoice], day: dt.date, data: Datasets) -> list[str]:
    """One line per metric setting the groupings' combined figures side by side, each with
    how many of its states the sum counts: a partial sum says so and a sum over none is
    missing, so a comparison never reads a gap as a small number."""
    figures = data.figures
    if figures is None:
        return []
    members = [sorted(choice.members_on(day)) for choice in choices]
    lines = []
    for metric_id, metric in figures.metrics.items():
        parts = []
        for choice, codes in zip(choices, members, strict=True):
            total = figures.total(codes, metric_id)
            amount = _format_amount(total.value, metric.unit) if total.counted else MISSING
            coverage = f"{len(total.counted)} of {len(codes)} states"
            if total.counted and not total.complete:
                coverage += ", partial"
            parts.append(f"{choice.name} {amount} ({coverage})")
        lines.append(f"{metric.label} ({metric.year}): " + "; ".join(parts) + ".")
    return lines


def grouping_stats(choice: GroupingChoice, day: dt.date, data: Datasets) -> list[StatRow]:
    members = sorted(choice.members_on(day))
    names = data.country_names
    rows = [
        StatRow("Members", str(len(members)), ", ".join(names.get(code, code) for code in members))
    ]
    figures = data.figures
    if figures is not None:
        for metric_id, metric in figures.metrics.items():
            total = figures.total(members, metric_id)
            if not total.counted:
                rows.append(
                    StatRow(
                        metric.label,
                        "missing",
                        f"no sourced value for any member ({metric.source})",
                    )
                )
                continue
            coverage = f"{len(total.counted)} of {len(members)} members"
            if total.missing:
                coverage += "; missing: " + ", ".join(
                    names.get(code, code) for code in total.missing
                )
            value = _format_amount(total.value, metric.unit)
            if total.missing:  # a partial sum must never read as the grouping's total
                value += f" (partial: {len(total.counted)} of {len(members)} members)"
            rows.append(
                StatRow(
                    metric.label,
                    value,
                    f"{coverage}. {metric.source}, {metric.year}; as of "
                    f"{metric.as_of.isoformat()}. {metric.source_url}",
                )
            )
    nuclear = data.groupings.get(NUCLEAR_GROUPING)
    if nuclear is not None:
        among = sorted(set(members) & nuclear.members_on(day))
        rows.append(
            StatRow(
                "Nuclear-weapon states",
                ", ".join(names.get(code, code) for code in among) or "none",
                f"{nuclear.long_name or nuclear.name}: {nuclear.source} ({nuclear.source_url})",
            )
        )
    return rows


@dataclass(frozen=True)
class CountryFigure:
    """One cell of the per-country breakdown: the value as shown, its year and its source."""

    text: str  # formatted amount, or MISSING: never 0 for a figure no source gives
    value: float | None
    year: int | None
    source_url: str


@dataclass(frozen=True)
class CountryRow:
    iso_a3: str
    name: str
    figures: dict[str, CountryFigure]  # by metric id, in the file's metric order


def country_breakdown(choice: GroupingChoice, day: dt.date, data: Datasets) -> list[CountryRow]:
    """Each member on `day`, by name, with every metric's figure or MISSING."""
    figures = data.figures
    names = data.country_names
    rows = []
    for code in sorted(choice.members_on(day), key=lambda c: names.get(c, c)):
        cells: dict[str, CountryFigure] = {}
        if figures is not None:
            for metric_id, metric in figures.metrics.items():
                fig = figures.value(code, metric_id)
                cells[metric_id] = (
                    CountryFigure(MISSING, None, None, "")
                    if fig is None
                    else CountryFigure(
                        _format_amount(fig.value, metric.unit), fig.value, fig.year, fig.source_url
                    )
                )
        rows.append(CountryRow(code, names.get(code, code), cells))
    return rows


def breakdown_table(rows: list[CountryRow], data: Datasets) -> list[list[str]]:
    """The breakdown as a table of text with a header row: per metric the figure (raw number,
    so a spreadsheet can add it up; empty when missing), its year and its source."""
    metrics = list(data.figures.metrics.values()) if data.figures is not None else []
    header = ["Country", "ISO 3166-1 alpha-3"]
    for metric in metrics:
        header += [
            f"{metric.label} ({metric.unit})",
            f"{metric.label}: year",
            f"{metric.label}: source",
        ]
    table = [header]
    for row in rows:
        line = [row.name, row.iso_a3]
        for metric in metrics:
            cell = row.figures.get(metric.id)
            if cell is None or cell.value is None:
                line += [MISSING, "", ""]
            else:
                line += [f"{cell.value:.0f}", str(cell.year), cell.source_url]
        table.append(line)
    return table


def _safe(cell: str) -> str:
    # A spreadsheet runs a cell that starts with one of these as a formula; the data (and a
    # user's correction file) is text, never a formula.
    return "'" + cell if cell[:1] in ("=", "+", "-", "@") else cell


def breakdown_csv(rows: list[CountryRow], data: Datasets) -> str:
    out = io.StringIO()
    table = [[_safe(c) for c in line] for line in breakdown_table(rows, data)]
    csv.writer(out, lineterminator="\n").writerows(table)
    return out.getvalue()


def breakdown_tsv(rows: list[CountryRow], data: Datasets) -> str:
    # Tab-separated text pastes into a spreadsheet or a word processor as a table.
    return "".join(
        "\t".join(_safe(cell.replace("\t", " ")) for cell in line) + "\n"
        for line in breakdown_table(rows, data)
    )
