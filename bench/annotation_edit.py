"""Annotation edit cost as the briefing grows: for each size, the model's time for one edit
(a label changed), the memory one undo step keeps, and the latency from the page reporting
an edit (a drag of a marker) or the panel changing a label to the page having drawn the
result (the page answers a ping after the next paint). The page edits go through the whole
path: command on the undo stack, document, scene, bridge, page, label placement. The labels
are placed on a thread and reach the page as a second message: 'drawn' is the time until
the edited item is on screen, 'settled' until the labels placed after it are too.

Two cases at each size: 'off view', a marker (a0) south-west of the map's view, dragged and
relabelled while selected; 'in view', a line of `--vertices` vertices across the middle of
the view (the last annotation), selected (so with its vertex handles), dragged whole and
relabelled, as a user would (the drag first moves the line on the page as geoman does while
the pointer moves, untimed; the timing starts with what the page then reports). 'cpu' is
the CPU time of the app's process and of its web processes for one edit (median, settled),
which on a shared machine says more than wall time.

    python bench/annotation_edit.py [--sizes 10,100,1000,5000] [--vertices 200] [--runs 11]
    python bench/annotation_edit.py --model-only      # no Qt: the model's columns alone

Every annotation is labelled and shown on every slide; lines and areas have `--vertices`
vertices (the issue's case: 500 annotations of 200 vertices).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

from briefing_app.model import commands
from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import Annotation, Briefing

IN_VIEW = "in-view"


def marked_up_briefing(count: int, vertices: int) -> Briefing:
    """The built-in briefing with its security layers on and `count` labelled annotations
    (a0 is a marker; the last, IN_VIEW, a line across the middle of the first view), on
    every slide."""
    doc = builtin_briefing()
    for state in doc.layers:
        state.visible = True
    kinds = ["marker", "arrow", "polygon", "circle", "text", "line"]
    for n in range(count):
        kind = kinds[n % len(kinds)]
        lon, lat = -10 + (n % 50) * 0.8, 35 + (n // 50) % 40 * 0.7
        wiggle = [[lon + 0.5 * i / vertices, lat + 0.1 * (i % 2)] for i in range(vertices)]
        if kind in ("arrow", "line"):
            geometry = {"type": "LineString", "coordinates": wiggle}
        elif kind == "polygon":
            geometry = {
                "type": "Polygon",
                "coordinates": [[*wiggle, [lon + 0.25, lat + 0.4], wiggle[0]]],
            }
        else:
            geometry = {"type": "Point", "coordinates": [lon, lat]}
        props = {"kind": kind, "label": f"{kind} {n}"}
        if kind == "circle":
            props["radius_km"] = 40.0
        doc.annotations.append(Annotation(f"a{n}", geometry, props, {}))
    centre = doc.view
    doc.annotations[-1] = Annotation(
        IN_VIEW,
        {
            "type": "LineString",
            "coordinates": [
                [centre.center_lon - 4 + 8 * i / vertices, centre.center_lat + 0.3 * (i % 2)]
                for i in range(vertices)
            ],
        },
        {"kind": "line", "label": "line in view"},
        {},
    )
    for slide in doc.slides:
        slide.annotation_ids = None
    doc.give_slides_their_content()
    return doc


def relabelled(doc: Briefing, run: int) -> Annotation:
    """a1, an arrow of `vertices` points, with a new label."""
    import copy

    changed = copy.deepcopy(doc.annotations[1])
    changed.properties["label"] = f"edit {run}"
    return changed


def model_figures(count: int, vertices: int, runs: int) -> tuple[float, float]:
    """(median ms of one label edit in the model, command made and done; KiB each undo step
    keeps)."""
    doc = marked_up_briefing(count, vertices)
    times = []
    for run in range(runs):
        changed = relabelled(doc, run)
        start = time.perf_counter()
        command = commands.ReplaceAnnotations([changed], label="Edit label")
        command.do(doc)
        times.append((time.perf_counter() - start) * 1000)
    steps = max(5, runs)
    kept = []
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for run in range(steps):
        command = commands.ReplaceAnnotations([relabelled(doc, run)], label="Edit label")
        command.do(doc)
        kept.append(command)  # as the undo stack keeps it
    gc.collect()
    growth = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    return statistics.median(times), growth / steps / 1024


def _cpu_ms(pids: list[int]) -> float:
    """CPU time (user and system) of these processes so far, in ms (Linux /proc)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total * 1000 / os.sysconf("SC_CLK_TCK")


