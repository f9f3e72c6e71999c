"""Results the start would otherwise compute again every time (the country names out of the
1.9 MB country file, the geodesic range rings and the capitals within them), kept between
starts in the user's cache folder.

Each store is one JSON file whose name carries a digest of what its results depend on: the
app's version, the stamps (name, size, modification time) of the data files and of the code
that computes them, so a new release, changed data or changed code starts a new file and a
stale result is never read. Deleting the cache folder is always safe; a cache that cannot
be read or written only costs time."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import sys
from pathlib import Path
from typing import Any

from briefing_app import __version__
from briefing_app.core.atomicfile import write_atomically
from briefing_app.core.userdirs import user_cache_dir

log = logging.getLogger(__name__)


def file_stamp(path: Path) -> list[Any]:
    """What tells one version of a data file from another without reading it."""
    try:
        stat = path.stat()
    except OSError:
        return [path.name, None, None]
    return [path.name, stat.st_size, stat.st_mtime_ns]


def code_stamps(*modules: str) -> list[Any]:
    """The stamps of the source files of `modules`: a changed computation is a new cache
    even while the version number stays the same (a checkout). Found without importing
    them: a module the cache's value is computed by may be imported only on a miss, and the
    key must not depend on whether something else imported it first (the window's start
    made a new basemap cache on most starts)."""
    out = []
    for name in modules:
        module = sys.modules.get(name)
        file = getattr(module, "__file__", None)
        if file is None:
            try:
                spec = importlib.util.find_spec(name)
            except (ImportError, ValueError):
                spec = None
            file = spec.origin if spec is not None else None
        out.append(file_stamp(Path(file)) if file else [name, None, None])
    return out


class DerivedCache:
    """A JSON object of results by key, for one set of inputs (`depends_on`: data file
    stamps, versions, code_stamps of the modules that compute the results)."""

    def __init__(self, name: str, depends_on: list[Any]) -> None:
        digest = hashlib.sha256(
            json.dumps([__version__, *depends_on], sort_keys=True, default=str).encode()
        ).hexdigest()[:16]
        self.path = user_cache_dir() / f"{name}-{digest}.json"
        self._values: dict[str, Any] | None = None

    def get(self, key: str) -> Any | None:
        return self._load().get(key)

    def put(self, key: str, value: Any) -> None:
        values = self._load()
        values[key] = value
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            text = json.dumps(values, separators=(",", ":")).encode("utf-8")
            write_atomically(self.path, lambda handle: handle.write(text))
        except Exception as exc:  # a read-only or full disk only costs time
            log.debug("derived cache %s not written: %s", self.path, exc)

    def _load(self) -> dict[str, Any]:
        if self._values is None:
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = {}
            self._values = data if isinstance(data, dict) else {}
        return self._values
