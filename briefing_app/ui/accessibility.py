"""Keyboard and screen-reader support: a visible focus frame, shortcut keys in every tool tip,
and an audit of a window's controls (used by the tests, handy in a debugger).

The focus frame is a style sheet for the whole application (`focus_stylesheet()`), in the
style's colour, sized in the widgets' own units so it scales with the system font.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QToolButton,
    QWidget,
)

from briefing_app.style.map_style import OKABE_ITO
from briefing_app.ui.i18n import translate

FOCUS_COLOUR = OKABE_ITO["blue"]
NATIVE = QKeySequence.SequenceFormat.NativeText

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QSlider,
    QPlainTextEdit,
    QTextEdit,
)
# Parts of a composite control (a spin box's editor, a line edit's clear button): the
# control itself carries the name.
_COMPOSITES = (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit)


def focus_stylesheet(colour: str = FOCUS_COLOUR) -> str:
    """Style sheet rules that draw a clear frame round the control with the keyboard focus.

    Only the `:focus` state is styled, so controls keep their native look otherwise. Apply
    once with `QApplication.setStyleSheet(app.styleSheet() + focus_stylesheet())`."""
    frame = f"border: 2px solid {colour}; border-radius: 3px;"
    return (
        f"QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus,"
        f" QPlainTextEdit:focus, QTextEdit:focus, QAbstractItemView:focus {{ {frame} }}\n"
        f"QPushButton:focus {{ {frame} padding: 3px 10px; background: palette(button); }}\n"
        f"QToolButton:focus {{ {frame} }}\n"
        f"QCheckBox:focus, QRadioButton:focus, QSlider:focus {{ {frame} }}\n"
    )


def shortcut_text(action: QAction) -> str:
    return ", ".join(k.toString(NATIVE) for k in action.shortcuts() if not k.isEmpty())


def _with_keys(action: QAction) -> None:
    try:
        keys = shortcut_text(action)
    except RuntimeError:  # "changed" while Qt deletes the action
        return
    tip = action.toolTip()  # Qt's default is the text without "&"
    if keys and keys not in tip:
        action.setToolTip(f"{tip or action.text().replace('&', '')} ({keys})")


def ensure_shortcut_tooltips(root: QWidget) -> list[QAction]:
    """Give every action under `root` that has a shortcut a tool tip naming its keys, now and
    whenever the action changes (a shortcut set later, a text that follows the undo stack).
    Returns the actions whose tool tip lacked the keys."""
    fixed: list[QAction] = []
    for action in root.findChildren(QAction):
        if action.property("tooltip_names_keys"):
            continue
        action.setProperty("tooltip_names_keys", True)
        action.changed.connect(lambda a=action: _with_keys(a))
        if shortcut_text(action) and shortcut_text(action) not in action.toolTip():
            fixed.append(action)
            _with_keys(action)
    return fixed


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces: the accessible name, else Qt's fallbacks (a button's
    text, a buddy label's text)."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    if name.strip():
        return name.strip()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text().replace("&", "").strip()
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text().replace("&", "").strip()
    return ""


def _where(widget: QWidget) -> str:
    parts = []
    current: QWidget | None = widget
    while current is not None and len(parts) < 4:
        parts.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return " < ".join(parts)


def unnamed_controls(root: QWidget, visible_only: bool = True) -> list[str]:
    """Interactive controls under `root` (the visible ones, or all) that a screen reader
    could not name."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or (visible_only and not widget.isVisibleTo(root)):
            continue
        parent = widget.parentWidget()
        if parent is not None and (
            isinstance(parent, _COMPOSITES) or isinstance(parent.parentWidget(), _COMPOSITES)
        ):
            continue
        if not accessible_name(widget):
            problems.append(f"{type(widget).__name__} ({_where(widget)})")
    return problems


def menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found += menu_actions(action.menu())
        elif not action.isSeparator():
            found.append(action)
    return found


def tooltips_without_keys(actions: list[QAction]) -> list[str]:
    """Actions with a shortcut whose tool tip does not name it."""
    return [
        f"{action.text()} [{shortcut_text(action)}]: {action.toolTip()!r}"
        for action in actions
        if shortcut_text(action) and shortcut_text(action) not in action.toolTip()
    ]


def name_qt_parts(root: QWidget) -> None:
    """Name the controls Qt adds by itself that have no name: a tool bar's "»" button for
    the tools that do not fit, the menu bar's for the menus that do not fit."""
    for name, text in (
        ("qt_toolbar_ext_button", translate("Accessibility", "More tools")),
        ("qt_menubar_ext_button", translate("Accessibility", "More menus")),
    ):
        for button in root.findChildren(QToolButton, name):
            if not button.accessibleName():
                button.setAccessibleName(text)
                button.setToolTip(text)


def apply_focus_frame(app: QApplication | None = None) -> None:
    """Add the focus frame to the application's style sheet (once)."""
    app = app or QApplication.instance()
    sheet = focus_stylesheet()
    if sheet not in app.styleSheet():
        app.setStyleSheet(app.styleSheet() + sheet)
