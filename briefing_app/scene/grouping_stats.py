"""Figures for a grouping on a date: how many members, their combined population, GDP,
defence spending and personnel, and which are nuclear-weapon states. Missing values are
reported as missing, never counted as zero. The texts are in the active language (a
figure's label too, where the built-in data's: data.builtin_names); the numbers are written
as in English for now."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass

from briefing_app.data.builtin_names import metric_label
from briefing_app.data.datasets import Datasets
from briefing_app.data.figures import Metric
from briefing_app.i18n import format_number, translate, translate_noop
from briefing_app.scene.build import GroupingChoice
from briefing_app.scene.items import day_text

NUCLEAR_GROUPING = "nuclear_weapon_states"
# What stands for a figure no source gives (in English; missing() in the active language).
MISSING = translate_noop("Figures", "missing")


def missing() -> str:
    return translate("Figures", MISSING)


def _label(metric: Metric) -> str:
    return metric_label(metric.id, metric.label)


# The keys of the rows that are not a metric's (whose key is the metric's id).
MEMBERS_ROW = "members"
NUCLEAR_ROW = "nuclear_weapon_states"


@dataclass(frozen=True)
class StatRow:
    label: str  # in the active language
    value: str
    detail: str = ""  # coverage, missing members, source and year
    key: str = ""  # what the row is, in any language: MEMBERS_ROW, a metric id, NUCLEAR_ROW


def _format_amount(value: float, unit: str) -> str:
    money = "US$" in unit
    scales = (
        (1e12, translate("Figures", "{amount} trillion")),
        (1e9, translate("Figures", "{amount} billion")),
        (1e6, translate("Figures", "{amount} million")),
    )
    amount = format_number(value)
    for size, words in scales:
        if value >= size:
            amount = words.format(amount=format_number(value / size, 2))
            break
    return translate("Figures", "US$ {amount}").format(amount=amount) if money else amount


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
            amount = _format_amount(total.value, metric.unit) if total.counted else missing()
            coverage = translate("Figures", "{counted} of {total} states").format(
                counted=len(total.counted), total=len(codes)
            )
            if total.counted and not total.complete:
                coverage = translate("Figures", "{coverage}, partial").format(coverage=coverage)
            parts.append(
                translate("Figures", "{grouping} {amount} ({coverage})").format(
                    grouping=choice.name, amount=amount, coverage=coverage
                )
            )
        lines.append(
            translate("Figures", "{metric} ({year}): {figures}.").format(
                metric=_label(metric), year=metric.year, figures="; ".join(parts)
            )
        )
    return lines


def grouping_stats(choice: GroupingChoice, day: dt.date, data: Datasets) -> list[StatRow]:
    members = sorted(choice.members_on(day))
    names = data.country_names
    rows = [
        StatRow(
            translate("Figures", "Members"),
            str(len(members)),
            ", ".join(names.get(code, code) for code in members),
            MEMBERS_ROW,
        )
    ]
    figures = data.figures
    if figures is not None:
        for metric_id, metric in figures.metrics.items():
            total = figures.total(members, metric_id)
            if not total.counted:
                rows.append(
                    StatRow(
                        _label(metric),
                        missing(),
                        translate("Figures", "no sourced value for any member ({source})").format(
                            source=metric.source
                        ),
                        metric_id,
                    )
                )
                continue
            counted = {"counted": len(total.counted), "total": len(members)}
            coverage = translate("Figures", "{counted} of {total} members").format(**counted)
            if total.missing:
                coverage = translate("Figures", "{coverage}; missing: {countries}").format(
                    coverage=coverage,
                    countries=", ".join(names.get(code, code) for code in total.missing),
                )
            value = _format_amount(total.value, metric.unit)
            if total.missing:  # a partial sum must never read as the grouping's total
                value = translate(
                    "Figures", "{value} (partial: {counted} of {total} members)"
                ).format(value=value, **counted)
            rows.append(
                StatRow(
                    _label(metric),
                    value,
                    translate(
                        "Figures", "{coverage}. {source}, {year}; as of {date}. {address}"
                    ).format(
                        coverage=coverage,
                        source=metric.source,
                        year=metric.year,
                        date=day_text(metric.as_of),
                        address=metric.source_url,
                    ),
                    metric_id,
                )
            )
    nuclear = data.groupings.get(NUCLEAR_GROUPING)
    if nuclear is not None:
        among = sorted(set(members) & nuclear.members_on(day))
        rows.append(
            StatRow(
                translate("Figures", "Nuclear-weapon states"),
                ", ".join(names.get(code, code) for code in among) or translate("Figures", "none"),
                f"{nuclear.long_name or nuclear.name}: {nuclear.source} ({nuclear.source_url})",
                NUCLEAR_ROW,
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
                    CountryFigure(missing(), None, None, "")
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
    header = [translate("Figures", "Country"), "ISO 3166-1 alpha-3"]
    for metric in metrics:
        label = _label(metric)
        header += [
            translate("Figures", "{metric} ({unit})").format(metric=label, unit=metric.unit),
            translate("Figures", "{metric}: year").format(metric=label),
            translate("Figures", "{metric}: source").format(metric=label),
        ]
    table = [header]
    for row in rows:
        line = [row.name, row.iso_a3]
        for metric in metrics:
            cell = row.figures.get(metric.id)
            if cell is None or cell.value is None:
                line += [missing(), "", ""]
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
