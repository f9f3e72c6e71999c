"""A page's map as vector graphics: what to draw is worked out once per page (projected,
clipped to the frame and simplified to the page's resolution, in frame points), then drawn
as PDF paths on a reportlab canvas."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import shapely
from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas
from shapely.geometry.base import BaseGeometry

from briefing_app.data.countries import countries_path, country_geometries
from briefing_app.geo.geojson import drawn_shape
from briefing_app.i18n import translate
from briefing_app.render.labels import AUTHORED, DEPLOYMENT
from briefing_app.render.pdf.basemap_drawing import (
    PlaceInFrame,
    basemap_sources,
    places_in_frame,
    water_in_frame,
    water_style,
)
from briefing_app.render.pdf.diskcache import cached_bytes, file_version
from briefing_app.render.pdf.fonts import BOLD, REGULAR, text_width
from briefing_app.render.pdf.jpeg_image import JpegImage
from briefing_app.render.pdf.map_labels import (
    PendingLabel,
    PendingSymbol,
    country_requests,
    label_requests,
    place_labels,
    place_requests,
    spread_symbols,
)
from briefing_app.render.pdf.projection import MapExtent, lonlat_geoms_to_pt, projection_version
from briefing_app.render.pdf.relief import DPI as RELIEF_DPI
from briefing_app.render.pdf.relief import ReliefImage, relief_for
from briefing_app.render.pdf.symbols import draw_symbol, symbol_size
from briefing_app.render.text import drawn_text
from briefing_app.scene.build import Scene, SceneLayer, Source
from briefing_app.scene.items import LegendEntry, SceneItem
from briefing_app.style.map_style import (
    ITEM_STYLES,
    MAP_STYLE,
    MEMBERSHIP_STYLE,
    PDF_STYLE,
    UNIT_ICON_SIZE,
)

# Details finer than this (in points) cannot be seen on paper; dropping them keeps files small.
SIMPLIFY_PT = 0.3
# Below this width of the frame's extent the 1:10m countries are used.
DETAIL_EXTENT_M = 1_500_000
_CLIP_MARGIN_PT = 3.0
COUNTRY_LABEL_PT = 6.5
ITEM_LABEL_PT = 6.0
PLACE_LABEL_PT = 6.0
# Membership categories also differ by a pattern over their colour, so that a print in black
# and white still tells them apart: horizontal lines for the first grouping only, vertical for
# the second only, a grid for countries in both ("-" + "|" = "+"). Not diagonal: occupied and
# claimed areas are hatched diagonally.
MEMBERSHIP_PATTERNS = {"member": "", "first_only": "-", "second_only": "|", "both": "+"}
PATTERN_SPACING_PT = 3.2
PATTERN_WEIGHT_PT = 0.45
PATTERN_OPACITY = 0.85

Box = tuple[float, float, float, float]


# ---------------------------------------------------------------- what to draw


@dataclass
class Area:
    geom: BaseGeometry
    style: dict[str, Any]
    opacity: float


@dataclass
class Marker:
    x: float
    y: float
    style: dict[str, Any]
    opacity: float
    icon: str = ""
    icon_width: float = 0.0
    # Where the symbol really stands, when the placement moved it off its point, and the
    # leader from there to the symbol.
    anchor: tuple[float, float] | None = None
    leader: tuple[float, float, float, float] | None = None


@dataclass
class Label:
    x: float  # left of the text baseline
    y: float
    text: str
    size: float
    color: str
    halo: bool = False
    bold: bool = False
    leader: tuple[float, float, float, float] | None = None  # from its point to the text


@dataclass(frozen=True)
class PatternedEntry(LegendEntry):
    """A membership legend entry with the pattern its countries are drawn with."""

    pattern: str = ""


@dataclass
class DrawnItem:
    """An item that is on this page, for the legend, the sources and the appendix."""

    layer_id: str
    style_name: str
    item: SceneItem


@dataclass
class Basemap:
    """The relief and the water, drawn over the land and membership fills and under the
    items; the place dots with them (from PreparedMap.places, at drawing time)."""

    relief: ReliefImage | None
    water: list[Area]


@dataclass
class PreparedMap:
    extent: MapExtent
    scale: str
    ops: list[Area | Marker | Basemap] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    legend: list[tuple[str, list[LegendEntry]]] = field(default_factory=list)
    sources: list[tuple[str, Source]] = field(default_factory=list)
    drawn: list[DrawnItem] = field(default_factory=list)
    # The basemap's places in the frame, in priority order: each gets a dot. The label
    # placement names those it has room for and may drop the others from this list.
    places: list[PlaceInFrame] = field(default_factory=list)
    # Path operators made ahead for some areas' geometries (the countries), by id(geometry):
    # the geometries are the ops' own, alive as long as this map.
    path_codes: dict[int, str] = field(default_factory=dict)


# ---------------------------------------------------------------- preparing


def countries_in_frame(
    extent: MapExtent, scale: str, simplify_pt: float = SIMPLIFY_PT
) -> list[tuple[str, str, BaseGeometry]]:
    """(iso_a3, name, geometry in frame points) of every country in the frame."""
    # Projecting, clipping and simplifying (0.1-0.5 s a frame, most in GEOS) depends only
    # on these: the same view gives the same geometries, kept as WKB (exact doubles).
    key = _countries_key(extent, scale, simplify_pt)
    data = cached_bytes(
        "countries", key, lambda: _countries_bytes(_countries_in_frame(extent, scale, simplify_pt))
    )
    return _countries_from_bytes(data)


# Raised when _ring_code writes paths differently: the cached paths are its output.
_PATH_FORMAT = 1


def country_path_codes(
    extent: MapExtent,
    countries: list[tuple[str, str, BaseGeometry]],
    scale: str,
    simplify_pt: float = SIMPLIFY_PT,
) -> list[str]:
    """The PDF path operators of each of countries_in_frame's geometries (`countries`, for
    the same extent, scale and simplification), kept beside them: formatting a 1:10m page's
    vertices was most of the time drawing its map took, and every page draws its countries."""
    key = (*_countries_key(extent, scale, simplify_pt), _PATH_FORMAT)

    def make() -> bytes:
        # No code holds a line feed (numbers, spaces and operators).
        return "\n".join(_polygons_code(_polygons(g)) for _, _, g in countries).encode()

    text = cached_bytes("country-paths", key, make).decode("ascii", "replace")
    codes = text.split("\n")
    # What goes into the page is numbers and path operators only, however the cache file
    # was changed; an entry that is not that, or not one path per country, is made again.
    if len(codes) != len(countries) or not _PATH_TEXT.fullmatch(text):
        codes = make().decode().split("\n")
    return codes


_PATH_TEXT = re.compile(r"[0-9.\- mlh\n]*")


def _countries_key(extent: MapExtent, scale: str, simplify_pt: float) -> tuple[object, ...]:
    return (
        extent,
        scale,
        simplify_pt,
        _CLIP_MARGIN_PT,
        file_version(countries_path(scale)),  # type: ignore[arg-type]
        shapely.__version__,
        shapely.geos_version_string,
        *projection_version(extent.crs),
    )


def _countries_bytes(countries: list[tuple[str, str, BaseGeometry]]) -> bytes:
    blobs = [shapely.to_wkb(geom) for _, _, geom in countries]
    head = {
        "iso": [c[0] for c in countries],
        "name": [c[1] for c in countries],
        "sizes": [len(b) for b in blobs],
    }
    return json.dumps(head).encode() + b"\n" + b"".join(blobs)


def _countries_from_bytes(data: bytes) -> list[tuple[str, str, BaseGeometry]]:
    line, _, rest = data.partition(b"\n")
    head = json.loads(line)
    blobs, at = [], 0
    for size in head["sizes"]:
        blobs.append(rest[at : at + size])
        at += size
    geoms = shapely.from_wkb(np.array(blobs, dtype=object)) if blobs else []
    return list(zip(head["iso"], head["name"], geoms, strict=True))


def _countries_in_frame(
    extent: MapExtent, scale: str, simplify_pt: float
) -> list[tuple[str, str, BaseGeometry]]:
    geoms, isos, names = country_geometries(scale)  # type: ignore[arg-type]
    west, south, east, north = extent.lonlat_bounds()
    cut = shapely.clip_by_rect(geoms, west, south, east, north)
    keep = ~shapely.is_empty(cut)
    projected = lonlat_geoms_to_pt(cut[keep], extent)
    m = _CLIP_MARGIN_PT
    clipped = shapely.clip_by_rect(projected, -m, -m, extent.width + m, extent.height + m)
    simple = shapely.simplify(clipped, simplify_pt)
    kept_isos = [iso for iso, k in zip(isos, keep, strict=True) if k]
    kept_names = [name for name, k in zip(names, keep, strict=True) if k]
    return [
        (iso, name, geom)
        for iso, name, geom in zip(kept_isos, kept_names, simple, strict=True)
        if not geom.is_empty and geom.area > 0
    ]


def choose_scale(extent: MapExtent) -> str:
    return "10m" if extent.maxx - extent.minx < DETAIL_EXTENT_M else "50m"


def _item_geometry(geojson: dict[str, Any], extent: MapExtent) -> BaseGeometry | None:
    # Files cannot hold a geometry GEOS refuses (geo.geojson's rule turns a one-point line
    # away); a scene built in code still might, and the PDF leaves it out as the screen does.
    geom = drawn_shape(geojson)
    if geom is None:
        return None
    pt = lonlat_geoms_to_pt(np.array([geom]), extent)[0]
    if pt.geom_type == "Point":
        inside = 0 <= pt.x <= extent.width and 0 <= pt.y <= extent.height
        return pt if inside else None
    m = _CLIP_MARGIN_PT
    clipped = shapely.clip_by_rect(pt, -m, -m, extent.width + m, extent.height + m)
    if clipped.is_empty:
        return None
    return shapely.simplify(clipped, SIMPLIFY_PT)


def prepare_map(
    scene: Scene, extent: MapExtent, basemap: bool = True, relief_dpi: int = RELIEF_DPI
) -> PreparedMap:
    """What the page's map draws; `basemap` False leaves out relief, water and places (as
    does a hidden basemap layer). `relief_dpi`: the relief's pixels per inch of the frame
    as laid out (a poster or a 4K picture, drawn enlarged, asks for more)."""
    scale = choose_scale(extent)
    prepared = PreparedMap(extent, scale)
    countries = countries_in_frame(extent, scale)
    base_end = 0  # the basemap goes over the land and membership fills, under the items
    drawn_categories: set[str] = set()
    symbols: list[PendingSymbol] = []
    pending_labels: list[PendingLabel] = []

    for layer in scene.layers:
        if not layer.visible:
            continue
        kind = layer.definition.kind
        if kind == "countries":
            style = MAP_STYLE["countries"]
            prepared.ops += [Area(geom, style, layer.opacity) for _, _, geom in countries]
            base_end = len(prepared.ops)
            _add_sources(prepared, layer, layer.sources, scale)
        elif kind == "membership" and layer.data:
            assign = layer.data.get("assign", {})
            colors = layer.data.get("colors", {})
            for iso, _, geom in countries:
                category = assign.get(iso)
                if category in colors:
                    drawn_categories.add(category)
                    style = {
                        "color": MEMBERSHIP_STYLE["color"],
                        "weight": MEMBERSHIP_STYLE["weight"],
                        "fillColor": colors[category],
                        "fillOpacity": MEMBERSHIP_STYLE["fillOpacity"],
                        "pattern": MEMBERSHIP_PATTERNS.get(category, ""),
                    }
                    prepared.ops.append(Area(geom, style, layer.opacity))
            base_end = len(prepared.ops)
            # A legend entry's key is its category: the rows of what this page colours.
            entries: list[LegendEntry] = [
                PatternedEntry(**e.__dict__, pattern=MEMBERSHIP_PATTERNS.get(e.key, ""))
                for e in layer.legend
                if e.key in drawn_categories
            ]
            if entries:
                prepared.legend.append((layer.legend_title or layer.definition.title, entries))
                _add_sources(prepared, layer, layer.sources, scale)
        elif kind == "items" and layer.items:
            drawn = _prepare_items(
                prepared, layer, list(layer.items), extent, symbols, pending_labels
            )
            prepared.drawn += drawn  # for the appendix: what this page shows
            _item_legend_and_sources(prepared, layer, drawn)
    basemap_layer = next((x for x in scene.layers if x.definition.kind == "basemap"), None)
    if basemap and (basemap_layer is None or basemap_layer.visible):
        _prepare_basemap(prepared, scene, base_end, relief_dpi)
    _place_labels(prepared, countries, symbols, pending_labels)
    drawn_geoms = {id(op.geom) for op in prepared.ops if isinstance(op, Area)}
    codes = country_path_codes(extent, countries, scale) if countries else []
    prepared.path_codes = {
        id(geom): code
        for (_, _, geom), code in zip(countries, codes, strict=True)
        if id(geom) in drawn_geoms  # the ops keep these alive (and their ids their own)
    }
    return prepared


def _prepare_basemap(
    prepared: PreparedMap, scene: Scene, at: int, relief_dpi: int = RELIEF_DPI
) -> None:
    extent, zoom = prepared.extent, scene.view.zoom
    water = [Area(geom, water_style(kind), 1.0) for kind, geom in water_in_frame(extent, zoom)]
    image = relief_for(extent, relief_dpi)
    if image is None and not water:
        return
    prepared.ops.insert(at, Basemap(image, water))
    prepared.places = places_in_frame(extent, zoom)
    for source in basemap_sources():
        entry = (translate("PdfSources", "Basemap"), source)
        if entry not in prepared.sources:
            prepared.sources.append(entry)


def _add_sources(
    prepared: PreparedMap, layer: SceneLayer, sources: Iterable[Source], scale: str
) -> None:
    for source in sources:
        if layer.definition.kind == "countries" and scale == "10m":
            # The layer's citation names the 1:50m file the screen uses; this page is 1:10m.
            source = Source(source.label.replace("1:50m", "1:10m"), source.url, source.as_of)
        entry = (layer.definition.title, source)
        if entry not in prepared.sources and source.label:
            prepared.sources.append(entry)


def _style_of(item: SceneItem) -> tuple[str, dict[str, Any]]:
    if item.style is not None:  # the item's own (checked) style: annotations, imports
        return item.legend_key, {"color": PDF_STYLE["item_label"], "weight": 2, **item.style}
    return item.style_key, dict(ITEM_STYLES.get(item.style_key, {}))


# Whose labels win a contested place: what the author marked (flashpoints, annotations)
# over deployments and imported layers (then cities, then country names).
_LAYER_PRIORITY = {"annotations": AUTHORED, "flashpoints": AUTHORED}


def _prepare_items(
    prepared: PreparedMap,
    layer: SceneLayer | None,
    items: list[SceneItem],
    extent: MapExtent,
    symbols: list[PendingSymbol],
    pending_labels: list[PendingLabel],
) -> list[DrawnItem]:
    px = PDF_STYLE["px_to_pt"]
    opacity = layer.opacity if layer is not None else 1.0
    layer_id = layer.definition.id if layer is not None else "annotations"
    priority = _LAYER_PRIORITY.get(layer_id, DEPLOYMENT)
    drawn: list[DrawnItem] = []

    def add_label(
        x: float, y: float, clear_x: float, clear_y: float, text: str, marker: Marker | None = None
    ) -> None:
        pending_labels.append(
            PendingLabel(
                x,
                y,
                clear_x,
                clear_y,
                text,
                priority,
                marker,
                ITEM_LABEL_PT,
                True,
                PDF_STYLE["item_label"],
            )
        )

    for item in items:
        geom = _item_geometry(dict(item.geometry), extent)
        if geom is None:
            continue
        style_name, style = _style_of(item)
        drawn.append(DrawnItem(layer_id, style_name, item))
        label = item.label if item.label_permanent else ""
        if geom.geom_type == "Point" and item.text_only:
            # A text annotation is its words alone, centred on its point.
            if item.label:
                # Its size scales the map's label size; no smaller than any text is set.
                size = max(PDF_STYLE["min_text_pt"], ITEM_LABEL_PT * item.text_scale)
                pending_labels.append(
                    PendingLabel(
                        geom.x,
                        geom.y,
                        0.0,
                        0.0,
                        item.label,
                        AUTHORED,
                        None,
                        size,
                        True,
                        PDF_STYLE["item_label"],
                    )
                )
        elif geom.geom_type == "Point":
            icon = item.icon
            if icon:
                size = item.icon_size or UNIT_ICON_SIZE
                width = float(size[0]) * px
                w, h = symbol_size(icon, width)
                marker = Marker(geom.x, geom.y, style, opacity, icon, width)
            else:
                radius = float(style.get("radius", 5)) * px
                w = h = 2 * radius
                marker = Marker(geom.x, geom.y, style, opacity)
            prepared.ops.append(marker)
            symbols.append(PendingSymbol(marker, w, h, priority))
            if label:
                add_label(geom.x, geom.y, w / 2, h / 2, label, marker)
        else:
            prepared.ops.append(Area(geom, style, opacity))
            if label:
                if geom.geom_type.endswith("LineString"):
                    anchor = shapely.line_interpolate_point(geom, 0.5, normalized=True)
                else:
                    anchor = geom.representative_point()
                add_label(anchor.x, anchor.y, 1.0, 1.0, label)
    return drawn


def _item_legend_and_sources(
    prepared: PreparedMap, layer: SceneLayer, drawn: list[DrawnItem]
) -> None:
    if not drawn:
        return
    # The rows for what this page draws, by the key each item names (the same keys the map
    # page's legend shows); a colour the user chose changes nothing here.
    keys = {d.item.legend_key for d in drawn}
    entries = [e for e in layer.legend if e.key in keys]
    if entries:
        prepared.legend.append((layer.legend_title or layer.definition.title, entries))
    sources = []
    for d in drawn:
        shown = d.item.popup
        if shown is not None and (shown.source or shown.source_url):
            sources.append(Source(shown.source, shown.source_url, shown.as_of))
    _add_sources(prepared, layer, dict.fromkeys(sources) or layer.sources, prepared.scale)


def _place_labels(
    prepared: PreparedMap,
    countries: list[tuple[str, str, BaseGeometry]],
    symbols: list[PendingSymbol],
    pending: list[PendingLabel],
) -> None:
    """Symbols apart first, then the labels by priority: the authored ones, deployments,
    country names; none on another (render/labels.py)."""
    # furniture draws the locator from this module's prepared maps: imported here.
    from briefing_app.render.pdf.furniture import furniture_boxes

    obstacles, lines = spread_symbols(prepared, symbols)
    obstacles += furniture_boxes(prepared.extent)
    requests = label_requests(prepared, pending)
    make = {
        r.key: (drawn_text(p.text), p.size, p.color, True, p.bold)
        for r, p in zip(requests, pending, strict=True)
    }
    sizes = {"small": COUNTRY_LABEL_PT, "large": COUNTRY_LABEL_PT + 1.0}
    country, names = country_requests(prepared, countries, sizes)
    for r in country:
        make[r.key] = (names[r.key], r.height / 1.2, PDF_STYLE["country_label"], False, False)
    # A town under a symbol is not shown: its dot would peek out beside the symbol.
    prepared.places = [
        shown
        for shown in prepared.places
        if not _under(shown.x, prepared.extent.height - shown.y, obstacles)
    ]
    towns = place_requests(prepared, prepared.places)
    for r, shown in zip(towns, prepared.places, strict=True):
        capital = shown.place.kind == "capital"
        make[r.key] = (
            shown.place.name,
            PLACE_LABEL_PT + (0.5 if capital else 0.0),
            PDF_STYLE["place_label"],
            True,
            capital,
        )
    placed = place_labels(prepared, requests + towns + country, obstacles, lines, make)
    # A town whose name found no room is left out, dot and all: a dot without a name only
    # clutters a briefing map.
    prepared.places = [
        shown for r, shown in zip(towns, prepared.places, strict=True) if r.key in placed
    ]


def _under(x: float, y: float, boxes: list[tuple[float, float, float, float]]) -> bool:
    return any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)


# ---------------------------------------------------------------- drawing


def _dash(style: dict[str, Any]) -> list[float]:
    text = str(style.get("dashArray") or "").replace(",", " ").split()
    try:
        return [float(v) * PDF_STYLE["px_to_pt"] for v in text]
    except ValueError:
        return []


def _polygons(geom: BaseGeometry) -> list[BaseGeometry]:
    if geom.geom_type == "Polygon":
        return [geom]
    if geom.geom_type in ("MultiPolygon", "GeometryCollection"):
        return [p for g in geom.geoms for p in _polygons(g)]
    return []


def _lines(geom: BaseGeometry) -> list[BaseGeometry]:
    if geom.geom_type in ("LineString", "LinearRing"):
        return [geom]
    if geom.geom_type in ("MultiLineString", "GeometryCollection"):
        return [p for g in geom.geoms for p in _lines(g)]
    return []


def _ring_code(coords: np.ndarray, close: bool) -> str:
    """A ring or line as PDF path operators (moveto, linetos, closepath), to 0.01 pt."""
    if len(coords) < 2:
        return ""
    # One %-format of the whole ring: a 1:10m page has tens of thousands of vertices, and
    # this is where drawing a map spends its time (twice as fast as a format per vertex).
    head = f"{coords[0, 0]:.2f} {coords[0, 1]:.2f} m "
    code = head + ("%.2f %.2f l " * (len(coords) - 1)) % tuple(coords[1:].ravel().tolist())
    return code + "h" if close else code[:-1]


def _rings_code(rings: Iterable[BaseGeometry], close: bool) -> str:
    return " ".join(
        code for ring in rings if (code := _ring_code(shapely.get_coordinates(ring), close))
    )


def _polygons_code(polygons: list[BaseGeometry]) -> str:
    return _rings_code((r for poly in polygons for r in (poly.exterior, *poly.interiors)), True)


def _add_code(path: Any, code: str) -> Any:
    # reportlab's path joins its operators with spaces: a ring's string goes in as one.
    if code:
        path._code.append(code)
    return path


def _polygon_path(canvas: Canvas, polygons: list[BaseGeometry], code: str | None = None) -> Any:
    """A path of `polygons` (their `code`, when it was made before)."""
    return _add_code(canvas.beginPath(), _polygons_code(polygons) if code is None else code)


# The path operators of each area's geometry while a map is drawn, by the geometry's id: a
# member country is drawn three times (land, membership fill, its pattern's clip).
PathCodes = dict[int, str]


def _draw_area(canvas: Canvas, op: Area, codes: PathCodes | None = None) -> None:
    style = op.style
    px = PDF_STYLE["px_to_pt"]
    polygons = _polygons(op.geom)
    lines = _lines(op.geom)
    has_fill = bool(polygons) and style.get("fill", True) and bool(style.get("fillColor"))
    stroke = style.get("stroke", True) and bool(style.get("color"))
    canvas.saveState()
    canvas.setLineJoin(1)
    if polygons:
        code = codes.get(id(op.geom)) if codes is not None else None
        if code is None:
            code = _polygons_code(polygons)
            if codes is not None:
                codes[id(op.geom)] = code
        path = _polygon_path(canvas, polygons, code)
        if has_fill:
            canvas.setFillColor(HexColor(style["fillColor"]))
            canvas.setFillAlpha(float(style.get("fillOpacity", 0.2)) * op.opacity)
        if stroke:
            canvas.setStrokeColor(HexColor(style["color"]))
            canvas.setStrokeAlpha(float(style.get("opacity", 1.0)) * op.opacity)
            canvas.setLineWidth(float(style.get("weight", 1.0)) * px)
            canvas.setDash(_dash(style) or [])
        if has_fill:
            canvas.drawPath(path, stroke=0, fill=1, fillMode=0)
        if style.get("hatch"):
            _hatch(canvas, polygons, style, op.opacity, code=code)
        if style.get("pattern"):
            _hatch(
                canvas,
                polygons,
                style,
                op.opacity * PATTERN_OPACITY,
                code=code,
                directions=style["pattern"],
                spacing=PATTERN_SPACING_PT,
                weight=PATTERN_WEIGHT_PT,
            )
        if stroke:
            canvas.drawPath(path, stroke=1, fill=0)
    if lines and stroke:
        path = _add_code(canvas.beginPath(), _rings_code(lines, False))
        canvas.setStrokeColor(HexColor(style["color"]))
        canvas.setStrokeAlpha(float(style.get("opacity", 1.0)) * op.opacity)
        canvas.setLineWidth(float(style.get("weight", 1.0)) * px)
        canvas.setLineCap(1)
        canvas.setDash(_dash(style) or [])
        canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()


def hatch_lines(path: Any, bounds: Box, directions: str, spacing: float) -> None:
    """Add parallel lines over `bounds` to `path`: "/" rising, "\\" falling, "x" both;
    "-" horizontal, "|" vertical, "+" both."""
    minx, miny, maxx, maxy = bounds
    span = maxy - miny
    if directions in ("/", "\\", "x"):
        for x in np.arange(minx - span, maxx + spacing, spacing):
            if directions in ("/", "x"):
                path.moveTo(x, miny)
                path.lineTo(x + span, maxy)
            if directions in ("\\", "x"):
                path.moveTo(x, maxy)
                path.lineTo(x + span, miny)
    if directions in ("-", "+"):
        for y in np.arange(miny + spacing / 2, maxy, spacing):
            path.moveTo(minx, y)
            path.lineTo(maxx, y)
    if directions in ("|", "+"):
        for x in np.arange(minx + spacing / 2, maxx, spacing):
            path.moveTo(x, miny)
            path.lineTo(x, maxy)


def _hatch(
    canvas: Canvas,
    polygons: list[BaseGeometry],
    style: dict[str, Any],
    opacity: float,
    directions: str = "/",
    spacing: float | None = None,
    weight: float | None = None,
    code: str | None = None,
) -> None:
    """Diagonal lines clipped to the polygons (PDF patterns would be smaller, but many
    viewers render them badly); `code`: the polygons' path operators, made before."""
    canvas.saveState()
    canvas.clipPath(_polygon_path(canvas, polygons, code), stroke=0, fill=0, fillMode=0)
    canvas.setStrokeColor(HexColor(style.get("color", "#000000")))
    canvas.setStrokeAlpha(opacity)
    canvas.setLineWidth(PDF_STYLE["hatch_weight_pt"] if weight is None else weight)
    canvas.setDash([])
    path = canvas.beginPath()
    # The polygons' bounds without a MultiPolygon of them (GEOS copied every vertex for it):
    # 0.07 ms for a one-page export's 38 hatched areas instead of 0.5 ms.
    bounds = shapely.bounds(np.array(polygons, dtype=object))
    minx, miny = float(bounds[:, 0].min()), float(bounds[:, 1].min())
    maxx, maxy = float(bounds[:, 2].max()), float(bounds[:, 3].max())
    hatch_lines(
        path,
        (minx, miny, maxx, maxy),
        directions,
        PDF_STYLE["hatch_spacing_pt"] if spacing is None else spacing,
    )
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()


