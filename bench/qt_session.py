"""What the GUI benchmarks share: an isolated, offscreen (unless DISPLAY is set) Qt
application with the app's URL scheme, and a wait that keeps the event loop running."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def start_qt_app():
    """A QApplication ready for the app's web pages; settings and data in a temporary folder."""
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = tempfile.mkdtemp()
    os.environ["BRIEFING_APP_SETTINGS"] = str(Path(tmp) / "settings.ini")
    os.environ["BRIEFING_APP_DATA_DIR"] = str(Path(tmp) / "data")

    from briefing_app.ui.app import prepare_environment

    prepare_environment()
    from PySide6.QtWidgets import QApplication

    from briefing_app.ui.web_scheme import register_scheme

    register_scheme()
    return QApplication(sys.argv[:1])


def wait_until(predicate: Callable[[], bool], timeout_s: float = 30) -> None:
    from PySide6.QtTest import QTest

    deadline = time.perf_counter() + timeout_s
    while not predicate():
        if time.perf_counter() > deadline:
            raise TimeoutError("the page did not answer")
        # QTest.qWait, not processEvents() in a loop: some PySide6 releases leak a reference
        # on each processEvents() call, which crashes a long tight loop.
        QTest.qWait(1)


def wait_in_event_loop(predicate: Callable[[], bool], timeout_s: float = 30) -> None:
    """wait_until, waiting as the app does: in a running event loop, which lets other
    threads run (QTest.qWait keeps the GIL while it sleeps: work on another thread, such
    as the screen labels' placement, ran 1.75 times slower under it)."""
    from PySide6.QtCore import QEventLoop, QTimer

    if predicate():
        return
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout_s
    timed_out = []

    def check() -> None:
        if predicate():
            loop.quit()
        elif time.perf_counter() > deadline:
            timed_out.append(True)
            loop.quit()

    poll = QTimer()
    poll.setInterval(1)
    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    if timed_out:
        raise TimeoutError("the page did not answer")


def platform() -> str:
    return os.environ.get("QT_QPA_PLATFORM", "xcb")


def time_until_drawn(window, act: Callable[[int], None], runs: int) -> list[float]:
    """Milliseconds from `act(run)` to the page answering a ping after its next paint, i.e.
    to the change being on screen; one figure per run."""
    acked: list[int] = []
    window.map.applied.connect(acked.append)
    times = []
    for run in range(runs):
        start = time.perf_counter()
        act(run)
        window.map.ping(run)
        wait_until(lambda run=run: run in acked)
        times.append((time.perf_counter() - start) * 1000)
    return times


def print_times(what: str, times: list[float], note: str) -> None:
    import statistics

    print("\n".join(f"{what} {i + 1}: {t:.1f} ms" for i, t in enumerate(times)))
    print(
        f"median of {len(times)}: {statistics.median(times):.1f} ms "
        f"(min {min(times):.1f}, max {max(times):.1f}); {note}; platform {platform()}"
    )
