"""Grouping figures: members, population, GDP, defence spending, personnel and nuclear-weapon
states of a grouping on the briefing's date, each with its coverage and source."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.data.datasets import Datasets
from briefing_app.grouping_stats import grouping_stats
from briefing_app.scene import GroupingChoice


class QtFiguresDock(QDockWidget):
    HEADERS = ("Figure", "Value", "Coverage and source")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Grouping figures", parent)
        self.setObjectName("figures_dock")
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)
        self.combo = QComboBox()
        self.combo.setAccessibleName("Grouping to total")
        column.addWidget(self.combo)
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels(self.HEADERS)
        self.table.setAccessibleName("Figures of the grouping")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.table, 1)
        self.setWidget(body)
        self._choices: dict[str, GroupingChoice] = {}
        self._day = dt.date.today()
        self._data: Datasets | None = None
        self.combo.currentIndexChanged.connect(lambda _i: self._refresh())

    def show_groupings(self, choices: list[GroupingChoice], preferred: str, day: dt.date,
                       data: Datasets) -> None:
        self._choices = {c.id: c for c in choices}
        self._day = day
        self._data = data
        self.combo.blockSignals(True)
        current = self.combo.currentData() or preferred
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
        if choice is None or self._data is None:
            self.table.setRowCount(0)
            return
        rows = grouping_stats(choice, self._day, self._data)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            for column, text in enumerate((row.label, row.value, row.detail)):
                item = QTableWidgetItem(text)   # plain text, never markup
                item.setToolTip(text)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(index, column, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.table.resizeRowsToContents()

    def rows(self) -> list[tuple[str, str, str]]:
        return [tuple(self.table.item(r, c).text() for c in range(3))
                for r in range(self.table.rowCount())]
