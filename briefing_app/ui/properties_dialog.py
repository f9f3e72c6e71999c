"""Edit the briefing's title, marking, as-of date and the other document properties."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from briefing_app.model.document import Briefing
from briefing_app.ui.i18n import date_input_format, translate

# Offered in the list; any other marking can be typed. Markings are the document's words,
# as accredited systems spell them: never translated.
COMMON_MARKINGS = (
    "UNCLASSIFIED",
    "OFFICIAL",
    "OFFICIAL-SENSITIVE",
    "NATO UNCLASSIFIED",
    "RESTRICTED",
    "NATO RESTRICTED",
    "CONFIDENTIAL",
    "SECRET",
    "TOP SECRET",
)


class QtPropertiesDialog(QDialog):
    def __init__(self, doc: Briefing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PropertiesDialog", "Briefing properties"))
        self._doc = doc
        form = QFormLayout(self)
        self.title = QLineEdit(doc.title)
        self.subtitle = QLineEdit(doc.subtitle)
        self.author = QLineEdit(doc.author)
        self.organisation = QLineEdit(doc.organisation)
        self.classification = QComboBox()
        self.classification.setEditable(True)
        self.classification.addItems(COMMON_MARKINGS)
        self.classification.setCurrentText(doc.classification)
        self.as_of = QDateEdit(QDate(doc.as_of.year, doc.as_of.month, doc.as_of.day))
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat(date_input_format())
        self.summary = QPlainTextEdit(doc.summary)
        for label, widget in (
            (translate("PropertiesDialog", "&Title:"), self.title),
            (translate("PropertiesDialog", "&Subtitle:"), self.subtitle),
            (translate("PropertiesDialog", "&Author:"), self.author),
            (translate("PropertiesDialog", "&Organisation:"), self.organisation),
            (translate("PropertiesDialog", "&Classification:"), self.classification),
            (translate("PropertiesDialog", "As &of:"), self.as_of),
            (translate("PropertiesDialog", "Su&mmary:"), self.summary),
        ):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def changes(self) -> dict[str, Any]:
        """The properties the user changed, for one undoable edit."""
        qdate = self.as_of.date()
        values = {
            "title": self.title.text().strip() or self._doc.title,
            "subtitle": self.subtitle.text(),
            "author": self.author.text(),
            "organisation": self.organisation.text(),
            "classification": self.classification.currentText().strip() or "UNCLASSIFIED",
            "as_of": dt.date(qdate.year(), qdate.month(), qdate.day()),
            "summary": self.summary.toPlainText(),
        }
        return {k: v for k, v in values.items() if getattr(self._doc, k) != v}
