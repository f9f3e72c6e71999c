"""The basemap built by `geodata/build_basemap.py`: relief, water and places (no Qt).

Shared by the screen map, the PDF and the label placement (contract: the team's
basemap_api note). Everything is read lazily and cached; importing the module costs
nothing at start-up.

- `places()`: capitals, cities and towns with the lowest Leaflet zoom they are shown at.
- `places_named(language)`: the same places, named in a language where CLDR names them
  (data/city_names: "Moskau", "Warschau").
- `water()`: rivers and lakes, GeoJSON in lon/lat.
- `relief()`: the master relief crop in EPSG:4326 (for the PDF to warp), a grey "shade"
  image: `RELIEF_NEUTRAL` is no shading, lighter a sunlit slope, darker a shaded one;
  blend it with soft-light / overlay over the fills so they keep their hue.
- `relief_tiles()`: the same relief as a Web-Mercator XYZ pyramid in one zip (the screen).
- `relief_overlay()`: one small Web-Mercator image (the self-contained HTML export).
- `basemap_source()`: SOURCE.json, with the attribution the map must show.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from briefing_app.core.paths import geodata_dir

KINDS = ("capital", "city", "town")
RELIEF_NEUTRAL = 128
TILE_NAME_NEUTRAL = "neutral.jpg"


@dataclass(frozen=True)
class Place:
    name: str  # as shown on the map, with diacritics ("Gdańsk", "Białystok")
    lon: float
    lat: float
    kind: str  # "capital" | "city" | "town"
    population: int  # 0 where unknown
    iso_a3: str  # country the place is in
    min_zoom: int  # lowest Leaflet zoom at which the place is shown
    geonameid: int = 0  # GeoNames id, for joining with other GeoNames data


@dataclass(frozen=True)
class Relief:
    path: Path  # the relief image file (grey JPEG)
    crs: str  # "EPSG:4326"
    bounds: tuple[float, float, float, float]  # minx, miny, maxx, maxy in that crs
    size: tuple[int, int] = (0, 0)  # width, height in pixels
    neutral: int = RELIEF_NEUTRAL  # the grey that means "no shading"


@dataclass(frozen=True)
class ReliefTiles:
    path: Path  # the zip holding `z/x/y.jpg` and `neutral.jpg`
    min_zoom: int
    max_zoom: int
    # per zoom: the tile columns and rows the pyramid covers (x0, y0, x1, y1), inclusive
    ranges: dict[int, tuple[int, int, int, int]]

    def covers(self, z: int, x: int, y: int) -> bool:
        if z not in self.ranges:
            return False
        x0, y0, x1, y1 = self.ranges[z]
        return x0 <= x <= x1 and y0 <= y <= y1


@dataclass(frozen=True)
class ReliefOverlay:
    path: Path  # a Web-Mercator grey JPEG
    bounds: tuple[float, float, float, float]  # west, south, east, north in lon/lat


def basemap_dir() -> Path:
    return geodata_dir() / "basemap"


def _missing(path: Path) -> FileNotFoundError:
    return FileNotFoundError(f"{path} is missing; run `python geodata/build_basemap.py`")


@lru_cache(maxsize=1)
def basemap_source() -> dict[str, Any]:
    """SOURCE.json: packages, versions, licences, input hashes, outputs and `attribution`
    ({"text": ..., "html_parts": [{"text", "url"}, ...]})."""
    path = basemap_dir() / "SOURCE.json"
    if not path.is_file():
        raise _missing(path)
    return dict(json.loads(path.read_text(encoding="utf-8")))


def attribution_text() -> str:
    return str(basemap_source()["attribution"]["text"])


def attribution_parts() -> tuple[tuple[str, str], ...]:
    """(text, url) pairs for the map's attribution control."""
    return tuple(
        (str(p["text"]), str(p["url"])) for p in basemap_source()["attribution"]["html_parts"]
    )


_PLACE_COLUMNS = ("name", "lon", "lat", "kind", "population", "iso_a3", "min_zoom", "geonameid")


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    """Every place, sorted by priority: capitals first, then population descending."""
    path = places_path()
    if not path.is_file():
        raise _missing(path)
    # csv.reader and the columns by position: DictReader's dict per row was half of the
    # 11 ms this took in every export (2,000 places).
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, [])
        try:
            name, lon, lat, kind, population, iso_a3, min_zoom, geonameid = (
                header.index(column) for column in _PLACE_COLUMNS
            )
        except ValueError:
            raise ValueError(f"{path}: not the columns {', '.join(_PLACE_COLUMNS)}") from None
        rows = [
            Place(
                name=r[name],
                lon=float(r[lon]),
                lat=float(r[lat]),
                kind=r[kind],
                population=int(r[population] or 0),
                iso_a3=r[iso_a3],
                min_zoom=int(r[min_zoom]),
                geonameid=int(r[geonameid] or 0),
            )
            for r in reader
        ]
    bad = sorted({p.kind for p in rows} - set(KINDS))
    if bad:
        raise ValueError(f"{path}: unknown place kinds {bad}")
    return tuple(sorted(rows, key=lambda p: (p.kind != "capital", -p.population, p.name)))


