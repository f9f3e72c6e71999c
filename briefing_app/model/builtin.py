"""The built-in briefing "European security landscape", shipped with the package."""

from __future__ import annotations

from briefing_app.core.paths import builtin_dir
from briefing_app.model import fileformat
from briefing_app.model.document import Briefing

BUILTIN_FILE = "european_security_landscape.briefing"


def builtin_briefing() -> Briefing:
    return fileformat.load(builtin_dir() / BUILTIN_FILE)
