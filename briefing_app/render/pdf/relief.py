"""The shaded relief of a map frame: the basemap's lon/lat relief image warped into the
page's projection, as a JPEG to lay over the land fills with a multiply blend.

The warp is PIL's mesh transform: the frame is cut into cells whose corners are projected
back to lon/lat (projection.projector); inside a cell PIL interpolates the source position
bilinearly and samples the relief bilinearly, in C. Cells are 32 px (15 pt at 150 dpi)
where that strays less than MAX_ERROR_PX from the true projection, else 16 px."""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from PIL import Image

from briefing_app.data.basemap import Relief, relief
from briefing_app.render.pdf.diskcache import cached_bytes, file_version
from briefing_app.render.pdf.projection import MapExtent, projection_version, projector
from briefing_app.style.map_style import PDF_STYLE

DPI = 150
MAX_DPI = 300  # an enlarged page (poster, 4K picture) asks for more; the source holds little more
MESH_PX = 16
MAX_ERROR_PX = 0.5  # how far a cell's interpolated sampling may stray, in output pixels
JPEG_QUALITY = 80


@dataclass(frozen=True)
class ReliefImage:
    jpeg: bytes  # grey; white is no shading
    width_px: int
    height_px: int


@lru_cache(maxsize=1)
def _source() -> tuple[Relief, Image.Image]:
    """The relief as the multiply layer: shading only (flat land and the sea white), at
    the strength PDF_STYLE gives, so the fills keep their hue and only slopes darken."""
    info = relief()
    strength = float(PDF_STYLE["relief_strength"])
    # grey / neutral is 1 where flat or sunlit and below 1 in shadow.
    table = [round(255 * (1 - strength * (1 - min(v / info.neutral, 1.0)))) for v in range(256)]
    with Image.open(info.path) as image:
        return info, image.convert("L").point(table)


def relief_for(extent: MapExtent, dpi: int = DPI) -> ReliefImage | None:
    """The frame's relief at `dpi`, or None where the basemap is not installed or the frame
    lies outside the relief (a view of another continent)."""
    try:
        info = relief()
    except FileNotFoundError:
        return None
    return _warped(extent, dpi) if _overlaps(extent, info) else None


def _overlaps(extent: MapExtent, info: Relief) -> bool:
    west, south, east, north = extent.lonlat_bounds(pad_pt=0.0)
    minx, miny, maxx, maxy = info.bounds
    return west < maxx and minx < east and south < maxy and miny < north


@lru_cache(maxsize=16)
def _warped(extent: MapExtent, dpi: int) -> ReliefImage:
    width = max(1, math.ceil(extent.width * dpi / 72))
    height = max(1, math.ceil(extent.height * dpi / 72))

    def warp() -> bytes:
        info, source = _source()
        image = source.transform(
            (width, height),
            Image.Transform.MESH,
            _mesh(extent, dpi, info, source.size, width, height),
            resample=Image.Resampling.BILINEAR,
            fillcolor=255,
        )
        out = io.BytesIO()
        image.save(out, format="JPEG", quality=JPEG_QUALITY)
        return out.getvalue()

    # The warp (0.1-0.2 s a frame) depends only on these: the same view warps the same.
    info = relief()
    key = (
        extent,
        dpi,
        file_version(info.path),
        info.bounds,
        info.neutral,
        PDF_STYLE["relief_strength"],
        MESH_PX,
        MAX_ERROR_PX,
        JPEG_QUALITY,
        Image.__version__,
        *projection_version(extent.crs),
    )
    return ReliefImage(cached_bytes("relief", key, warp), width, height)


Mesh = list[tuple[tuple[int, ...], tuple[float, ...]]]


def _mesh(
    extent: MapExtent, dpi: int, info: Relief, size: tuple[int, int], width: int, height: int
) -> Mesh:
    """PIL's mesh: per cell its output box and its source quad. Cells of 2 x MESH_PX where
    the projection is nearly affine across them, else four of MESH_PX: PIL's cost is per
    cell (Python code per cell), and most of a map is nearly affine at this size."""
    step = MESH_PX
    nx, ny = 2 * math.ceil(width / (2 * step)), 2 * math.ceil(height / (2 * step))
    xs, ys = np.arange(nx + 1) * step, np.arange(ny + 1) * step
    gx, gy = np.meshgrid(xs, ys)
    upp = extent.units_per_pt * 72 / dpi
    lon, lat = projector(extent.crs).inverse.transform(
        extent.minx + gx * upp, extent.maxy - gy * upp
    )
    minx, miny, maxx, maxy = info.bounds
    sx = (np.asarray(lon, dtype=float) - minx) / (maxx - minx) * size[0]
    sy = (maxy - np.asarray(lat, dtype=float)) / (maxy - miny) * size[1]
    with np.errstate(invalid="ignore"):
        scale = float(np.nanmedian(np.hypot(np.diff(sx, axis=1), np.diff(sy, axis=1)))) / step
    if not (math.isfinite(scale) and scale > 0):
        scale = 1.0
    # Where each coarse cell's centre samples (its corners interpolated), against where
    # it should (the fine point there), in output pixels.
    cx, cy = sx[::2, ::2], sy[::2, ::2]
    error = np.hypot(_centre(cx) - sx[1::2, 1::2], _centre(cy) - sy[1::2, 1::2]) / scale
    fine = ~(error <= MAX_ERROR_PX)  # NaN too: off the projection
    mesh: Mesh = []
    for j, i in zip(*np.nonzero(~fine), strict=True):
        mesh.append(_cell(xs, ys, sx, sy, 2 * i, 2 * j, 2, scale))
    for j, i in zip(*np.nonzero(fine), strict=True):
        for dj in (0, 1):
            for di in (0, 1):
                mesh.append(_cell(xs, ys, sx, sy, 2 * i + di, 2 * j + dj, 1, scale))
    return mesh


def _centre(v: np.ndarray) -> np.ndarray:
    return (v[:-1, :-1] + v[1:, :-1] + v[1:, 1:] + v[:-1, 1:]) / 4


def _cell(
    xs: np.ndarray,
    ys: np.ndarray,
    sx: np.ndarray,
    sy: np.ndarray,
    i: int,
    j: int,
    n: int,
    scale: float,
) -> tuple[tuple[int, ...], tuple[float, ...]]:
    """The cell from grid point (i, j) spanning n steps; its source corners upper-left,
    lower-left, lower-right, upper-right. A cell off the projection, or whose corners are
    spread over half the world (across the antimeridian or a pole), is sent off the
    source: it stays blank."""
    corners = [(j, i), (j + n, i), (j + n, i + n), (j, i + n)]
    quad = tuple(float(v) for r, c in corners for v in (sx[r, c], sy[r, c]))
    spread = np.ptp(quad[0::2]) + np.ptp(quad[1::2])
    if not (math.isfinite(spread) and spread <= 50 * n * MESH_PX * scale):
        quad = (-1e6,) * 8
    return (int(xs[i]), int(ys[j]), int(xs[i + n]), int(ys[j + n])), quad


def clear_cache() -> None:
    """Forget the warped reliefs held in memory (those in the cache folder stay)."""
    _warped.cache_clear()
