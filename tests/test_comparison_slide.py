"""The built-in comparison slide sets NATO Europe and Canada, the Coalition of the Willing and
Russia with Belarus side by side: its figures are those the data gives today, each with the
number of states it counts, and a gap reads as partial or missing, never as a small number."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from briefing_app.data.datasets import load_datasets
from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import Grouping
from briefing_app.scene.build import CUSTOM_PREFIX, GroupingChoice, scene_for_slide
from briefing_app.scene.grouping_stats import MISSING, comparison_lines

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_comparison_slide.py"


@pytest.fixture(scope="module")
def data():
    return load_datasets()


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_comparison_slide", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def doc():
    return builtin_briefing()


def _slide(doc):
    return next(s for s in doc.slides if s.id == "combined-weight")


def test_slide_figures_are_the_data_of_today(doc, data, build):
    # Fails when figures.json changed and the slide was not rebuilt: run the script.
    assert _slide(doc).notes == build.notes(doc, data)


def test_slide_compares_the_three_with_coverage(doc, data, build):
    slide = _slide(doc)
    assert slide.as_of == dt.date(2026, 1, 23)
    lines = comparison_lines(build.comparison_choices(doc, data), slide.as_of, data)
    assert len(lines) == len(data.figures.metrics) == 4
    for line in lines:
        assert line in slide.notes
        for name in ("NATO Europe and Canada", "Coalition of the Willing", "Russia and Belarus"):
            assert name in line
    population = next(line for line in lines if line.startswith("Population"))
    assert "(31 of 31 states)" in population and "(35 of 35 states)" in population
    personnel = next(line for line in lines if line.startswith("Armed forces personnel"))
    # Iceland, in NATO and the Coalition, has no armed forces: both totals say they are partial.
    assert "Russia and Belarus 1.61 million (2 of 2 states)" in personnel
    assert "(30 of 31 states, partial)" in personnel and "(34 of 35 states, partial)" in personnel


def test_the_map_shows_nato_europe_and_canada_against_russia_and_belarus(doc, data):
    slide = _slide(doc)
    custom = {g.id: g for g in doc.groupings}
    assert sorted(custom["russia-belarus"].members) == ["BLR", "RUS"]
    europe = set(custom["nato-europe-canada"].members)
    assert europe == data.groupings["nato"].members_on(slide.as_of) - {"USA"}
    assert len(europe) == 31
    membership = next(layer for layer in slide.layers if layer.id == "membership")
    assert membership.options == {
        "grouping": CUSTOM_PREFIX + "nato-europe-canada",
        "compare": CUSTOM_PREFIX + "russia-belarus",
    }
    assert scene_for_slide(doc, slide, data).as_of == slide.as_of


def test_a_total_over_no_figure_is_missing_and_a_partial_one_says_so(data):
    day = dt.date(2026, 1, 23)
    choices = [
        GroupingChoice("custom:a", "Iceland and Poland", custom=Grouping("a", "x", ["ISL", "POL"])),
        GroupingChoice("custom:b", "Iceland alone", custom=Grouping("b", "y", ["ISL"])),
    ]
    spending = next(
        line for line in comparison_lines(choices, day, data) if line.startswith("Defence")
    )
    assert "Iceland and Poland US$ 38.00 billion (1 of 2 states, partial)" in spending
    assert f"Iceland alone {MISSING} (0 of 1 states)" in spending
