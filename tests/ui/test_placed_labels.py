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
        texts = page_eval(
            qtbot,
            window,
            "Array.from(document.querySelectorAll("
            "'.briefing-map-label-text')).map(function (e) "
            "{ return e.textContent; })",
        )
        return wanted in texts

    qtbot.waitUntil(has, timeout=30_000)
    return _settled_boxes(qtbot, window)


def _settled_boxes(qtbot, window) -> list[list]:
    """The label boxes once the labels are placed for what the map shows: no placement due
    or running, and two reads a moment apart the same (a view the page reports after the
    slide's fit brings one more placement; a box read before it is for the view before)."""
    last: list[list] | None = None

    def settled() -> bool:
        nonlocal last
        if window.map.labels_pending:
            return False
        boxes = page_eval(qtbot, window, LABEL_BOXES)
        same, last = boxes == last, boxes
        return same

    qtbot.waitUntil(settled, timeout=30_000)
    assert last is not None
    return last


def _slide(doc, part: str):
    return next(s for s in doc.slides if part in s.title)


def test_eastern_flank_labels_do_not_overlap(qtbot):
    doc = builtin_briefing()
    window = shown_window(qtbot, doc, builtin=True, size=(1280, 800))
    window.slides.show_slide(_slide(doc, "Eastern flank").id)
    boxes = _labels(qtbot, window, "FLF Hungary, Tata")
    assert len(boxes) > 20
    assert count_overlaps([tuple(b[:4]) for b in boxes]) == 0


def test_a_hostile_label_is_shown_as_its_text(qtbot):
    doc = builtin_briefing()
    hostile = "<img src=x onerror=alert(1)> & {{7*7}}"
    slide = _slide(doc, "Kaliningrad")
    marker = Annotation(
        "evil",
        {"type": "Point", "coordinates": [slide.view.center_lon, slide.view.center_lat]},
        {"kind": "marker", "label": hostile},
    )
    doc.annotations.append(marker)
    doc.slides = [
        dataclasses.replace(s, annotation_ids=[*(s.annotation_ids or []), "evil"])
        if s.id == slide.id
        else s
        for s in doc.slides
    ]
    window = shown_window(qtbot, doc, size=(1280, 800))
    window.slides.show_slide(slide.id)
    boxes = _labels(qtbot, window, hostile)
    assert any(b[4] == hostile for b in boxes)
    images = page_eval(qtbot, window, "document.querySelectorAll('.briefing-map-label img').length")
    assert images == 0


def test_a_large_legend_folds_on_a_laptop_and_sits_beside_when_presenting(qtbot):
    doc = builtin_briefing()
    slide = _slide(doc, "Eastern flank")
    small = shown_window(qtbot, doc, builtin=True, size=(1280, 800))
    small.slides.show_slide(slide.id)
    fold = (
        "(function () { var b = document.querySelector('.briefing-legend-body');"
        " return b ? b.style.display : 'missing'; })()"
    )
    qtbot.waitUntil(lambda: page_eval(qtbot, small, fold) == "none", timeout=30_000)
    # Presenting on a 1080p projector the legend is read from the back of the room: 18 px
    # text, too large to lie over the map, so it goes beside it.
    wide = shown_window(qtbot, doc, builtin=True, size=(1920, 1080))
    wide.slides.show_slide(slide.id)
    wide.map.set_presenting(True)
    beside = (
        "(function () { var p = document.querySelector('.briefing-legend-side');"
        " var m = document.getElementById('map_briefing').getBoundingClientRect();"
        " if (!p || p.style.display === 'none') { return null; }"
        " var r = p.getBoundingClientRect();"
        " return JSON.stringify([r.left, m.right, r.width]); })()"
    )
    qtbot.waitUntil(lambda: page_eval(qtbot, wide, beside) is not None, timeout=30_000)
    left, map_right, width = json.loads(page_eval(qtbot, wide, beside))
    assert width > 100 and map_right <= left  # beside the map, not over it
    size = page_eval(
        qtbot,
        wide,
        "parseFloat(getComputedStyle(document.querySelector("
        "'.briefing-legend-side .briefing-legend-label')).fontSize)",
    )
    assert size >= 18


def test_after_an_edit_of_one_annotation_of_many_the_labels_still_do_not_overlap(qtbot):
    # 20 labelled markers over Poland and the Baltic, each with room for its label; one is
    # renamed in the panel: its new name shows, its old one is gone, the others stay, and
    # no label lies on another or on a symbol.
    doc = builtin_briefing()
    for state in doc.layers:
        # The security layers' long labels would be forced onto the markers' at this zoom.
        state.visible = state.id in ("basemap", "countries", "membership")
    for n in range(20):
        lon, lat = 13.0 + (n % 5) * 4.2, 49.5 + (n // 5) * 2.0
        doc.annotations.append(
            Annotation(
                f"m{n}",
                {"type": "Point", "coordinates": [lon, lat]},
                {"kind": "marker", "label": f"Post {n}"},
            )
        )
    doc.view = dataclasses.replace(doc.view, center_lat=52.5, center_lon=21.5, zoom=5.0)
    window = shown_window(qtbot, doc, size=(1280, 800))
    boxes = _labels(qtbot, window, "Post 19")
    assert {f"Post {n}" for n in range(20)} <= {b[4] for b in boxes}
    assert count_overlaps([tuple(b[:4]) for b in boxes]) == 0
    window.editor.select(["m12"])
    window.editor._on_dock_edited({"properties": {"label": "Checkpoint Twelve"}}, "Edit label")
    boxes = _labels(qtbot, window, "Checkpoint Twelve")
    texts = [b[4] for b in boxes]
    assert "Post 12" not in texts
    assert texts.count("Checkpoint Twelve") == 1
    assert {f"Post {n}" for n in range(20) if n != 12} <= set(texts)
    assert count_overlaps([tuple(b[:4]) for b in boxes]) == 0
