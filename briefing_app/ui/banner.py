"""The classification marking as a coloured banner, as accredited systems show it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from briefing_app.style import marking_colours


class ClassificationBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a marking is text, never markup
        self.setAccessibleName("Classification marking")

    def set_marking(self, classification: str) -> None:
        colours = marking_colours(classification)
        self.setText(classification)
        self.setStyleSheet(
            f"QLabel {{ background: {colours.background}; color: {colours.foreground};"
            " font-weight: bold; padding: 2px; letter-spacing: 1px; }"
        )
