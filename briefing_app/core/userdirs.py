"""Folders of the user's own: where corrections to the built-in data live."""

from __future__ import annotations

import os
from pathlib import Path

# Tests and portable installs point this elsewhere, so they never read the user's files.
DATA_DIR_ENV = "BRIEFING_APP_DATA_DIR"


def user_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("Briefing App", appauthor=False)


def data_override_dir() -> Path:
    """User files here (groupings.json, deployments.json, flashpoints.json) correct or extend
    the built-in data sets; see geodata/README.md."""
    return user_data_dir() / "geodata"


def user_cache_dir() -> Path:
    """Things the app can rebuild (the map page); deleting this folder is always safe."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override) / "cache"
    from platformdirs import user_cache_path

    return user_cache_path("Briefing App", appauthor=False)
