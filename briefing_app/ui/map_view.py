"""The interactive map: a Leaflet page in a QWebEngineView, driven through one JSON bridge.

Messages to the page are queued until the page reports it is ready, so callers never need to
know whether it has loaded. If the page's renderer process dies, the page is loaded again on
the current view and the last scene is sent again; the document is never touched.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import itertools
import json
import logging
import posixpath
import re
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QFile, QIODevice, QObject, QTimer, QUrl, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from briefing_app.core.paths import app_root
from briefing_app.data.layers import layer_def
from briefing_app.model.document import MapView
from briefing_app.render import page_protocol
from briefing_app.render.map_page import (
    EDITOR_JS,
    GEOMAN_CSS,
    GEOMAN_JS,
    build_map_page,
)
from briefing_app.ui.i18n import translate
from briefing_app.ui.web_scheme import SCHEME, WebProfile, app_url

if TYPE_CHECKING:  # imported by the window after its map page starts loading
    from briefing_app.scene.build import Scene

log = logging.getLogger(__name__)
# Paths of the binary blocks of page messages: never reused, so a late fetch finds nothing
# rather than another message's block.
_blob_numbers = itertools.count(1)

# The longest the first placement of the labels waits for the page's first countries.
FIRST_LABELS_WAIT_MS = 1500

# A renderer that keeps dying (a page bug, no memory) is not restarted for ever.
MAX_RENDERER_RESTARTS = 3
RESTART_WINDOW_SECONDS = 60.0

QWEBCHANNEL_JS = ":/qtwebchannel/qwebchannel.js"
# The page's element that holds the packed countries (base64 of geodata's .page.bin).
COUNTRIES_ELEMENT_ID = "briefing_countries_packed"
# A style sheet's own relative addresses (Leaflet's images), which inlined would be read as
# relative to the page.
_CSS_URL = re.compile(r"""url\((['"]?)(?![a-z]+:|#|%23|/)([^'")]+)\1\)""")


@lru_cache(maxsize=1)
def app_page() -> str:
    """The in-app map page: the app's own files, assembled without any template engine.
    Its scripts and style sheets are in the page (its policy admits the scripts by their
    hashes): every request of a page is answered on the app's thread, which at start is
    busy building the window, and the map's code then runs without waiting for it.
    The packed countries are in the page too (base64): asked for by the page, they were
    answered only once the window was built, and the page drew them after its first scene;
    in the page, they are drawn while the window is built."""
    countries = layer_def("countries")
    assert countries is not None
    packed = base64.b64encode((app_root() / countries.data_path).read_bytes()).decode("ascii")
    return build_map_page(
        app_url,
        MapView(),
        extra_scripts=(QWEBCHANNEL_JS, GEOMAN_JS, EDITOR_JS),
        extra_css=(GEOMAN_CSS,),
        inline_asset=_app_asset,
        extra_config={"countries": {"packed_element": COUNTRIES_ELEMENT_ID}},
        data_elements={COUNTRIES_ELEMENT_ID: json.dumps(packed)},
        served=True,
    )


def _app_asset(path: str) -> str:
    if path.startswith(":/"):
        qfile = QFile(path)
        if not qfile.open(QIODevice.OpenModeFlag.ReadOnly):
            raise OSError(f"cannot read {path}")
        return bytes(qfile.readAll().data()).decode("utf-8")
    text = (app_root() / path).read_text(encoding="utf-8")
    if path.endswith(".css"):
        folder = posixpath.dirname(path)

        def absolute(match: re.Match[str]) -> str:
            quote, target = match.groups()
            address = app_url(posixpath.normpath(posixpath.join(folder, target)))
            return f"url({quote}{address}{quote})"

        text = _CSS_URL.sub(absolute, text)
    return text


class MapBridge(QObject):
    """The single object the page sees over QWebChannel."""

    toPage = Signal(str)  # noqa: N815 (name seen by JavaScript)
    received = Signal(dict)

    @Slot(str)
    def fromPage(self, text: str) -> None:  # noqa: N802 (name seen by JavaScript)
        try:
            message = json.loads(text)
        except ValueError:
            log.warning("map page sent a message that is not JSON: %.200s", text)
            return
        if isinstance(message, dict):
            self.received.emit(message)


class _PlacementDone(QObject):
    """Tells the widget's thread that a placement of the labels is done. It lives on that
    thread and is told from the placement's: a queued call, run in the widget's event loop
    (a signal connected to a plain function would run that function on the placement's
    thread, where nothing may touch the page)."""

    done = Signal(object)


class MapPage(QWebEnginePage):
    """Keeps the page on the app's own scheme: links never navigate away."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        # Refused before any request is made, so the offline guard never sees these.
        self.refused_navigations: list[str] = []

    def acceptNavigationRequest(self, url: QUrl, nav_type, is_main_frame: bool) -> bool:  # noqa: N802
        if url.scheme().encode() == SCHEME:
            return True
        text = url.toString()
        if len(self.refused_navigations) < 100:
            self.refused_navigations.append(text)
        log.warning("the map page tried to leave the app for %.200s; refused", text)
        return False

    def javaScriptConsoleMessage(self, level, message, line, source) -> None:  # noqa: N802
        log.info("map page: %s (%s:%s)", message, source, line)


class MapWidget(QWebEngineView):
    ready = Signal()
    layer_rendered = Signal(str, int)
    layer_failed = Signal(str, str)
    cursor_moved = Signal(float, float)
    country_clicked = Signal(str, str)
    applied = Signal(int)
    view_changed = Signal(object)  # MapView
    editor_message = Signal(dict)  # annotation.* and measure.* from the page's editor
    # The renderer died and the page is back with the scene and view: re-send page state
    # the map does not keep (the editor's selection, its tool).
    renderer_restored = Signal()
    renderer_failed = Signal(str)  # it died too often; the message says so
    labels_sent = Signal()  # a placement of the labels went to the page

    def __init__(self, initial_view: MapView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        web = WebProfile.instance()
        self._page = MapPage(web.profile, self)
        # Pages from the app's (local) scheme may not reach remote URLs at all; the request
        # guard is the second line behind this.
        self._page.settings().setAttribute(
            QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False
        )
        self.setPage(self._page)
        self._bridge = MapBridge(self)
        self._bridge.received.connect(self._on_message)
        self._channel = QWebChannel(self)
        self._channel.registerObject("bridge", self._bridge)
        self._page.setWebChannel(self._channel)
        self._ready = False
        self._queue: list[dict[str, Any]] = []
        self._pending: dict[int, Callable[[Any], None]] = {}
        self._view = initial_view
        self.rendered_layers: dict[str, int] = {}
        self._scene: Scene | None = None
        # The page's size and label size, as it last reported them: labels are placed for it.
        self._page_size: tuple[float, float] | None = None
        self._label_px = 11
        self._controls: list[tuple[float, float, float, float]] = []
        self._restarts: deque[float] = deque()
        # After a scene update the labels are placed once control is back in the event loop,
        # on a thread of their own: the change itself reaches the page at once (placement at
        # thousands of labelled annotations takes longer than the edit), the labels follow
        # as a second message, and updates that come while one placement runs are placed
        # once, after it.
        self._labels_timer = QTimer(self)
        self._labels_timer.setSingleShot(True)
        self._labels_timer.setInterval(0)
        self._labels_timer.timeout.connect(self._place_labels)
        self._placer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="screen-labels")
        self._placing: Future | None = None
        self._place_again = False
        # What the last placement left: the next, in the same view, places again only the
        # labels near what changed (render/screen_labels.placed_screen_labels).
        self._last_placed: Any = None
        self._placement_done = _PlacementDone(self)
        self._placement_done.done.connect(self._on_labels_placed)
        # The first placement waits for the page's first countries: its imports (numpy,
        # shapely, the fonts' metrics: 0.25 s of CPU) would take a core from the page while it
        # draws its first map. A page that never reports them (hidden, failed) gets its
        # labels after FIRST_LABELS_WAIT_MS.
        self._labels_held = True
        self._hold_timer = QTimer(self)
        self._hold_timer.setSingleShot(True)
        self._hold_timer.setInterval(FIRST_LABELS_WAIT_MS)
        self._hold_timer.timeout.connect(self._release_labels)
        self.destroyed.connect(lambda *_: self._placer.shutdown(wait=False, cancel_futures=True))
        self._restoring = False
        self.renderer_crashes = 0
        self._page.renderProcessTerminated.connect(self._on_render_process_terminated)
        html = app_page()
        # One page per map widget: each window may start on its own view.
        self._page_path = f"map-{id(self):x}.html"
        web.scheme_handler.set_page(self._page_path, html)
        self.load(self._page_url(initial_view))

    def _page_url(self, view: MapView) -> QUrl:
        # The page is the same for every window; where it starts is in the address.
        url = QUrl(app_url(self._page_path))
        url.setFragment(f"view={view.center_lat},{view.center_lon},{view.zoom}")
        return url

    @property
    def is_ready(self) -> bool:
        return self._ready

    @property
    def scene(self) -> Scene | None:
        """The scene the page shows (as last sent)."""
        return self._scene

    @property
    def current_view(self) -> MapView:
        return self._view

    @property
    def page_size(self) -> tuple[float, float] | None:
        """The map's size in CSS pixels as the page last reported it (None: not yet)."""
        return self._page_size

    def send(self, message: dict[str, Any]) -> None:
        if self._ready:
            path = f"page-data/{next(_blob_numbers)}"
            text, blob = page_protocol.message_parts(message, path)
            if blob is not None:
                WebProfile.instance().scheme_handler.set_blob(path, blob)
            self._bridge.toPage.emit(text)
        else:
            self._queue.append(message)

    def show_scene(self, scene: Scene) -> None:
        """Show a whole new scene (a new document): view, layers, data, legend."""
        self._view = scene.view
        self._scene = scene
        self.send(page_protocol.scene_message(scene))
        self._place_labels()

    def update_scene(self, scene: Scene) -> None:
        """Show what changed since the last scene, as small messages: the page is never
        rebuilt or reloaded for a toggle, an opacity, a new date or a new order."""
        messages = page_protocol.update_messages(self._scene, scene)
        if messages and messages[0].get("type") == "scene":
            self._view = scene.view
        self._scene = scene
        for message in messages:
            self.send(message)
        if messages:
            self._labels_timer.start()

    @property
    def labels_pending(self) -> bool:
        """Whether a placement of the labels is due or running (they are not settled yet)."""
        held = self._labels_held and self._scene is not None and self._page_size is not None
        return (
            held or self._labels_timer.isActive() or self._placing is not None or self._place_again
        )

    def _release_labels(self) -> None:
        """The page's first countries are drawn (or it was given time): labels from now on."""
        if not self._labels_held:
            return
        self._labels_held = False
        self._hold_timer.stop()
        self._place_labels()

    def _place_labels(self) -> None:
        """Tell the page where its labels go for what it shows now (render/screen_labels)."""
        self._labels_timer.stop()
        if self._scene is None or self._page_size is None:
            return
        if self._labels_held:
            if not self._hold_timer.isActive():
                self._hold_timer.start()
            return
        if self._placing is not None:
            self._place_again = True  # for what the map shows once this one is done
            return
        width, height = self._page_size
        future = self._placer.submit(
            _placed_labels,
            self._scene,
            (
                self._view.center_lat,
                self._view.center_lon,
                self._view.zoom,
                width,
                height,
                self._label_px,
            ),
            list(self._controls),
            self._last_placed,
        )
        self._placing = future
        # Called on the placement's thread (or here, if it is done already): only a signal.
        future.add_done_callback(_tell(self._placement_done))

    @Slot(object)
    def _on_labels_placed(self, future: Future) -> None:
        if future is not self._placing:
            return
        self._placing = None
        error = None if future.cancelled() else future.exception()
        if not future.cancelled() and error is None:
            message, self._last_placed = future.result()
        if self._place_again:
            # The scene or the view changed meanwhile: this placement is for what was.
            self._place_again = False
            self._place_labels()
            return
        if future.cancelled():
            return
        if error is not None:
            log.error("placing the map's labels failed", exc_info=error)
            return
        self.send(message)
        self.labels_sent.emit()

    def set_presenting(self, on: bool, label_px: int = 16) -> None:
        """On a projector: larger labels and legend; a large legend beside the map."""
        self.send({"type": "presenting", "on": on, "label_px": label_px if on else 0})

    def request(self, what: str, on_reply: Callable[[Any], None], **arguments: Any) -> None:
        """Ask the page something (see page_protocol.REQUESTS); `on_reply` gets its answer.
        A request the page never answers (it reloaded) is simply forgotten."""
        message = page_protocol.request(what, **arguments)
        self._pending[message["id"]] = on_reply
        self.send(message)

    def ping(self, seq: int) -> None:
        """Ask the page to answer `applied` once everything sent before is on screen."""
        self.send({"type": "ping", "seq": seq})

    def set_view(self, view: MapView, animate: bool = False) -> None:
        self._view = view
        self.send(page_protocol.view_change(view, animate))

    def _on_message(self, message: dict[str, Any]) -> None:
        kind = message.get("type")
        if kind == "ready":
            self._ready = True
            queued, self._queue = self._queue, []
            restored = self._restoring
            if restored:
                # The whole scene first, where the user was looking; then whatever was sent
                # while the page was down (small updates already part of the scene are harmless).
                self._restoring = False
                # A patch of items is part of that scene already, and applied twice would
                # take out other items.
                queued = [m for m in queued if m.get("type") != "layer.items"]
                if self._scene is not None:
                    queued.insert(0, dataclasses.replace(self._scene, view=self._view).to_message())
            for item in queued:
                self.send(item)
            self.ready.emit()
            if restored:
                log.warning("map page restored after its renderer stopped")
                self.renderer_restored.emit()
        elif kind == "layer.rendered":
            layer_id = str(message.get("id"))
            self.rendered_layers[layer_id] = int(message.get("features", 0))
            if layer_id == "countries":
                self._release_labels()
            self.layer_rendered.emit(layer_id, self.rendered_layers[layer_id])
        elif kind == "layer.error":
            log.error("map layer %s failed: %s", message.get("id"), message.get("message"))
            if message.get("id") == "countries":
                self._release_labels()
            self.layer_failed.emit(str(message.get("id")), str(message.get("message")))
        elif kind == "country.clicked":
            self.country_clicked.emit(str(message.get("iso_a3")), str(message.get("name")))
        elif kind == "applied":
            self.applied.emit(int(message.get("seq", 0)))
        elif kind == "cursor":
            self.cursor_moved.emit(float(message["lat"]), float(message["lon"]))
        elif isinstance(kind, str) and kind.startswith(("annotation.", "measure.")):
            self.editor_message.emit(message)
        elif kind == "reply":
            callback = self._pending.pop(message.get("id"), None)
            if callback is not None:
                callback(message.get("result"))
        elif kind == "view":
            lat, lon = message["center"]
            self._view = MapView(float(lat), float(lon), float(message["zoom"]))
            size = message.get("size")
            if isinstance(size, list) and len(size) == 2:
                self._page_size = (float(size[0]), float(size[1]))
                self._label_px = int(message.get("label_px") or 11)
                self._controls = _boxes(message.get("controls"))
                self._place_labels()
            self.view_changed.emit(self._view)

    def _on_render_process_terminated(self, status, exit_code: int) -> None:
        if status == QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus:
            return  # the page closed with the window
        self.renderer_crashes += 1
        log.error(
            "the map's renderer process stopped (%s, exit code %s)",
            getattr(status, "name", status),
            exit_code,
        )
        now = time.monotonic()
        while self._restarts and now - self._restarts[0] > RESTART_WINDOW_SECONDS:
            self._restarts.popleft()
        self._ready = False
        self.rendered_layers.clear()
        if len(self._restarts) >= MAX_RENDERER_RESTARTS:
            message = translate(
                "MapView",
                "The map stopped {count} times within {seconds} seconds and is not restarted "
                "again. The briefing is unchanged: save it and restart the app.",
            ).format(count=len(self._restarts) + 1, seconds=f"{RESTART_WINDOW_SECONDS:.0f}")
            log.error("%s", message)
            self.renderer_failed.emit(message)
            return
        self._restarts.append(now)
        self._restoring = True
        self.load(self._page_url(self._view))


def _placed_labels(
    scene: Scene,
    view: tuple[float, float, float, float, float, int],
    controls: list[tuple[float, float, float, float]],
    last: Any,
) -> tuple[dict[str, Any], Any]:
    # Imported here, on the placement's thread: the placement's imports (numpy, shapely,
    # the fonts' metrics) would otherwise hold up the window's first map by half a second.
    from briefing_app.render.screen_labels import ScreenView, placed_screen_labels

    return placed_screen_labels(scene, ScreenView(*view), controls, last)


def _tell(done: _PlacementDone) -> Callable[[Future], None]:
    def tell(future: Future) -> None:
        # RuntimeError: the window closed while the labels were placed.
        with contextlib.suppress(RuntimeError):
            done.done.emit(future)

    return tell


def _boxes(value: Any) -> list[tuple[float, float, float, float]]:
    """The page's control boxes as four numbers each; anything else is dropped."""
    out = []
    for box in value if isinstance(value, list) else []:
        if isinstance(box, list) and len(box) == 4:
            try:
                x0, y0, x1, y1 = (float(v) for v in box)
            except (TypeError, ValueError):
                continue
            out.append((x0, y0, x1, y1))
    return out
