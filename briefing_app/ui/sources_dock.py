"""The Sources view: every source of what is on the map, with its as-of date (when the fact is
known true) and the day it was last checked."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from briefing_app.core.userdirs import data_override_dir
from briefing_app.data.datasets import Datasets, checked_dates, load_datasets
from briefing_app.scene.build import Scene
from briefing_app.ui.i18n import QT_TRANSLATE_NOOP, translate


class QtSourcesDock(QDockWidget):
    # The column headers, untranslated (shown through `translate("SourcesDock", …)`).
    HEADERS = (
        QT_TRANSLATE_NOOP("SourcesDock", "Layer"),
        QT_TRANSLATE_NOOP("SourcesDock", "Source"),
        QT_TRANSLATE_NOOP("SourcesDock", "Address"),
        QT_TRANSLATE_NOOP("SourcesDock", "As of"),
        QT_TRANSLATE_NOOP("SourcesDock", "Checked"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("SourcesDock", "Sources"), parent)
        self.setObjectName("sources_dock")
        self.table = QTableWidget(0, len(self.HEADERS), self)
        self.table.setHorizontalHeaderLabels(
            [translate("SourcesDock", header) for header in self.HEADERS]
        )
        self.table.setAccessibleName(translate("SourcesDock", "Sources of what is on the map"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.setWidget(self.table)
        self._checked: dict[tuple[str, str], str] | None = None

    def set_datasets(self, data: Datasets) -> None:
        """The data the scene was built from, so each source can show when it was checked."""
        self._checked = checked_dates(data)

    def _checked_dates(self) -> dict[tuple[str, str], str]:
        if self._checked is None:
            # Scenes carry only the as-of date; without the window's data, read the same data
            # the window reads (built-in plus the user's corrections) once.
            self._checked = checked_dates(load_datasets(data_override_dir()))
        return self._checked

    def show_scene(self, scene: Scene) -> None:
        rows = scene.sources(visible_only=True)
        checked = self._checked_dates() if rows else {}
        self.table.setRowCount(len(rows))
        for row, (layer, source) in enumerate(rows):
            when = checked.get((source.url, source.as_of), "")
            for column, text in enumerate((layer, source.label, source.url, source.as_of, when)):
                item = QTableWidgetItem(text)  # plain text: never interpreted as markup
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(3)
        self.table.resizeColumnToContents(4)

    def rows(self) -> list[tuple[str, ...]]:
        return [
            tuple(self.table.item(r, c).text() for c in range(len(self.HEADERS)))
            for r in range(self.table.rowCount())
        ]
