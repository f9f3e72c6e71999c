"""The per-country breakdown of a grouping's figures: every member, each figure with its year
and source, and a missing figure shown as missing, never as 0, in the panel and in exports."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from briefing_app.data.datasets import load_datasets
from briefing_app.model.document import Grouping
from briefing_app.scene.build import GroupingChoice
from briefing_app.scene.grouping_stats import (
    MISSING,
    breakdown_csv,
    breakdown_table,
    breakdown_tsv,
    country_breakdown,
)

DAY = dt.date(2026, 1, 31)


@pytest.fixture(scope="module")
def data():
    return load_datasets()


def _choice(data, grouping_id):
    return GroupingChoice(grouping_id, grouping_id, builtin=data.groupings[grouping_id])


def test_breakdown_lists_every_member_by_name(data):
    rows = country_breakdown(_choice(data, "nato"), DAY, data)
    assert len(rows) == 32
    names = [row.name for row in rows]
    assert names == sorted(names)
    germany = next(row for row in rows if row.iso_a3 == "DEU")
    assert germany.figures["defence_usd"].value == pytest.approx(88.46e9, rel=1e-3)
    assert germany.figures["defence_usd"].source_url.startswith("https://www.sipri.org/")


def test_missing_figures_are_missing_not_zero(data):
    rows = country_breakdown(_choice(data, "nato"), DAY, data)
    iceland = next(row for row in rows if row.iso_a3 == "ISL")
    cell = iceland.figures["defence_usd"]
    assert (cell.text, cell.value) == (MISSING, None)
    table = breakdown_table(rows, data)
    iceland_line = next(line for line in table if line[1] == "ISL")
    assert MISSING in iceland_line and "0" not in iceland_line


def test_csv_carries_values_years_and_sources(data):
    rows = country_breakdown(_choice(data, "jef"), DAY, data)
    parsed = list(csv.reader(io.StringIO(breakdown_csv(rows, data))))
    header, body = parsed[0], parsed[1:]
    assert len(body) == 10
    assert "Defence spending: source" in header and "Population: year" in header
    uk = next(line for line in body if line[1] == "GBR")
    spend = header.index("Defence spending (current US$)")
    assert uk[spend] == "81763173070" and uk[spend + 1] == "2024"
    assert uk[spend + 2].startswith("https://")


def test_copied_text_is_tab_separated(data):
    rows = country_breakdown(_choice(data, "weimar_triangle"), DAY, data)
    lines = breakdown_tsv(rows, data).splitlines()
    assert len(lines) == 4
    assert all(len(line.split("\t")) == len(lines[0].split("\t")) for line in lines)


def test_exports_never_start_a_cell_with_a_formula(data):
    custom = Grouping(id="g1", name="=HYPERLINK(1)", members=["POL"])
    choice = GroupingChoice("custom:g1", custom.name, custom=custom)
    rows = country_breakdown(choice, DAY, data)
    rows[0] = rows[0].__class__("POL", "=cmd|' /C calc'!A0", rows[0].figures)
    for text in (breakdown_csv(rows, data), breakdown_tsv(rows, data)):
        assert "\n=" not in text and "\t=" not in text and ",=" not in text
