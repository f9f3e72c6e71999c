"""The unit symbol picker: search, choices, the code field, keyboard, the static helper."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog

from briefing_app.symbols import catalog as sc
from briefing_app.ui import symbol_picker
from briefing_app.ui.symbol_picker import SymbolPickerDialog


@pytest.fixture(autouse=True)
def _fresh_session_defaults(monkeypatch):
    monkeypatch.setattr(
        symbol_picker, "_session_defaults", {"affiliation": "friend", "echelon": "none"}
    )


@pytest.fixture
def dialog(qtbot):
    def make(initial: str | None = None) -> SymbolPickerDialog:
        d = SymbolPickerDialog(None, initial)
        qtbot.addWidget(d)
        d.show()
        qtbot.waitExposed(d)
        return d

    return make


def _set_combo(combo, key: str) -> None:
    combo.setCurrentIndex(combo.findData(key))


def test_type_pick_set_accept_gives_the_code(qtbot, dialog):
    d = dialog()
    qtbot.keyClicks(d.search, "armour")
    assert d.types.count() >= 1
    first = d.types.item(0)
    assert first.text() == "Armour"
    d.types.setCurrentItem(first)
    _set_combo(d.affiliation, "hostile")
    _set_combo(d.echelon, "battalion")
    assert d.code.text() == "10061000161205000000"
    with qtbot.waitSignal(d.accepted):
        d.ok_button.click()
    assert d.result() == QDialog.DialogCode.Accepted
    assert d.sidc() == "10061000161205000000"


def test_keyboard_search_down_enter(qtbot, dialog):
    d = dialog()
    d.search.setFocus()
    qtbot.keyClicks(d.search, "MLRS")
    assert d.current_entity().key == "rocket_artillery"  # the first match is current
    qtbot.keyClick(d.search, Qt.Key.Key_Down)
    assert d.focusWidget() is d.types
    qtbot.keyClick(d.types, Qt.Key.Key_Down)
    assert d.current_entity().key == "multiple_rocket_launcher"
    with qtbot.waitSignal(d.accepted):
        qtbot.keyClick(d.types, Qt.Key.Key_Return)
    assert d.sidc() == sc.build_sidc("friend", "none", "multiple_rocket_launcher")


def test_initial_code_preselects_its_choices(dialog):
    d = dialog("10031002221100000000")  # friendly corps headquarters
    assert d.affiliation.currentData() == "friend"
    assert d.echelon.currentData() == "corps"
    assert d.hq.isChecked() and not d.task_force.isChecked()
    assert d.current_entity().key == "headquarters"
    assert d.types.currentItem().text() == sc.entity_type("headquarters").name
    assert d.code.text() == "10031002221100000000"
    assert not d.preview.pixmap().isNull()


def test_typing_a_code_updates_the_choices(qtbot, dialog):
    d = dialog()
    d.code.clear()
    qtbot.keyClicks(d.code, "10061000181211020000")
    assert d.affiliation.currentData() == "hostile"
    assert d.echelon.currentData() == "brigade"
    assert d.current_entity().key == "mechanized_infantry"
    assert d.ok_button.isEnabled()
    d.code.setText("")
    qtbot.keyClicks(d.code, "1006100018129")  # unfinished
    assert not d.ok_button.isEnabled()
    assert d.hint.text()


def test_non_unit_types_disable_echelon_and_hq(qtbot, dialog):
    d = dialog()
    qtbot.keyClicks(d.search, "Iskander")
    keys = [d.types.item(i).data(Qt.ItemDataRole.UserRole) for i in range(d.types.count())]
    d.types.setCurrentRow(keys.index("ssm_launcher_short_range"))
    assert not d.echelon.isEnabled() and not d.hq.isEnabled()
    assert d.code.text() == sc.build_sidc("friend", "none", "ssm_launcher_short_range")


def test_list_icons_and_preview_are_drawn(dialog):
    d = dialog()
    assert d.types.count() == len(sc.ENTITY_TYPES)
    for row in range(d.types.count()):
        assert not d.types.item(row).icon().isNull()
    image = d.preview.pixmap().toImage()
    assert not image.isNull()
    # something other than transparent pixels in the middle of the preview
    colours = {image.pixel(x, image.height() // 2) for x in range(0, image.width(), 4)}
    assert len(colours) > 1


def test_last_affiliation_and_echelon_are_remembered(qtbot, dialog):
    d = dialog()
    _set_combo(d.affiliation, "suspect")
    _set_combo(d.echelon, "company")
    d.ok_button.click()
    again = dialog()
    assert again.affiliation.currentData() == "suspect"
    assert again.echelon.currentData() == "company"


def test_choose_returns_code_or_none(qtbot):
    def answer(accept: bool):
        def act():
            from PySide6.QtWidgets import QApplication

            for w in QApplication.topLevelWidgets():
                if isinstance(w, SymbolPickerDialog) and w.isVisible():
                    w.accept() if accept else w.reject()

        QTimer.singleShot(0, act)

    answer(True)
    assert SymbolPickerDialog.choose(None, "10061000161205000000") == "10061000161205000000"
    answer(False)
    assert SymbolPickerDialog.choose(None, None) is None
