"""The country layer built by `geodata/build_countries.py`: where it lies and how to read it.

Cheap to import: geopandas and pyogrio are imported only when a layer is actually read, so
the GUI can import this module at start-up.

Columns: `iso_a3` (ISO 3166-1 alpha-3, or a user-assigned X.. code such as XKX for Kosovo),
`name`, `sovereign_a3`, `status` ("state", "dependency", "disputed" or "area") and `note`.
Borders follow the UN General Assembly / EU position (Crimea in Ukraine); see
geodata/README.md for every deliberate choice.
"""

from __future__ import annotations

import json
import sqlite3
import struct
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args

from briefing_app.core.paths import geodata_dir

if TYPE_CHECKING:
    import geopandas
    import numpy as np

Scale = Literal["50m", "10m"]
LAYER = "countries"
STATUSES = ("state", "dependency", "disputed", "area")


def countries_dir() -> Path:
    return geodata_dir() / "countries"


def countries_path(scale: Scale = "50m") -> Path:
    if scale not in get_args(Scale):
        raise ValueError(f"unknown scale {scale!r}; expected one of {get_args(Scale)}")
    return countries_dir() / f"countries_{scale}.gpkg"


def countries_geojson_path() -> Path:
    """The 1:50m layer as compact GeoJSON (iso_a3, name, status) for the Leaflet map."""
    return countries_dir() / "countries_50m.geojson"


def countries_page_path() -> Path:
    """The same layer packed for the app's map page (geodata/build_page_countries.py): a
    JSON header and the positions as int32 millionths of a degree."""
    return countries_dir() / "countries_50m.page.bin"


def load_countries(scale: Scale = "50m") -> geopandas.GeoDataFrame:
    """All countries at one scale, EPSG:4326, one row per `iso_a3`, sorted by it.

    Returns a fresh copy each call, so callers may modify it; the file is read only once.
    """
    return _read_countries(scale).copy()


@lru_cache(maxsize=len(get_args(Scale)))
def _read_countries(scale: Scale) -> geopandas.GeoDataFrame:
    import pyogrio

    path = countries_path(scale)
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing; run `python geodata/build_countries.py`")
    return pyogrio.read_dataframe(path, layer=LAYER)


@lru_cache(maxsize=len(get_args(Scale)))
def country_geometries(scale: Scale = "50m") -> tuple[np.ndarray, tuple[str, ...], tuple[str, ...]]:
    """(shapely geometries, iso_a3, name) of all countries, in the layer's order, read
    straight from the GeoPackage with sqlite3 and shapely: the PDF export needs no more, and
    pyogrio brings geopandas and pandas with it (0.3 s to import, another 0.1 s to read).
    The arrays are shared between callers: do not modify them."""
    import numpy as np
    import shapely

    path = countries_path(scale)
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing; run `python geodata/build_countries.py`")
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as db:
        rows = db.execute(f"SELECT geom, iso_a3, name FROM {LAYER} ORDER BY fid").fetchall()
    blobs = [_gpkg_wkb(blob, path) for blob, _, _ in rows]
    geoms = shapely.from_wkb(np.array(blobs, dtype=object))
    return geoms, tuple(r[1] for r in rows), tuple(r[2] for r in rows)


# GeoPackage geometry header: "GP", version, flags; the envelope's size by flags bits 1-3.
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def _gpkg_wkb(blob: bytes, path: Path) -> bytes:
    magic, _version, flags = struct.unpack_from("<2sBB", blob)
    envelope = _ENVELOPE_BYTES.get((flags >> 1) & 0b111)
    if magic != b"GP" or envelope is None:
        raise ValueError(f"{path}: not a GeoPackage geometry")
    return blob[8 + envelope :]


def countries_source() -> dict[str, Any]:
    """Provenance of the layer (SOURCE.json): package, Natural Earth version, licence, url,
    as_of date and the list of deliberate changes."""
    path = countries_dir() / "SOURCE.json"
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing; run `python geodata/build_countries.py`")
    return dict(json.loads(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """English names by iso_a3, in the layer's order: two columns of the 1:50m GeoPackage
    (3 ms), where the light GeoJSON, written from the same layer, took 0.1 s to parse."""
    path = countries_path("50m")
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing; run `python geodata/build_countries.py`")
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as db:
        rows = db.execute(f"SELECT iso_a3, name FROM {LAYER} ORDER BY fid").fetchall()
    return {str(iso): str(name) for iso, name in rows}
