"""Draw → Place at Coordinates… (Ctrl+L) as an official uses it: type a position in decimal
degrees, DMS or MGRS, see what it was read as (or why not), place; the point is where the
text says, the map is centred on it, and one undo takes it away."""

from __future__ import annotations

import pytest
from pagejs import page_eval, shown_window
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from briefing_app.model.document import Briefing, MapView, annotation_kind
from briefing_app.ui.place_at_coordinates import PlaceAtCoordinatesDialog

SUWALKI = (54.1, 22.93)
UNIT = "10061000161211000000"


@pytest.fixture
def window(qtbot):
    win = shown_window(qtbot, Briefing(view=MapView(50.0, 10.0, 6.0)), size=(1200, 800))
    yield win
    win.undo_stack.setClean()


def type_into(edit, text: str) -> None:
    """Type one character after another (QTest's key clicks know ASCII only: no ° or ł)."""
    for char in text:
        edit.insert(char)


def _run_dialog(qtbot, win, fill) -> list[str]:
    """Open the dialog from its menu entry; `fill` gets the open dialog and returns."""
    seen: list[str] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PlaceAtCoordinatesDialog):
            seen.append(f"no dialog open: {dialog!r}")
            return
        try:
            fill(dialog, seen)
        except Exception as error:  # raised in Qt's event loop: reported by the test
            seen.append(f"failed: {error!r}")
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(200, drive)
    win.action_place_at.trigger()
    return seen


@pytest.mark.parametrize(
    "typed",
    ["54.1, 22.93", "54°06′00″N 22°55′48″E", "34U FE 26199 96369"],
    ids=["decimal", "dms", "mgrs"],
)
def test_a_typed_position_places_a_marker_there_and_centres_the_map(window, qtbot, typed):
    win = window

    def fill(dialog: PlaceAtCoordinatesDialog, seen: list[str]) -> None:
        type_into(dialog.position_edit, typed)
        seen.append(dialog.reading.text())
        seen.append(str(dialog.ok_button.isEnabled()))
        type_into(dialog.label_edit, "Suwałki gap")
        if typed.startswith("34U"):  # Enter places it as the button does
            QTest.keyClick(dialog.label_edit, Qt.Key.Key_Return)
        else:
            QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    seen = _run_dialog(qtbot, win, fill)
    assert seen[0].startswith("Read as 54.1000° N, 22.9300° E")
    assert "34U FE 26199 96369" in seen[0]  # all three notations, to check by eye
    assert seen[1] == "True"
    [placed] = win.doc.annotations
    assert annotation_kind(placed) == "marker"
    assert placed.properties["label"] == "Suwałki gap"
    assert placed.geometry["coordinates"] == pytest.approx([SUWALKI[1], SUWALKI[0]], abs=1e-4)
    assert win.editor.selected == [placed.id]
    # The map is centred there, and the new marker is on the page.
    qtbot.waitUntil(
        lambda: (
            page_eval(qtbot, win, "BriefingMap.map().getCenter()")
            == pytest.approx({"lat": SUWALKI[0], "lng": SUWALKI[1]}, abs=1e-3)
        ),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: page_eval(qtbot, win, "BriefingMap.state().counts.annotations") == 1)
    assert win.undo_stack.undoText() == "Place marker at coordinates"
    win.undo_stack.undo()
    assert win.doc.annotations == []


def test_what_is_not_a_position_says_so_and_places_nothing(window, qtbot):
    win = window

    def fill(dialog: PlaceAtCoordinatesDialog, seen: list[str]) -> None:
        seen.append(dialog.reading.text())
        type_into(dialog.position_edit, "54.1 N, 200 E")
        seen.append(dialog.reading.text())
        seen.append(str(dialog.ok_button.isEnabled()))
        dialog.position_edit.clear()
        type_into(dialog.position_edit, "<b>Suwałki</b>")
        seen.append(dialog.reading.text())
        QTest.keyClick(dialog.position_edit, Qt.Key.Key_Return)  # Enter does not place it
        seen.append(str(dialog.isVisible()))

    seen = _run_dialog(qtbot, win, fill)
    assert "e.g. 54.1, 22.93" in seen[0]
    assert seen[1] == "Longitude 200 is outside −180 to 180."
    assert seen[2] == "False"
    assert "“<b>Suwałki</b>” is not a position" in seen[3] and "MGRS" in seen[3]
    assert seen[4] == "True"
    assert win.doc.annotations == []
    assert win.undo_stack.count() == 0


def test_a_unit_or_a_text_label_at_coordinates(window, qtbot):
    win = window
    win.editor.choose_symbol = lambda initial: UNIT

    def unit(dialog: PlaceAtCoordinatesDialog, seen: list[str]) -> None:
        type_into(dialog.position_edit, "52.23 21.01")
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("unit"))
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    _run_dialog(qtbot, win, unit)
    assert [(annotation_kind(a), a.properties.get("sidc")) for a in win.doc.annotations] == [
        ("unit", UNIT)
    ]

    def text(dialog: PlaceAtCoordinatesDialog, seen: list[str]) -> None:
        seen.append(dialog.kind())  # the last kind placed is offered first
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("text"))
        type_into(dialog.position_edit, "52.0, 20.0")
        seen.append(str(dialog.ok_button.isEnabled()))  # a text needs its words
        seen.append(dialog.reading.text())
        type_into(dialog.label_edit, "Objective ALPHA")
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    seen = _run_dialog(qtbot, win, text)
    assert seen[0] == "unit"
    assert seen[1] == "False" and "needs its words" in seen[2]
    assert win.doc.annotations[-1].properties == {"kind": "text", "label": "Objective ALPHA"}
    assert win.undo_stack.count() == 2


def test_the_entry_is_in_the_draw_menu_and_tool_bar_with_its_key(window):
    win = window
    assert win.action_place_at in win.draw_menu.actions()
    assert win.action_place_at in win.editor.toolbar.actions()
    assert win.action_place_at.shortcut() == QKeySequence("Ctrl+L")
