"""The slide panel's thumbnails, drawn from each slide's own scene (render/thumbnail.py) on a
worker thread so that opening a briefing or switching the theme never stalls the window.

The window asks for every slide after each change, with the slide's scene (built on the
window's thread: the briefing changes there). The worker works out the picture's key (its
scene as drawn, the theme, the size); a slide whose picture would be the one on show is not
drawn again, and an answer that a newer request has overtaken is dropped."""

from __future__ import annotations

import logging
import math
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, QTimer, Signal
from PySide6.QtGui import QPixmap

from briefing_app.model import commands
from briefing_app.model.session import DocumentSession
from briefing_app.scene.build import Scene, scene_for_slide
from briefing_app.style.themes import Theme, get_theme
from briefing_app.ui.slides_dock import THUMBNAIL

if TYPE_CHECKING:
    from briefing_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

Key = tuple[object, ...]


@dataclass
class _State:
    """What the window's thread and the worker share (plain dicts: single reads and writes
    of a key are atomic)."""

    latest: dict[str, int] = field(default_factory=dict)  # slide id -> last request number
    shown: dict[str, Key] = field(default_factory=dict)  # slide id -> key of the picture shown


@dataclass(frozen=True)
class _Request:
    slide_id: str
    number: int
    scene: Scene
    theme: Theme
    size: tuple[int, int]


