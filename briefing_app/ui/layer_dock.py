"""The layer panel: show/hide by check box, reorder by dragging, opacity, the membership
layer's groupings, and where each layer's facts come from."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from briefing_app.data.layers import LayerDef
from briefing_app.i18n import format_day_text
from briefing_app.model.document import CUSTOM_PREFIX, IMPORTED_PREFIX, Briefing
from briefing_app.scene.build import GroupingChoice, imported_layer_def
from briefing_app.ui.i18n import translate

LAYER_ID_ROLE = Qt.ItemDataRole.UserRole
NO_COMPARISON = ""


class QtLayerDock(QDockWidget):
    visibility_requested = Signal(str, bool)
    opacity_requested = Signal(str, float)
    move_requested = Signal(str, int)  # layer id, new index in drawing order
    options_requested = Signal(str, dict)
    new_grouping_requested = Signal()
    edit_grouping_requested = Signal(str)  # custom grouping id
    delete_grouping_requested = Signal(str)
    export_layer_requested = Signal(str, str)  # imported layer id, "geojson" or "kml"
    remove_layer_requested = Signal(str)  # imported layer id
    rename_layer_requested = Signal(str, str)  # imported layer id, new name

    def __init__(self, layers: tuple[LayerDef, ...], parent: QWidget | None = None) -> None:
        super().__init__(translate("LayerDock", "Layers"), parent)
        self.setObjectName("layer_dock")
        self._builtin = {d.id: d for d in layers}
        self._definitions = dict(self._builtin)
        self._doc: Briefing | None = None
        self._updating = False
        self.notes: dict[str, str] = {}  # extra text per layer, e.g. facts not drawn
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)

        self.list = QListWidget(body)
        self.list.setAccessibleName(translate("LayerDock", "Map layers, top of the map first"))
        self.list.setToolTip(
            translate("LayerDock", "Tick to show a layer; drag to change which is drawn on top")
        )
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.model().rowsMoved.connect(self._on_rows_moved)
        column.addWidget(self.list, 1)

        opacity_row = QHBoxLayout()
        opacity_row.addWidget(QLabel(translate("LayerDock", "Opacity:")))
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(0, 100)
        self.opacity.setAccessibleName(translate("LayerDock", "Opacity of the selected layer"))
        self.opacity.sliderReleased.connect(self._on_opacity_done)
        self.opacity.valueChanged.connect(self._on_opacity_changed)
        opacity_row.addWidget(self.opacity)
        column.addLayout(opacity_row)

        self.membership_box = QGroupBox(translate("LayerDock", "Membership"), body)
        form = QFormLayout(self.membership_box)
        self.grouping_combo = QComboBox()
        self.grouping_combo.setAccessibleName(
            translate("LayerDock", "Colour countries by grouping")
        )
        self.compare_combo = QComboBox()
        self.compare_combo.setAccessibleName(
            translate("LayerDock", "Compare with a second grouping")
        )
        form.addRow(translate("LayerDock", "Colour by:"), self.grouping_combo)
        form.addRow(translate("LayerDock", "Compare with:"), self.compare_combo)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(translate("LayerDock", "New grouping…"))
        self.new_button.setToolTip(
            translate("LayerDock", "Build your own grouping of countries (Ctrl+G)")
        )
        self.edit_button = QPushButton(translate("LayerDock", "Edit…"))
        self.delete_button = QPushButton(translate("LayerDock", "Delete"))
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        form.addRow(buttons)
        self.grouping_combo.activated.connect(self._on_grouping_chosen)
        self.compare_combo.activated.connect(self._on_grouping_chosen)
        self.new_button.clicked.connect(self.new_grouping_requested)
        self.edit_button.clicked.connect(
            lambda: self.edit_grouping_requested.emit(self._custom_id())
        )
        self.delete_button.clicked.connect(
            lambda: self.delete_grouping_requested.emit(self._custom_id())
        )
        column.addWidget(self.membership_box)

        self.imported_box = QGroupBox(translate("LayerDock", "Imported layer"), body)
        imported_row = QHBoxLayout(self.imported_box)
        self.export_geojson_button = QPushButton(translate("LayerDock", "GeoJSON…"))
        self.export_geojson_button.setToolTip(
            translate("LayerDock", "Export this layer as GeoJSON")
        )
        self.export_kml_button = QPushButton(translate("LayerDock", "KML…"))
        self.export_kml_button.setToolTip(
            translate("LayerDock", "Export this layer as KML (Google Earth, TAK)")
        )
        self.remove_button = QPushButton(translate("LayerDock", "Remove"))
        self.remove_button.setToolTip(translate("LayerDock", "Remove this layer from the briefing"))
        for button in (self.export_geojson_button, self.export_kml_button, self.remove_button):
            imported_row.addWidget(button)
        self.export_geojson_button.clicked.connect(
            lambda: self.export_layer_requested.emit(self._selected_id() or "", "geojson")
        )
        self.export_kml_button.clicked.connect(
            lambda: self.export_layer_requested.emit(self._selected_id() or "", "kml")
        )
        self.remove_button.clicked.connect(
            lambda: self.remove_layer_requested.emit(self._selected_id() or "")
        )
        column.addWidget(self.imported_box)

        # Every layer shows where its facts come from and how current they are.
        self.source_label = QLabel(body)
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source_label.setAccessibleName(translate("LayerDock", "Source of the selected layer"))
        column.addWidget(self.source_label)
        self.setWidget(body)

    # ------------------------------------------------------------ from the model

    def item(self, layer_id: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(LAYER_ID_ROLE) == layer_id:
                return item
        return None

    def show_document(self, doc: Briefing, choices: list[GroupingChoice]) -> None:
        """Reflect the model without echoing the change back as a new edit."""
        self._doc = doc
        self._definitions = {
            **self._builtin,
            **{d.id: d for d in map(imported_layer_def, doc.imported)},
        }
        self._updating = True
        self.list.blockSignals(True)
        try:
            current = self.list.currentItem()
            current_id = current.data(LAYER_ID_ROLE) if current else None
            self.list.clear()
            known = [s for s in doc.drawn_layers() if s.id in self._definitions]
            for state in reversed(known):  # the top of the map first, as in GIS programs
                definition = self._definitions[state.id]
                item = QListWidgetItem(definition.title)
                item.setData(LAYER_ID_ROLE, state.id)
                item.setFlags(
                    item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled
                )
                if state.id.startswith(IMPORTED_PREFIX):  # double-click or F2 renames it
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                item.setCheckState(
                    Qt.CheckState.Checked if state.visible else Qt.CheckState.Unchecked
                )
                item.setToolTip(definition.description)
                self.list.addItem(item)
            self._fill_groupings(doc, choices)
            self.list.blockSignals(False)
            target = self.item(current_id) if current_id else None
            self.list.setCurrentItem(target or self.list.item(self.list.count() - 1))
        finally:
            self.list.blockSignals(False)
            self._updating = False
        self._on_current_changed(self.list.currentItem())

    def _fill_groupings(self, doc: Briefing, choices: list[GroupingChoice]) -> None:
        state = doc.layer("membership")
        options = state.options if state else {}
        for combo, key, allow_none in (
            (self.grouping_combo, "grouping", False),
            (self.compare_combo, "compare", True),
        ):
            combo.blockSignals(True)
            combo.clear()
            if allow_none:
                combo.addItem(translate("LayerDock", "— nothing —"), NO_COMPARISON)
            for choice in choices:
                name = (
                    translate("LayerDock", "{name} (custom)").format(name=choice.name)
                    if choice.custom is not None
                    else choice.name
                )
                combo.addItem(name, choice.id)
            index = combo.findData(options.get(key) or NO_COMPARISON)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        is_custom = str(options.get("grouping", "")).startswith(CUSTOM_PREFIX)
        self.edit_button.setEnabled(is_custom)
        self.delete_button.setEnabled(is_custom)

    def _custom_id(self) -> str:
        return str(self.grouping_combo.currentData()).removeprefix(CUSTOM_PREFIX)

    # ------------------------------------------------------------ from the user

    def _selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(LAYER_ID_ROLE) if item else None

    def _on_current_changed(self, item: QListWidgetItem | None, *_: object) -> None:
        layer_id = item.data(LAYER_ID_ROLE) if item else None
        definition = self._definitions.get(layer_id) if layer_id else None
        state = self._doc.layer(layer_id) if (self._doc and layer_id) else None
        self.opacity.blockSignals(True)
        self.opacity.setValue(round((state.opacity if state else 1.0) * 100))
        self.opacity.blockSignals(False)
        self.opacity.setEnabled(state is not None)
        self.membership_box.setVisible(layer_id == "membership")
        self.imported_box.setVisible(bool(layer_id) and str(layer_id).startswith(IMPORTED_PREFIX))
        if definition is None:
            self.source_label.setText("")
            return
        lines = [
            definition.description,
            translate("LayerDock", "Source: {source}").format(source=definition.source),
        ]
        if definition.source_url:
            lines.append(definition.source_url)
        if definition.as_of:
            lines.append(
                translate("LayerDock", "As of {date}").format(
                    date=format_day_text(definition.as_of)
                )
            )
        if layer_id in self.notes:
            lines.append(self.notes[layer_id])
        lines.append(translate("LayerDock", "Every source: View → Sources"))
        self.source_label.setText("\n".join(lines))

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._updating:
            return
        layer_id = item.data(LAYER_ID_ROLE)
        definition = self._definitions.get(layer_id)
        name = item.text().strip()
        if definition is not None and name != definition.title:
            if name:
                self.rename_layer_requested.emit(layer_id, name)
            else:  # an empty name is not a name: put the old one back
                self.list.blockSignals(True)
                item.setText(definition.title)
                self.list.blockSignals(False)
            return
        state = self._doc.layer(layer_id) if self._doc else None
        visible = item.checkState() == Qt.CheckState.Checked
        if state is None or state.visible != visible:
            self.visibility_requested.emit(layer_id, visible)

    def _on_rows_moved(self, *_: object) -> None:
        if self._updating or self._doc is None:
            return
        # The list shows the top first; the document keeps the bottom first.
        shown = [self.list.item(r).data(LAYER_ID_ROLE) for r in range(self.list.count())]
        draw_order = list(reversed(shown))
        current = [s.id for s in self._doc.drawn_layers() if s.id in self._definitions]
        for layer_id in draw_order:
            if draw_order.index(layer_id) != current.index(layer_id):
                moved = self._moved_layer(current, draw_order)
                self.move_requested.emit(moved, draw_order.index(moved))
                return

    @staticmethod
    def _moved_layer(before: list[str], after: list[str]) -> str:
        # The one layer whose removal makes both orders agree is the one the user dragged.
        for layer_id in before:
            if [x for x in before if x != layer_id] == [x for x in after if x != layer_id]:
                return layer_id
        return after[0]

    def _on_opacity_changed(self, value: int) -> None:
        if not self.opacity.isSliderDown():  # keyboard: each step is a choice
            self._on_opacity_done()

    def _on_opacity_done(self) -> None:
        layer_id = self._selected_id()
        if layer_id and self._doc is not None:
            state = self._doc.layer(layer_id)
            value = self.opacity.value() / 100
            if state is None or abs(state.opacity - value) > 1e-9:
                self.opacity_requested.emit(layer_id, value)

    def _on_grouping_chosen(self, _index: int) -> None:
        self.options_requested.emit(
            "membership",
            {
                "grouping": self.grouping_combo.currentData(),
                "compare": self.compare_combo.currentData() or None,
            },
        )
