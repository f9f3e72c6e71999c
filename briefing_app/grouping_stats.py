"""Figures for a grouping on a date: how many members, their combined population, GDP,
defence spending and personnel, and which are nuclear-weapon states. Missing values are
reported as missing, never counted as zero."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from briefing_app.data.datasets import Datasets
from briefing_app.scene import GroupingChoice

NUCLEAR_GROUPING = "nuclear_weapon_states"


@dataclass(frozen=True)
class StatRow:
    label: str
    value: str
    detail: str = ""       # coverage, missing members, source and year


def _format_amount(value: float, unit: str) -> str:
    money = "US$" in unit
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if value >= size:
            amount = f"{value / size:,.2f} {word}"
            return f"US$ {amount}" if money else amount
    return f"US$ {value:,.0f}" if money else f"{value:,.0f}"


def grouping_stats(choice: GroupingChoice, day: dt.date, data: Datasets) -> list[StatRow]:
    members = sorted(choice.members_on(day))
    names = data.country_names
    rows = [StatRow("Members", str(len(members)),
                    ", ".join(names.get(code, code) for code in members))]
    figures = data.figures
    if figures is not None:
        for metric_id, metric in figures.metrics.items():
            total = figures.total(members, metric_id)
            if not total.counted:
                rows.append(StatRow(metric.label, "missing",
                                    f"no sourced value for any member ({metric.source})"))
                continue
            coverage = f"{len(total.counted)} of {len(members)} members"
            if total.missing:
                coverage += ("; missing: "
                             + ", ".join(names.get(code, code) for code in total.missing))
            value = _format_amount(total.value, metric.unit)
            if total.missing:  # a partial sum must never read as the grouping's total
                value += f" (partial: {len(total.counted)} of {len(members)} members)"
            rows.append(StatRow(
                metric.label, value,
                f"{coverage}. {metric.source}, {metric.year}; as of "
                f"{metric.as_of.isoformat()}. {metric.source_url}"))
    nuclear = data.groupings.get(NUCLEAR_GROUPING)
    if nuclear is not None:
        among = sorted(set(members) & nuclear.members_on(day))
        rows.append(StatRow("Nuclear-weapon states",
                            ", ".join(names.get(code, code) for code in among) or "none",
                            f"{nuclear.long_name or nuclear.name}: {nuclear.source} "
                            f"({nuclear.source_url})"))
    return rows
