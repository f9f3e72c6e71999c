"""Layer toggle latency: from the user's click in the layer panel to the page having drawn the
change (the page answers a ping after the next paint). Also checks the page never reloads.

    python bench/layer_toggle.py [--runs 21]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from qt_session import platform, start_qt_app, wait_until


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    app = start_qt_app()  # noqa: F841 (kept alive for the run)
    from PySide6.QtCore import Qt

    from briefing_app.model.builtin import builtin_briefing
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.settings import Settings

    window = MainWindow(Settings(), builtin_briefing(), builtin=True)
    window.show()
    loads = []
    window.map.loadStarted.connect(lambda: loads.append(time.perf_counter()))

    wait_until(lambda: "countries" in window.map.rendered_layers)
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
        wait_until(lambda run=run: run in acked)
        times.append((time.perf_counter() - start) * 1000)
    print("\n".join(f"toggle {i + 1}: {t:.1f} ms" for i, t in enumerate(times)))
    print(f"median of {args.runs}: {statistics.median(times):.1f} ms "
          f"(min {min(times):.1f}, max {max(times):.1f}); page reloads: {len(loads)}; "
          f"platform {platform()}")
    window.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
