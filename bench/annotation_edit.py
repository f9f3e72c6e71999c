"""Annotation edit cost as the briefing grows: for each size, the model's time for one edit
(a label changed), the memory one undo step keeps, and the latency from the page reporting
an edit (a drag of a marker) or the panel changing a label to the page having drawn the
result (the page answers a ping after the next paint). The page edits go through the whole
path: command on the undo stack, document, scene, bridge, page, label placement. The labels
are placed on a thread and reach the page as a second message: 'drawn' is the time until
the edited item is on screen, 'settled' until the labels placed after it are too.

    python bench/annotation_edit.py [--sizes 10,100,1000,5000] [--vertices 200] [--runs 11]
    python bench/annotation_edit.py --model-only      # no Qt: the model's columns alone

Every annotation is labelled and shown on every slide; lines and areas have `--vertices`
vertices (the issue's case: 500 annotations of 200 vertices).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
import tracemalloc

from briefing_app.model import commands
from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import Annotation, Briefing


def marked_up_briefing(count: int, vertices: int) -> Briefing:
    """The built-in briefing with its security layers on and `count` labelled annotations
    (a0 is a marker), on every slide."""
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


def page_figures(count: int, vertices: int, runs: int) -> tuple[float, float, float, float]:
    """Medians in ms, in the real window, from a marker drag and from a label typed in the
    panel to the page having drawn the edited item; and from each to the labels placed
    again (on their own thread, a second message) and drawn too."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from qt_session import time_until_drawn, wait_in_event_loop, wait_until

    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.settings import Settings

    window = MainWindow(Settings(), marked_up_briefing(count, vertices), builtin=True)
    window.show()
    wait_until(lambda: "countries" in window.map.rendered_layers, timeout_s=300)
    time_until_drawn(window, lambda run: None, 1)  # the annotations are on the page
    window.editor.select(["a0"])
    wait_until(lambda: not window.map.labels_pending, timeout_s=60)

    def move(run: int) -> None:
        # What the page sends at the end of a drag of the selected marker.
        window.editor._on_page_message(
            {
                "type": "annotation.moved",
                "id": "a0",
                "dlon": 0.05 if run % 2 == 0 else -0.05,
                "dlat": 0.0,
            }
        )

    def relabel(run: int) -> None:
        # What the panel sends when the label field is left with a new text.
        window.editor._on_dock_edited({"properties": {"label": f"edit {run}"}}, "Edit label")

    acked: list[int] = []
    window.map.applied.connect(acked.append)
    pings = iter(range(1_000_000, 2_000_000))

    def timed(act, settled: bool) -> float:
        """Median ms from `act(run)` to the page answering a ping after its next paint,
        sent at once ('drawn') or once the labels placed after it were sent ('settled')."""
        times = []
        for run in range(runs):
            wait_in_event_loop(lambda: not window.map.labels_pending, timeout_s=60)
            seq = next(pings)
            start = time.perf_counter()
            act(run)
            if settled:
                wait_in_event_loop(lambda: not window.map.labels_pending, timeout_s=60)
            window.map.ping(seq)
            wait_in_event_loop(lambda seq=seq: seq in acked)
            times.append((time.perf_counter() - start) * 1000)
        return statistics.median(times)

    figures = (
        timed(move, False),
        timed(move, True),
        timed(relabel, False),
        timed(lambda run: relabel(runs + run), True),
    )
    wait_in_event_loop(lambda: not window.map.labels_pending, timeout_s=60)
    window.undo_stack.setClean()
    window.close()
    window.deleteLater()
    # Qt WebEngine wants every page gone before its profile goes at exit (else a crash).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return figures


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
    print(
        f"{'annotations':>11} {'model ms':>9} {'KiB/undo':>9}"
        + (
            ""
            if args.model_only
            else f" {'drag: drawn':>12} {'settled':>8} {'label: drawn':>13} {'settled':>8}"
        )
    )
    for count in sizes:
        model_ms, kib = model_figures(count, args.vertices, args.runs)
        row = f"{count:>11} {model_ms:>9.2f} {kib:>9.1f}"
        if not args.model_only:
            figures = page_figures(count, args.vertices, args.runs)
            row += "".join(f" {v:>{w}.1f}" for v, w in zip(figures, (12, 8, 13, 8), strict=True))
        print(row, flush=True)
    print(
        f"medians of {args.runs} runs; {args.vertices} vertices per line or area; every "
        f"annotation labelled and on all slides"
        + (
            ""
            if args.model_only
            else f"; ms to the page: 'drawn' = the edited item on screen, 'settled' = the "
            f"labels placed again after it on screen too; platform {platform()}"
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
