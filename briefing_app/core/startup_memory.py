"""Give back what the start needed only once: the source lines PySide6 read while modules
were imported (it looks into every module for its name, and linecache keeps the text:
13 MiB), and the heap that parsing the data freed but the C allocator keeps."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import linecache
import logging
import sys
from collections.abc import Callable
from functools import lru_cache

log = logging.getLogger(__name__)


def release_startup_memory() -> None:
    """Drop cached source lines, collect, and hand freed heap back to the system (glibc).
    Harmless to call again: a traceback reads its source lines afresh."""
    linecache.clearcache()
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        log.debug("no malloc_trim: freed heap stays with the process")
        return None
