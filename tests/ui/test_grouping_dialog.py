"""The grouping dialog as an official uses it in the running window: start from NATO and
edit, show the ticked countries only, pick a colour that the map, the saved file and the
PDF legend keep, read "1 country", and click the map beside the dialog."""

from __future__ import annotations

import pytest
from pagejs import page_eval, page_state, shown_window
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QColorDialog

from briefing_app.model import fileformat
from briefing_app.model.builtin import builtin_briefing
from briefing_app.render.pdf.fonts import register_fonts
from briefing_app.render.pdf.map_drawing import prepare_map
from briefing_app.render.pdf.projection import extent_for_view
from briefing_app.scene.build import CUSTOM_PREFIX, build_scene
from briefing_app.style.map_style import MEMBERSHIP_STYLE
from briefing_app.ui.grouping_dialog import NEW_GROUPING_COLOUR
from briefing_app.ui.theme import apply_theme

MEMBER_FILLS = (
    "BriefingMap.layer('membership').leaflet.getLayers()"
    ".map(function (l) { return l.options.fillColor.toLowerCase(); })"
)
PICKED = "#7a1fa2"


@pytest.fixture
def window(qtbot):
    win = shown_window(qtbot, builtin_briefing(), builtin=True, size=(1280, 800))
    yield win
    apply_theme(QApplication.instance(), "light")
    win.undo_stack.setClean()


def open_dialog(window):
    window.groupings.new_grouping()
    dialog = window.groupings.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def shown_codes(dialog) -> list[str]:
    return [
        dialog.list.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(dialog.list.count())
        if not dialog.list.item(r).isHidden()
    ]


def test_start_from_nato_edit_and_show_ticked_only(window, qtbot):
    dialog = open_dialog(window)
    nato = window.data.groupings["nato"].members_on(window.doc.as_of)
    index = dialog.start_combo.findText(window.data.groupings["nato"].name)
    assert index > 0
    dialog.start_combo.setCurrentIndex(index)
    dialog.start_combo.activated.emit(index)  # what picking it in the list sends
    assert set(dialog.members()) == set(nato)
    assert dialog.count.text() == f"{len(nato)} countries"
    window.map.country_clicked.emit("UKR", "Ukraine")  # add one on the map
    window.map.country_clicked.emit("USA", "United States of America")  # take one out
    dialog.ticked_only.setChecked(True)
    assert set(shown_codes(dialog)) == (set(nato) | {"UKR"}) - {"USA"}
    window.map.country_clicked.emit("CAN", "Canada")  # untick: it leaves the list at once
    assert "CAN" not in shown_codes(dialog)
    dialog.ticked_only.setChecked(False)
    assert "CAN" in shown_codes(dialog) and len(shown_codes(dialog)) == dialog.list.count()
    dialog.name.clear()
    dialog.name.setText("NATO Europe with Ukraine")
    before = list(window.doc.groupings)
    dialog._on_save()
    saved = window.doc.groupings[-1]
    assert set(saved.members) == (set(nato) | {"UKR"}) - {"USA", "CAN"}
    window.action_undo.trigger()  # one step, as every grouping edit
    assert window.doc.groupings == before
    window.action_redo.trigger()
    assert window.doc.groupings[-1].members == saved.members


def test_one_country_is_singular(window):
    dialog = open_dialog(window)
    assert dialog.count.text() == "0 countries"
    window.map.country_clicked.emit("POL", "Poland")
    assert dialog.count.text() == "1 country"
    window.map.country_clicked.emit("UKR", "Ukraine")
    assert dialog.count.text() == "2 countries"
    dialog.reject()


def test_the_dialog_leaves_the_map_free_to_click(window, qtbot):
    dialog = open_dialog(window)
    qtbot.waitExposed(dialog)
    the_map = QRect(window.map.mapToGlobal(QPoint(0, 0)), window.map.size())
    assert not dialog.frameGeometry().intersects(the_map)
    assert dialog.list.isVisible() and dialog.list.height() > 150
    dialog.reject()


def test_picked_colour_shows_on_the_map_survives_reopen_and_is_in_the_pdf_legend(
    window, qtbot, tmp_path, monkeypatch
):
    dialog = open_dialog(window)
    assert dialog.colour == NEW_GROUPING_COLOUR != MEMBERSHIP_STYLE["member"].lower()
    from PySide6.QtGui import QColor

    monkeypatch.setattr(QColorDialog, "getColor", lambda *args, **kwargs: QColor(PICKED))
    dialog.colour_button.click()
    assert dialog.colour == PICKED and dialog.colour_button.text() == PICKED
    dialog.name.setText("Nordic–Baltic Eight")
    for code in ("DNK", "EST", "FIN", "ISL", "LTU", "LVA", "NOR", "SWE"):
        window.map.country_clicked.emit(code, code)
    dialog._on_save()
    grouping = window.doc.groupings[-1]
    assert grouping.colour == PICKED
    assert window.doc.layer("membership").options["grouping"] == CUSTOM_PREFIX + grouping.id

    def fills() -> set[str]:
        return set(page_eval(qtbot, window, MEMBER_FILLS))

    qtbot.waitUntil(lambda: fills() == {PICKED}, timeout=15_000)
    assert "Nordic–Baltic Eight (8)" in page_state(qtbot, window)["legend"]
    window.theme_actions["dark"].trigger()  # a theme recolours NATO, not the user's choice
    qtbot.wait(300)
    assert fills() == {PICKED}
    legend = page_eval(
        qtbot,
        window,
        "Array.from(document.querySelectorAll("
        "'.briefing-legend-fill')).map(function (s) "
        "{ return s.style.backgroundColor; })",
    )
    assert "rgb(122, 31, 162)" in legend

    path = tmp_path / "nordic.briefing"
    assert window.files.save_to(path)
    again = fileformat.load(path)
    assert next(g for g in again.groupings if g.id == grouping.id).colour == PICKED

    register_fonts()
    scene = build_scene(again, window.data)
    view = again.view
    prepared = prepare_map(scene, extent_for_view(view, "EPSG:3035", 500, 330))
    entries = [e for _title, shown in prepared.legend for e in shown]
    mine = [e for e in entries if e.label.startswith("Nordic–Baltic Eight")]
    assert mine and mine[0].color.lower() == PICKED
