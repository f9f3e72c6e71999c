"""A dialog to choose an APP-6 unit symbol: type, affiliation, echelon, HQ / task force.

The choices live in `briefing_app.symbols.catalog` (no Qt); this module only shows them,
by their names in the active language (`display_name`); the search finds a type by its
English name and keywords and by its name in that language.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.symbols import catalog as sc
from briefing_app.ui.i18n import translate

# The last affiliation and echelon chosen in this session (the main window owns QSettings).
_session_defaults: dict[str, str] = {"affiliation": "friend", "echelon": "none"}

_ICON_SIZE = QSize(44, 32)
_PREVIEW_SIZE = QSize(200, 150)


def svg_pixmap(svg: str, size: QSize, device_pixel_ratio: float = 1.0) -> QPixmap:
    """The SVG drawn centred in a transparent pixmap of `size`, keeping its proportions."""
    pixmap = QPixmap(size * device_pixel_ratio)
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    natural = renderer.defaultSize()
    if renderer.isValid() and natural.width() > 0 and natural.height() > 0:
        scale = min(size.width() / natural.width(), size.height() / natural.height())
        w, h = natural.width() * scale, natural.height() * scale
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF((size.width() - w) / 2, (size.height() - h) / 2, w, h))
        painter.end()
    return pixmap


class SymbolPickerDialog(QDialog):
    """Search a type, set affiliation and echelon, see the symbol and its 20-digit code."""

    def __init__(self, parent: QWidget | None = None, initial_sidc: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SymbolPicker", "Choose unit symbol"))
        self.setAccessibleName(translate("SymbolPicker", "Choose an APP-6 unit symbol"))
        self._entity: sc.EntityType = sc.ENTITY_TYPES[0]
        self._status = "present"
        self._dummy = False

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("SymbolPicker", "Search: tank, MLRS, Iskander, air defence…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("SymbolPicker", "Search symbol types"))
        self.search.installEventFilter(self)
        self.types = QListWidget()
        self.types.setIconSize(_ICON_SIZE)
        self.types.setUniformItemSizes(True)
        self.types.setAccessibleName(translate("SymbolPicker", "Symbol types"))
        self.types.setMinimumWidth(330)

        self.affiliation = QComboBox()
        for a in sc.AFFILIATIONS:
            self.affiliation.addItem(a.display_name, a.key)
        self.affiliation.setAccessibleName(translate("SymbolPicker", "Affiliation"))
        self.echelon = QComboBox()
        for e in sc.ECHELONS:
            self.echelon.addItem(e.display_name, e.key)
        self.echelon.setAccessibleName(translate("SymbolPicker", "Echelon"))
        self.hq = QCheckBox(translate("SymbolPicker", "&Headquarters"))
        self.hq.setAccessibleName(translate("SymbolPicker", "Headquarters"))
        self.task_force = QCheckBox(translate("SymbolPicker", "&Task force"))
        self.task_force.setAccessibleName(translate("SymbolPicker", "Task force"))

        self.preview = QLabel()
        self.preview.setFixedSize(_PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(translate("SymbolPicker", "Preview of the symbol"))
        self.type_name = QLabel()
        self.type_name.setWordWrap(True)
        self.type_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code = QLineEdit()
        self.code.setMaxLength(20)
        self.code.setAccessibleName(translate("SymbolPicker", "Symbol code (20-digit APP-6D SIDC)"))
        self.code.setToolTip(
            translate(
                "SymbolPicker", "Type or paste a 20-digit APP-6D code to set the choices from it"
            )
        )
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.code.setFont(mono)
        self.code.setMinimumWidth(self.code.fontMetrics().horizontalAdvance("0" * 24))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(translate("SymbolPicker", "Code status"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        search_label = QLabel(translate("SymbolPicker", "&Type:"))
        search_label.setBuddy(self.search)
        left.addWidget(search_label)
        left.addWidget(self.search)
        left.addWidget(self.types, 1)
        form = QFormLayout()
        form.addRow(translate("SymbolPicker", "&Affiliation:"), self.affiliation)
        form.addRow(translate("SymbolPicker", "&Echelon:"), self.echelon)
        form.addRow(self.hq)
        form.addRow(self.task_force)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter)
        right.addWidget(self.type_name)
        code_label = QLabel(translate("SymbolPicker", "&Code:"))
        code_label.setBuddy(self.code)
        right.addWidget(code_label)
        right.addWidget(self.code)
        right.addWidget(self.hint)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addWidget(self.buttons)
        self.resize(680, 500)

        choice = sc.parse_sidc(initial_sidc) if initial_sidc else None
        if choice is not None:
            self._set_choice(choice)
        else:
            self._select_combo(self.affiliation, _session_defaults["affiliation"])
            self._select_combo(self.echelon, _session_defaults["echelon"])
        self._fill_list()
        if initial_sidc and choice is None:
            self.code.setText(initial_sidc.strip())
            self._on_code_edited(self.code.text())
        else:
            self._update()

        self.search.textChanged.connect(self._on_search)
        self.types.currentItemChanged.connect(self._on_current_item)
        self.types.itemDoubleClicked.connect(lambda _item: self._on_accept())
        self.affiliation.currentIndexChanged.connect(self._on_affiliation)
        self.echelon.currentIndexChanged.connect(self._update)
        self.hq.toggled.connect(self._update)
        self.task_force.toggled.connect(self._update)
        self.code.textEdited.connect(self._on_code_edited)
        self.search.setFocus()

    # --- public ---

    @staticmethod
    def choose(parent: QWidget | None = None, initial_sidc: str | None = None) -> str | None:
        """Show the dialog; the chosen 20-digit code, or None when cancelled."""
        dialog = SymbolPickerDialog(parent, initial_sidc)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.sidc()
            return None
        finally:
            dialog.deleteLater()

    def sidc(self) -> str | None:
        """The code the dialog would return: the one in the code field, if milsymbol draws it."""
        text = self.code.text().strip()
        return text if sc.is_renderable(text) else None

    def current_entity(self) -> sc.EntityType:
        return self._entity

    # --- building the code from the choices ---

    def _choice_sidc(self) -> str:
        return sc.build_sidc(
            self.affiliation.currentData(),
            self.echelon.currentData(),
            self._entity,
            status=self._status,
            hq=self.hq.isChecked(),
            task_force=self.task_force.isChecked(),
            dummy=self._dummy,
        )

    def _update(self) -> None:
        unit = self._entity.is_unit
        for widget in (self.echelon, self.hq, self.task_force):
            widget.setEnabled(unit)
        self.code.setText(self._choice_sidc())
        self.hint.clear()
        self._show_code(self.code.text())

    def _show_code(self, sidc: str) -> None:
        valid = sc.is_renderable(sidc)
        if valid:
            self.preview.setPixmap(
                svg_pixmap(sc.symbol_svg(sidc, 100), _PREVIEW_SIZE, self.devicePixelRatioF())
            )
        else:
            self.preview.clear()
        self.type_name.setText(self._entity.display_name)
        self.ok_button.setEnabled(valid)

    # --- list of types ---

    def _fill_list(self) -> None:
        entries = sc.search(self.search.text())
        self.types.blockSignals(True)
        self.types.clear()
        for entry in entries:
            item = QListWidgetItem(entry.display_name)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setToolTip(f"{entry.display_name}\n{entry.display_category} · {entry.code}")
            self.types.addItem(item)
        self._refresh_icons()
        keys = [e.key for e in entries]
        if self._entity.key in keys:
            self.types.setCurrentRow(keys.index(self._entity.key))
        self.types.blockSignals(False)

    def _refresh_icons(self) -> None:
        aff = self.affiliation.currentData()
        dpr = self.devicePixelRatioF()
        for row in range(self.types.count()):
            item = self.types.item(row)
            sidc = sc.build_sidc(aff, "none", item.data(Qt.ItemDataRole.UserRole))
            item.setIcon(QIcon(svg_pixmap(sc.symbol_svg(sidc, 40), _ICON_SIZE, dpr)))

    def _on_search(self, _text: str) -> None:
        self._fill_list()
        if self.types.count() and self.types.currentRow() < 0:
            self.types.setCurrentRow(0)  # what Enter would accept

    def _on_current_item(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        self._entity = sc.entity_type(item.data(Qt.ItemDataRole.UserRole))
        self._update()

    def _on_affiliation(self) -> None:
        self._refresh_icons()
        self._update()

    # --- typing a code ---

    def _on_code_edited(self, text: str) -> None:
        text = text.strip()
        choice = sc.parse_sidc(text)
        if choice is not None:
            self._set_choice(choice)
            self.search.blockSignals(True)
            self.search.clear()  # so that the type the code names is in the list
            self.search.blockSignals(False)
            self._fill_list()
            if not choice.entity.key:
                self.types.setCurrentRow(-1)
            self.hint.setText(
                ""
                if choice.entity.key
                else translate("SymbolPicker", "Not in the list; kept as typed.")
            )
            for widget in (self.echelon, self.hq, self.task_force):
                widget.setEnabled(choice.entity.is_unit)
        elif sc.is_renderable(text):
            self.hint.setText(
                translate(
                    "SymbolPicker", "A valid symbol the choices here cannot express; kept as typed."
                )
            )
        else:
            self.hint.setText(
                translate("SymbolPicker", "Not a valid 20-digit APP-6D code.") if text else ""
            )
        self._show_code(text)

    def _set_choice(self, choice: sc.SymbolChoice) -> None:
        widgets = (self.affiliation, self.echelon, self.hq, self.task_force)
        for widget in widgets:
            widget.blockSignals(True)
        self._select_combo(self.affiliation, choice.affiliation.key)
        self._select_combo(self.echelon, choice.echelon.key)
        self.hq.setChecked(choice.hq)
        self.task_force.setChecked(choice.task_force)
        for widget in widgets:
            widget.blockSignals(False)
        self._entity = choice.entity
        self._status = choice.status
        self._dummy = choice.dummy

    @staticmethod
    def _select_combo(combo: QComboBox, key: str) -> None:
        combo.setCurrentIndex(max(0, combo.findData(key)))

    # --- keyboard and accepting ---

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.types.count()
        ):
            self.types.setFocus()
            if self.types.currentRow() < 0:
                self.types.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)

    def _on_accept(self) -> None:
        if self.sidc() is None:
            return
        _session_defaults["affiliation"] = self.affiliation.currentData()
        _session_defaults["echelon"] = self.echelon.currentData()
        self.accept()
