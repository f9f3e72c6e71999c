"""Slide transition time in presentation mode: from the clicker's key press to the map having
settled on the next slide (the fly-to ended with the page's "moveend", the slide's scene sent
and the page's answer to a ping after its next paint). Target: under 1.5 s; the flight alone
takes 1 s by design.

    python bench/slide_transition.py [--runs 12]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=12)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = tempfile.mkdtemp()
    os.environ["BRIEFING_APP_SETTINGS"] = str(Path(tmp) / "settings.ini")
    os.environ["BRIEFING_APP_DATA_DIR"] = str(Path(tmp) / "data")

    from briefing_app.ui.app import prepare_environment

    prepare_environment()
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from briefing_app.data.datasets import load_datasets
    from briefing_app.model.builtin import builtin_briefing
    from briefing_app.ui.presentation import QtPresentation
    from briefing_app.ui.web_scheme import register_scheme

    register_scheme()
    app = QApplication(sys.argv[:1])
    show = QtPresentation(builtin_briefing(), load_datasets(None), screen=app.primaryScreen())
    settled: list[tuple[int, float]] = []
    moved: list[float] = []
    show.settled.connect(lambda index: settled.append((index, time.perf_counter())))
    show.map.view_changed.connect(lambda _view: moved.append(time.perf_counter()))
    show.start()

    def wait(predicate, timeout_s: float = 30) -> None:
        deadline = time.perf_counter() + timeout_s
        while not predicate():
            if time.perf_counter() > deadline:
                raise TimeoutError("the page did not answer")
            # QTest.qWait, not processEvents() in a loop: PySide6 6.12 leaks a reference to
            # None on each processEvents() call, which crashes a long tight loop.
            QTest.qWait(1)

    wait(lambda: "countries" in show.map.rendered_layers and bool(settled))
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
        wait(lambda target=target: any(index == target for index, _t in settled))
        end = next(t for index, t in settled if index == target)
        flight = (moved[-1] - start) * 1000 if moved else float("nan")
        total = (end - start) * 1000
        rows.append(total)
        print(f"{'next' if forward else 'previous'} {before + 1} -> {target + 1}: "
              f"{total:.0f} ms (flight ended after {flight:.0f} ms)")
    print(f"median of {len(rows)}: {statistics.median(rows):.0f} ms "
          f"(min {min(rows):.0f}, max {max(rows):.0f}; target < 1500 ms); "
          f"platform {os.environ.get('QT_QPA_PLATFORM', 'xcb')}")
    show.close()
    # Web pages must go before the web profile they use.
    show.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return 0


if __name__ == "__main__":
    sys.exit(main())
