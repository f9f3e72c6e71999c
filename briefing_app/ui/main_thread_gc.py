"""Python's cyclic garbage collection on the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is crossed. The
app's worker threads (slide thumbnails, the map's label placement) allocate a lot; a
collection there can free a closed window's Qt WebEngine objects, whose destructors must run
on the GUI thread: Chromium stops the process (SIGTRAP) when they do not. So automatic
collection is switched off and a timer on the GUI thread collects instead, generation by
generation as the thresholds say, as the automatic collector would."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500

_PROPERTY = "briefing_main_thread_gc"


class _Collector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        # The oldest generation over its threshold, and the younger ones with it.
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return


def collect_on_gui_thread(app: QObject) -> None:
    """Switch off automatic collection; collect on `app`'s thread from now on (idempotent)."""
    if app.property(_PROPERTY):
        return
    app.setProperty(_PROPERTY, True)
    gc.disable()
    _Collector(app)