def _draw_leader(canvas: Canvas, leader: tuple[float, float, float, float], dot: bool) -> None:
    """A thin line from a point to what was moved off it; a dot marks the true point."""
    x0, y0, x1, y1 = leader
    canvas.saveState()
    canvas.setStrokeColor(HexColor(PDF_STYLE["item_label"]))
    canvas.setFillColor(HexColor(PDF_STYLE["item_label"]))
    canvas.setLineWidth(0.5)
    canvas.setDash([])
    canvas.line(x0, y0, x1, y1)
    if dot:
        canvas.circle(x0, y0, 1.1, stroke=0, fill=1)
    canvas.restoreState()


def _draw_marker(canvas: Canvas, op: Marker) -> None:
    if op.leader is not None and op.anchor is not None:
        _draw_leader(canvas, (*op.anchor, op.leader[2], op.leader[3]), dot=True)
    if op.icon and draw_symbol(canvas, op.icon, op.x, op.y, op.icon_width):
        return
    style = op.style
    px = PDF_STYLE["px_to_pt"]
    canvas.saveState()
    canvas.setFillColor(HexColor(style.get("fillColor", style.get("color", "#000000"))))
    canvas.setFillAlpha(float(style.get("fillOpacity", 1.0)) * op.opacity)
    canvas.setStrokeColor(HexColor(style.get("color", "#000000")))
    canvas.setStrokeAlpha(op.opacity)
    canvas.setLineWidth(float(style.get("weight", 1.0)) * px * 0.6)
    canvas.circle(op.x, op.y, float(style.get("radius", 5)) * px, stroke=1, fill=1)
    canvas.restoreState()


