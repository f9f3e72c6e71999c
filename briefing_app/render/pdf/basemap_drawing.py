"""The basemap on a printed map: rivers and lakes as vectors (projected, clipped and
simplified like the countries) and the places in the frame, in frame points, for their
dots and for the label placement to name."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import shapely
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from briefing_app.data.basemap import (
    Place,
    attribution_text,
    basemap_source,
    places_named,
    water,
    water_path,
)
from briefing_app.data.city_names import city_names_source
from briefing_app.i18n import SOURCE_LANGUAGE, active_language
from briefing_app.render.pdf.diskcache import cached_bytes, file_version
from briefing_app.render.pdf.projection import MapExtent, lonlat_geoms_to_pt, projection_version
from briefing_app.scene.build import Source
from briefing_app.style.map_style import PDF_STYLE

log = logging.getLogger(__name__)

SIMPLIFY_PT = 0.3
_CLIP_MARGIN_PT = 3.0


@dataclass(frozen=True)
class PlaceInFrame:
    place: Place
    x: float  # frame points from the lower-left corner
    y: float


@lru_cache(maxsize=1)
def _water() -> tuple[np.ndarray, tuple[str, ...], tuple[int, ...]]:
    features = water()["features"]
    return (
        np.array([shape(f["geometry"]) for f in features], dtype=object),
        tuple(f["properties"]["kind"] for f in features),
        tuple(int(f["properties"].get("min_zoom", 0)) for f in features),
    )


def water_in_frame(extent: MapExtent, zoom: float) -> list[tuple[str, BaseGeometry]]:
    """(kind, geometry in frame points) of the rivers and lakes shown at `zoom`."""
    try:
        version = file_version(water_path())
    except OSError:
        return []
    # Reading the rivers and lakes, cutting, projecting and simplifying them depends only on
    # these: the same view gives the same geometries, kept as WKB (exact doubles) like the
    # countries (map_drawing.countries_in_frame).
    key = (
        extent,
        zoom,
        SIMPLIFY_PT,
        _CLIP_MARGIN_PT,
        version,
        shapely.__version__,
        shapely.geos_version_string,
        *projection_version(extent.crs),
    )
    data = cached_bytes("water", key, lambda: _water_bytes(_water_in_frame(extent, zoom)))
    try:
        return _water_from_bytes(data)
    except (ValueError, KeyError, TypeError, shapely.errors.GEOSException) as exc:
        log.debug("water not from the cache: %s", exc)
        return _water_in_frame(extent, zoom)


def _water_bytes(water: list[tuple[str, BaseGeometry]]) -> bytes:
    blobs = [shapely.to_wkb(geom) for _, geom in water]
    head = {"kinds": [kind for kind, _ in water], "sizes": [len(b) for b in blobs]}
    return json.dumps(head).encode() + b"\n" + b"".join(blobs)


def _water_from_bytes(data: bytes) -> list[tuple[str, BaseGeometry]]:
    line, _, rest = data.partition(b"\n")
    head = json.loads(line)
    kinds, sizes = head["kinds"], head["sizes"]
    if not all(isinstance(k, str) for k in kinds) or sum(sizes) != len(rest):
        raise ValueError("not the water's kinds and geometries")
    blobs, at = [], 0
    for size in sizes:
        blobs.append(rest[at : at + size])
        at += size
    geoms = shapely.from_wkb(np.array(blobs, dtype=object)) if blobs else []
    return list(zip(kinds, geoms, strict=True))


def _water_in_frame(extent: MapExtent, zoom: float) -> list[tuple[str, BaseGeometry]]:
    try:
        geoms, kinds, min_zooms = _water()
    except FileNotFoundError:
        return []
    shown = np.array([z <= zoom for z in min_zooms], dtype=bool)
    west, south, east, north = extent.lonlat_bounds()
    cut = shapely.clip_by_rect(geoms[shown], west, south, east, north)
    kept = [k for k, s in zip(kinds, shown, strict=True) if s]
    keep = ~shapely.is_empty(cut)
    if not keep.any():
        return []
    projected = lonlat_geoms_to_pt(cut[keep], extent)
    m = _CLIP_MARGIN_PT
    clipped = shapely.simplify(
        shapely.clip_by_rect(projected, -m, -m, extent.width + m, extent.height + m), SIMPLIFY_PT
    )
    kinds_kept = [k for k, ok in zip(kept, keep, strict=True) if ok]
    return [
        (kind, geom) for kind, geom in zip(kinds_kept, clipped, strict=True) if not geom.is_empty
    ]


def places_in_frame(extent: MapExtent, zoom: float) -> list[PlaceInFrame]:
    """The places shown at `zoom` (the screen's rule) inside the frame, in the basemap's
    priority order (capitals, then by population)."""
    try:
        # Named in the handout's language (CLDR's "Warschau", else GeoNames' name).
        shown = [p for p in places_named() if p.min_zoom <= zoom]
    except FileNotFoundError:
        return []
    if not shown:
        return []
    west, south, east, north = extent.lonlat_bounds()
    near = [p for p in shown if west <= p.lon <= east and south <= p.lat <= north]
    if not near:
        return []
    pts = extent.lonlat_to_pt(np.array([[p.lon, p.lat] for p in near]))
    return [
        PlaceInFrame(p, float(x), float(y))
        for p, (x, y) in zip(near, pts, strict=True)
        if 0 <= x <= extent.width and 0 <= y <= extent.height
    ]


def water_style(kind: str) -> dict[str, Any]:
    """The Area style of a river or lake (map_drawing draws it like any area)."""
    colour = PDF_STYLE["water"]
    if kind == "lake":
        return {
            "color": colour,
            "weight": PDF_STYLE["lake_outline_px"],
            "fillColor": PDF_STYLE["lake_fill"],
            "fillOpacity": 1.0,
        }
    return {
        "color": colour,
        "weight": PDF_STYLE["river_px"],
        "fill": False,
        "opacity": PDF_STYLE["river_opacity"],
    }


def basemap_sources() -> list[Source]:
    try:
        source = basemap_source()
    except FileNotFoundError:
        return []
    sources = [
        Source(
            attribution_text(), "https://www.naturalearthdata.com/", str(source.get("as_of", ""))
        )
    ]
    if active_language() != SOURCE_LANGUAGE:
        # The places' names are CLDR's where it names them, in every language but English
        # (as the scene's basemap layer cites them); no as-of date: CLDR's is its release.
        cldr = city_names_source()
        sources.append(Source(cldr.label, cldr.url, ""))
    return sources
