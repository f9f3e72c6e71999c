"""The security layers as an official uses them: date, groupings, order, sources."""

from __future__ import annotations

import datetime as dt

import pytest
from pagejs import page_state, shown_window

from briefing_app.model import commands
from briefing_app.model.builtin import builtin_briefing
from briefing_app.scene.build import CUSTOM_PREFIX
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.settings import Settings


@pytest.fixture
def window(qtbot):
    doc = builtin_briefing()
    membership = doc.layer("membership")
    membership.options = {"grouping": "nato"}
    win = shown_window(qtbot, doc, builtin=True)
    yield win
    win.undo_stack.setClean()


# Greenland and the Faroe Islands are coloured with Denmark's NATO membership.
COVERED = 2


def membership_count(qtbot, window) -> int:
    return page_state(qtbot, window)["counts"]["membership"]


def test_as_of_date_redraws_nato_enlargement(window, qtbot):
    window.as_of_bar.committed.emit(dt.date(2023, 1, 1))
    qtbot.waitUntil(lambda: membership_count(qtbot, window) == 30 + COVERED)
    assert "NATO (30)" in page_state(qtbot, window)["legend"]
    window.as_of_bar.committed.emit(dt.date(2024, 3, 7))
    qtbot.waitUntil(lambda: membership_count(qtbot, window) == 32 + COVERED)
    window.as_of_bar.committed.emit(dt.date(2000, 1, 1))
    qtbot.waitUntil(lambda: membership_count(qtbot, window) == 19 + COVERED)
    assert window.doc.as_of == dt.date(2000, 1, 1)
    assert window.as_of_bar.date_edit.date().year() == 2000
    window.action_undo.trigger()
    assert window.doc.as_of == dt.date(2024, 3, 7)
    qtbot.waitUntil(lambda: membership_count(qtbot, window) == 32 + COVERED)


def test_slider_drag_previews_without_editing(window, qtbot):
    window.as_of_bar.previewed.emit(dt.date(2023, 1, 1))
    qtbot.waitUntil(lambda: membership_count(qtbot, window) == 30 + COVERED)
    assert window.undo_stack.count() == 0
    assert window.doc.as_of == dt.date(2026, 1, 6)


def test_overlap_view_and_legend(window, qtbot):
    window.layer_dock.options_requested.emit(
        "membership", {"grouping": "nato", "compare": "coalition_of_the_willing"}
    )
    qtbot.waitUntil(lambda: "not NATO" in page_state(qtbot, window)["legend"])
    assert window.doc.layer("membership").options["compare"] == "coalition_of_the_willing"
    assert window.layer_dock.compare_combo.currentData() == "coalition_of_the_willing"


def test_reordering_layers_reaches_the_page(window, qtbot):
    before = page_state(qtbot, window)["z"]
    assert before["deployments"] > before["membership"]
    window.run(commands.MoveLayer("membership", len(window.doc.layers) - 1))
    qtbot.waitUntil(
        lambda: (
            page_state(qtbot, window)["z"]["membership"]
            > page_state(qtbot, window)["z"]["deployments"]
        )
    )
    # The panel lists the top of the map first; this briefing draws its annotations above
    # every other layer.
    shown = [window.layer_dock.list.item(r).text() for r in range(2)]
    assert shown == ["Annotations", "Membership"]


def test_sources_view_lists_every_source_with_date(window):
    rows = window.sources_dock.rows()
    assert len(rows) > 10
    assert any("nato.int" in url for _layer, _source, url, _as_of, _checked in rows)
    assert all(as_of for _layer, _source, url, as_of, _checked in rows if url)


def test_custom_grouping_from_map_clicks(window, qtbot):
    window.groupings.new_grouping()
    dialog = window.groupings.dialog
    assert dialog is not None
    dialog.name.setText("European alliance with Ukraine, without the US")
    for code in ("POL", "UKR", "FRA"):
        window.map.country_clicked.emit(code, code)  # what a click on the map sends
    window.map.country_clicked.emit("FRA", "France")  # a second click takes it out again
    assert dialog.members() == ["POL", "UKR"]
    before = list(window.doc.groupings)  # the built-in briefing's own groupings
    dialog._on_save()
    grouping = window.doc.groupings[-1]
    assert grouping.members == ["POL", "UKR"]
    assert window.doc.layer("membership").options["grouping"] == CUSTOM_PREFIX + grouping.id
    qtbot.waitUntil(lambda: membership_count(qtbot, window) == 2)
    window.action_undo.trigger()  # one step undoes the grouping and its display
    assert window.doc.groupings == before
    assert window.doc.layer("membership").options["grouping"] == "nato"


def test_broken_data_correction_is_reported_and_builtin_used(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "user" / "geodata"
    folder.mkdir(parents=True)
    (folder / "groupings.json").write_text('{"format_version": 1, "groupings": [', "utf-8")
    monkeypatch.setenv("BRIEFING_APP_DATA_DIR", str(tmp_path / "user"))
    win = MainWindow(Settings(), builtin_briefing(), builtin=True)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.error_shown) as shown:
        win.show()
    assert str(folder / "groupings.json") in shown.args[0]
    assert "built-in data is used instead" in shown.args[0]
    assert "nato" in win.data.groupings


def test_flashpoints_without_location_are_listed_not_drawn(window):
    window.layer_dock.list.setCurrentItem(window.layer_dock.item("flashpoints"))
    text = window.layer_dock.source_label.text()
    assert "Not drawn, no sourced location" in text and "Oreshnik" in text


def test_grouping_figures_show_coverage_and_missing(window, qtbot):
    window.figures_dock.select("nato")
    rows = {label: (value, detail) for label, value, detail in window.figures_dock.rows()}
    assert rows["Members"][0] == "32"
    population, personnel = rows["Population"], rows["Armed forces personnel"]
    assert population[1].startswith("32 of 32 members") and "partial" not in population[0]
    # Figures no source gives are reported missing, never counted as zero.
    assert "of 32 members" in personnel[1] and "missing:" in personnel[1]
    assert "partial" in personnel[0]
    assert "United States" in rows["Nuclear-weapon states"][0]
    assert "France" in rows["Nuclear-weapon states"][0]
