"""Markup in user text stays text in the window: labels, message boxes, input dialogs, tool
tips and menu entries show what was typed, never bold text or an image."""

from __future__ import annotations

import dataclasses

import pytest
from pagejs import shown_window
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QMessageBox, QToolTip

from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import Annotation, Grouping
from briefing_app.ui.plain_text import install_plain_text_guard
from briefing_app.ui.settings import RECENT_FILES

MARKUP = "<b>T {{ 7*7 }} T</b><img src='file:///etc/hostname'>"
DESCRIPTION = "<qt><b>bold</b> <i>italic</i><br>line &amp; entity"

pytestmark = pytest.mark.timeout(120)


def _as_qt_shows(text: str, text_format: Qt.TextFormat) -> str:
    # What a QLabel with this format draws, as characters.
    document = QTextDocument()
    if text_format == Qt.TextFormat.PlainText or (
        text_format == Qt.TextFormat.AutoText and not QtGui.Qt.mightBeRichText(text)
    ):
        document.setPlainText(text)
    else:
        document.setHtml(text)
    return document.toPlainText()


def _tool_tip_shows() -> str:
    tip = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "qtooltip_label")
    return _as_qt_shows(tip.text(), tip.textFormat())


@pytest.fixture
def window(qtbot):
    doc = dataclasses.replace(builtin_briefing(), title=MARKUP, author=MARKUP, organisation=MARKUP)
    doc.slides[0].title = MARKUP
    doc.slides[0].notes = MARKUP
    doc.annotations = [
        Annotation(
            "a1",
            {"type": "Point", "coordinates": [21.0, 54.0]},
            {"kind": "marker", "label": MARKUP, "description": DESCRIPTION},
            {},
        )
    ]
    doc.groupings = [Grouping("g1", MARKUP, ["POL", "LTU"], description=MARKUP)]
    win = shown_window(qtbot, doc)
    yield win
    win.undo_stack.setClean()


def test_every_label_in_the_window_is_plain_text(window, qtbot):
    window.slides.show_slide(window.doc.slides[0].id)
    qtbot.wait(50)
    labels = [
        label
        for top in QApplication.topLevelWidgets()
        for label in top.findChildren(QLabel)
        if label.isVisible()
    ]
    assert labels
    assert [
        label.objectName() or label.text()[:40]
        for label in labels
        if label.textFormat() != Qt.TextFormat.PlainText
    ] == []
    showing = [label for label in labels if "{{ 7*7 }}" in label.text()]
    for label in showing:
        assert "<b>T {{ 7*7 }} T</b>" in _as_qt_shows(label.text(), label.textFormat())


@pytest.mark.parametrize("kind", ["message box", "input dialog"])
def test_dialogs_show_markup_as_typed(qtbot, kind):
    install_plain_text_guard()
    seen: list[tuple[str, Qt.TextFormat]] = []

    def inspect_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        for label in dialog.findChildren(QLabel):
            if "7*7" in label.text():
                seen.append((label.text(), label.textFormat()))
        dialog.reject()

    QTimer.singleShot(200, inspect_and_close)
    if kind == "message box":
        QMessageBox.question(None, "Delete grouping", f"Delete {MARKUP}?")
    else:
        QInputDialog.getText(None, "Rename", f"New name for {MARKUP}:")
    assert seen and all(fmt == Qt.TextFormat.PlainText for _, fmt in seen)
    assert MARKUP in _as_qt_shows(*seen[0])


def test_tool_tip_of_an_annotation_shows_its_description_as_typed(window, qtbot):
    view = window.editor.dock.list
    assert view.count() == 1 and view.item(0).toolTip() == DESCRIPTION
    window.editor.dock.show()
    window.editor.dock.raise_()
    rect = view.visualItemRect(view.item(0))
    event = QHelpEvent(
        QEvent.Type.ToolTip, rect.center(), view.viewport().mapToGlobal(rect.center())
    )
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=5_000)
    assert _tool_tip_shows() == DESCRIPTION
    QToolTip.hideText()


def test_recent_file_names_keep_their_ampersand(window, tmp_path):
    name = str(tmp_path / "R&D <b>plans.briefing")
    window.settings.set(RECENT_FILES, [name])
    window.files.fill_recent_menu(window.recent_menu)
    texts = [action.text() for action in window.recent_menu.actions()]
    assert "&1 R&&D <b>plans.briefing" in texts


def test_tool_tip_of_a_widget_with_markup_is_literal(qtbot):
    install_plain_text_guard()
    label = QLabel("x")
    label.setToolTip(MARKUP)
    qtbot.addWidget(label)
    label.show()
    QApplication.sendEvent(
        label, QHelpEvent(QEvent.Type.ToolTip, QPoint(1, 1), label.mapToGlobal(QPoint(1, 1)))
    )
    qtbot.waitUntil(QToolTip.isVisible, timeout=5_000)
    assert _tool_tip_shows() == MARKUP
    QToolTip.hideText()
