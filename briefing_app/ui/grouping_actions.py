"""Custom groupings from the window: New, Edit and Delete, with the grouping dialog beside the
map (not modal: a click on a country adds or removes it). The rules (saving shows the
grouping, deleting resets every map that showed it) are model commands on the session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QMessageBox

from briefing_app.model import commands
from briefing_app.model.document import Grouping
from briefing_app.model.session import DocumentSession
from briefing_app.scene.build import grouping_choices
from briefing_app.ui.grouping_dialog import QtGroupingDialog
from briefing_app.ui.i18n import translate

if TYPE_CHECKING:
    from briefing_app.ui.main_window import MainWindow


class GroupingActions:
    def __init__(self, session: DocumentSession, window: MainWindow) -> None:
        self.session = session
        self.window = window
        self.dialog: QtGroupingDialog | None = None  # the one open, if any
        window.map.country_clicked.connect(self._on_country_clicked)
        dock = window.layer_dock
        dock.new_grouping_requested.connect(self.new_grouping)
        dock.edit_grouping_requested.connect(self.edit_grouping)
        dock.delete_grouping_requested.connect(self.delete_grouping)

    def _grouping(self, grouping_id: str) -> Grouping | None:
        return next((g for g in self.session.doc.groupings if g.id == grouping_id), None)

    def new_grouping(self) -> None:
        self._open_dialog(None)

    def edit_grouping(self, grouping_id: str) -> None:
        grouping = self._grouping(grouping_id)
        if grouping is not None:
            self._open_dialog(grouping)

    def _open_dialog(self, grouping: Grouping | None) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            return
        window = self.window
        day = self.session.shown_state().as_of
        starts = {
            c.name: c.members_on(day)
            for c in grouping_choices(self.session.doc, window.data)
            if c.builtin is not None
        }
        dialog = QtGroupingDialog(window.data.country_names, grouping, window, starts=starts)
        dialog.saved.connect(
            lambda saved: self.session.run(
                commands.SaveGrouping(saved, slide_id=self.session.shown_slide_id)
            )
        )
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.show()  # not modal: the user clicks countries on the map meanwhile
        # Beside the map, not over the countries it lets the user click.
        dialog.place_beside(
            QRect(window.map.mapToGlobal(QPoint(0, 0)), window.map.size()),
            window.frameGeometry(),
        )

    def delete_grouping(self, grouping_id: str) -> None:
        grouping = self._grouping(grouping_id)
        if grouping is None:
            return
        answer = QMessageBox.question(
            self.window,
            translate("GroupingActions", "Delete grouping"),
            translate("GroupingActions", "Delete the grouping “{name}”?").format(
                name=grouping.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.run(commands.DeleteGrouping(grouping_id))

    def _on_country_clicked(self, iso_a3: str, _name: str) -> None:
        if self.dialog is not None:
            self.dialog.toggle(iso_a3)