def _draw_label(canvas: Canvas, label: Label) -> None:
    font = BOLD if label.bold else REGULAR
    if label.leader is not None:
        _draw_leader(canvas, label.leader, dot=False)
    text = drawn_text(label.text)
    canvas.saveState()
    if label.halo:
        w = text_width(label.text, label.size, label.bold)
        canvas.setFillColor(HexColor(PDF_STYLE["label_halo"]))
        canvas.setFillAlpha(PDF_STYLE["label_halo_opacity"])
        canvas.roundRect(
            label.x - 0.8,
            label.y - 0.3 * label.size,
            w + 1.6,
            1.2 * label.size,
            1.0,
            stroke=0,
            fill=1,
        )
        canvas.setFillAlpha(1)
    else:
        # The outline: the letters stroked wide in the halo colour, then filled over it (a
        # text extractor drops the second copy drawn at the same place, as for fake bold).
        # Its own saved state: the render mode outlives the text object.
        canvas.saveState()
        canvas.setStrokeColor(HexColor(PDF_STYLE["label_outline"]))
        canvas.setLineWidth(PDF_STYLE["label_outline_pt"])
        canvas.setLineJoin(1)
        outline = canvas.beginText(label.x, label.y)
        outline.setFont(font, label.size)
        outline.setTextRenderMode(1)
        outline.textOut(text)
        canvas.drawText(outline)
        canvas.restoreState()
    canvas.setFillColor(HexColor(label.color))
    canvas.setFont(font, label.size)
    canvas.drawString(label.x, label.y, text)
    canvas.restoreState()


