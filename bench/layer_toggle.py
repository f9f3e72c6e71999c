"""Layer toggle latency: from the user's click in the layer panel to the page having drawn the
change (the page answers a ping after the next paint). Also checks the page never reloads.

    python bench/layer_toggle.py [--runs 21]
"""

from __future__ import annotations

import argparse
import sys
import time

from qt_session import print_times, start_qt_app, time_until_drawn, wait_until


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
    loads.clear()

    def toggle(run: int) -> None:
        state = Qt.CheckState.Unchecked if run % 2 == 0 else Qt.CheckState.Checked
        window.layer_dock.item("membership").setCheckState(state)  # a click on the check box

    times = time_until_drawn(window, toggle, args.runs)
    print_times("toggle", times, f"page reloads: {len(loads)}")
    window.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
