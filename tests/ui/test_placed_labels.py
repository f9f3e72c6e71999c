"""Labels on the screen map: placed by the app so that none lies on another, the author's
text shown as text, and a legend that never hides the map."""

from __future__ import annotations

import dataclasses
import json

from pagejs import page_eval, shown_window

from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import Annotation
from briefing_app.render.labels import count_overlaps

LABEL_BOXES = """Array.from(document.querySelectorAll(
  '.briefing-map-label-text, .briefing-symbol')).map(function (e) {
    var r = e.getBoundingClientRect();
    return [r.left, r.top, r.right, r.bottom, e.textContent];
  }).filter(function (b) {
    var m = document.getElementById('map_briefing').getBoundingClientRect();
    return b[2] > m.left && b[0] < m.right && b[3] > m.top && b[1] < m.bottom; })"""


def _labels(qtbot, window, wanted: str) -> list[list]:
    def has() -> bool:
        texts = page_eval(qtbot, window, "Array.from(document.querySelectorAll("
                          "'.briefing-map-label-text')).map(function (e) "
                          "{ return e.textContent; })")
        return wanted in texts

    qtbot.waitUntil(has, timeout=30_000)
    return page_eval(qtbot, window, LABEL_BOXES)


def _slide(doc, part: str):
    return next(s for s in doc.slides if part in s.title)


def test_eastern_flank_labels_do_not_overlap(qtbot):
    doc = builtin_briefing()
    window = shown_window(qtbot, doc, builtin=True, size=(1280, 800))
    window.show_slide(_slide(doc, "Eastern flank").id)
    boxes = _labels(qtbot, window, "FLF Hungary, Tata")
    assert len(boxes) > 20
    assert count_overlaps([tuple(b[:4]) for b in boxes]) == 0


def test_a_hostile_label_is_shown_as_its_text(qtbot):
    doc = builtin_briefing()
    hostile = "<img src=x onerror=alert(1)> & {{7*7}}"
    slide = _slide(doc, "Kaliningrad")
    marker = Annotation("evil", {"type": "Point", "coordinates": [slide.view.center_lon,
                                                                   slide.view.center_lat]},
                        {"kind": "marker", "label": hostile})
    doc.annotations.append(marker)
    doc.slides = [dataclasses.replace(s, annotation_ids=[*(s.annotation_ids or []), "evil"])
                  if s.id == slide.id else s for s in doc.slides]
    window = shown_window(qtbot, doc, size=(1280, 800))
    window.show_slide(slide.id)
    boxes = _labels(qtbot, window, hostile)
    assert any(b[4] == hostile for b in boxes)
    images = page_eval(qtbot, window, "document.querySelectorAll("
                       "'.briefing-map-label img').length")
    assert images == 0


def test_a_large_legend_folds_on_a_laptop_and_sits_beside_when_presenting(qtbot):
    doc = builtin_briefing()
    slide = _slide(doc, "Eastern flank")
    small = shown_window(qtbot, doc, builtin=True, size=(1280, 800))
    small.show_slide(slide.id)
    fold = ("(function () { var b = document.querySelector('.briefing-legend-body');"
            " return b ? b.style.display : 'missing'; })()")
    qtbot.waitUntil(lambda: page_eval(qtbot, small, fold) == "none", timeout=30_000)
    # Presenting on a 1080p projector the legend is read from the back of the room: 18 px
    # text, too large to lie over the map, so it goes beside it.
    wide = shown_window(qtbot, doc, builtin=True, size=(1920, 1080))
    wide.show_slide(slide.id)
    wide.map.set_presenting(True)
    beside = ("(function () { var p = document.querySelector('.briefing-legend-side');"
              " var m = document.getElementById('map_briefing').getBoundingClientRect();"
              " if (!p || p.style.display === 'none') { return null; }"
              " var r = p.getBoundingClientRect();"
              " return JSON.stringify([r.left, m.right, r.width]); })()")
    qtbot.waitUntil(lambda: page_eval(qtbot, wide, beside) is not None, timeout=30_000)
    left, map_right, width = json.loads(page_eval(qtbot, wide, beside))
    assert width > 100 and map_right <= left  # beside the map, not over it
    size = page_eval(qtbot, wide, "parseFloat(getComputedStyle(document.querySelector("
                     "'.briefing-legend-side .briefing-legend-label')).fontSize)")
    assert size >= 18
