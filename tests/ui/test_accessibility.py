"""Accessibility of the main window: names for screen readers, keys in tool tips, a Tab order
that reaches every panel, a visible focus frame, text that follows the system font size."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import test_help
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui import accessibility
from briefing_app.ui.accessibility import (
    FOCUS_COLOUR,
    focus_stylesheet,
    menu_actions,
    tooltips_without_keys,
    unnamed_controls,
)
from briefing_app.ui.help_dialogs import QtAboutDialog, QtShortcutsDialog, install_help
from briefing_app.ui.welcome import show_welcome

UI_DIR = Path(accessibility.__file__).parent
# The audience screen sizes its title to the screen's height on purpose (legible from the
# back of the room), so pixel sizes there are a choice, not an oversight.
PIXEL_FONTS_ALLOWED = {"presentation.py"}


window = test_help.window  # the same main window fixture


@pytest.fixture(autouse=True)
def _help_installed(window):
    install_help(window)  # what the window does at start-up (see help_dialogs.install_help)


def _all_menu_actions(window):
    return [
        action
        for top in window.menu_bar.actions()
        if top.menu() is not None
        for action in menu_actions(top.menu())
    ]


def test_every_control_has_a_name(window, qtbot):
    assert unnamed_controls(window) == []
    # Controls shown only for some layers or annotations are named too.
    assert unnamed_controls(window, visible_only=False) == []


def test_help_dialogs_and_tour_name_their_controls(window, qtbot):
    for dialog in (QtShortcutsDialog(window), QtAboutDialog(window)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed_controls(dialog, visible_only=False) == [], dialog.windowTitle()
    tour = show_welcome(window)
    assert unnamed_controls(tour) == []
    tour.close_tour()


def test_menu_tooltips_name_the_shortcut(window):
    actions = _all_menu_actions(window)
    assert len(actions) > 30
    assert tooltips_without_keys(actions) == []
    # The Undo entry's text follows the stack; its tip keeps the keys.
    window.slides_dock.add_requested.emit()
    assert window.action_undo.text().startswith("&Undo") or "Undo" in window.action_undo.text()
    assert tooltips_without_keys([window.action_undo, window.action_redo]) == []


def _tab_walk(window, qtbot, start, presses: int = 80):
    """Press Tab from `start`; returns the widgets that had the focus and the text fields
    that kept the Tab key for themselves (a keyboard trap), stepping over those as the fix
    (QPlainTextEdit.setTabChangesFocus) would."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen, traps = [], []
    for _ in range(presses):
        focused = QApplication.focusWidget()
        seen.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        if focused is window.map or window.map.isAncestorOf(focused):
            qtbot.wait(150)  # the page moves its focus (zoom buttons, shapes) on its own time
        if QApplication.focusWidget() is focused and isinstance(
            focused, (QPlainTextEdit, QTextEdit)
        ):
            traps.append(focused)
            focused.undo()  # the tab it typed
            window.focusNextChild()
    return seen, traps


def test_tab_reaches_every_panel(window, qtbot):
    qtbot.waitUntil(lambda: "countries" in window.map.rendered_layers, timeout=30_000)
    # Docks that share a place show one at a time: each is brought to the front, as its
    # View menu entry does, and must then be reachable with Tab, map included and left again.
    for dock, target, start in (
        (window.slides_dock, window.slides_dock.list, window.layer_dock.list),
        (window.editor.dock, window.editor.dock.list, window.layer_dock.list),
        (window.layer_dock, window.layer_dock.list, window.editor.dock.list),
    ):
        dock.show()
        dock.raise_()
        seen, _traps = _tab_walk(window, qtbot, start)
        assert target in seen, target.accessibleName()
        assert any(window.map.isAncestorOf(w) for w in seen), "the map is not reachable"


def test_tab_leaves_every_text_field(window, qtbot):
    _seen, traps = _tab_walk(window, qtbot, window.layer_dock.list)
    assert [t.accessibleName() for t in traps] == []


def _focus_pixels(widget: QWidget) -> int:
    image = widget.grab().toImage()
    target = QColor(FOCUS_COLOUR)
    count = 0
    for y in range(0, image.height()):
        for x in range(0, image.width()):
            colour = image.pixelColor(x, y)
            if (
                abs(colour.red() - target.red())
                + abs(colour.green() - target.green())
                + abs(colour.blue() - target.blue())
            ) < 30:
                count += 1
    return count


def test_focus_stylesheet_draws_a_visible_frame(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    box.setStyleSheet(focus_stylesheet())
    column = QVBoxLayout(box)
    first, second = QLineEdit("first"), QLineEdit("second")
    column.addWidget(first)
    column.addWidget(second)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    assert _focus_pixels(first) > 2 * first.width()  # a frame all round
    assert _focus_pixels(second) == 0


def test_text_follows_the_system_font_size(window, qtbot):
    app = QApplication.instance()
    labels = [
        label
        for dock in window.findChildren(QDockWidget)
        for label in dock.findChildren(QLabel)
        if label.isVisibleTo(window) and label.text().strip()
    ]
    assert len(labels) >= 3
    before = {label: label.sizeHint().height() for label in labels}
    menu_before = window.menu_bar.sizeHint().height()
    original = QFont(app.font())
    larger = QFont(original)
    larger.setPointSizeF(original.pointSizeF() * 1.5)
    try:
        app.setFont(larger)
        qtbot.wait(10)
        fixed = [
            label.text()[:40] for label in labels if label.sizeHint().height() <= before[label]
        ]
        assert fixed == [], "labels that keep their size"
        assert window.menu_bar.sizeHint().height() > menu_before
    finally:
        app.setFont(original)


def test_no_fixed_pixel_fonts_in_the_ui():
    pattern = re.compile(r"setPixelSize|font-size:\s*\d+px|font:\s*\d+px")
    offenders = {
        path.name
        for path in UI_DIR.glob("*.py")
        if pattern.search(path.read_text(encoding="utf-8"))
    }
    assert offenders <= PIXEL_FONTS_ALLOWED, offenders - PIXEL_FONTS_ALLOWED