class ThumbnailMaker(QObject):
    ready = Signal(str, QPixmap)  # slide id, its thumbnail

    def __init__(self, size: QSize, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.size = size
        self._state = _State()
        self._count = 0
        self._pending: list[tuple[_Request, Future[tuple[Key, bytes] | None]]] = []
        # Each slide's last scene: the next is built from it (scene.build_scene), which at
        # 5,000 annotations spares the window's thread most of the work after an edit.
        self._scenes: dict[str, Scene] = {}
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

    def drop_queued(self) -> None:
        """Another change came: the pictures not yet begun would show what was, and would
        take the worker (and the interpreter's lock) while the change reaches the map. The
        one being drawn finishes (one slide: a few ms); the next refresh asks again."""
        for request, future in self._pending:
            if future.cancel():
                # Not shown: the slide's next request is drawn from this scene as before.
                self._state.latest.pop(request.slide_id, None)

    def forget(self) -> None:
        """Another briefing: nothing shown is kept."""
        self._state.latest.clear()
        self._state.shown.clear()
        self._scenes.clear()

    def last_scene(self, slide_id: str) -> Scene | None:
        """The scene last asked for of this slide (None: none yet)."""
        return self._scenes.get(slide_id)

    def request(self, slide_id: str, scene: Scene, theme: Theme, pixel_ratio: float) -> None:
        if self._closed:
            return  # the window is closing: an edit of its last moments needs no picture
        self._scenes[slide_id] = scene
        ratio = max(1, math.ceil(pixel_ratio))
        size = (self.size.width() * ratio, self.size.height() * ratio)
        self._count += 1
        self._state.latest[slide_id] = self._count
        request = _Request(slide_id, self._count, scene, theme, size)
        self._pending.append((request, self._pool.submit(_draw, self._state, request)))
        self._collect_timer.start()

    def _collect(self) -> None:
        waiting = []
        for request, future in self._pending:
            if not future.done():
                waiting.append((request, future))
            elif not future.cancelled() and future.exception() is None:
                result = future.result()
                if result is not None:
                    self._show(request, *result)
        self._pending = waiting
        if not waiting:
            self._collect_timer.stop()

    def _show(self, request: _Request, key: Key, png: bytes) -> None:
        if self._state.latest.get(request.slide_id) != request.number:
            return  # a newer picture of this slide is on its way
        pixmap = QPixmap()
        if not pixmap.loadFromData(png, "PNG"):
            return
        pixmap.setDevicePixelRatio(pixmap.width() / self.size.width())
        self._state.shown[request.slide_id] = key
        self.ready.emit(request.slide_id, pixmap)

    def shutdown(self) -> None:
        self._closed = True
        self._state.latest.clear()
        self._scenes.clear()
        self._collect_timer.stop()
        self._pool.shutdown(wait=False, cancel_futures=True)


def _draw(state: _State, request: _Request) -> tuple[Key, bytes] | None:
    """On the worker: the key and the PNG, or None when nothing new is to be shown."""
    if state.latest.get(request.slide_id) != request.number:
        return None  # overtaken while it waited
    # Imported here, on the worker: numpy, shapely and PIL (0.2 s) would otherwise be
    # imported on the window's thread while its map page loads through it.
    from briefing_app.render.thumbnail import slide_thumbnail_png, thumbnail_key

    try:
        key = thumbnail_key(request.scene, request.theme, request.size)
        if state.shown.get(request.slide_id) == key:
            return None  # the picture on show is this one
        return key, slide_thumbnail_png(request.scene, request.theme, request.size)
    except Exception:  # a thumbnail is never worth more than a log line
        log.exception("no thumbnail for slide %s", request.slide_id)
        return None


# How long the thumbnails wait after a change, so that a run of edits asks once: they are
# drawn while the user pauses, not between one edit and the next (a refresh at 5,000
# annotations is roughly 140 ms of CPU over eight slides, most of it on the worker holding the
# interpreter's lock; started 0.15 or 0.4 s after an edit it landed inside the next one).
AFTER_CHANGE_MS = 1000
# The longest the slides' first thumbnails wait for the map's first countries.
AFTER_MAP_MS = 3000


class SlideThumbnails:
    """When the slide panel's thumbnails are asked for: after every change of the session's
    document (once a run of edits pauses) and of the theme, each slide from its own scene.
    The first ones wait for the map's countries (or AFTER_MAP_MS, for a map that is not
    drawn: a hidden window's): nine slide scenes on the window's thread and numpy, shapely
    and PIL to import on the worker would take the cores and the thread the map page loads
    through."""

    def __init__(self, session: DocumentSession, window: MainWindow) -> None:
        self.session = session
        self.window = window
        self.maker = ThumbnailMaker(THUMBNAIL, window)
        self.maker.ready.connect(window.slides_dock.set_thumbnail)
        self._map_drawn = False
        self._soon = QTimer(window)
        self._soon.setSingleShot(True)
        self._soon.setInterval(AFTER_CHANGE_MS)
        self._soon.timeout.connect(self._refresh)
        self._after_map = QTimer(window)
        self._after_map.setSingleShot(True)
        self._after_map.setInterval(AFTER_MAP_MS)
        self._after_map.timeout.connect(self._soon.start)
        # A refresh builds one slide's scene per turn of the event loop (each is built on the
        # window's thread, where the briefing changes): an edit that comes meanwhile is not
        # kept waiting for the others, and the rest of that refresh is dropped.
        self._slides_left: list[str] = []
        self._next_slide = QTimer(window)
        self._next_slide.setInterval(0)
        self._next_slide.timeout.connect(self._ask_next)
        self._theme: Theme | None = None
        self._ratio = 1.0
        session.subscribe(lambda _aspects: self.ask_soon(), commands.EDIT_ASPECTS)
        window.map.layer_rendered.connect(self._on_layer_rendered)

    @property
    def busy(self) -> bool:
        """Whether thumbnails are due or being drawn (the first ones before the map is up
        count as not yet due)."""
        return self._soon.isActive() or bool(self._slides_left) or self.maker.busy

    def ask_soon(self) -> None:
        self._stop_refresh()
        self._soon.start()

    def _stop_refresh(self) -> None:
        self._slides_left = []
        self._next_slide.stop()
        self.maker.drop_queued()

    def start_document(self) -> None:
        """Another document: its slides' thumbnails from scratch, once the map is up."""
        self._stop_refresh()
        self.window.slides_dock.thumbnails.clear()
        self.maker.forget()
        if self._map_drawn:
            self._soon.start()
        else:
            self._after_map.start()

    def _on_layer_rendered(self, layer_id: str, _features: int) -> None:
        if layer_id == "countries" and not self._map_drawn:
            self._map_drawn = True
            if self._after_map.isActive():
                self._after_map.stop()
                self._soon.start()

    def _refresh(self) -> None:
        from briefing_app.ui.theme import current_theme

        window = self.window
        self._theme = get_theme(current_theme(window.settings))
        self._ratio = window.slides_dock.devicePixelRatioF()
        self._slides_left = [slide.id for slide in self.session.doc.slides]
        self._ask_next()
        if self._slides_left:
            self._next_slide.start()

    def _ask_next(self) -> None:
        """The next slide of the refresh: its scene, to the worker."""
        if not self._slides_left or self._theme is None:
            self._next_slide.stop()
            return
        slide_id = self._slides_left.pop(0)
        if not self._slides_left:
            self._next_slide.stop()
        doc = self.session.doc
        slide = next((s for s in doc.slides if s.id == slide_id), None)
        if slide is None:
            return
        last = self.maker.last_scene(slide.id)
        scene = scene_for_slide(doc, slide, self.window.data, previous=last)
        self.maker.request(slide.id, scene, self._theme, self._ratio)

    def shutdown(self) -> None:
        self._stop_refresh()
        self._soon.stop()
        self._after_map.stop()
        self.maker.shutdown()
