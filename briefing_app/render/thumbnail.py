"""A slide's thumbnail for the slide panel: its own scene (view, countries, groupings, the
items of its layers) drawn small in a theme's colours, headless and without the network.

The thumbnail shows the slide's frame (geo.mercator.SLIDE_FRAME_PX at the slide's zoom),
fitted, in Web Mercator like the screen map. Labels, relief and rivers are left out: at
a hundred pixels they would be noise. Pictures are kept on disk under a key made of what
they draw and the theme's colours, so a briefing opens with its thumbnails at once the
second time, and an edit or another theme is a new key, never a stale picture.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import math
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

import numpy as np
import shapely
from PIL import Image, ImageDraw
from shapely.geometry.base import BaseGeometry

from briefing_app.core.identity_memo import IdentityMemo
from briefing_app.data.countries import Scale, countries_path, country_geometries
from briefing_app.geo.geojson import drawn_shape
from briefing_app.geo.mercator import MAX_LAT, SLIDE_FRAME_PX, fitted_zoom, world_px
from briefing_app.model.document import MapView
from briefing_app.render.pdf.diskcache import cached_bytes, file_version
from briefing_app.scene.build import Scene, SceneLayer
from briefing_app.scene.items import SceneItem
from briefing_app.style.map_style import ITEM_STYLES
from briefing_app.style.themes import Theme

# Raised whenever the drawing changes: older pictures are then never shown again.
FORMAT = 1
SUPERSAMPLE = 3  # drawn this much larger, then reduced: PIL draws without smoothing
COUNTRY_SCALE: Scale = "50m"  # the screen map's file


def frame_zoom(scene: Scene, width_px: int, height_px: int) -> float:
    """The zoom at which a `width_px` x `height_px` picture shows the slide's frame."""
    return fitted_zoom(scene.view.zoom, width_px, height_px)


# What each item adds to a key, by the item object. Scenes rebuilt after an edit share the
# items of everything not edited (scene.drawn_items), so the keys of a briefing's slides
# after an edit of one of 5,000 annotations hash that one again, not every shape of every
# slide (half a second a slide, on the thread the window's own Python work waits for).
def _make_item_key(item: SceneItem) -> tuple[object, ...]:
    drawn = json.dumps([item.geometry, item.style], sort_keys=True, default=str)
    return (
        item.kind,
        hashlib.sha256(drawn.encode()).hexdigest(),
        item.style_key,
        bool(item.icon),
        item.text_only,
        item.role,
    )


_item_key = IdentityMemo(_make_item_key)


def thumbnail_key(scene: Scene, theme: Theme, size: tuple[int, int]) -> tuple[object, ...]:
    """Everything the picture depends on: the scene as drawn (not its labels or popups),
    the theme's colours, the size, the country file and this module's drawing."""
    layers = []
    for layer in scene.layers:
        if not layer.visible or layer.definition.kind == "basemap":
            continue
        items = tuple(_item_key(i) for i in layer.items)
        data = (
            json.dumps(layer.data, sort_keys=True, default=str)
            if layer.definition.kind == "membership"
            else ""
        )
        layers.append((layer.definition.id, layer.definition.kind, layer.opacity, data, items))
    return (
        FORMAT,
        scene.view,
        tuple(size),
        repr(theme),
        tuple(layers),
        file_version(countries_path(COUNTRY_SCALE)),
    )


def slide_thumbnail_png(scene: Scene, theme: Theme, size: tuple[int, int]) -> bytes:
    """The scene's thumbnail, `size` pixels, as PNG (from the disk cache when drawn before)."""
    return cached_bytes(
        "slides",
        thumbnail_key(scene, theme, size),
        lambda: _png(draw_thumbnail(scene, theme, size)),
        prefix="thumbnails",
    )


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


