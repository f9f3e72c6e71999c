"""The country under the pointer answers it whatever is drawn above: hovering names it and a
click adds it to a grouping, through membership fills, occupied areas, rings and annotations."""

from __future__ import annotations

import json

import pytest
from pagejs import page_eval, shown_window

from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import Annotation

# The pointer's events on the element a real pointer at (lat, lon) would hit.
POINTER = """(function (lat, lon, types) {
  var map = BriefingMap.map();
  var at = map.latLngToContainerPoint([lat, lon]);
  var box = map.getContainer().getBoundingClientRect();
  var x = box.left + at.x, y = box.top + at.y;
  var target = document.elementFromPoint(x, y);
  types.forEach(function (type) {
    target.dispatchEvent(new MouseEvent(type, {bubbles: true, cancelable: true, view: window,
                                               clientX: x, clientY: y}));
  });
  var pane = target.closest(".leaflet-pane");
  var tips = Array.prototype.map.call(document.querySelectorAll(".briefing-country-tip"),
                                      function (tip) { return tip.textContent; });
  return {layer: pane ? pane.className.replace(/.*leaflet-layer-(\\S+)-pane.*/, "$1") : "",
          tips: tips};
})(%s, %s, %s)"""

# Places in Poland under: the Iskander-M ring over the NATO fill; the NATO fill alone; an
# annotation area (drawn over the ring and the fill). The page draws all three above the
# countries.
UNDER_RING = (52.2, 19.4)
UNDER_MEMBERSHIP = (49.9, 18.6)
UNDER_ANNOTATION = (51.0, 21.0)


@pytest.fixture
def window(qtbot):
    doc = builtin_briefing()
    doc.layer("membership").options = {"grouping": "nato"}
    doc.annotations = [
        Annotation(
            "area",
            {
                "type": "Polygon",
                "coordinates": [
                    [[20.5, 50.5], [21.5, 50.5], [21.5, 51.5], [20.5, 51.5], [20.5, 50.5]]
                ],
            },
            {"kind": "polygon", "label": "Exercise area"},
            {"color": "#c00000"},
        ),
        Annotation(
            "hq",
            {"type": "Point", "coordinates": [21.01, 52.23]},
            {"kind": "marker", "label": "Warsaw HQ"},
            {"color": "#c00000"},
        ),
    ]
    win = shown_window(qtbot, doc, builtin=True, size=(1280, 800))
    qtbot.waitUntil(lambda: "annotations" in page_eval(qtbot, win, "BriefingMap.state().shown"))
    # Every layer is drawn, NATO's fill over Poland among them.
    assert all(state.visible for state in doc.layers)
    assert "POL" in page_eval(qtbot, win, "BriefingMap.layer('membership').payload.assign")
    yield win
    win.undo_stack.setClean()


def pointer(qtbot, window, where: tuple[float, float], *types: str) -> dict:
    return page_eval(qtbot, window, POINTER % (where[0], where[1], json.dumps(list(types))))


@pytest.mark.parametrize(
    ("where", "above"),
    [
        (UNDER_RING, "flashpoints"),
        (UNDER_MEMBERSHIP, "membership"),
        (UNDER_ANNOTATION, "annotations"),
    ],
    ids=["ring", "membership", "annotation"],
)
def test_hovering_names_the_country_under_every_layer(window, qtbot, where, above):
    shown = pointer(qtbot, window, where, "mouseover", "mousemove")
    assert shown["tips"] == ["Poland"]
    # The layer above is there (membership fills let the pointer through to the countries).
    assert shown["layer"] == above or (above == "membership" and shown["layer"] == "countries")
    # Leaving the map takes the name away.
    page_eval(qtbot, window, "BriefingMap.map().fire('mouseout') && true")
    qtbot.waitUntil(lambda: pointer(qtbot, window, where)["tips"] == [])  # after its fade


@pytest.mark.parametrize("where", [UNDER_RING, UNDER_MEMBERSHIP], ids=["ring", "membership"])
def test_clicking_a_country_under_other_layers_toggles_it_in_the_grouping(window, qtbot, where):
    window.groupings.new_grouping()
    dialog = window.groupings.dialog
    with qtbot.waitSignal(window.map.country_clicked) as clicked:
        pointer(qtbot, window, where, "mousedown", "mouseup", "click")
    assert clicked.args[0] == "POL"
    assert dialog.members() == ["POL"]
    if where == UNDER_RING:  # the ring still tells what it is
        popup = "(document.querySelector('.leaflet-popup-content') || {}).textContent"
        assert "Iskander" in page_eval(qtbot, window, popup)
    with qtbot.waitSignal(window.map.country_clicked):
        pointer(qtbot, window, where, "mousedown", "mouseup", "click")
    assert dialog.members() == []
