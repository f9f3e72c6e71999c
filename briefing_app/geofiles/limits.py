"""Limits on what may be imported, so a hostile or mistaken file costs bounded time and memory.

The numbers are part of the user documentation: messages quote them.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from briefing_app.core.jsonreader import regular_file_size
from briefing_app.geofiles.errors import GeoFileCancelled, GeoFileError
from briefing_app.i18n import format_number, translate

MAX_IMPORT_BYTES = 64 * 1024 * 1024
"""Largest file read from disk (for a Shapefile: the .shp, .shx and .dbf together)."""

MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024
"""Largest total a KMZ or zip may unpack to."""

MAX_ARCHIVE_ENTRIES = 10_000
MAX_COMPRESSION_RATIO = 200
"""Real KML compresses about 20:1; a ratio far above that is a zip bomb."""

MAX_FEATURES = 100_000
MAX_VERTICES = 5_000_000
"""Limits on what is embedded in a briefing file, which must stay small enough to send on."""

MAX_NESTING = 100
"""Deepest KML folder or geometry-collection nesting accepted."""

MAX_READ_SECONDS = 120.0
"""Longest a read may take, whatever it meets: the last resort behind the limits of work (a
50 MB GeoJSON, the largest usual import, takes about 8 s)."""

MAX_REPAIR_CROSSINGS = 10_000
MAX_REPAIR_CROSSINGS_PER_FILE = 50_000
"""Self-crossings a polygon (and a whole file) may have to be repaired. Repair time grows
faster than the crossings: a ring of 2,000 random vertices crosses itself about 115,000 times
and takes minutes and gigabytes, while a real border with a few crossings takes
milliseconds however many vertices it has."""

Progress = Callable[[int, int], bool]


def mebibytes(size: int) -> str:
    return translate("GeoFileLimits", "{size} MiB").format(size=format_number(size / (1024 * 1024)))


def check_file_size(path: Path) -> int:
    """The size of `path`, after refusing a missing, empty, unreadable or too large file, and
    anything but a regular file (a pipe or a device would block or never end)."""
    size = regular_file_size(path, GeoFileError, "geodata file")
    if size == 0:
        raise GeoFileError(path, translate("GeoFileLimits", "is empty"))
    limit = MAX_IMPORT_BYTES
    if size > limit:
        raise GeoFileError(
            path,
            translate("GeoFileLimits", "is {size}; imported files are limited to {limit}").format(
                size=mebibytes(size), limit=mebibytes(limit)
            ),
        )
    return size


class Budget:
    """Counts features and vertices while a file is read and refuses it once over the limits."""

    def __init__(self, path: str | os.PathLike[str], progress: Progress | None = None) -> None:
        self.path = path
        self.progress = progress
        # Read at run time, so tests can lower them instead of building 100 000 features.
        self.max_features = MAX_FEATURES
        self.max_vertices = MAX_VERTICES
        self.max_repair_crossings = MAX_REPAIR_CROSSINGS_PER_FILE
        self.features = 0
        self.vertices = 0
        self.repair_crossings = 0
        self.deadline = time.monotonic() + MAX_READ_SECONDS

    def add_feature(self) -> None:
        self.check_time()
        self.features += 1
        if self.features > self.max_features:
            raise GeoFileError(
                self.path,
                translate(
                    "GeoFileLimits",
                    "has more than {count} features; a briefing can embed at most that many",
                ).format(count=format_number(self.max_features)),
            )

    def add_vertices(self, count: int) -> None:
        self.vertices += count
        if self.vertices > self.max_vertices:
            raise GeoFileError(
                self.path,
                translate(
                    "GeoFileLimits",
                    "has more than {count} vertices; a briefing can embed at most that many "
                    "(simplify the geometries first)",
                ).format(count=format_number(self.max_vertices)),
            )

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise GeoFileError(
                self.path,
                translate(
                    "GeoFileLimits",
                    "takes longer than {seconds} s to read; "
                    "refused (simplify it, or split it into parts)",
                ).format(seconds=format_number(MAX_READ_SECONDS)),
            )

    def add_repair(self, crossings: int) -> None:
        self.check_time()
        self.repair_crossings += crossings
        if self.repair_crossings > self.max_repair_crossings:
            raise GeoFileError(
                self.path,
                translate(
                    "GeoFileLimits",
                    "has more than {count} self-crossings to repair in its polygons; "
                    "at most that many are repaired in one file",
                ).format(count=format_number(self.max_repair_crossings)),
            )

    def report(self, done: int, total: int) -> None:
        """Tell the caller how far the read is; a False answer cancels it."""
        if self.progress is not None and self.progress(done, total) is False:
            raise GeoFileCancelled(self.path, translate("GeoFileLimits", "import cancelled"))
