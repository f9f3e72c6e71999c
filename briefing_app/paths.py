"""Where the app finds what it ships: `assets/`, `geodata/` and the built-in briefings.

In a source checkout (the supported `pip install -e .` set-up) they sit beside the package;
in a PyInstaller build they sit in the bundle folder, with the same relative layout.
"""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def assets_dir() -> Path:
    return app_root() / "assets"


def geodata_dir() -> Path:
    return app_root() / "geodata"


def builtin_dir() -> Path:
    return Path(__file__).resolve().parent / "data" / "builtin"
