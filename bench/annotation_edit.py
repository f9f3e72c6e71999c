"""Annotation edit latency: from the page reporting an edit (a drag of a marker) to the page
having drawn the result (the page answers a ping after the next paint). The edit goes
through the whole path: command on the undo stack, document, scene, bridge, page.

    python bench/annotation_edit.py [--runs 31] [--annotations 50]
"""

from __future__ import annotations

import argparse
import sys

from qt_session import print_times, start_qt_app, time_until_drawn, wait_until


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=31)
    parser.add_argument("--annotations", type=int, default=50,
                        help="annotations in the briefing besides the one moved")
    args = parser.parse_args()
    app = start_qt_app()  # noqa: F841 (kept alive for the run)

    from briefing_app.model.builtin import builtin_briefing
    from briefing_app.model.document import Annotation
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.settings import Settings

    doc = builtin_briefing()
    # The built-in briefing with its security layers on, plus a marked-up map.
    for state in doc.layers:
        state.visible = True
    kinds = ["marker", "arrow", "polygon", "circle", "text"]
    for n in range(args.annotations):
        kind = kinds[n % len(kinds)]
        lon, lat = 14 + (n % 10), 50 + (n // 10)
        geometry = ({"type": "LineString", "coordinates": [[lon, lat], [lon + 0.5, lat + 0.3]]}
                    if kind == "arrow" else
                    {"type": "Polygon", "coordinates": [[[lon, lat], [lon + 0.4, lat],
                                                         [lon, lat + 0.3], [lon, lat]]]}
                    if kind == "polygon" else {"type": "Point", "coordinates": [lon, lat]})
        props = {"kind": kind, "label": f"{kind} {n}"}
        if kind == "circle":
            props["radius_km"] = 40.0
        doc.annotations.append(Annotation(f"a{n}", geometry, props, {}))
    window = MainWindow(Settings(), doc, builtin=True)
    window.show()
    wait_until(lambda: "countries" in window.map.rendered_layers)
    window.editor.select(["a0"])

    def move(run: int) -> None:
        # What the page sends at the end of a drag of the selected marker.
        window.editor._on_page_message({"type": "annotation.moved", "id": "a0",
                                        "dlon": 0.05 if run % 2 == 0 else -0.05, "dlat": 0.0})

    times = time_until_drawn(window, move, args.runs)
    print_times("edit", times, f"{args.annotations} annotations and every layer on; "
                f"undo steps: {window.undo_stack.count()}")
    window.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