# language -> (the places() it was made from, those places named in the language)
_named: dict[str, tuple[tuple[Place, ...], tuple[Place, ...]]] = {}


def places_named(language: str | None = None) -> tuple[Place, ...]:
    """places(), each named in `language` (default: the app's active language) where CLDR
    names it (data/city_names), else by its own (English) name; for every text that shows a
    place's name. English is places() itself."""
    from briefing_app.data.city_names import place_name
    from briefing_app.i18n import active_language

    language = language or active_language()
    shipped = places()
    if language == "en":
        return shipped
    known = _named.get(language)
    if known is not None and known[0] is shipped:  # made from these places (not reread)
        return known[1]
    named = tuple(
        replace(p, name=name)
        if (name := place_name(p.geonameid, p.name, language)) != p.name
        else p
        for p in shipped
    )
    _named[language] = (shipped, named)
    return named


def places_path() -> Path:
    return basemap_dir() / "places.csv"


def places_at(zoom: float) -> tuple[Place, ...]:
    """The places shown at a (possibly fractional) Leaflet zoom, in priority order."""
    return tuple(p for p in places() if p.min_zoom <= zoom)


@lru_cache(maxsize=1)
def water() -> dict[str, Any]:
    """Rivers and lakes: a GeoJSON FeatureCollection in lon/lat whose features have
    properties {"kind": "river" | "lake", "name": str ("" where unnamed), "min_zoom"}.
    Treat it as read-only (it is cached)."""
    path = basemap_dir() / "water.geojson"
    if not path.is_file():
        raise _missing(path)
    return dict(json.loads(path.read_text(encoding="utf-8")))


def water_path() -> Path:
    return basemap_dir() / "water.geojson"


def _output(name: str) -> dict[str, Any]:
    return dict(basemap_source()["outputs"][name])


def relief() -> Relief:
    """The master relief crop for the PDF: EPSG:4326, bounds in degrees."""
    entry = _output("relief_master")
    path = basemap_dir() / entry["file"]
    if not path.is_file():
        raise _missing(path)
    west, south, east, north = (float(v) for v in entry["bounds"])
    width, height = (int(v) for v in entry["size"])
    return Relief(
        path=path,
        crs=str(entry["crs"]),
        bounds=(west, south, east, north),
        size=(width, height),
        neutral=int(entry.get("neutral", RELIEF_NEUTRAL)),
    )


@lru_cache(maxsize=1)
def relief_tiles() -> ReliefTiles:
    entry = _output("relief_tiles")
    ranges = {
        int(level["zoom"]): (
            int(level["x"][0]),
            int(level["y"][0]),
            int(level["x"][1]),
            int(level["y"][1]),
        )
        for level in entry["levels"]
    }
    return ReliefTiles(
        path=basemap_dir() / entry["file"],
        min_zoom=int(entry["min_zoom"]),
        max_zoom=int(entry["max_zoom"]),
        ranges=ranges,
    )


class TileArchive:
    """Reads tiles from the pyramid zip. Only names the archive itself lists are read:
    a request never becomes a file path."""

    def __init__(self, tiles: ReliefTiles) -> None:
        self.tiles = tiles
        self._zip = zipfile.ZipFile(tiles.path)
        self._names = frozenset(self._zip.namelist())

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The JPEG of one tile of the XYZ grid from zoom min_zoom to max_zoom: the stored
        one; the neutral tile where nothing is shaded; where a zoom covers less than the
        world, a part of the nearest lower zoom's tile, scaled up. None for a tile that is
        not on the grid."""
        if not (
            self.tiles.min_zoom <= z <= self.tiles.max_zoom and 0 <= x < 2**z and 0 <= y < 2**z
        ):
            return None
        if self.tiles.covers(z, x, y):
            name = f"{z}/{x}/{y}.jpg"
            return self._zip.read(name if name in self._names else TILE_NAME_NEUTRAL)
        return self._from_lower_zoom(z, x, y)

    def _from_lower_zoom(self, z: int, x: int, y: int) -> bytes | None:
        for up in range(1, z - self.tiles.min_zoom + 1):
            pz, px, py = z - up, x >> up, y >> up
            if not self.tiles.covers(pz, px, py):
                continue
            name = f"{pz}/{px}/{py}.jpg"
            if name not in self._names:
                return self._zip.read(TILE_NAME_NEUTRAL)
            from PIL import Image  # only for the few tiles outside the finer zooms

            part = 256 >> up
            with Image.open(io.BytesIO(self._zip.read(name))) as image:
                left, top = (x - (px << up)) * part, (y - (py << up)) * part
                scaled = image.crop((left, top, left + part, top + part)).resize(
                    (256, 256), Image.Resampling.BILINEAR
                )
            out = io.BytesIO()
            scaled.save(out, format="JPEG", quality=80)
            return out.getvalue()
        return None

    def close(self) -> None:
        self._zip.close()


def relief_overlay() -> ReliefOverlay:
    entry = _output("relief_overlay")
    west, south, east, north = (float(v) for v in entry["lonlat_bounds"])
    return ReliefOverlay(path=basemap_dir() / entry["file"], bounds=(west, south, east, north))
