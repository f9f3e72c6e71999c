"""Where the app finds what it ships: `assets/`, `geodata/` and the built-in briefings.

`app_root()` is the folder holding `assets/` and `geodata/`, looked for in this order:

1. a PyInstaller build: the bundle folder (`sys._MEIPASS`);
2. an installed wheel: the package data `briefing_app/shipped/` (setup.py copies the two
   folders there at build time), found through importlib.resources;
3. a source checkout, including the editable install (`pip install -e .`): the folder
   beside the package, where the files are kept and edited.

The layout below the root is the same in all three, so callers name files relative to it.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

SHIPPED = "shipped"  # the package-data folder setup.py fills


def app_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    installed = installed_data_root()
    if installed is not None:
        return installed
    return Path(__file__).resolve().parent.parent.parent


def installed_data_root() -> Path | None:
    """The wheel's package data, or None in a checkout (which has no `shipped/`).

    Only a folder on disk counts: GDAL, the PDF fonts and the web view open these files by
    path, so a package imported from a zip could not use them anyway."""
    shipped = resources.files("briefing_app") / SHIPPED
    if isinstance(shipped, Path) and (shipped / "geodata").is_dir():
        return shipped
    return None


def assets_dir() -> Path:
    return app_root() / "assets"


def geodata_dir() -> Path:
    return app_root() / "geodata"


def builtin_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "data" / "builtin"
