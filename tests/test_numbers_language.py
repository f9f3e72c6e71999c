"""Numbers as the reader's language writes them: the figures' amounts and populations."""

from __future__ import annotations

import re

from briefing_app.data.datasets import load_datasets
from briefing_app.i18n import format_number, using_language
from briefing_app.model.builtin import builtin_briefing
from briefing_app.scene.build import grouping_choices
from briefing_app.scene.grouping_stats import grouping_stats


def test_a_number_in_each_language():
    assert format_number(1234567.891, 2, "en") == "1,234,567.89"
    assert format_number(1234567.891, 2, "de") == "1.234.567,89"
    # French and Polish group with a (no-break) space and write a decimal comma.
    assert format_number(1234567.891, 2, "fr").replace("\u202f", " ") == "1 234 567,89"
    assert format_number(1234567.891, 2, "pl").replace("\xa0", " ") == "1 234 567,89"


def test_the_figures_of_a_grouping_use_the_languages_decimal_mark():
    doc = builtin_briefing()
    data = load_datasets()
    nato = next(c for c in grouping_choices(doc, data) if c.id == "nato")
    english = {r.key: r.value for r in grouping_stats(nato, doc.as_of, data)}
    with using_language("de"):
        german = {r.key: r.value for r in grouping_stats(nato, doc.as_of, data)}
    amounts = [k for k, v in english.items() if re.search(r"\d\.\d\d (billion|trillion)", v)]
    assert amounts, english
    for key in amounts:
        assert re.search(r"\d,\d\d ", german[key]), german[key]  # "59,19 Bio. US$"