class _Frame:
    """Lon/lat to the picture's (supersampled) pixels."""

    def __init__(self, scene: Scene, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.view_key = (scene.view.center_lat, scene.view.center_lon, scene.view.zoom)
        self.zoom = frame_zoom(scene, width, height)
        cx, cy = world_px(scene.view.center_lon, scene.view.center_lat, self.zoom)
        self.x0, self.y0 = cx - width / 2, cy - height / 2
        # CSS px of the slide's frame to picture px: line weights and marker sizes.
        self.scale = min(width / SLIDE_FRAME_PX[0], height / SLIDE_FRAME_PX[1])
        world = 256 * 2**self.zoom
        west = (self.x0 / world) * 360 - 180
        east = ((self.x0 + width) / world) * 360 - 180
        pad = (east - west) * 0.05
        self.lonlat_box = (
            west - pad,
            max(-MAX_LAT, self._lat(self.y0 + height) - pad),
            east + pad,
            min(MAX_LAT, self._lat(self.y0) + pad),
        )
        self._world = world

    def _lat(self, y: float) -> float:
        n = math.pi - 2 * math.pi * y / (256 * 2**self.zoom)
        return math.degrees(math.atan(math.sinh(n)))

    def to_px(self, coords: np.ndarray) -> np.ndarray:
        lon, lat = coords[:, 0], np.clip(coords[:, 1], -MAX_LAT, MAX_LAT)
        x = (lon + 180) / 360 * self._world - self.x0
        y = (
            0.5 - np.log(np.tan(np.pi / 4 + np.radians(lat) / 2)) / (2 * np.pi)
        ) * self._world - self.y0
        return np.column_stack([x, y])

    def project(self, geom: BaseGeometry) -> BaseGeometry | None:
        projected = self.project_all(np.array([geom], dtype=object))[0]
        return None if projected.is_empty else projected

    def project_all(self, geoms: np.ndarray) -> np.ndarray:
        """Clipped to the frame (with a margin), in pixels, simplified to a pixel."""
        cut = shapely.clip_by_rect(geoms, *self.lonlat_box)
        return shapely.simplify(shapely.transform(cut, self.to_px), 1.0)


def _rgba(colour: str, alpha: float) -> tuple[int, int, int, int]:
    text = colour.lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    try:
        r, g, b = (int(text[i : i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        r = g = b = 128  # a colour the page would not draw either: grey, not a crash
    return r, g, b, max(0, min(255, round(alpha * 255)))


def _parts(geom: BaseGeometry, kind: str) -> Iterable[BaseGeometry]:
    if geom.geom_type == kind:
        yield geom
    elif hasattr(geom, "geoms"):
        for part in geom.geoms:
            yield from _parts(part, kind)


class _Painter:
    """One translucent sheet per layer, laid over the picture when the layer is done: a
    layer's fills blend with what is under them, as Leaflet's do."""

    def __init__(self, base: Image.Image) -> None:
        self.base = base
        self.sheet = Image.new("RGBA", base.size, (0, 0, 0, 0))
        self.draw = ImageDraw.Draw(self.sheet)

    def polygon(
        self,
        geom: BaseGeometry,
        fill: tuple[int, ...] | None,
        outline: tuple[int, ...] | None,
        width: float,
    ) -> None:
        for polygon in _parts(geom, "Polygon"):
            ring = _flat(polygon.exterior.coords)
            if len(ring) < 6:
                continue
            if fill is not None:
                if polygon.interiors:
                    # Holes (an enclave, a lake) stay open: fill through a mask.
                    mask = Image.new("L", self.sheet.size, 0)
                    masking = ImageDraw.Draw(mask)
                    masking.polygon(ring, fill=255)
                    for hole in polygon.interiors:
                        masking.polygon(_flat(hole.coords), fill=0)
                    self.sheet.paste(Image.new("RGBA", self.sheet.size, fill), mask=mask)
                else:
                    self.draw.polygon(ring, fill=fill)
            if outline is not None:
                for line in [polygon.exterior, *polygon.interiors]:
                    self.draw.line(_flat(line.coords), fill=outline, width=max(1, round(width)))

    def line(self, geom: BaseGeometry, colour: tuple[int, ...], width: float) -> None:
        for line in _parts(geom, "LineString"):
            points = _flat(line.coords)
            if len(points) >= 4:
                self.draw.line(points, fill=colour, width=max(1, round(width)), joint="curve")

    def dot(
        self,
        x: float,
        y: float,
        radius: float,
        fill: tuple[int, ...],
        outline: tuple[int, ...],
        width: float,
        square: bool = False,
    ) -> None:
        box = (x - radius, y - radius, x + radius, y + radius)
        shape_of = self.draw.rectangle if square else self.draw.ellipse
        shape_of(box, fill=fill, outline=outline, width=max(1, round(width)))

    def flush(self) -> None:
        self.base.alpha_composite(self.sheet)
        self.sheet = Image.new("RGBA", self.base.size, (0, 0, 0, 0))
        self.draw = ImageDraw.Draw(self.sheet)


def draw_thumbnail(scene: Scene, theme: Theme, size: tuple[int, int]) -> Image.Image:
    """The scene drawn at `size` pixels in `theme`'s map colours (RGB)."""
    width, height = size[0] * SUPERSAMPLE, size[1] * SUPERSAMPLE
    frame = _Frame(scene, width, height)
    base = Image.new("RGBA", (width, height), _rgba(theme.sea, 1.0))
    painter = _Painter(base)
    countries: list[tuple[str, BaseGeometry]] | None = None
    for layer in scene.layers:
        if not layer.visible:
            continue
        kind = layer.definition.kind
        if kind in ("countries", "membership") and countries is None:
            countries = _countries(frame)
        if kind == "countries":
            weight = max(SUPERSAMPLE * 0.5, theme.border_weight * frame.scale)
            for _, geom in countries or []:
                painter.polygon(
                    geom,
                    _rgba(theme.land, layer.opacity),
                    _rgba(theme.border, layer.opacity),
                    weight,
                )
        elif kind == "membership" and layer.data:
            _draw_membership(painter, layer, countries or [], theme, frame)
        elif kind == "items":
            for item in layer.items:
                _draw_item(painter, item, layer.opacity, frame)
        painter.flush()
    return base.convert("RGB").resize(size, Image.Resampling.LANCZOS)


def _countries(frame: _Frame) -> list[tuple[str, BaseGeometry]]:
    return list(_projected_countries(frame.view_key, frame.width, frame.height))


@lru_cache(maxsize=64)
def _projected_countries(
    view_key: tuple[float, float, float], width: int, height: int
) -> tuple[tuple[str, BaseGeometry], ...]:
    # Another theme or another layer on the same view projects the same countries.
    lat, lon, zoom = view_key
    frame = _Frame(Scene(MapView(lat, lon, zoom), dt.date.min, ()), width, height)
    geoms, isos, _ = country_geometries(COUNTRY_SCALE)
    projected = frame.project_all(geoms)
    keep = ~shapely.is_empty(projected) & (shapely.area(projected) > 0)
    return tuple((iso, geom) for iso, geom, k in zip(isos, projected, keep, strict=True) if k)


def _flat(coords: Any) -> list[float]:
    # PIL takes a flat x, y, x, y ... list: no tuple per point.
    return np.asarray(coords)[:, :2].ravel().tolist()


def _draw_membership(
    painter: _Painter,
    layer: SceneLayer,
    countries: list[tuple[str, BaseGeometry]],
    theme: Theme,
    frame: _Frame,
) -> None:
    assert layer.data is not None
    assign: Mapping[str, str] = layer.data.get("assign", {})
    colours: Mapping[str, str] = layer.data.get("colors", {})
    alpha = theme.membership_opacity * layer.opacity
    weight = max(SUPERSAMPLE * 0.5, theme.membership_weight * frame.scale)
    for iso, geom in countries:
        category = assign.get(iso)
        if category is None or category not in colours:
            continue
        # The page's rule: a theme recolours the categories it names; a custom grouping
        # keeps the colour its author chose.
        colour = theme.membership.get(category, colours[category])
        painter.polygon(geom, _rgba(colour, alpha), _rgba(theme.membership_border, alpha), weight)


def _item_style(item: SceneItem) -> dict[str, Any]:
    if item.style is not None:
        return {"color": ITEM_STYLES["annotation"]["color"], "weight": 2, **item.style}
    return dict(ITEM_STYLES.get(item.style_key, {}))


# Each item's shape, by the item object: reading a line of 200 vertices into a shape goes
# through every vertex in Python, and the scenes of a briefing's slides, before and after
# an edit, share their items (scene.drawn_items): after an edit of one annotation of 5,000
# its shape alone is read again, not every shape once per slide (most of a second a slide).
# With it, the item as last drawn in each frame (a slide's view and the picture's size):
# clipped, projected and simplified to the picture's pixels.
def _make_shapes(
    item: SceneItem,
) -> tuple[BaseGeometry | None, dict[tuple[object, ...], BaseGeometry | None]]:
    return drawn_shape(item.geometry), {}


_shapes = IdentityMemo(_make_shapes)


def _item_geometry(item: SceneItem) -> BaseGeometry | None:
    """The item's geometry as a shape; None when it is empty or not one."""
    return _shapes(item)[0]


def _projected_item(item: SceneItem, geom: BaseGeometry, frame: _Frame) -> BaseGeometry | None:
    drawn = _shapes(item)[1]
    key = (frame.view_key, frame.width, frame.height)
    if key not in drawn:
        if len(drawn) >= 16:
            drawn.clear()  # views of long ago
        drawn[key] = frame.project(geom)
    return drawn[key]


def _draw_item(painter: _Painter, item: SceneItem, opacity: float, frame: _Frame) -> None:
    if item.text_only or not item.geometry:
        return
    if item.min_zoom is not None and frame.zoom < item.min_zoom - 4:
        return
    geom = _item_geometry(item)
    if geom is None:
        return  # the page would not draw it either
    style = _item_style(item)
    colour = str(style.get("color", "#1b2a3a"))
    stroke = _rgba(colour, float(style.get("opacity", 1.0)) * opacity)
    weight = max(SUPERSAMPLE * 0.6, float(style.get("weight", 2)) * frame.scale * 1.5)
    if geom.geom_type in ("Point", "MultiPoint"):
        for point in _parts(geom, "Point"):
            x, y = frame.to_px(np.array([[point.x, point.y]]))[0]
            if not (-20 <= x <= frame.width + 20 and -20 <= y <= frame.height + 20):
                continue
            if item.icon:
                # A unit symbol is unreadable at this size: a small square where it stands.
                radius = max(SUPERSAMPLE * 1.5, 10 * frame.scale)
                painter.dot(
                    x,
                    y,
                    radius,
                    _rgba(colour, opacity),
                    _rgba("#ffffff", opacity),
                    SUPERSAMPLE * 0.5,
                    square=True,
                )
            else:
                radius = max(SUPERSAMPLE * 1.5, float(style.get("radius", 5)) * frame.scale)
                fill = _rgba(
                    str(style.get("fillColor", colour)),
                    float(style.get("fillOpacity", 0.9)) * opacity,
                )
                painter.dot(x, y, radius, fill, stroke, weight / 2)
        return
    projected = _projected_item(item, geom, frame)
    if projected is None:
        return
    if projected.geom_type.endswith("LineString") or projected.geom_type == "GeometryCollection":
        painter.line(projected, stroke, weight)
    if "Polygon" in projected.geom_type or projected.geom_type == "GeometryCollection":
        filled = style.get("fill", True) is not False
        area_fill = (
            _rgba(
                str(style.get("fillColor", colour)), float(style.get("fillOpacity", 0.2)) * opacity
            )
            if filled
            else None
        )
        painter.polygon(projected, area_fill, stroke, weight)