def _draw_basemap(
    canvas: Canvas, op: Basemap, prepared: PreparedMap, codes: PathCodes | None = None
) -> None:
    extent = prepared.extent
    if op.relief is not None:
        canvas.saveState()
        # Multiply: white (flat land, sea) changes nothing, shadows darken the fill below
        # without changing its hue.
        canvas.setBlendMode("Multiply")
        canvas.drawImage(JpegImage(op.relief.jpeg), 0, 0, extent.width, extent.height)
        canvas.restoreState()
    for area in op.water:
        _draw_area(canvas, area, codes)
    radii = PDF_STYLE["place_radius_pt"]
    canvas.saveState()
    canvas.setLineWidth(0.5)
    for shown in prepared.places:
        kind = shown.place.kind
        capital = kind == "capital"
        canvas.setFillColor(
            HexColor(PDF_STYLE["place_dot"] if capital else PDF_STYLE["place_dot_ring"])
        )
        canvas.setStrokeColor(
            HexColor(PDF_STYLE["place_dot_ring"] if capital else PDF_STYLE["place_dot"])
        )
        canvas.circle(shown.x, shown.y, radii.get(kind, radii["town"]), stroke=1, fill=1)
    canvas.restoreState()


def begin_sea_frame(canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
    """Start a map frame at (x, y): save the state, clip to the frame and paint the sea.
    The caller draws inside and ends with end_sea_frame."""
    canvas.saveState()
    canvas.translate(x, y)
    frame = canvas.beginPath()
    frame.rect(0, 0, width, height)
    canvas.clipPath(frame, stroke=0, fill=0)
    canvas.setFillColor(HexColor(MAP_STYLE["background"]))
    canvas.rect(0, 0, width, height, stroke=0, fill=1)


def end_sea_frame(
    canvas: Canvas, x: float, y: float, width: float, height: float, line_width: float
) -> None:
    """End what begin_sea_frame started and draw the frame's border over the map's edge."""
    canvas.restoreState()
    canvas.saveState()
    canvas.setStrokeColor(HexColor(PDF_STYLE["frame"]))
    canvas.setLineWidth(line_width)
    canvas.rect(x, y, width, height, stroke=1, fill=0)
    canvas.restoreState()


def draw_map(canvas: Canvas, prepared: PreparedMap, x: float, y: float) -> None:
    """Draw the map with its lower-left corner at (x, y), clipped to its frame."""
    extent = prepared.extent
    begin_sea_frame(canvas, x, y, extent.width, extent.height)
    codes: PathCodes = dict(prepared.path_codes)  # the map holds each geometry meanwhile
    for op in prepared.ops:
        if isinstance(op, Area):
            _draw_area(canvas, op, codes)
        elif isinstance(op, Basemap):
            _draw_basemap(canvas, op, prepared, codes)
        else:
            _draw_marker(canvas, op)
    for label in prepared.labels:
        _draw_label(canvas, label)
    end_sea_frame(canvas, x, y, extent.width, extent.height, 0.6)


def is_finite_extent(extent: MapExtent) -> bool:
    return all(math.isfinite(v) for v in (extent.minx, extent.miny, extent.maxx, extent.maxy))
