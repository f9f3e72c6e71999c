"""Build a custom grouping of countries: start from a built-in one (EU, NATO, the
Coalition…), tick countries in a list or click them on the map, and pick its colour.

The dialog is not modal and sits beside the map, not over it: the user clicks countries
there while it is open. Saving goes through the window's undo stack (model commands)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.model.document import Grouping, new_id
from briefing_app.style.map_style import OKABE_ITO
from briefing_app.ui.i18n import translate
from briefing_app.ui.swatch import ringed_swatch

CODE_ROLE = Qt.ItemDataRole.UserRole
# A new grouping's colour: not the blue of NATO / the EU that the built-in groupings show.
NEW_GROUPING_COLOUR = OKABE_ITO["vermillion"].lower()
MIN_WIDTH = 260  # px: the right-hand panels' width at 1280x800, where the dialog goes


def countries_text(count: int) -> str:
    # One apart, the rest by Qt's plural forms (%n): English reads "1 country" without a
    # translation file, and a Polish translator still has its three forms for the others.
    if count == 1:
        return translate("GroupingDialog", "1 country")
    return translate("GroupingDialog", "%n countries", None, count)


def _swatch(colour: str) -> QIcon:
    return ringed_swatch(colour, 16)


class QtGroupingDialog(QDialog):
    saved = Signal(object)  # Grouping

    def __init__(
        self,
        names: dict[str, str],
        grouping: Grouping | None = None,
        parent: QWidget | None = None,
        starts: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        """`starts`: built-in groupings to start from, name -> members (on the briefing's
        date)."""
        super().__init__(parent)
        self.setWindowTitle(
            translate("GroupingDialog", "Edit grouping")
            if grouping
            else translate("GroupingDialog", "New grouping")
        )
        self._grouping = grouping
        self._starts = {name: frozenset(members) for name, members in (starts or {}).items()}
        self.colour = grouping.colour if grouping else NEW_GROUPING_COLOUR
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = QLineEdit(grouping.name if grouping else "")
        self.name.setPlaceholderText(
            translate("GroupingDialog", "e.g. European alliance with Ukraine, without the US")
        )
        self.description = QLineEdit(grouping.description if grouping else "")
        form.addRow(translate("GroupingDialog", "&Name:"), self.name)
        form.addRow(translate("GroupingDialog", "&Description:"), self.description)
        self.colour_button = QPushButton()
        self.colour_button.setAccessibleName(
            translate("GroupingDialog", "Colour of the grouping on the map")
        )
        self.colour_button.setToolTip(
            translate("GroupingDialog", "The colour the map and the PDF give its members")
        )
        self.colour_button.clicked.connect(self._choose_colour)
        form.addRow(translate("GroupingDialog", "Co&lour:"), self.colour_button)
        self.start_combo = QComboBox()
        self.start_combo.setAccessibleName(translate("GroupingDialog", "Start from a grouping"))
        self.start_combo.addItem("—", None)
        for name in self._starts:
            self.start_combo.addItem(name, name)
        self.start_combo.setToolTip(
            translate("GroupingDialog", "Tick the members of a built-in grouping, then edit")
        )
        self.start_combo.activated.connect(self._on_start)
        form.addRow(translate("GroupingDialog", "&Start from:"), self.start_combo)
        layout.addLayout(form)
        hint = QLabel(
            translate(
                "GroupingDialog", "Tick countries, or click them on the map to add or remove."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        filters = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setAccessibleName(translate("GroupingDialog", "Filter countries"))
        self.filter.setPlaceholderText(translate("GroupingDialog", "Filter countries…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.ticked_only = QCheckBox(translate("GroupingDialog", "&Ticked only"))
        self.ticked_only.setToolTip(
            translate("GroupingDialog", "Show only the countries in the grouping")
        )
        self.ticked_only.toggled.connect(self._apply_filter)
        filters.addWidget(self.filter, 1)
        filters.addWidget(self.ticked_only)
        layout.addLayout(filters)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("GroupingDialog", "Countries in the grouping"))
        # Narrowed beside the map (and bold in high contrast), a long name wraps rather
        # than hiding behind a horizontal scroll bar.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        members = set(grouping.members if grouping else ())
        for code, name in sorted(names.items(), key=lambda kv: kv[1]):
            item = QListWidgetItem(f"{name} ({code})")
            item.setData(CODE_ROLE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if code in members else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self.list.itemChanged.connect(self._on_ticked)
        layout.addWidget(self.list, 1)
        self.count = QLabel()
        layout.addWidget(self.count)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_colour()
        self._update_count()
        self.setMinimumWidth(MIN_WIDTH)
        self.resize(420, 560)

    def members(self) -> list[str]:
        return sorted(
            self.list.item(r).data(CODE_ROLE)
            for r in range(self.list.count())
            if self.list.item(r).checkState() == Qt.CheckState.Checked
        )

    def toggle(self, code: str) -> None:
        """A country clicked on the map joins or leaves the grouping."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(CODE_ROLE) == code:
                checked = item.checkState() == Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
                self.list.scrollToItem(item)
                return

    def start_from(self, name: str) -> None:
        """Tick exactly the members of the built-in grouping `name`."""
        members = self._starts.get(name)
        if members is None:
            return
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(CODE_ROLE) in members
                else Qt.CheckState.Unchecked
            )
        self.list.blockSignals(False)
        self._on_ticked()
        if not self.name.text().strip():
            self.name.setText(translate("GroupingDialog", "{name}, edited").format(name=name))

    def set_colour(self, colour: str) -> None:
        self.colour = QColor(colour).name()
        self._show_colour()

    def _show_colour(self) -> None:
        self.colour_button.setText(self.colour)
        self.colour_button.setIcon(_swatch(self.colour))

    def _choose_colour(self) -> None:
        colour = QColorDialog.getColor(
            QColor(self.colour), self, translate("GroupingDialog", "Colour of the grouping")
        )
        if colour.isValid():
            self.set_colour(colour.name())

    def _on_start(self, index: int) -> None:
        name = self.start_combo.itemData(index)
        if name:
            self.start_from(str(name))

    def _apply_filter(self, *_: object) -> None:
        needle = self.filter.text().casefold()
        ticked_only = self.ticked_only.isChecked()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(
                (bool(needle) and needle not in item.text().casefold())
                or (ticked_only and item.checkState() != Qt.CheckState.Checked)
            )

    def _on_ticked(self, *_: object) -> None:
        self._update_count()
        if self.ticked_only.isChecked():
            self._apply_filter()

    def _update_count(self, *_: object) -> None:
        self.count.setText(countries_text(len(self.members())))

    def place_beside(self, keep_clear: QRect, room: QRect) -> None:
        """Move (and narrow, down to MIN_WIDTH) the dialog into `room` beside `keep_clear`,
        both in global coordinates: the side with more space; outside `room` if neither
        side has enough."""
        frame = self.frameGeometry().size() - self.geometry().size()
        right = room.right() - keep_clear.right()
        left = keep_clear.left() - room.left()
        space = max(right, left)
        width = max(MIN_WIDTH, min(self.width(), space - frame.width() - 4))
        height = min(self.height(), max(300, keep_clear.height() - frame.height()))
        self.resize(width, height)
        x = (
            keep_clear.right() + 2
            if right >= left
            else keep_clear.left() - 2 - width - frame.width()
        )
        self.move(QPoint(x, keep_clear.top()))

    def _on_save(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.name.setFocus()
            self.name.setPlaceholderText(translate("GroupingDialog", "A grouping needs a name"))
            return
        base = self._grouping
        self.saved.emit(
            Grouping(
                id=base.id if base else new_id(),
                name=name,
                members=self.members(),
                colour=self.colour,
                description=self.description.text().strip(),
            )
        )
        self.accept()
