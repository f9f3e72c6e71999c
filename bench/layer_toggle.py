"""Layer toggle latency: from the user's click in the layer panel to the page having drawn the
change (the page answers a ping after the next paint). Also checks the page never reloads.

    python bench/layer_toggle.py [--runs 21]
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
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = tempfile.mkdtemp()
    os.environ["BRIEFING_APP_SETTINGS"] = str(Path(tmp) / "settings.ini")
    os.environ["BRIEFING_APP_DATA_DIR"] = str(Path(tmp) / "data")

    from briefing_app.ui.app import prepare_environment

    prepare_environment()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from briefing_app.model.builtin import builtin_briefing
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.settings import Settings
    from briefing_app.ui.web_scheme import register_scheme

    register_scheme()
    app = QApplication(sys.argv[:1])  # noqa: F841 (kept alive for the run)
    window = MainWindow(Settings(), builtin_briefing(), builtin=True)
    window.show()
    loads = []
    window.map.loadStarted.connect(lambda: loads.append(time.perf_counter()))

    def wait(predicate, timeout_s: float = 30) -> None:
        deadline = time.perf_counter() + timeout_s
        while not predicate():
            if time.perf_counter() > deadline:
                raise TimeoutError("the page did not answer")
            # QTest.qWait, not processEvents() in a loop: PySide6 6.12 leaks a reference to
            # None on each processEvents() call, which crashes a long tight loop.
            QTest.qWait(1)

    wait(lambda: "countries" in window.map.rendered_layers)
    acked: list[int] = []
    window.map.applied.connect(acked.append)
    loads.clear()
    item = window.layer_dock.item("membership")
    times = []
    for run in range(args.runs):
        state = Qt.CheckState.Unchecked if run % 2 == 0 else Qt.CheckState.Checked
        start = time.perf_counter()
        item = window.layer_dock.item("membership")
        item.setCheckState(state)          # what a click on the check box does
        window.map.ping(run)
        wait(lambda run=run: run in acked)
        times.append((time.perf_counter() - start) * 1000)
    print("\n".join(f"toggle {i + 1}: {t:.1f} ms" for i, t in enumerate(times)))
    print(f"median of {args.runs}: {statistics.median(times):.1f} ms "
          f"(min {min(times):.1f}, max {max(times):.1f}); page reloads: {len(loads)}; "
          f"platform {os.environ.get('QT_QPA_PLATFORM', 'xcb')}")
    window.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
