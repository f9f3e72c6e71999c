"""A selected line keeps its vertex handles through an edit the page already shows: a label
typed in the panel renames the shape on the page where it stands, and a drag on the page
comes back from the app as where the page put it (geoman's handles on a line of 200
vertices take a tenth of a second to make again); a restyle, or an undo that puts it
elsewhere, draws it anew, selected and editable again."""

from __future__ import annotations

from pagejs import page_eval, shown_window

from briefing_app.model.document import Annotation, Briefing, MapView

LINE = "line-1"


def _line_state(qtbot, win) -> dict:
    script = (
        "(function(){var e=BriefingMap.layer('annotations');var l=e&&e.itemLayers['"
        + LINE
        + "'];if(!l){return null;}var t=l.getTooltip();var el=l.getElement();"
        "return {probe:Boolean(l.briefingProbe),handles:Boolean(l.pm&&l.pm.enabled()),"
        "tooltip:t?String(t.getContent()):'',item:l.briefingItem.label||'',"
        "name:el?el.getAttribute('aria-label'):'',"
        "payload:e.payload.items.filter(function(i){return i.id==='"
        + LINE
        + "';}).map(function(i){return i.label||'';})};})()"
    )
    return page_eval(qtbot, win, script)


def _mark_line(qtbot, win) -> None:
    page_eval(
        qtbot,
        win,
        "(function(){BriefingMap.layer('annotations').itemLayers['"
        + LINE
        + "'].briefingProbe=true;return true;})()",
    )


def test_a_relabel_keeps_the_selected_lines_layer_and_a_restyle_remakes_it(qtbot):
    coords = [[18.0 + 0.1 * i, 54.0 + 0.05 * (i % 2)] for i in range(40)]
    doc = Briefing(
        title="Handles",
        view=MapView(54.0, 20.0, 6.0),
        annotations=[
            Annotation(LINE, {"type": "LineString", "coordinates": coords}, {"kind": "line"}),
            Annotation("m", {"type": "Point", "coordinates": [21.0, 54.5]}, {"kind": "marker"}),
        ],
    )
    win = shown_window(qtbot, doc, size=(1200, 800))
    try:
        qtbot.waitUntil(lambda: _line_state(qtbot, win) is not None, timeout=30_000)
        win.editor.select([LINE])
        qtbot.waitUntil(lambda: _line_state(qtbot, win)["handles"], timeout=10_000)
        _mark_line(qtbot, win)

        dock = win.editor.dock
        dock.label_edit.setText("Phase line <b>Amber</b>")
        dock.label_edit.editingFinished.emit()
        qtbot.waitUntil(
            lambda: _line_state(qtbot, win)["item"] == "Phase line <b>Amber</b>", timeout=10_000
        )
        state = _line_state(qtbot, win)
        # The same Leaflet layer, handles on; its hover text, name and data are the new ones
        # (the hover text as text: the label is data, never markup).
        assert state["probe"] and state["handles"]
        assert state["tooltip"] == "Phase line &lt;b&gt;Amber&lt;/b&gt;"
        assert state["name"] == "Phase line <b>Amber</b>"
        assert state["payload"] == ["Phase line <b>Amber</b>"]
        # The map's placed label says it too once the placement is back.
        qtbot.waitUntil(
            lambda: (
                "Phase line <b>Amber</b>"
                in page_eval(
                    qtbot,
                    win,
                    "Array.prototype.map.call(document.querySelectorAll("
                    "'.briefing-map-label-text'),function(n){return n.textContent;})",
                )
            ),
            timeout=10_000,
        )

        dock.colour_button.chosen.emit("#009e73")
        qtbot.waitUntil(lambda: not _line_state(qtbot, win)["probe"], timeout=10_000)
        qtbot.waitUntil(lambda: _line_state(qtbot, win)["handles"], timeout=10_000)
        _mark_line(qtbot, win)

        win.undo_stack.undo()  # the colour
        qtbot.waitUntil(lambda: not _line_state(qtbot, win)["probe"], timeout=10_000)
        _mark_line(qtbot, win)
        win.undo_stack.undo()  # the label: a rename again, in place
        qtbot.waitUntil(lambda: _line_state(qtbot, win)["item"] == "", timeout=10_000)
        state = _line_state(qtbot, win)
        assert state["probe"] and state["handles"]
        assert state["tooltip"] == "" and state["payload"] == [""]
    finally:
        win.undo_stack.setClean()


def test_a_line_dragged_on_the_page_keeps_its_layer_and_an_undo_moves_it_back(qtbot):
    coords = [[18.0 + 0.1 * i, 54.0 + 0.05 * (i % 2)] for i in range(40)]
    doc = Briefing(
        title="Drag",
        view=MapView(54.0, 20.0, 6.0),
        annotations=[
            Annotation(
                LINE,
                {"type": "LineString", "coordinates": coords},
                {"kind": "line", "label": "Phase line"},
            ),
            # Others beside it: an edit of one of several is sent as that item alone.
            *(
                Annotation(
                    f"m{n}", {"type": "Point", "coordinates": [21.0, 54.0 + n]}, {"kind": "marker"}
                )
                for n in range(3)
            ),
        ],
    )
    win = shown_window(qtbot, doc, size=(1200, 800))
    try:
        qtbot.waitUntil(lambda: _line_state(qtbot, win) is not None, timeout=30_000)
        win.editor.select([LINE])
        qtbot.waitUntil(lambda: _line_state(qtbot, win)["handles"], timeout=10_000)
        _mark_line(qtbot, win)
        # Where geoman's drag leaves the line (its handles with it), as the page reports it.
        moved = page_eval(
            qtbot,
            win,
            "(function(){var l=BriefingMap.layer('annotations').itemLayers['"
            + LINE
            + "'];l.pm.disable();l.setLatLngs(l.getLatLngs().map(function(p){"
            "return L.latLng(p.lat+0.5,p.lng+0.25);}));"
            "l.pm.enable({draggable:true,allowSelfIntersection:true,snappable:false});"
            "return l.toGeoJSON(7).geometry;})()",
        )
        win.editor._on_page_message(
            {"type": "annotation.edited", "id": LINE, "geometry": moved, "dragged": True}
        )
        assert win.doc.annotations[0].geometry["coordinates"][0] == [18.25, 54.5]
        qtbot.waitUntil(
            lambda: (
                page_eval(
                    qtbot,
                    win,
                    "BriefingMap.layer('annotations').payload.items[0].geometry.coordinates[0]",
                )
                == [18.25, 54.5]
            ),
            timeout=10_000,
        )
        state = _line_state(qtbot, win)
        assert state["probe"] and state["handles"]  # the layer the page moved, kept

        win.undo_stack.undo()  # back where it was: not where the page has it
        qtbot.waitUntil(lambda: not _line_state(qtbot, win)["probe"], timeout=10_000)
        qtbot.waitUntil(lambda: _line_state(qtbot, win)["handles"], timeout=10_000)
        start = page_eval(
            qtbot,
            win,
            "BriefingMap.layer('annotations').itemLayers['"
            + LINE
            + "'].toGeoJSON(7).geometry.coordinates[0]",
        )
        assert start == [18.0, 54.0]
    finally:
        win.undo_stack.setClean()
