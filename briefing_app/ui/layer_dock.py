"""The layer list: which layers the document shows, toggled by their check boxes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QWidget

from briefing_app.data.layers import LayerDef
from briefing_app.model.document import Briefing

LAYER_ID_ROLE = Qt.ItemDataRole.UserRole


class QtLayerDock(QDockWidget):
    visibility_requested = Signal(str, bool)

    def __init__(self, layers: list[LayerDef], parent: QWidget | None = None) -> None:
        super().__init__("Layers", parent)
        self.setObjectName("layer_dock")
        self.list = QListWidget(self)
        self.list.setAccessibleName("Map layers")
        self.setWidget(self.list)
        for definition in layers:
            item = QListWidgetItem(definition.title)
            item.setData(LAYER_ID_ROLE, definition.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setToolTip(f"{definition.source}\nSource: {definition.source_url}\n"
                            f"As of: {definition.as_of}")
            self.list.addItem(item)
        self.list.itemChanged.connect(self._on_item_changed)

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

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        self.visibility_requested.emit(item.data(LAYER_ID_ROLE),
                                       item.checkState() == Qt.CheckState.Checked)
