"""File → Export Replay…: which grouping, between which dates, at what size; the file type
(GIF, or MP4 where an encoder is installed) follows from the name the user picks."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from briefing_app.data.datasets import Datasets
from briefing_app.model.document import Briefing
from briefing_app.render.replay import ReplaySpec
from briefing_app.scene.build import grouping_choices
from briefing_app.ui.i18n import QT_TRANSLATE_NOOP, date_input_format, translate

# The sizes offered: (width, height) and what the list says (English, translated where shown).
SIZES = (
    ((1280, 720), QT_TRANSLATE_NOOP("ReplayDialog", "1280 × 720 (for slides and e-mail)")),
    ((1920, 1080), QT_TRANSLATE_NOOP("ReplayDialog", "1920 × 1080 (full HD)")),
)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class QtReplayDialog(QDialog):
    def __init__(
        self, doc: Briefing, data: Datasets, grouping: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReplayDialog", "Export Replay"))
        self._choices = {c.id: c for c in grouping_choices(doc, data)}
        form = QFormLayout(self)
        self.grouping = QComboBox()
        for choice in self._choices.values():
            self.grouping.addItem(choice.name, choice.id)
        self.grouping.setCurrentIndex(max(0, self.grouping.findData(grouping)))
        self.start = QDateEdit(calendarPopup=True)
        self.end = QDateEdit(calendarPopup=True)
        for edit in (self.start, self.end):
            edit.setDisplayFormat(date_input_format())
            edit.setDateRange(QDate(1900, 1, 1), QDate(2100, 12, 31))
        self.end.setDate(_qdate(doc.as_of))
        self.size = QComboBox()
        for size, text in SIZES:
            self.size.addItem(translate("ReplayDialog", text), size)
        self.note = QLabel()
        self.note.setWordWrap(True)
        form.addRow(translate("ReplayDialog", "&Grouping:"), self.grouping)
        form.addRow(translate("ReplayDialog", "&From:"), self.start)
        form.addRow(translate("ReplayDialog", "&To:"), self.end)
        form.addRow(translate("ReplayDialog", "&Size:"), self.size)
        form.addRow(self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.grouping.currentIndexChanged.connect(self._on_grouping)
        self.start.dateChanged.connect(self._check)
        self.end.dateChanged.connect(self._check)
        self._on_grouping()

    def _on_grouping(self) -> None:
        choice = self._choices.get(self.grouping.currentData())
        if choice is not None and choice.builtin is not None and choice.builtin.members:
            self.start.setDate(_qdate(min(m.start for m in choice.builtin.members)))
        self._check()

    def _check(self) -> None:
        choice = self._choices.get(self.grouping.currentData())
        ok = self.start.date() <= self.end.date()
        if not ok:
            text = translate("ReplayDialog", "The replay must end on or after the day it starts.")
        elif choice is not None and choice.builtin is None:
            text = translate(
                "ReplayDialog",
                "A custom grouping has no dates: the replay shows its members unchanged.",
            )
        else:
            text = translate(
                "ReplayDialog", "One frame per day the membership changed, each dated and marked."
            )
        self.note.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def spec(self) -> ReplaySpec:
        return ReplaySpec(
            self.grouping.currentData(), _day(self.start.date()), _day(self.end.date())
        )

    def size_px(self) -> tuple[int, int]:
        width, height = self.size.currentData()
        return int(width), int(height)
