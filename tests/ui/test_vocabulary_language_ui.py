"""Where the window shows the words of the Qt-free tables, it shows them in the active
language (#19): the symbol picker's types, affiliations and echelons (and its search), the
figures panel's column headings, the About box's licence kinds and figures, the reading of a
typed position. A translator's .ts file stands in for the shipped one; English is unchanged."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from translations_for_tests import translations

from briefing_app.data.datasets import load_datasets
from briefing_app.i18n import using_language
from briefing_app.model.builtin import builtin_briefing
from briefing_app.scene.build import grouping_choices
from briefing_app.symbols import catalog as sc
from briefing_app.ui import symbol_picker
from briefing_app.ui.figures_dock import QtFiguresDock
from briefing_app.ui.help_dialogs import QtAboutDialog
from briefing_app.ui.place_at_coordinates import PlaceAtCoordinatesDialog
from briefing_app.ui.symbol_picker import SymbolPickerDialog

GERMAN = {
    "Symbols": {"Infantry": "Infanterie"},
    "Symbol affiliation": {"Hostile": "Feindlich"},
    "Symbol echelon": {"Battalion / squadron": "Bataillon"},
    "Symbol category": {"Manoeuvre": "Kampftruppen"},
    "Coordinates": {
        "Longitude {value} is outside −180 to 180.": "Länge {value} liegt nicht in −180 bis 180."
    },
    "Licences": {"Font": "Schrift"},
    "Figures": {"Population": "Bevölkerung"},
}


@pytest.fixture
def german(tmp_path):
    with translations(tmp_path, "de", GERMAN), using_language("de"):
        yield


@pytest.fixture(autouse=True)
def _fresh_session_defaults(monkeypatch):
    monkeypatch.setattr(
        symbol_picker, "_session_defaults", {"affiliation": "friend", "echelon": "none"}
    )


def _picker(qtbot, initial: str | None = None) -> SymbolPickerDialog:
    dialog = SymbolPickerDialog(None, initial)
    qtbot.addWidget(dialog)
    return dialog


def _row_of(dialog: SymbolPickerDialog, key: str) -> int:
    keys = [
        dialog.types.item(r).data(Qt.ItemDataRole.UserRole) for r in range(dialog.types.count())
    ]
    return keys.index(key)


def test_the_picker_shows_the_catalogues_names_in_german(qtbot, german):
    code = sc.build_sidc("hostile", "battalion", "infantry")
    d = _picker(qtbot, code)
    assert d.affiliation.currentText() == "Feindlich"
    assert d.echelon.currentText() == "Bataillon"
    assert d.types.currentItem().text() == "Infanterie"
    assert (
        d.types.currentItem().toolTip()
        == "Infanterie\nKampftruppen · " + sc.entity_type("infantry").code
    )
    assert d.type_name.text() == "Infanterie"
    assert d.types.item(_row_of(d, "armour")).text() == "Armour"  # untranslated: English
    # The choices are still the keys; the code is the one English builds.
    assert (d.affiliation.currentData(), d.echelon.currentData()) == ("hostile", "battalion")
    assert d.code.text() == code


def test_the_pickers_search_finds_the_german_and_the_english_name(qtbot, german):
    d = _picker(qtbot)
    qtbot.keyClicks(d.search, "Infanterie")
    assert d.types.item(0).text() == "Infanterie"
    assert d.current_entity().key == "infantry"
    d.search.clear()
    qtbot.keyClicks(d.search, "infantry")
    assert d.current_entity().key == "infantry"
    assert d.types.currentItem().text() == "Infanterie"


def test_the_picker_in_english_is_unchanged(qtbot, tmp_path):
    with translations(tmp_path, "de", GERMAN):  # a German translation there, English chosen
        d = _picker(qtbot, sc.build_sidc("hostile", "battalion", "infantry"))
        assert d.affiliation.currentText() == "Hostile"
        assert d.echelon.currentText() == "Battalion / squadron"
        assert d.types.currentItem().text() == d.type_name.text() == "Infantry"
        assert d.types.currentItem().toolTip().startswith("Infantry\nManoeuvre · ")
        d.search.clear()
        qtbot.keyClicks(d.search, "Infanterie")
        assert d.types.count() == 0


def _figures_dock(qtbot) -> QtFiguresDock:
    data = load_datasets()
    dock = QtFiguresDock()
    qtbot.addWidget(dock)
    dock.show_groupings(
        grouping_choices(builtin_briefing(), data), "weimar_triangle", dt.date(2026, 1, 31), data
    )
    return dock


def _headings(dock: QtFiguresDock) -> list[str]:
    table = dock.breakdown
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def test_the_figures_panel_heads_its_columns_with_the_figures_names_in_german(qtbot, german):
    dock = _figures_dock(qtbot)
    headings = _headings(dock)
    population = next(h for h in headings if h.startswith("Bevölkerung ("))
    column = headings.index(population)
    assert dock.breakdown.item(0, column).toolTip().startswith("Bevölkerung, 20")
    assert any(h.startswith("GDP (") for h in headings)  # untranslated: as the data has it


def test_the_figures_panel_in_english_is_unchanged(qtbot, tmp_path):
    with translations(tmp_path, "de", GERMAN):
        headings = _headings(_figures_dock(qtbot))
    assert any(h.startswith("Population (") for h in headings)
    assert not any("Bevölkerung" in h for h in headings)


def test_about_names_the_licence_kinds_and_figures_in_german(qtbot, german):
    dialog = QtAboutDialog(None)
    qtbot.addWidget(dialog)
    font = next(i for i, c in enumerate(dialog.components) if c.kind == "Font")
    assert dialog.component_list.item(font).toolTip().startswith("Schrift: ")
    dialog.component_list.setCurrentRow(font)
    assert dialog.component_info.text().splitlines()[0].endswith("(Schrift)")
    assert "• Schrift: " in dialog.as_text()
    assert any(row.item.startswith("Bevölkerung (") for row in dialog.sources)


def test_a_typed_position_is_explained_in_german(qtbot, german):
    dialog = PlaceAtCoordinatesDialog(None)
    qtbot.addWidget(dialog)
    dialog.position_edit.setText("54.1 N, 200 E")
    assert dialog.reading.text() == "Länge 200 liegt nicht in −180 bis 180."
    assert not dialog.ok_button.isEnabled()
