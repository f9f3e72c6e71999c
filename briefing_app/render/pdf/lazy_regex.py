"""reportlab's paragraph module, imported without compiling its URI pattern.

Importing reportlab.platypus.paragraph compiles one regular expression (a URL validator
from Django: case-insensitive ranges up to U+FFFF) that takes 55-60 ms of CPU, a tenth of
what a one-page export spends importing. reportlab only matches it when a word is wider
than its line (to break a URL at its slashes), which a handout rarely has: the pattern is
compiled the first time it is matched, not on every export.
"""

from __future__ import annotations

import importlib
import re
import sys
from typing import Any

_MODULE = "reportlab.platypus.paragraph"
# How reportlab 4.x/5.x's uri_pat begins; no other pattern of that module does.
_URI_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"
_compile = re.compile


class LazyPattern:
    """A compiled pattern's stand-in that compiles it at its first use."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._compiled = _compile(self._source, self._flags)
        return getattr(compiled, name)


def import_paragraph_module() -> None:
    """Import reportlab.platypus.paragraph (once) with its URI pattern left lazy; its other
    patterns are compiled as usual. Another thread compiling a pattern meanwhile gets
    re.compile's own result."""
    if _MODULE in sys.modules:
        return

    def compile_(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and pattern.startswith(_URI_PATTERN_START):
            return LazyPattern(pattern, flags)
        return _compile(pattern, flags)

    re.compile = compile_  # type: ignore[assignment]
    try:
        importlib.import_module(_MODULE)
    finally:
        re.compile = _compile
