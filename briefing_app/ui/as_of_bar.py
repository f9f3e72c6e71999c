"""The "as of" control: a slider over the years with a date field. Dragging previews the
map at each date; letting go (or typing a date) makes it the briefing's date, one undo step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QLabel, QSlider, QToolBar, QWidget

from briefing_app.ui.i18n import date_input_format, translate

FIRST_DAY = dt.date(1949, 1, 1)  # before NATO's founding: the slider covers every membership


def _to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class TypedDateEdit(QDateEdit):
    """A date field that takes a whole date typed over it. Qt's own rejects the first digit
    typed over the whole text (a lone "2" is no date), and after it completes a section by
    itself it reads the separator typed next as a move past the following section: typing
    "2000-03-15" over 2026-01-06 gave 2026-01-15 or 2000-01-15."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._advanced_by_itself = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        text = event.text()
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if not (plain and text and text.isprintable()):
            self._advanced_by_itself = False
            super().keyPressEvent(event)
            return
        if self.text() and self.lineEdit().selectedText() == self.text():
            # Overtyping everything starts the date anew from its first section.
            self.setSelectedSection(self.sectionAt(0))
        if not text.isdigit() and self._advanced_by_itself:
            # The field already moved on when the section filled up.
            self._advanced_by_itself = False
            event.accept()
            return
        section = self.currentSection()
        super().keyPressEvent(event)
        self._advanced_by_itself = text.isdigit() and self.currentSection() != section


class QtAsOfBar(QToolBar):
    previewed = Signal(object)  # dt.date while the slider is dragged
    committed = Signal(object)  # dt.date chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("AsOfBar", "As of"), parent)
        self.setObjectName("as_of_bar")
        self.addWidget(QLabel(translate("AsOfBar", " As of: ")))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(translate("AsOfBar", "As-of date slider"))
        self.slider.setMinimumWidth(260)
        self.slider.setPageStep(365)
        self.slider.setSingleStep(30)
        self.date_edit = TypedDateEdit()
        self.date_edit.setAccessibleName(translate("AsOfBar", "As-of date"))
        self.date_edit.setDisplayFormat(date_input_format())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(_to_qdate(FIRST_DAY))
        self.addWidget(self.slider)
        self.addWidget(self.date_edit)
        self.setToolTip(
            translate("AsOfBar", "The date the map shows memberships and occupied areas for")
        )
        self._set_range(dt.date.today())
        self.slider.valueChanged.connect(self._on_slider_moved)
        self.slider.sliderReleased.connect(self._on_slider_released)
        self.date_edit.editingFinished.connect(self._on_date_edited)
        self._shown: dt.date | None = None

    def _set_range(self, last: dt.date) -> None:
        self.slider.setRange(0, (max(last, dt.date.today()) - FIRST_DAY).days)

    def day(self) -> dt.date:
        return FIRST_DAY + dt.timedelta(days=self.slider.value())

    def show_date(self, day: dt.date) -> None:
        """Reflect the document's date without reporting it back as an edit."""
        self._shown = day
        self._set_range(day)
        for widget in (self.slider, self.date_edit):
            widget.blockSignals(True)
        self.slider.setValue((day - FIRST_DAY).days)
        self.date_edit.setDate(_to_qdate(day))
        for widget in (self.slider, self.date_edit):
            widget.blockSignals(False)

    def _on_slider_moved(self, _value: int) -> None:
        day = self.day()
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(_to_qdate(day))
        self.date_edit.blockSignals(False)
        if self.slider.isSliderDown():
            self.previewed.emit(day)
        else:  # keyboard or click on the groove: a finished choice
            self._commit(day)

    def _on_slider_released(self) -> None:
        self._commit(self.day())

    def _on_date_edited(self) -> None:
        q = self.date_edit.date()
        self._commit(dt.date(q.year(), q.month(), q.day()))

    def _commit(self, day: dt.date) -> None:
        if day != self._shown:
            self._shown = day
            self.committed.emit(day)
