"""Slide transition time in presentation mode: from the clicker's key press to the map having
settled on the next slide (the fly-to ended with the page's "moveend", the slide's scene sent
and the page's answer to a ping after its next paint). Target: under 1.5 s; the flight alone
takes 1 s by design.

    python bench/slide_transition.py [--runs 12]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from qt_session import platform, start_qt_app, wait_until


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=12)
    args = parser.parse_args()
    app = start_qt_app()
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtTest import QTest

    from briefing_app.data.datasets import load_datasets
    from briefing_app.model.builtin import builtin_briefing
    from briefing_app.ui.presentation import QtPresentation

    show = QtPresentation(builtin_briefing(), load_datasets(None), screen=app.primaryScreen())
    settled: list[tuple[int, float]] = []
    moved: list[float] = []
    show.settled.connect(lambda index: settled.append((index, time.perf_counter())))
    show.map.view_changed.connect(lambda _view: moved.append(time.perf_counter()))
    show.start()

    wait_until(lambda: "countries" in show.map.rendered_layers and bool(settled))
    last = show.slide_count() - 1
    rows = []
    for run in range(args.runs):
        # Forward to the end, then back: every pair of neighbouring slides both ways.
        forward = (run // last) % 2 == 0
        key = Qt.Key.Key_PageDown if forward else Qt.Key.Key_PageUp
        before = show.current()
        target = before + 1 if forward else before - 1
        settled.clear()
        moved.clear()
        start = time.perf_counter()
        QTest.keyClick(show, key)
        wait_until(lambda target=target: any(index == target for index, _t in settled))
        end = next(t for index, t in settled if index == target)
        flight = (moved[-1] - start) * 1000 if moved else float("nan")
        total = (end - start) * 1000
        rows.append(total)
        print(
            f"{'next' if forward else 'previous'} {before + 1} -> {target + 1}: "
            f"{total:.0f} ms (flight ended after {flight:.0f} ms)"
        )
    print(
        f"median of {len(rows)}: {statistics.median(rows):.0f} ms "
        f"(min {min(rows):.0f}, max {max(rows):.0f}; target < 1500 ms); "
        f"platform {platform()}"
    )
    show.close()
    # Web pages must go before the web profile they use.
    show.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return 0


if __name__ == "__main__":
    sys.exit(main())
