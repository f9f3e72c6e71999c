"""The place search box (briefing_app.ui.search_box)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from briefing_app.places.gazetteer import Gazetteer, Place
from briefing_app.ui.search_box import LOADING, NO_RESULTS, QtSearchBox


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    gazetteer = Gazetteer()
    gazetteer.ensure_built()
    return gazetteer


@pytest.fixture
def box(qtbot, gazetteer) -> QtSearchBox:
    box = QtSearchBox(gazetteer)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    return box


def type_text(box: QtSearchBox, text: str) -> None:
    """Type `text` key by key; unlike qtbot.keyClicks (QTest asserts on letters outside
    ASCII) this types "Königsberg" and "Suwałki" too."""
    for char in text:
        code = ord(char.upper())
        key = Qt.Key(code) if code < 0x100 else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(box, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def rows(box: QtSearchBox) -> list[str]:
    return [box.results.item(r).text() for r in range(box.results.rowCount())]


def test_labels(box):
    assert box.placeholderText() == "Search places (Ctrl+F)"
    assert box.accessibleName() == "Search places"
    assert box.popup.accessibleName() == "Places found"


def test_type_koenigsberg_down_enter_chooses_kaliningrad(qtbot, box):
    type_text(box, "Königsberg")
    assert box.popup_visible()
    assert rows(box)[0] == "Kaliningrad — city, Russia (Königsberg)"
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.popup.currentIndex().row() == 0
    with qtbot.waitSignal(box.place_chosen, timeout=1000) as chosen:
        qtbot.keyClick(box, Qt.Key.Key_Return)
    place = chosen.args[0]
    assert isinstance(place, Place)
    assert (place.name, place.kind, place.country, place.matched) == (
        "Kaliningrad",
        "city",
        "Russia",
        "Königsberg",
    )
    assert not box.popup_visible()
    assert box.text() == "Kaliningrad"


@pytest.mark.parametrize("typed", ["suwalki", "SUWAŁKI"])
def test_suwalki_with_or_without_the_polish_letter(qtbot, box, typed):
    type_text(box, typed)
    assert [p.name for p in box.places()] == ["Suwałki", "Suwałki Gap"]
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)  # stays on the last row
    with qtbot.waitSignal(box.place_chosen, timeout=1000) as chosen:
        qtbot.keyClick(box, Qt.Key.Key_Enter)
    assert (chosen.args[0].name, chosen.args[0].kind) == ("Suwałki Gap", "flashpoint")
    assert chosen.args[0].bbox is not None


def test_up_moves_back_and_enter_without_selection_takes_the_first(qtbot, box):
    type_text(box, "Lw")
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.popup.currentIndex().row() == 0
    box.popup.setCurrentIndex(box.results.index(-1, -1))
    with qtbot.waitSignal(box.place_chosen, timeout=1000) as chosen:
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert chosen.args[0].name == "Lviv"


def test_escape_hides_the_list_then_clears(qtbot, box):
    type_text(box, "Wilno")
    assert box.popup_visible()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.popup_visible()
    assert box.text() == "Wilno"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""


def test_down_reopens_the_list(qtbot, box):
    type_text(box, "Wilno")
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.popup_visible()
    assert box.places()[0].name == "Vilnius"


def test_nothing_found_is_said_and_cannot_be_chosen(qtbot, box):
    type_text(box, "xqzzyv")
    assert rows(box) == [NO_RESULTS]
    with qtbot.assertNotEmitted(box.place_chosen):
        qtbot.keyClick(box, Qt.Key.Key_Down)
        qtbot.keyClick(box, Qt.Key.Key_Return)


def test_clearing_the_text_hides_the_list(qtbot, box):
    type_text(box, "Riga")
    assert box.popup_visible()
    for _ in "Riga":
        qtbot.keyClick(box, Qt.Key.Key_Backspace)
    assert not box.popup_visible()


def test_click_chooses(qtbot, box):
    type_text(box, "Lvov")
    index = box.results.index(0, 0)
    with qtbot.waitSignal(box.place_chosen, timeout=1000) as chosen:
        box.popup.clicked.emit(index)
    assert (chosen.args[0].name, chosen.args[0].matched) == ("Lviv", "Lvov")


def test_index_is_built_lazily_on_a_worker_thread(qtbot):
    made: list[Gazetteer] = []

    def factory() -> Gazetteer:
        made.append(Gazetteer())
        return made[-1]

    box = QtSearchBox(factory)
    qtbot.addWidget(box)
    box.show()
    assert made == [] and not box.is_ready  # nothing built at start-up
    type_text(box, "Königsberg")
    assert rows(box) == [LOADING] or box.is_ready
    qtbot.waitUntil(lambda: box.is_ready, timeout=30_000)
    qtbot.waitUntil(lambda: bool(box.places()), timeout=1000)
    assert len(made) == 1
    assert box.places()[0].name == "Kaliningrad"


def test_a_failed_build_is_said(qtbot):
    def factory() -> Gazetteer:
        raise FileNotFoundError("countries_50m.geojson is missing")

    box = QtSearchBox(factory)
    qtbot.addWidget(box)
    box.show()
    type_text(box, "Riga")
    qtbot.waitUntil(lambda: rows(box) != [LOADING], timeout=5000)
    assert rows(box) == ["Place search is unavailable: countries_50m.geojson is missing"]
    assert not box.is_ready


def test_focus_action_is_ctrl_f_and_selects_the_text(box):
    assert box.focus_action.shortcut().toString() == "Ctrl+F"
    box.setText("Riga")
    box.deselect()
    box.focus_action.trigger()
    assert box.selectedText() == "Riga"