def _family() -> list[int]:
    """This process and its descendants (the web engine's processes)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    out, todo = [], [os.getpid()]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += children.get(pid, [])
    return out


def page_figures(count: int, vertices: int, runs: int, edited: str) -> tuple[float, ...]:
    """Medians in ms, in the real window, from a drag of `edited` (selected) and from a
    label typed in the panel to the page having drawn the edited item; and from each to
    the labels placed again (on their own thread, a second message) and drawn too; then
    the CPU ms of one settled edit (drag, label), app and web processes."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from qt_session import time_until_drawn, wait_in_event_loop, wait_until

    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.settings import Settings

    window = MainWindow(Settings(), marked_up_briefing(count, vertices), builtin=True)
    window.show()
    wait_until(lambda: "countries" in window.map.rendered_layers, timeout_s=300)
    time_until_drawn(window, lambda run: None, 1)  # the annotations are on the page
    window.editor.select([edited])
    wait_until(lambda: not window.map.labels_pending, timeout_s=60)
    # The slide thumbnails of the new briefing are drawn on a thread at first: the edits
    # are timed once they are done (as a user's would be).
    wait_until(lambda: not window.thumbnails.busy, timeout_s=600)
    family = _family()

    dragged: dict[int, dict] = {}

    def drag_on_page(run: int) -> None:
        # What geoman does on the page before the end of a drag of the selected line (not
        # timed: it happens while the pointer moves): the line and its handles move.
        dlon = 0.05 if run % 2 == 0 else -0.05
        dragged[run] = page_result(
            "(function(){var l=BriefingMap.layer('annotations').itemLayers["
            + json.dumps(edited)
            + "];l.pm.disable();l.setLatLngs(l.getLatLngs().map(function(p){"
            + f"return L.latLng(p.lat,p.lng+({dlon}));}}));"
            + "l.pm.enable({draggable:true,allowSelfIntersection:true,snappable:false});"
            + "return l.toGeoJSON(7).geometry;})()"
        )

    def page_result(script: str):
        out: list[str] = []
        window.map.page().runJavaScript(f"JSON.stringify({script})", 0, out.append)
        wait_in_event_loop(lambda: bool(out))
        return json.loads(out[0])

    def move(run: int) -> None:
        if run in dragged:
            # What the page sends at the end of a drag of a selected line (geoman's drag).
            window.editor._on_page_message(
                {
                    "type": "annotation.edited",
                    "id": edited,
                    "geometry": dragged.pop(run),
                    "dragged": True,
                }
            )
        else:
            # What it sends at the end of a drag of the selected marker.
            dlon = 0.05 if run % 2 == 0 else -0.05
            window.editor._on_page_message(
                {"type": "annotation.moved", "id": edited, "dlon": dlon, "dlat": 0.0}
            )

    def relabel(run: int) -> None:
        # What the panel sends when the label field is left with a new text.
        window.editor._on_dock_edited({"properties": {"label": f"edit {run}"}}, "Edit label")

    acked: list[int] = []
    window.map.applied.connect(acked.append)
    pings = iter(range(1_000_000, 2_000_000))
    cpu: list[float] = []

    def timed(act, settled: bool, prepare=None) -> float:
        """Median ms from `act(run)` to the page answering a ping after its next paint,
        sent at once ('drawn') or once the labels placed after it were sent ('settled')."""
        times = []
        spent = []
        for run in range(runs):
            wait_in_event_loop(lambda: not window.map.labels_pending, timeout_s=60)
            if prepare is not None:
                prepare(run)
                drawn = next(pings)  # and on screen, before the timing starts
                window.map.ping(drawn)
                wait_in_event_loop(lambda drawn=drawn: drawn in acked)
            seq = next(pings)
            before = _cpu_ms(family)
            start = time.perf_counter()
            act(run)
            if settled:
                wait_in_event_loop(lambda: not window.map.labels_pending, timeout_s=60)
            window.map.ping(seq)
            wait_in_event_loop(lambda seq=seq: seq in acked)
            times.append((time.perf_counter() - start) * 1000)
            spent.append(_cpu_ms(family) - before)
        if settled:
            cpu.append(statistics.median(spent))
        return statistics.median(times)

    point = window.doc.annotation(edited).geometry["type"] == "Point"
    prepare = None if point else drag_on_page
    figures = (
        timed(move, False, prepare),
        timed(move, True, prepare),
        timed(relabel, False),
        timed(lambda run: relabel(runs + run), True),
    )
    wait_in_event_loop(lambda: not window.map.labels_pending, timeout_s=60)
    window.undo_stack.setClean()
    window.close()
    window.deleteLater()
    # Qt WebEngine wants every page gone before its profile goes at exit (else a crash).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return (*figures, *cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--sizes", default="10,100,1000,5000", help="annotation counts, comma-separated"
    )
    parser.add_argument("--vertices", type=int, default=200)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--model-only", action="store_true")
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",") if x]
    if not args.model_only:
        from qt_session import platform, start_qt_app

        app = start_qt_app()  # kept alive for the run
    page_columns = (
        f" {'case':>8} {'drag: drawn':>12} {'settled':>8} {'label: drawn':>13} {'settled':>8}"
        f" {'cpu: drag':>10} {'label':>6}"
    )
    print(
        f"{'annotations':>11} {'model ms':>9} {'KiB/undo':>9}"
        + ("" if args.model_only else page_columns)
    )
    for count in sizes:
        model_ms, kib = model_figures(count, args.vertices, args.runs)
        row = f"{count:>11} {model_ms:>9.2f} {kib:>9.1f}"
        if args.model_only:
            print(row, flush=True)
            continue
        for case, edited in (("off view", "a0"), ("in view", IN_VIEW)):
            figures = page_figures(count, args.vertices, args.runs, edited)
            widths = (12, 8, 13, 8, 10, 6)
            print(
                row
                + f" {case:>8}"
                + "".join(f" {v:>{w}.1f}" for v, w in zip(figures, widths, strict=True)),
                flush=True,
            )
            row = " " * len(row)
    print(
        f"medians of {args.runs} runs; {args.vertices} vertices per line or area; every "
        f"annotation labelled and on all slides"
        + (
            ""
            if args.model_only
            else f"; ms to the page: 'drawn' = the edited item on screen, 'settled' = the "
            f"labels placed again after it on screen too; cpu = ms of CPU of the app and web "
            f"processes for one settled edit; platform {platform()}; load "
            f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}"
        )
    )
    if not args.model_only:
        from PySide6.QtCore import QCoreApplication, QEvent

        for widget in app.topLevelWidgets():
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return 0


if __name__ == "__main__":
    sys.exit(main())
