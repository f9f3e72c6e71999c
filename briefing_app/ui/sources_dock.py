"""The Sources view: every source and as-of date of what is on the map."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from briefing_app.scene import Scene


class QtSourcesDock(QDockWidget):
    HEADERS = ("Layer", "Source", "Address", "As of")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Sources", parent)
        self.setObjectName("sources_dock")
        self.table = QTableWidget(0, len(self.HEADERS), self)
        self.table.setHorizontalHeaderLabels(self.HEADERS)
        self.table.setAccessibleName("Sources of what is on the map")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.setWidget(self.table)

    def show_scene(self, scene: Scene) -> None:
        rows = scene.sources(visible_only=True)
        self.table.setRowCount(len(rows))
        for row, (layer, source) in enumerate(rows):
            for column, text in enumerate((layer, source.label, source.url, source.as_of)):
                item = QTableWidgetItem(text)  # plain text: never interpreted as markup
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(3)

    def rows(self) -> list[tuple[str, ...]]:
        return [tuple(self.table.item(r, c).text() for c in range(len(self.HEADERS)))
                for r in range(self.table.rowCount())]
