"""The slide panel's thumbnails, drawn from each slide's own scene (render/thumbnail.py) on a
worker thread so that opening a briefing or switching the theme never stalls the window.

The window asks for every slide after each change; a slide whose picture would be the same
(same key: its scene as drawn, the theme, the size) is not drawn again, and an answer that
a newer request has overtaken is dropped."""

from __future__ import annotations

import contextlib
import logging
import math
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QPixmap

from briefing_app.render.thumbnail import slide_thumbnail_png, thumbnail_key
from briefing_app.scene import Scene
from briefing_app.themes import Theme

log = logging.getLogger(__name__)


class ThumbnailMaker(QObject):
    ready = Signal(str, QPixmap)  # slide id, its thumbnail
    _drawn = Signal(str, object, bytes)  # from the worker: slide id, key, PNG

    def __init__(self, size: QSize, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.size = size
        self._wanted: dict[str, tuple[object, ...]] = {}  # slide id -> key last asked for
        self._shown: dict[str, tuple[object, ...]] = {}  # slide id -> key on screen
        self._pending: set[Future[None]] = set()
        # One thread: thumbnails come in the panel's order, and a second core stays free
        # for the map page.
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="thumbnails")
        self._drawn.connect(self._on_drawn)  # queued: it arrives on the window's thread

    @property
    def busy(self) -> bool:
        return any(not f.done() for f in self._pending)

    def forget(self) -> None:
        """Another briefing: nothing shown is kept."""
        self._wanted.clear()
        self._shown.clear()

    def request(self, slide_id: str, scene: Scene, theme: Theme, pixel_ratio: float) -> None:
        ratio = max(1, math.ceil(pixel_ratio))
        size = (self.size.width() * ratio, self.size.height() * ratio)
        key = thumbnail_key(scene, theme, size)
        if self._wanted.get(slide_id) == key:
            return
        self._wanted[slide_id] = key
        future = self._pool.submit(self._draw, slide_id, key, scene, theme, size)
        self._pending.add(future)
        future.add_done_callback(self._pending.discard)

    def _draw(
        self,
        slide_id: str,
        key: tuple[object, ...],
        scene: Scene,
        theme: Theme,
        size: tuple[int, int],
    ) -> None:
        if self._wanted.get(slide_id) != key:
            return  # overtaken while it waited
        try:
            png = slide_thumbnail_png(scene, theme, size)
        except Exception:  # a thumbnail is never worth more than a log line
            log.exception("no thumbnail for slide %s", slide_id)
            return
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self._drawn.emit(slide_id, key, png)

    def _on_drawn(self, slide_id: str, key: object, png: bytes) -> None:
        if self._wanted.get(slide_id) != key or self._shown.get(slide_id) == key:
            return
        pixmap = QPixmap()
        if not pixmap.loadFromData(png, "PNG"):
            return
        pixmap.setDevicePixelRatio(pixmap.width() / self.size.width())
        self._shown[slide_id] = key  # type: ignore[assignment]
        self.ready.emit(slide_id, pixmap)

    def shutdown(self) -> None:
        self._wanted.clear()
        self._pool.shutdown(wait=False, cancel_futures=True)
