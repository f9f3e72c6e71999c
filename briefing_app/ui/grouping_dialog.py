"""Build a custom grouping of countries: tick them in a list or click them on the map."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.model.document import Grouping, new_id

CODE_ROLE = Qt.ItemDataRole.UserRole


class QtGroupingDialog(QDialog):
    saved = Signal(object)   # Grouping

    def __init__(self, names: dict[str, str], grouping: Grouping | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit grouping" if grouping else "New grouping")
        self._grouping = grouping
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(grouping.name if grouping else "")
        self.name.setPlaceholderText("e.g. European alliance with Ukraine, without the US")
        self.description = QLineEdit(grouping.description if grouping else "")
        form.addRow("&Name:", self.name)
        form.addRow("&Description:", self.description)
        layout.addLayout(form)
        layout.addWidget(QLabel("Tick countries, or click them on the map to add or remove."))
        self.filter = QLineEdit()
        self.filter.setAccessibleName("Filter countries")
        self.filter.setPlaceholderText("Filter countries…")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter)
        layout.addWidget(self.filter)
        self.list = QListWidget()
        self.list.setAccessibleName("Countries in the grouping")
        members = set(grouping.members if grouping else ())
        for code, name in sorted(names.items(), key=lambda kv: kv[1]):
            item = QListWidgetItem(f"{name} ({code})")
            item.setData(CODE_ROLE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in members
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(self._update_count)
        layout.addWidget(self.list, 1)
        self.count = QLabel()
        layout.addWidget(self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_count()
        self.resize(420, 560)

    def members(self) -> list[str]:
        return sorted(self.list.item(r).data(CODE_ROLE) for r in range(self.list.count())
                      if self.list.item(r).checkState() == Qt.CheckState.Checked)

    def toggle(self, code: str) -> None:
        """A country clicked on the map joins or leaves the grouping."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(CODE_ROLE) == code:
                checked = item.checkState() == Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
                self.list.scrollToItem(item)
                return

    def _on_filter(self, text: str) -> None:
        needle = text.casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _update_count(self, *_: object) -> None:
        self.count.setText(f"{len(self.members())} countries")

    def _on_save(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.name.setFocus()
            self.name.setPlaceholderText("A grouping needs a name")
            return
        base = self._grouping
        self.saved.emit(Grouping(
            id=base.id if base else new_id(), name=name, members=self.members(),
            colour=base.colour if base else "#1f77b4",
            description=self.description.text().strip()))
        self.accept()
