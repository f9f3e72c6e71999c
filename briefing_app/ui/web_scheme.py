"""The app's own URL scheme, `briefing://app/...`, and the guard that keeps web views offline.

Pages and their data are served from bundled files through the scheme (QWebEngineView.setHtml
stops at 2 MB; the country layer alone is larger). Every request for anything else is blocked
and logged.
"""

from __future__ import annotations

import logging
import mimetypes
import re
import zipfile
from collections import deque
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QFile, QIODevice, QObject, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineProfile,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from briefing_app.core.paths import app_root
from briefing_app.data.basemap import TileArchive, relief_tiles
from briefing_app.render.map_page import BASEMAP_DATA_ROUTE, RELIEF_TILE_ROUTE, basemap_data_json

log = logging.getLogger(__name__)

SCHEME = b"briefing"
HOST = "app"
# Only these folders under the app root are served; nothing else on disk is reachable.
SERVED_FOLDERS = ("assets", "geodata")
# Schemes a page may use without leaving the machine.
LOCAL_SCHEMES = {"briefing", "qrc", "data", "blob", "about"}

_KEPT_BLOBS = 8
_QWEBCHANNEL_JS = ":/qtwebchannel/qwebchannel.js"
# A relief tile: three small numbers, nothing else (the request never names a file).
_TILE_PATH = re.compile(
    re.escape(RELIEF_TILE_ROUTE)
    .replace(r"\{z\}", r"([0-9]{1,2})")
    .replace(r"\{x\}", r"([0-9]{1,7})")
    .replace(r"\{y\}", r"([0-9]{1,7})")
    + r"\Z"
)


def app_url(path: str) -> str:
    return f"briefing://{HOST}/{path.lstrip('/')}"


def register_scheme() -> None:
    """Declare the scheme to Chromium; must run before the QApplication is created."""
    if QWebEngineUrlScheme.schemeByName(SCHEME).name() == SCHEME:
        return
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.LocalScheme
        | QWebEngineUrlScheme.Flag.LocalAccessAllowed
        | QWebEngineUrlScheme.Flag.CorsEnabled
        | QWebEngineUrlScheme.Flag.FetchApiAllowed
    )
    QWebEngineUrlScheme.registerScheme(scheme)


class AppSchemeHandler(QWebEngineUrlSchemeHandler):
    """Serves generated pages (registered by path) and files from the served folders."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pages: dict[str, bytes] = {}
        self._root = app_root().resolve()
        self._tiles: TileArchive | None = None
        # Binary blocks of map page messages (page_protocol.message_parts), each served once.
        self._blobs: dict[str, bytes] = {}

    def set_blob(self, path: str, data: bytes) -> None:
        """Serve `data` once at `path`: the page fetches it as it handles its message."""
        self._blobs[path.lstrip("/")] = data
        # A page that crashed or reloaded before it fetched a block never will: keep the
        # latest few only.
        while len(self._blobs) > _KEPT_BLOBS:
            del self._blobs[next(iter(self._blobs))]

    def set_page(self, path: str, html: str) -> None:
        self._pages[path.lstrip("/")] = html.encode("utf-8")

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 (Qt API)
        url = job.requestUrl()
        if url.host() != HOST:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        path = url.path().lstrip("/")
        data, mime = self._lookup(path)
        if data is None:
            log.warning("briefing scheme: nothing at %s", url.toString())
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        buffer = QBuffer(job)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(mime.encode("ascii"), buffer)

    def _lookup(self, path: str) -> tuple[bytes | None, str]:
        if path in self._blobs:
            return self._blobs.pop(path), "application/octet-stream"
        if path in self._pages:
            return self._pages[path], "text/html"
        if path == BASEMAP_DATA_ROUTE:
            return basemap_data_json().encode("utf-8"), "application/json"
        tile = _TILE_PATH.match(path)
        if tile:
            return self._relief_tile(*(int(v) for v in tile.groups())), "image/jpeg"
        if path == "qwebchannel.js":
            qfile = QFile(_QWEBCHANNEL_JS)
            if qfile.open(QIODevice.OpenModeFlag.ReadOnly):
                return bytes(qfile.readAll().data()), "application/javascript"
            return None, ""
        folder = next((f for f in SERVED_FOLDERS if path.startswith(f"{f}/")), None)
        if folder is None:
            return None, ""
        file = (self._root / path).resolve()
        # Refuse "..": a page must not read files outside the served folder it names.
        if not file.is_relative_to(self._root / folder) or not file.is_file():
            return None, ""
        return file.read_bytes(), _mime_type(file)

    def _relief_tile(self, z: int, x: int, y: int) -> bytes | None:
        try:
            if self._tiles is None:
                # Opened once: the archive's index stays in memory, tiles are read as asked.
                self._tiles = TileArchive(relief_tiles())
            return self._tiles.tile(z, x, y)
        except (OSError, KeyError, ValueError, zipfile.BadZipFile) as error:  # missing, damaged
            log.warning("relief tile %s/%s/%s: %s", z, x, y, error)
            return None


def _mime_type(file: Path) -> str:
    if file.suffix in {".geojson", ".json"}:
        return "application/json"
    if file.suffix == ".js":
        return "application/javascript"
    return mimetypes.guess_type(file.name)[0] or "application/octet-stream"


class OfflineGuard(QWebEngineUrlRequestInterceptor):
    """Blocks and logs every request that would leave the machine."""

    blocked = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.blocked_urls: list[str] = []
        # The latest requests of any kind, for diagnostics and tests.
        self.seen_urls: deque[str] = deque(maxlen=1000)

    def interceptRequest(self, info) -> None:  # noqa: N802 (Qt API)
        url: QUrl = info.requestUrl()
        self.seen_urls.append(url.toString())
        if url.scheme() in LOCAL_SCHEMES:
            return
        info.block(True)
        text = url.toString()
        self.blocked_urls.append(text)
        log.warning("blocked a request that would leave the machine: %s", text)
        self.blocked.emit(text)


class WebProfile(QObject):
    """The one off-the-record web profile of the app, with the scheme and the guard installed."""

    _instance: WebProfile | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # No storage name: off the record, so no cache or cookies are written to disk.
        self.profile = QWebEngineProfile(self)
        self.profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        self.scheme_handler = AppSchemeHandler(self)
        self.profile.installUrlSchemeHandler(SCHEME, self.scheme_handler)
        self.guard = OfflineGuard(self)
        self.profile.setUrlRequestInterceptor(self.guard)

    @classmethod
    def instance(cls) -> WebProfile:
        if cls._instance is None:
            from PySide6.QtCore import QCoreApplication

            cls._instance = cls(QCoreApplication.instance())
        return cls._instance
