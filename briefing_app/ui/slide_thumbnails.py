"""The slide panel's thumbnails, drawn from each slide's own scene (render/thumbnail.py) on a
worker thread so that opening a briefing or switching the theme never stalls the window.

The window asks for every slide after each change; a slide whose picture would be the same
(same key: its scene as drawn, the theme, the size) is not drawn again, and an answer that
a newer request has overtaken is dropped."""

from __future__ import annotations

import logging
import math
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, QSize, QTimer, Signal
from PySide6.QtGui import QPixmap

from briefing_app.render.thumbnail import slide_thumbnail_png, thumbnail_key
from briefing_app.scene import Scene
from briefing_app.themes import Theme

log = logging.getLogger(__name__)


class ThumbnailMaker(QObject):
    ready = Signal(str, QPixmap)  # slide id, its thumbnail

    def __init__(self, size: QSize, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.size = size
        self._wanted: dict[str, tuple[object, ...]] = {}  # slide id -> key last asked for
        self._shown: dict[str, tuple[object, ...]] = {}  # slide id -> key on screen
        self._pending: list[tuple[str, tuple[object, ...], Future[bytes | None]]] = []
        # One thread: thumbnails come in the panel's order, and a second core stays free
        # for the map page.
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="thumbnails")
        self._closed = False
        # The worker never touches a Qt object: the window's thread collects its results
        # (a signal emitted from the worker could meet a window being deleted).
        self._collect_timer = QTimer(self)
        self._collect_timer.setInterval(40)
        self._collect_timer.timeout.connect(self._collect)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def forget(self) -> None:
        """Another briefing: nothing shown is kept."""
        self._wanted.clear()
        self._shown.clear()

    def request(self, slide_id: str, scene: Scene, theme: Theme, pixel_ratio: float) -> None:
        ratio = max(1, math.ceil(pixel_ratio))
        size = (self.size.width() * ratio, self.size.height() * ratio)
        if self._closed:
            return  # the window is closing: an edit of its last moments needs no picture
        key = thumbnail_key(scene, theme, size)
        if self._wanted.get(slide_id) == key:
            return
        self._wanted[slide_id] = key
        wanted = self._wanted
        future = self._pool.submit(_draw, wanted, slide_id, key, scene, theme, size)
        self._pending.append((slide_id, key, future))
        self._collect_timer.start()

    def _collect(self) -> None:
        waiting = []
        for slide_id, key, future in self._pending:
            if not future.done():
                waiting.append((slide_id, key, future))
            elif not future.cancelled() and future.exception() is None:
                self._show(slide_id, key, future.result())
        self._pending = waiting
        if not waiting:
            self._collect_timer.stop()

    def _show(self, slide_id: str, key: tuple[object, ...], png: bytes | None) -> None:
        if png is None or self._wanted.get(slide_id) != key or self._shown.get(slide_id) == key:
            return
        pixmap = QPixmap()
        if not pixmap.loadFromData(png, "PNG"):
            return
        pixmap.setDevicePixelRatio(pixmap.width() / self.size.width())
        self._shown[slide_id] = key
        self.ready.emit(slide_id, pixmap)

    def shutdown(self) -> None:
        self._closed = True
        self._wanted.clear()
        self._collect_timer.stop()
        self._pool.shutdown(wait=False, cancel_futures=True)


def _draw(
    wanted: dict[str, tuple[object, ...]],
    slide_id: str,
    key: tuple[object, ...],
    scene: Scene,
    theme: Theme,
    size: tuple[int, int],
) -> bytes | None:
    if wanted.get(slide_id) != key:
        return None  # overtaken while it waited
    try:
        return slide_thumbnail_png(scene, theme, size)
    except Exception:  # a thumbnail is never worth more than a log line
        log.exception("no thumbnail for slide %s", slide_id)
        return None
