"""Draw → Place at Coordinates…: a point annotation where typed coordinates say (decimal
degrees, degrees-minutes-seconds or MGRS, read by geo.coordinates), as one undoable step,
with the map centred on it.

The dialog reads the position as it is typed and says what it understood (in all three
notations, so a mistyped hemisphere or grid square shows before anything is placed) or why
it is not a position."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from briefing_app.geo.coordinates import PositionError, format_position, parse_position
from briefing_app.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from briefing_app.ui.main_window import MainWindow

# What can stand at a point, as the Draw tools name it (English, translated where shown).
KINDS = (
    ("marker", QT_TRANSLATE_NOOP("PlaceAtCoordinates", "Marker")),
    ("unit", QT_TRANSLATE_NOOP("PlaceAtCoordinates", "Unit symbol")),
    ("text", QT_TRANSLATE_NOOP("PlaceAtCoordinates", "Text label")),
)
# Notations, not words: the same in every language.
EXAMPLES = "54.1, 22.93 · 54°06′00″N 22°55′48″E · 34U FE 26199 96369"


class PlaceAtCoordinatesDialog(QDialog):
    """Asks for a position, a kind and a label; `position` is (lat, lon) once one is read."""

    def __init__(self, parent: QWidget | None = None, kind: str = "marker") -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PlaceAtCoordinates", "Place at Coordinates"))
        self.position: tuple[float, float] | None = None

        self.position_edit = QLineEdit()
        self.position_edit.setAccessibleName(translate("PlaceAtCoordinates", "Position"))
        self.position_edit.setPlaceholderText(
            translate("PlaceAtCoordinates", "{decimal}  or  {mgrs}").format(
                decimal="54.1, 22.93", mgrs="34U FE 26199 96369"
            )
        )
        self.position_edit.setToolTip(
            translate(
                "PlaceAtCoordinates", "Decimal degrees, degrees-minutes-seconds or MGRS: {examples}"
            ).format(examples=EXAMPLES)
        )
        self.position_edit.setMinimumWidth(
            self.position_edit.fontMetrics().horizontalAdvance("0" * 40)
        )
        self.reading = QLabel()
        self.reading.setAccessibleName(
            translate("PlaceAtCoordinates", "What the position was read as")
        )
        self.reading.setWordWrap(True)
        self.reading.setTextFormat(Qt.TextFormat.PlainText)  # the user's text is quoted in it
        self.reading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(translate("PlaceAtCoordinates", "What to place"))
        for key, name in KINDS:
            self.kind_combo.addItem(translate("PlaceAtCoordinates", name), key)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self.label_edit = QLineEdit()
        self.label_edit.setAccessibleName(translate("PlaceAtCoordinates", "Label"))
        self.label_edit.setPlaceholderText(
            translate("PlaceAtCoordinates", "Shown on the map (optional)")
        )

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("PlaceAtCoordinates", "Place"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(translate("PlaceAtCoordinates", "&Position:"), self.position_edit)
        form.addRow("", self.reading)
        form.addRow(translate("PlaceAtCoordinates", "&Place a:"), self.kind_combo)
        form.addRow(translate("PlaceAtCoordinates", "&Label:"), self.label_edit)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.buttons)

        self.position_edit.textChanged.connect(self._update)
        self.kind_combo.currentIndexChanged.connect(self._update)
        self.label_edit.textChanged.connect(self._update)
        self._update()

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def label(self) -> str:
        return self.label_edit.text().strip()

    def _update(self) -> None:
        text = self.position_edit.text()
        self.position = None
        if not text.strip():
            self.reading.setText(
                translate("PlaceAtCoordinates", "Type a position, e.g. {examples}").format(
                    examples=EXAMPLES
                )
            )
        else:
            try:
                lat, lon = parse_position(text)
            except PositionError as error:
                self.reading.setText(str(error))
            else:
                self.position = (lat, lon)
                readings = [format_position(lat, lon, "decimal"), format_position(lat, lon, "dms")]
                grid = format_position(lat, lon, "mgrs")
                if grid.startswith("MGRS"):
                    readings.append(grid)
                self.reading.setText(
                    translate("PlaceAtCoordinates", "Read as {readings}").format(
                        readings=" · ".join(readings)
                    )
                )
        needs_words = self.kind() == "text" and not self.label()
        if needs_words and self.position is not None:
            needs = translate("PlaceAtCoordinates", "A text label needs its words.")
            self.reading.setText(f"{self.reading.text()}\n{needs}")
        self.ok_button.setEnabled(self.position is not None and not needs_words)

    def accept(self) -> None:
        if self.ok_button.isEnabled():
            super().accept()


def place_at_coordinates(window: MainWindow) -> None:
    """Ask, then place: one undoable step, the map centred on the new annotation."""
    dialog = PlaceAtCoordinatesDialog(window, window.editor.last_placed_kind)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.position is None:
            return
        lat, lon = dialog.position
        window.editor.last_placed_kind = dialog.kind()
        window.editor.place_at(lat, lon, dialog.kind(), dialog.label())
    finally:
        dialog.deleteLater()
