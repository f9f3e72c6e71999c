"""The Qt binding itself must not leak: PySide6 6.12.0 dropped a reference to True on every
signal emitted from Python, which aborts a long session (pyproject.toml excludes it)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal


class _Emitter(QObject):
    changed = Signal(str)


def test_signals_and_void_calls_keep_singletons_alive(qapp):
    emitter = _Emitter()
    emitter.changed.connect(lambda _text: None)
    timer = QTimer()
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(300):
        emitter.changed.emit("x")
        timer.stop()
    assert (sys.getrefcount(True), sys.getrefcount(None)) == before
