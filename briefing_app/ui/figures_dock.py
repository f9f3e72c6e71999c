"""Grouping figures: members, population, GDP, defence spending, personnel and nuclear-weapon
states of a grouping on the briefing's date, each with its coverage and source."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from briefing_app.data.datasets import Datasets
from briefing_app.grouping_stats import StatRow, grouping_stats
from briefing_app.scene import GroupingChoice

MIN_ROWS_HEIGHT = 340  # px: about five figures with their coverage lines


class QtFiguresDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Grouping figures", parent)
        self.setObjectName("figures_dock")
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)
        self.combo = QComboBox()
        self.combo.setAccessibleName("Grouping to total")
        column.addWidget(self.combo)
        self._rows_box = QWidget()
        self._rows_layout = QVBoxLayout(self._rows_box)
        self._rows_layout.setContentsMargins(2, 2, 2, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._rows_box)
        column.addWidget(scroll, 1)
        # Docked beside the slides at 1280x800 the panel was given a few lines: the rows
        # (a figure and its wrapped coverage each) need this much to be read without scrolling
        # at every other line.
        body.setMinimumWidth(320)
        scroll.setMinimumHeight(MIN_ROWS_HEIGHT)
        self.setWidget(body)
        self._choices: dict[str, GroupingChoice] = {}
        self._preferred = ""   # the grouping the map shows
        self._day = dt.date.today()
        self._data: Datasets | None = None
        self._rows: list[StatRow] = []
        self.combo.currentIndexChanged.connect(lambda _i: self._refresh())
        # Opened, the panel totals what the map shows, whatever was picked here before.
        self.toggleViewAction().toggled.connect(
            lambda shown: self.select(self._preferred) if shown and self._preferred else None)

    def show_groupings(self, choices: list[GroupingChoice], preferred: str, day: dt.date,
                       data: Datasets) -> None:
        self._choices = {c.id: c for c in choices}
        self._day = day
        self._data = data
        self.combo.blockSignals(True)
        # A grouping picked here stays until the map shows another one.
        current = (self.combo.currentData() if preferred == self._preferred else None) or preferred
        self._preferred = preferred
        self.combo.clear()
        for choice in choices:
            self.combo.addItem(choice.name, choice.id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        self.combo.blockSignals(False)
        self._refresh()

    def select(self, grouping_id: str) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(grouping_id)))

    def _refresh(self) -> None:
        choice = self._choices.get(self.combo.currentData())
        self._rows = (grouping_stats(choice, self._day, self._data)
                      if choice is not None and self._data is not None else [])
        while self._rows_layout.count():
            widget = self._rows_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self._rows_layout.addWidget(_label(f"As of {self._day.isoformat()}", "color: gray;"))
        for row in self._rows:
            self._rows_layout.addWidget(_label(f"{row.label}: {row.value}", "font-weight: bold;"))
            if row.detail:
                self._rows_layout.addWidget(_label(row.detail, "color: palette(dark);"
                                                   " margin-bottom: 6px;"))
        self._rows_layout.addStretch(1)

    def rows(self) -> list[tuple[str, str, str]]:
        return [(row.label, row.value, row.detail) for row in self._rows]


def _label(text: str, style: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)   # figures and names are text, never markup
    label.setWordWrap(True)
    # Wrap to the panel's width instead of widening it for a long address.
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(f"QLabel {{ {style} }}")
    return label
