"""The figures panel's per-country breakdown, and copying and saving it."""

from __future__ import annotations

import csv
import datetime as dt

from PySide6.QtGui import QGuiApplication

from briefing_app.data.datasets import load_datasets
from briefing_app.model.builtin import builtin_briefing
from briefing_app.scene.build import grouping_choices
from briefing_app.ui.figures_dock import QtFiguresDock


def _dock(qtbot, grouping="nato"):
    data = load_datasets()
    dock = QtFiguresDock()
    qtbot.addWidget(dock)
    dock.show_groupings(
        grouping_choices(builtin_briefing(), data), grouping, dt.date(2026, 1, 31), data
    )
    return dock


def test_breakdown_shows_each_member_and_marks_missing(qtbot):
    dock = _dock(qtbot)
    rows = dock.breakdown_rows()
    assert len(rows) == 32
    iceland = next(r for r in rows if r[0] == "Iceland")
    assert "missing" in iceland and "0" not in iceland
    dock.select("jef")
    assert len(dock.breakdown_rows()) == 10


def test_copy_puts_the_table_with_sources_on_the_clipboard(qtbot):
    dock = _dock(qtbot, "weimar_triangle")
    dock.copy_button.click()
    text = QGuiApplication.clipboard().text()
    assert text.splitlines()[0].startswith("Country\t")
    assert "https://" in text and "Poland" in text


def test_save_as_csv_writes_the_breakdown(qtbot, tmp_path, monkeypatch):
    dock = _dock(qtbot, "jef")
    target = tmp_path / "jef.csv"
    monkeypatch.setattr(
        "briefing_app.ui.figures_dock.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), "CSV files (*.csv)"),
    )
    dock.csv_button.click()
    with target.open(encoding="utf-8") as handle:
        lines = list(csv.reader(handle))
    assert len(lines) == 11 and lines[0][0] == "Country"
