"""The layer list: which layers the document shows, toggled by their check boxes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.data.layers import LayerDef
from briefing_app.model.document import Briefing

LAYER_ID_ROLE = Qt.ItemDataRole.UserRole


class QtLayerDock(QDockWidget):
    visibility_requested = Signal(str, bool)

    def __init__(self, layers: list[LayerDef], parent: QWidget | None = None) -> None:
        super().__init__("Layers", parent)
        self.setObjectName("layer_dock")
        self._definitions = {d.id: d for d in layers}
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)
        self.list = QListWidget(body)
        self.list.setAccessibleName("Map layers")
        # Every layer shows where its facts come from and how current they are.
        self.source_label = QLabel(body)
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source_label.setAccessibleName("Source of the selected layer")
        self.source_label.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        column.addWidget(self.list, 1)
        column.addWidget(self.source_label)
        self.setWidget(body)
        for definition in layers:
            item = QListWidgetItem(definition.title)
            item.setData(LAYER_ID_ROLE, definition.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setToolTip(f"{definition.source}\nSource: {definition.source_url}\n"
                            f"As of: {definition.as_of}")
            self.list.addItem(item)
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.currentItemChanged.connect(self._on_current_changed)
        if self.list.count():
            self.list.setCurrentRow(0)

    def item(self, layer_id: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(LAYER_ID_ROLE) == layer_id:
                return item
        return None

    def show_document(self, doc: Briefing) -> None:
        # Reflect the model without echoing the change back as a new edit.
        self.list.blockSignals(True)
        try:
            for row in range(self.list.count()):
                item = self.list.item(row)
                state = doc.layer(item.data(LAYER_ID_ROLE))
                checked = state is not None and state.visible
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        finally:
            self.list.blockSignals(False)

    def _on_current_changed(self, item: QListWidgetItem | None) -> None:
        definition = self._definitions.get(item.data(LAYER_ID_ROLE)) if item else None
        self.source_label.setText(
            f"Source: {definition.source}\n{definition.source_url}\nAs of {definition.as_of}"
            if definition else "")

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        self.visibility_requested.emit(item.data(LAYER_ID_ROLE),
                                       item.checkState() == Qt.CheckState.Checked)
