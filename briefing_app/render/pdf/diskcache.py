"""Results of the PDF map preparation that depend only on their inputs (a frame's warped
relief, its countries projected and simplified and their path operators, the PROJ pipelines
of a CRS, a TrueType face's metrics), kept under the user's cache folder so that exporting
the same views again skips the work. The key hashes every input, including the data file's
size and modification time and the libraries' versions: a changed input is a new key,
never a stale result. Any failure to read or write the cache only costs the time."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from pathlib import Path

from briefing_app.core.atomicfile import write_atomically
from briefing_app.core.jsonreader import DataFileError
from briefing_app.core.userdirs import user_cache_dir

# Raised whenever what is cached, or how it is made, changes.
FORMAT = 1
MAX_ENTRIES = 256  # per kind; a briefing has a few dozen views at most

log = logging.getLogger(__name__)


def file_version(path: Path) -> tuple[str, int, int]:
    """What identifies a data file's version without reading it."""
    stat = path.stat()
    return path.name, stat.st_size, stat.st_mtime_ns


def cached_bytes(
    kind: str, key: tuple[object, ...], make: Callable[[], bytes], prefix: str = "pdf"
) -> bytes:
    """`make()`, or what it returned for the same `key` before (under `prefix-kind`)."""
    digest = hashlib.sha256(repr((FORMAT, kind, key)).encode()).hexdigest()[:32]
    folder = user_cache_dir() / f"{prefix}-{kind}"
    path = folder / digest
    try:
        return path.read_bytes()
    except OSError:
        pass
    data = make()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomically(path, lambda out: out.write(data))
        _prune(folder)
    except (OSError, DataFileError) as exc:
        log.debug("not cached: %s", exc)
    return data


def _prune(folder: Path) -> None:
    entries = [e for e in os.scandir(folder) if e.is_file()]
    if len(entries) <= MAX_ENTRIES:
        return
    entries.sort(key=lambda e: e.stat().st_mtime_ns)
    for entry in entries[: len(entries) - MAX_ENTRIES]:
        Path(entry.path).unlink(missing_ok=True)
