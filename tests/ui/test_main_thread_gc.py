"""Garbage cycles are collected on the GUI thread, never in a worker that allocates."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from briefing_app.ui.main_thread_gc import collect_on_gui_thread


class _Cycle:
    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


def test_a_cycle_dropped_while_a_worker_allocates_is_freed_on_the_gui_thread(qapp, qtbot):
    collect_on_gui_thread(qapp)
    assert not gc.isenabled()
    _Cycle.freed_on.clear()
    _Cycle()  # unreachable at once: only the cyclic collector can free it

    kept: list[list[list[int]]] = []

    def allocate() -> None:
        # Far past every threshold, and kept (the collector counts allocations net of what
        # was freed): the automatic collector would have run here.
        kept.append([[i] for i in range(200_000)])

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert _Cycle.freed_on == []
    qtbot.waitUntil(lambda: bool(_Cycle.freed_on), timeout=5_000)
    assert _Cycle.freed_on == [threading.main_thread().name]
    kept.clear()
