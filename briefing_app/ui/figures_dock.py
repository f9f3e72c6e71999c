"""Grouping figures: members, population, GDP, defence spending, personnel and nuclear-weapon
states of a grouping on the briefing's date, each with its coverage and source, and a
per-country breakdown an official can copy or save as CSV to hand on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.data.builtin_names import metric_label
from briefing_app.data.datasets import Datasets
from briefing_app.i18n import format_date
from briefing_app.scene.build import GroupingChoice
from briefing_app.scene.grouping_stats import (
    CountryRow,
    StatRow,
    breakdown_csv,
    breakdown_tsv,
    country_breakdown,
    grouping_stats,
)
from briefing_app.ui.i18n import translate

MIN_ROWS_HEIGHT = 340  # px: about five figures with their coverage lines


class QtFiguresDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("FiguresDock", "Grouping figures"), parent)
        self.setObjectName("figures_dock")
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)
        self.combo = QComboBox()
        self.combo.setAccessibleName(translate("FiguresDock", "Grouping to total"))
        column.addWidget(self.combo)
        self._rows_box = QWidget()
        self._rows_layout = QVBoxLayout(self._rows_box)
        self._rows_layout.setContentsMargins(2, 2, 2, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._rows_box)
        column.addWidget(scroll, 1)
        column.addWidget(QLabel(translate("FiguresDock", "By country")))
        self.breakdown = QTableWidget(0, 0)
        self.breakdown.setAccessibleName(translate("FiguresDock", "Figures of each member country"))
        self.breakdown.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.breakdown.verticalHeader().setVisible(False)
        self.breakdown.setSortingEnabled(False)
        column.addWidget(self.breakdown, 1)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(translate("FiguresDock", "&Copy table"))
        self.copy_button.setToolTip(
            translate("FiguresDock", "Copy the per-country figures with years and sources")
        )
        self.copy_button.clicked.connect(self.copy_breakdown)
        self.csv_button = QPushButton(translate("FiguresDock", "Save as CS&V…"))
        self.csv_button.clicked.connect(self._on_save_csv)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.csv_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        # Docked beside the slides at 1280x800 the panel was given a few lines: the rows
        # (a figure and its wrapped coverage each) need this much to be read without scrolling
        # at every other line.
        body.setMinimumWidth(320)
        scroll.setMinimumHeight(MIN_ROWS_HEIGHT)
        self.setWidget(body)
        self._choices: dict[str, GroupingChoice] = {}
        self._preferred = ""  # the grouping the map shows
        self._day = dt.date.today()
        self._data: Datasets | None = None
        self._rows: list[StatRow] = []
        self._breakdown: list[CountryRow] = []
        self.combo.currentIndexChanged.connect(lambda _i: self._refresh())
        # Opened, the panel totals what the map shows, whatever was picked here before.
        self.toggleViewAction().toggled.connect(
            lambda shown: self.select(self._preferred) if shown and self._preferred else None
        )

    def show_groupings(
        self, choices: list[GroupingChoice], preferred: str, day: dt.date, data: Datasets
    ) -> None:
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
        self._rows = (
            grouping_stats(choice, self._day, self._data)
            if choice is not None and self._data is not None
            else []
        )
        while self._rows_layout.count():
            widget = self._rows_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self._rows_layout.addWidget(
            _label(
                translate("FiguresDock", "As of {date}").format(date=format_date(self._day)),
                "",
                muted=True,
            )
        )
        for row in self._rows:
            self._rows_layout.addWidget(_label(f"{row.label}: {row.value}", "font-weight: bold;"))
            if row.detail:
                self._rows_layout.addWidget(_label(row.detail, "margin-bottom: 6px;", muted=True))
        self._rows_layout.addStretch(1)
        self._show_breakdown(choice)

    def _show_breakdown(self, choice: GroupingChoice | None) -> None:
        data = self._data
        self._breakdown = (
            country_breakdown(choice, self._day, data)
            if choice is not None and data is not None
            else []
        )
        metrics = list(data.figures.metrics.values()) if data and data.figures else []
        headers = [translate("FiguresDock", "Country")] + [
            f"{metric_label(m.id, m.label)} ({m.year})" for m in metrics
        ]
        self.breakdown.clear()
        self.breakdown.setColumnCount(len(headers))
        self.breakdown.setHorizontalHeaderLabels(headers)
        self.breakdown.setRowCount(len(self._breakdown))
        for r, row in enumerate(self._breakdown):
            self.breakdown.setItem(r, 0, QTableWidgetItem(row.name))
            for c, metric in enumerate(metrics, start=1):
                cell = row.figures[metric.id]
                item = QTableWidgetItem(cell.text)  # plain text, never markup
                if cell.value is None:
                    item.setForeground(self.palette().placeholderText())
                    item.setToolTip(
                        translate(
                            "FiguresDock",
                            "No sourced figure for {country}: shown as missing, not 0",
                        ).format(country=row.name)
                    )
                else:
                    label = metric_label(metric.id, metric.label)
                    item.setToolTip(f"{label}, {cell.year}: {cell.source_url}")
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.breakdown.setItem(r, c, item)
        self.breakdown.resizeColumnsToContents()
        has_rows = bool(self._breakdown) and bool(metrics)
        self.copy_button.setEnabled(has_rows)
        self.csv_button.setEnabled(has_rows)

    def breakdown_rows(self) -> list[tuple[str, ...]]:
        return [
            tuple(self.breakdown.item(r, c).text() for c in range(self.breakdown.columnCount()))
            for r in range(self.breakdown.rowCount())
        ]

    def breakdown_text(self) -> str:
        return breakdown_tsv(self._breakdown, self._data) if self._data else ""

    def copy_breakdown(self) -> None:
        QGuiApplication.clipboard().setText(self.breakdown_text())

    def save_csv(self, path: Path) -> None:
        if self._data is None:
            return
        Path(path).write_text(breakdown_csv(self._breakdown, self._data), encoding="utf-8")

    def _on_save_csv(self) -> None:
        choice = self._choices.get(self.combo.currentData())
        stem = (choice.name if choice else translate("FiguresDock", "figures")).replace("/", "-")
        suggested = f"{stem} {self._day.isoformat()}.csv"
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("FiguresDock", "Save figures as CSV"),
            suggested,
            translate("FiguresDock", "CSV files ({patterns})").format(patterns="*.csv"),
        )
        if not name:
            return
        try:
            self.save_csv(Path(name))
        except OSError as exc:
            QMessageBox.warning(
                self,
                translate("FiguresDock", "Figures not saved"),
                translate("FiguresDock", "{file} could not be written: {reason}").format(
                    file=name, reason=exc
                ),
            )

    def rows(self) -> list[tuple[str, str, str]]:
        return [(row.label, row.value, row.detail) for row in self._rows]


def _label(text: str, style: str, muted: bool = False) -> QLabel:
    label = QLabel(text)
    if muted:
        # The theme's secondary text colour, chosen to be read on the panel in every theme
        # (palette(dark) was near the background in the dark themes).
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setTextFormat(Qt.TextFormat.PlainText)  # figures and names are text, never markup
    label.setWordWrap(True)
    # Wrap to the panel's width instead of widening it for a long address.
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(f"QLabel {{ {style} }}")
    return label
