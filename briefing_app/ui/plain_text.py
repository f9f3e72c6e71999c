"""Text in the window is text: no label, message box or tool tip ever reads markup.

Qt guesses: a QLabel, a QMessageBox, a QInputDialog's prompt or a tool tip whose text starts
like HTML ("<b>", "<img src=...>", "<qt>") is drawn as rich text, which can change what an
official reads and even load local images. Briefing titles, talking points, annotation
labels, imported feature names and data correction files all reach such widgets, and the
app itself never needs rich text there. So one guard on the application makes every label
plain text when it is first polished (before it is shown); Qt's tool tip is a label too.
Widgets made later, Qt's own dialogs included, are covered without each call site
remembering.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QProxyStyle

# A label that truly shows app-made rich text may opt out with this dynamic property.
RICH_TEXT_PROPERTY = "briefingRichText"


def menu_text(text: str) -> str:
    """User text for a menu entry or button: "&" is a shortcut marker there, so it is
    doubled to show as typed."""
    return text.replace("&", "&&")


class PlainTextStyle(QProxyStyle):
    """The application's style, and on top of it: every label is made plain text when it is
    polished, before it is first shown. A style hook rather than an application event
    filter, because a Python filter on every event of the application crashes PySide6
    inside Qt WebEngine's Quick items (a wrapper made for a Quick item sends an event that
    reaches the filter again). Qt's tool tip is itself a label, so tool tips are covered."""

    def polish(self, target):
        if isinstance(target, QLabel) and not target.property(RICH_TEXT_PROPERTY):
            target.setTextFormat(Qt.TextFormat.PlainText)
        return super().polish(target)


def install_plain_text_guard(app: QApplication | None = None) -> None:
    """Make the application's style a PlainTextStyle once (the window and tests call this)."""
    app = app or QApplication.instance()
    if app is None or isinstance(app.style(), PlainTextStyle):
        return
    app.setStyle(PlainTextStyle(app.style().name()))
