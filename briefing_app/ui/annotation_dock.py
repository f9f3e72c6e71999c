"""The annotation panel: every annotation in a list (selection shared with the map) and the
properties of the selected ones: label, description, colour, line, fill, symbol, radius and
the slides they appear on."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from briefing_app.model.document import (
    DEFAULT_TEXT_PT,
    MAX_TEXT_PT,
    MIN_TEXT_PT,
    Annotation,
    Briefing,
    annotation_kind,
    text_size_pt,
)
from briefing_app.style.map_style import annotation_style
from briefing_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from briefing_app.ui.swatch import ringed_swatch

ID_ROLE = Qt.ItemDataRole.UserRole

# Each kind's name (untranslated: `kind_name` shows it) as a heading and, for the undo
# steps' texts ("Draw marker"), as a word within a sentence: a translator writes each as
# it should stand (German capitalises both, English neither within a sentence).
KIND_NAMES = {
    "marker": QT_TRANSLATE_NOOP("AnnotationDock", "Marker"),
    "unit": QT_TRANSLATE_NOOP("AnnotationDock", "Unit symbol"),
    "text": QT_TRANSLATE_NOOP("AnnotationDock", "Text"),
    "arrow": QT_TRANSLATE_NOOP("AnnotationDock", "Arrow"),
    "line": QT_TRANSLATE_NOOP("AnnotationDock", "Line"),
    "polygon": QT_TRANSLATE_NOOP("AnnotationDock", "Polygon"),
    "rectangle": QT_TRANSLATE_NOOP("AnnotationDock", "Rectangle"),
    "circle": QT_TRANSLATE_NOOP("AnnotationDock", "Circle / range ring"),
    "pen": QT_TRANSLATE_NOOP("AnnotationDock", "Pen stroke"),
}
KIND_WORDS = {
    "marker": QT_TRANSLATE_NOOP("AnnotationDock", "marker"),
    "unit": QT_TRANSLATE_NOOP("AnnotationDock", "unit symbol"),
    "text": QT_TRANSLATE_NOOP("AnnotationDock", "text"),
    "arrow": QT_TRANSLATE_NOOP("AnnotationDock", "arrow"),
    "line": QT_TRANSLATE_NOOP("AnnotationDock", "line"),
    "polygon": QT_TRANSLATE_NOOP("AnnotationDock", "polygon"),
    "rectangle": QT_TRANSLATE_NOOP("AnnotationDock", "rectangle"),
    "circle": QT_TRANSLATE_NOOP("AnnotationDock", "circle / range ring"),
    "pen": QT_TRANSLATE_NOOP("AnnotationDock", "pen stroke"),
}
# Line styles as Leaflet/SVG dash arrays ("" is solid).
LINE_STYLES = (
    (QT_TRANSLATE_NOOP("AnnotationDock", "Solid"), ""),
    (QT_TRANSLATE_NOOP("AnnotationDock", "Dashed"), "10 6"),
    (QT_TRANSLATE_NOOP("AnnotationDock", "Dotted"), "2 6"),
    (QT_TRANSLATE_NOOP("AnnotationDock", "Dash-dot"), "10 5 2 5"),
)
_LINE_KINDS = {"arrow", "line", "polygon", "rectangle", "circle", "pen"}
_FILL_KINDS = {"polygon", "rectangle", "circle", "marker"}


def kind_name(kind: str) -> str:
    """An annotation kind's name, in the chosen language (an unknown kind as it is)."""
    return translate("AnnotationDock", KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def kind_word(kind: str) -> str:
    """An annotation kind's name as a word within a sentence ("Draw marker")."""
    return translate("AnnotationDock", KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def describe(annotation: Annotation) -> str:
    kind = annotation_kind(annotation)
    label = str(annotation.properties.get("label") or "").strip().splitlines()
    name = kind_name(kind)
    if kind == "circle":
        radius = annotation.properties.get("radius_km")
        if isinstance(radius, int | float):
            name = translate("AnnotationDock", "{kind}, {radius} km").format(
                kind=name, radius=f"{radius:g}"
            )
    if not label:
        return name
    return translate("AnnotationDock", "{kind} — {label}").format(kind=name, label=label[0][:60])


def _swatch(colour: str) -> QIcon:
    return ringed_swatch(colour, 14)


class _DescriptionEdit(QPlainTextEdit):
    """Commits when the user leaves the field: one undo step per edit, not per key."""

    committed = Signal(str)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusOutEvent(event)
        self.committed.emit(self.toPlainText())


class _ColourButton(QPushButton):
    chosen = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._colour = "#000000"
        self.clicked.connect(self._choose)

    def set_colour(self, colour: str) -> None:
        self._colour = colour
        self.setText(colour)
        self.setIcon(_swatch(colour))

    def _choose(self) -> None:
        colour = QColorDialog.getColor(QColor(self._colour), self, self._title)
        if colour.isValid():
            self.set_colour(colour.name())
            self.chosen.emit(colour.name())


class QtAnnotationDock(QDockWidget):
    selection_changed = Signal(list)  # annotation ids, from the list
    edited = Signal(dict, str)  # {"properties"|"style": {...}}, undo label
    slides_edited = Signal(list)  # slide ids the selected annotation appears on
    delete_requested = Signal()
    duplicate_requested = Signal()
    choose_symbol_requested = Signal()
    text_size_edited = Signal(float)  # points, for the selected text labels

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("AnnotationDock", "Annotations"), parent)
        self.setObjectName("annotation_dock")
        self._doc: Briefing | None = None
        self._selected: list[str] = []
        self._rows: list[Annotation] = []  # what each row of the list shows
        self._row_of: dict[str, int] = {}  # each annotation's row, by id
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)

        self.list = QListWidget(body)
        self.list.setAccessibleName(translate("AnnotationDock", "Annotations"))
        self.list.setToolTip(
            translate("AnnotationDock", "Select to edit; Shift or Ctrl to select several")
        )
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Every row is one line beside a swatch: the list sizes them all by one, so that
        # scrolling to the selected row after each edit does not lay out 5,000 rows (50 ms).
        self.list.setUniformItemSizes(True)
        self.list.itemSelectionChanged.connect(self._on_list_selection)
        column.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.duplicate_button = QPushButton(translate("AnnotationDock", "Duplicate"))
        self.duplicate_button.setToolTip(
            translate("AnnotationDock", "Duplicate the selected annotations (Ctrl+D)")
        )
        self.duplicate_button.clicked.connect(self.duplicate_requested)
        self.delete_button = QPushButton(translate("AnnotationDock", "Delete"))
        self.delete_button.setToolTip(
            translate("AnnotationDock", "Delete the selected annotations (Delete)")
        )
        self.delete_button.clicked.connect(self.delete_requested)
        buttons.addWidget(self.duplicate_button)
        buttons.addWidget(self.delete_button)
        column.addLayout(buttons)

        self.form_box = QWidget(body)
        form = QFormLayout(self.form_box)
        form.setContentsMargins(0, 4, 0, 0)
        self.kind_label = QLabel()
        form.addRow(translate("AnnotationDock", "Kind"), self.kind_label)
        self.label_edit = QLineEdit()
        self.label_edit.setAccessibleName(translate("AnnotationDock", "Label"))
        self.label_edit.setPlaceholderText(translate("AnnotationDock", "Shown on the map"))
        self.label_edit.editingFinished.connect(self._on_label)
        form.addRow(translate("AnnotationDock", "&Label"), self.label_edit)
        self.description_edit = _DescriptionEdit()
        self.description_edit.setAccessibleName(translate("AnnotationDock", "Description"))
        self.description_edit.setPlaceholderText(
            translate("AnnotationDock", "Shown when the annotation is clicked")
        )
        self.description_edit.setMaximumHeight(70)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.committed.connect(self._on_description)
        form.addRow(translate("AnnotationDock", "&Description"), self.description_edit)
        self.colour_button = _ColourButton(translate("AnnotationDock", "Line and text colour"))
        self.colour_button.setAccessibleName(translate("AnnotationDock", "Colour"))
        self.colour_button.chosen.connect(
            lambda c: self._emit_style({"color": c}, translate("AnnotationDock", "Change colour"))
        )
        form.addRow(translate("AnnotationDock", "&Colour"), self.colour_button)
        self.width_spin = QDoubleSpinBox()
        self.width_spin.setRange(0.5, 20.0)
        self.width_spin.setSingleStep(0.5)
        self.width_spin.setSuffix(translate("AnnotationDock", " px"))
        self.width_spin.setAccessibleName(translate("AnnotationDock", "Line width"))
        self.width_spin.editingFinished.connect(
            lambda: self._emit_style(
                {"weight": self.width_spin.value()},
                translate("AnnotationDock", "Change line width"),
            )
        )
        form.addRow(translate("AnnotationDock", "Line &width"), self.width_spin)
        self.dash_combo = QComboBox()
        self.dash_combo.setAccessibleName(translate("AnnotationDock", "Line style"))
        for name, dashes in LINE_STYLES:
            self.dash_combo.addItem(translate("AnnotationDock", name), dashes)
        self.dash_combo.activated.connect(
            lambda _i: self._emit_style(
                {"dashArray": self.dash_combo.currentData()},
                translate("AnnotationDock", "Change line style"),
            )
        )
        form.addRow(translate("AnnotationDock", "Line st&yle"), self.dash_combo)
        self.fill_button = _ColourButton(translate("AnnotationDock", "Fill colour"))
        self.fill_button.setAccessibleName(translate("AnnotationDock", "Fill colour"))
        self.fill_button.chosen.connect(
            lambda c: self._emit_style(
                {"fillColor": c}, translate("AnnotationDock", "Change fill colour")
            )
        )
        form.addRow(translate("AnnotationDock", "&Fill"), self.fill_button)
        self.fill_spin = QSpinBox()
        self.fill_spin.setRange(0, 100)
        self.fill_spin.setSuffix(" %")
        self.fill_spin.setAccessibleName(translate("AnnotationDock", "Fill opacity"))
        self.fill_spin.editingFinished.connect(
            lambda: self._emit_style(
                {"fillOpacity": self.fill_spin.value() / 100},
                translate("AnnotationDock", "Change fill opacity"),
            )
        )
        form.addRow(translate("AnnotationDock", "Fill &opacity"), self.fill_spin)
        symbol_row = QHBoxLayout()
        self.sidc_edit = QLineEdit()
        self.sidc_edit.setAccessibleName(translate("AnnotationDock", "Symbol code"))
        self.sidc_edit.setToolTip(
            translate("AnnotationDock", "20-digit APP-6D symbol identification code")
        )
        self.sidc_edit.setMaxLength(20)
        self.sidc_edit.editingFinished.connect(self._on_sidc)
        self.sidc_button = QPushButton(translate("AnnotationDock", "Choose…"))
        self.sidc_button.setToolTip(
            translate("AnnotationDock", "Choose affiliation, echelon and type")
        )
        self.sidc_button.clicked.connect(self.choose_symbol_requested)
        symbol_row.addWidget(self.sidc_edit, 1)
        symbol_row.addWidget(self.sidc_button)
        self.symbol_widget = QWidget()
        self.symbol_widget.setLayout(symbol_row)
        symbol_row.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("AnnotationDock", "&Symbol"), self.symbol_widget)
        self.text_size_spin = QSpinBox()
        self.text_size_spin.setRange(int(MIN_TEXT_PT), int(MAX_TEXT_PT))
        self.text_size_spin.setSuffix(translate("AnnotationDock", " pt"))
        self.text_size_spin.setAccessibleName(translate("AnnotationDock", "Text size in points"))
        self.text_size_spin.setToolTip(
            translate(
                "AnnotationDock",
                "Font size of the text on the map and in the exports (default {size} pt)",
            ).format(size=f"{DEFAULT_TEXT_PT:g}")
        )
        self.text_size_spin.editingFinished.connect(self._on_text_size)
        form.addRow(translate("AnnotationDock", "Text si&ze"), self.text_size_spin)
        self.radius_spin = QDoubleSpinBox()
        self.radius_spin.setRange(0.01, 20000.0)
        self.radius_spin.setDecimals(2)
        self.radius_spin.setSuffix(translate("AnnotationDock", " km"))
        self.radius_spin.setAccessibleName(translate("AnnotationDock", "Radius in kilometres"))
        self.radius_spin.setToolTip(translate("AnnotationDock", "Geodesic radius of the ring"))
        self.radius_spin.editingFinished.connect(self._on_radius)
        form.addRow(translate("AnnotationDock", "&Radius"), self.radius_spin)
        self.slides_list = QListWidget()
        self.slides_list.setAccessibleName(
            translate("AnnotationDock", "Slides this annotation appears on")
        )
        self.slides_list.setMaximumHeight(110)
        self.slides_list.itemChanged.connect(self._on_slide_ticked)
        form.addRow(translate("AnnotationDock", "Sl&ides"), self.slides_list)
        self._form = form
        column.addWidget(self.form_box)
        self.hint = QLabel(
            translate(
                "AnnotationDock",
                "Draw with the tools in the Draw tool bar, or select an annotation to edit it.",
            )
        )
        self.hint.setWordWrap(True)
        column.addWidget(self.hint)
        self.setWidget(body)
        self._show_form()

    # ------------------------------------------------------------ showing

    def show_document(self, doc: Briefing) -> None:
        self._doc = doc
        shown = self._rows
        replaced = (
            [
                row
                for row, (old, annotation) in enumerate(zip(shown, doc.annotations, strict=True))
                if old is not annotation
            ]
            if len(shown) == len(doc.annotations)
            else None
        )
        with QSignalBlocker(self.list):
            if replaced is not None and all(
                shown[row].id == doc.annotations[row].id for row in replaced
            ):
                # The same annotations in the same order: redo the rows of those replaced
                # (an edit puts a new annotation object), not 5,000 rows for one.
                for row in replaced:
                    self._fill(self.list.item(row), doc.annotations[row])
            else:
                self.list.clear()
                for annotation in doc.annotations:
                    item = QListWidgetItem()
                    self._fill(item, annotation)
                    self.list.addItem(item)
                    item.setSelected(annotation.id in self._selected)
                self._row_of = {a.id: row for row, a in enumerate(doc.annotations)}
        self._rows = list(doc.annotations)
        self._show_form()

    @staticmethod
    def _fill(item: QListWidgetItem, annotation: Annotation) -> None:
        item.setText(describe(annotation))
        item.setData(ID_ROLE, annotation.id)
        item.setIcon(_swatch(annotation_style(annotation.style)["color"]))
        item.setToolTip(str(annotation.properties.get("description") or ""))

    def set_selection(self, ids: list[str]) -> None:
        self._selected = list(ids)
        wanted = set(ids)
        with QSignalBlocker(self.list):
            # The rows selected now and those to be: not every row of a long list.
            rows = {row.row() for row in self.list.selectionModel().selectedRows()}
            rows |= {self._row_of[i] for i in wanted if i in self._row_of}
            first = None
            for row in sorted(rows):
                item = self.list.item(row)
                chosen = item.data(ID_ROLE) in wanted
                item.setSelected(chosen)
                if chosen and first is None:
                    first = item
            if first is not None:
                self.list.scrollToItem(first)
        self._show_form()

    def _current(self) -> list[Annotation]:
        if self._doc is None:
            return []
        annotations = self._doc.annotations
        out = []
        for i in self._selected:
            # The row the panel shows it in is where the document has it, unless the
            # document changed since the panel was last shown it.
            row = self._row_of.get(i)
            if row is not None and row < len(annotations) and annotations[row].id == i:
                out.append(annotations[row])
            else:
                found = self._doc.annotation(i)
                if found is not None:
                    out.append(found)
        return out

    def _show_form(self) -> None:
        chosen = self._current()
        self.form_box.setVisible(bool(chosen))
        self.hint.setVisible(not chosen)
        self.delete_button.setEnabled(bool(chosen))
        self.duplicate_button.setEnabled(bool(chosen))
        if not chosen:
            return
        first = chosen[0]
        kinds = {annotation_kind(a) for a in chosen}
        kind = annotation_kind(first)
        style = annotation_style(first.style)
        count = len(chosen)
        several = count > 1
        self.kind_label.setText(
            translate("AnnotationDock", "%n annotations", None, count)
            if several
            else kind_name(kind)
        )
        with QSignalBlocker(self.label_edit):
            self.label_edit.setText(str(first.properties.get("label") or ""))
        with QSignalBlocker(self.description_edit):
            self.description_edit.setPlainText(str(first.properties.get("description") or ""))
        self.colour_button.set_colour(style["color"])
        with QSignalBlocker(self.width_spin):
            self.width_spin.setValue(style["weight"])
        with QSignalBlocker(self.dash_combo):
            while self.dash_combo.count() > len(LINE_STYLES):  # a custom pattern shown before
                self.dash_combo.removeItem(self.dash_combo.count() - 1)
            dashes = style.get("dashArray", "")
            if self.dash_combo.findData(dashes) < 0:  # e.g. from an imported file
                self.dash_combo.addItem(
                    translate("AnnotationDock", "Custom ({dashes})").format(dashes=dashes), dashes
                )
            self.dash_combo.setCurrentIndex(self.dash_combo.findData(dashes))
        self.fill_button.set_colour(style.get("fillColor", style["color"]))
        with QSignalBlocker(self.fill_spin):
            self.fill_spin.setValue(round(100 * style.get("fillOpacity", 0.15)))
        with QSignalBlocker(self.sidc_edit):
            self.sidc_edit.setText(str(first.properties.get("sidc") or ""))
        with QSignalBlocker(self.text_size_spin):
            self.text_size_spin.setValue(round(text_size_pt(first)))
        radius = first.properties.get("radius_km")
        with QSignalBlocker(self.radius_spin):
            self.radius_spin.setValue(float(radius) if isinstance(radius, int | float) else 1.0)
        lines = bool(kinds & _LINE_KINDS)
        fills = bool(kinds & _FILL_KINDS)
        for widget, shown in (
            (self.width_spin, lines),
            (self.dash_combo, lines),
            (self.fill_button, fills),
            (self.fill_spin, fills),
            (self.symbol_widget, kinds == {"unit"}),
            (self.radius_spin, kinds == {"circle"}),
            (self.text_size_spin, kinds == {"text"}),
            (self.slides_list, not several),
            (self.label_edit, not several),
            (self.description_edit, not several),
        ):
            widget.setVisible(shown)
            label = self._form.labelForField(widget)
            if label is not None:
                label.setVisible(shown)
        self._show_slides(first)

    def _show_slides(self, annotation: Annotation) -> None:
        with QSignalBlocker(self.slides_list):
            self.slides_list.clear()
            if self._doc is None:
                return
            for index, slide in enumerate(self._doc.slides, start=1):
                item = QListWidgetItem(f"{index}. {slide.title}")
                item.setData(ID_ROLE, slide.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                shown = annotation.id in (slide.annotation_ids or [])
                item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
                self.slides_list.addItem(item)
            if not self._doc.slides:
                placeholder = QListWidgetItem(translate("AnnotationDock", "No slides yet"))
                placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
                self.slides_list.addItem(placeholder)

    # ------------------------------------------------------------ editing

    def _on_list_selection(self) -> None:
        ids = [item.data(ID_ROLE) for item in self.list.selectedItems()]
        order = {a.id: n for n, a in enumerate(self._doc.annotations)} if self._doc else {}
        self._selected = sorted(ids, key=lambda i: order.get(i, 0))
        self._show_form()
        self.selection_changed.emit(list(self._selected))

    def _emit_style(self, style: dict[str, Any], label: str) -> None:
        current = self._current()
        if current and any(
            annotation_style(a.style).get(k) != v for a in current for k, v in style.items()
        ):
            self.edited.emit({"style": style}, label)

    def _emit_properties(self, properties: dict[str, Any], label: str) -> None:
        current = self._current()
        if current and any(
            a.properties.get(k) != v for a in current for k, v in properties.items()
        ):
            self.edited.emit({"properties": properties}, label)

    def _on_label(self) -> None:
        self._emit_properties(
            {"label": self.label_edit.text()}, translate("AnnotationDock", "Change label")
        )

    def _on_description(self, text: str) -> None:
        self._emit_properties(
            {"description": text}, translate("AnnotationDock", "Change description")
        )

    def _on_sidc(self) -> None:
        code = self.sidc_edit.text().strip()
        if len(code) == 20 and code.isdigit():
            self._emit_properties({"sidc": code}, translate("AnnotationDock", "Change symbol"))
        else:
            current = self._current()
            self.sidc_edit.setText(str(current[0].properties.get("sidc") or "") if current else "")

    def _on_text_size(self) -> None:
        size = float(self.text_size_spin.value())
        if any(text_size_pt(a) != size for a in self._current()):
            self.text_size_edited.emit(size)

    def _on_radius(self) -> None:
        self._emit_properties(
            {"radius_km": round(self.radius_spin.value(), 3)},
            translate("AnnotationDock", "Change radius"),
        )

    def _on_slide_ticked(self, _item: QListWidgetItem) -> None:
        ids = [
            self.slides_list.item(row).data(ID_ROLE)
            for row in range(self.slides_list.count())
            if self.slides_list.item(row).checkState() == Qt.CheckState.Checked
        ]
        self.slides_edited.emit([i for i in ids if i])
