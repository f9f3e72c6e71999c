"""Typing a date into the as-of bar: what the official types is the date the briefing gets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from briefing_app.ui.as_of_bar import QtAsOfBar


@pytest.fixture
def bar(qtbot):
    bar = QtAsOfBar()
    qtbot.addWidget(bar)
    bar.show_date(dt.date(2026, 1, 6))
    bar.show()
    qtbot.waitExposed(bar)
    bar.activateWindow()  # a window system gives focus to the active window only
    bar.date_edit.setFocus()
    qtbot.waitUntil(bar.date_edit.hasFocus)
    return bar


def type_date(bar: QtAsOfBar, text: str, *, select_all: bool) -> list[dt.date]:
    committed: list[dt.date] = []
    bar.committed.connect(committed.append)
    if select_all:
        QTest.keyClick(bar.date_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(bar.date_edit, text)
    QTest.keyClick(bar.date_edit, Qt.Key.Key_Return)
    return committed


# Dates whose month and day differ from the shown 2026-01-06 too: a field that kept a section
# of the old date would pass on "2000-01-01" by luck for those sections.
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2000-01-01", dt.date(2000, 1, 1)),
        ("2000-03-15", dt.date(2000, 3, 15)),
        ("2024-02-29", dt.date(2024, 2, 29)),
        ("1999-1-5", dt.date(1999, 1, 5)),
        ("20000315", dt.date(2000, 3, 15)),
    ],
)
def test_a_date_typed_over_the_whole_field_is_committed(bar, typed, expected):
    assert type_date(bar, typed, select_all=True) == [expected]
    assert bar.date_edit.text() == expected.isoformat()


def test_a_date_typed_over_the_selected_year_is_committed(bar):
    # Focus selects the year; typing on through the separators fills the other sections.
    assert bar.date_edit.currentSection() == bar.date_edit.Section.YearSection
    assert type_date(bar, "1999-12-31", select_all=False) == [dt.date(1999, 12, 31)]
