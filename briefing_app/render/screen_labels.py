"""Where the screen map's labels and symbols go for one view: the page's side of the
placement step in render/labels.py.

The page reports its view (centre, zoom, size in CSS px); the app answers with a `labels`
message: every label that found room, as an offset from its anchor in CSS px, with a leader
where it had to move, and the offsets of symbols moved off a shared spot. The same step
places the PDF's labels, so the two agree on what wins a contested place.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import shapely

from briefing_app.core.identity_memo import IdentityMemo
from briefing_app.data.basemap import Place, places_named
from briefing_app.data.countries import countries_geojson_path
from briefing_app.data.country_names import country_name
from briefing_app.geo.geojson import drawn_shape
from briefing_app.geo.mercator import world_px
from briefing_app.i18n import active_language
from briefing_app.render.labels import (
    AUTHORED,
    CITY,
    COUNTRY,
    DEPLOYMENT,
    Box,
    Placement,
    Request,
    overlaps,
    place,
)
from briefing_app.render.text_metrics import text_width
from briefing_app.scene.build import Scene, SceneLayer
from briefing_app.scene.items import SceneItem
from briefing_app.style.map_style import ITEM_STYLES, UNIT_ICON_SIZE

# Label text in CSS px (the page's CSS sets the same sizes: briefing_map.css).
ITEM_PX = 11
CITY_PX = 11
CAPITAL_PX = 12
COUNTRY_PX = 12
PAD_PX = 3.0  # a label's padding on each side (its halo)
INSET_PX = 0.4
# Labels are placed for this much around the visible map too, so that a small pan does not
# show a label cut by the edge before the next placement arrives.
MARGIN_PX = 0
# The screen places its labels again after every change and every pan, on the app's
# thread: at most this many item labels and symbols are weighed, those nearest the middle of
# the map (more could not be read in one view anyway), and an authored label without room
# weighs fewer places than in a PDF. This keeps a briefing of 5,000 labelled annotations
# responsive; zooming in brings the others' labels back.
MAX_ITEM_LABELS = 150
MAX_SYMBOLS = 150
SCREEN_FORCED_CHOICES = 8
# Whose labels win: what the author marked over deployments and imported layers.
_LAYER_PRIORITY = {"annotations": AUTHORED, "flashpoints": AUTHORED}


@dataclass(frozen=True)
class ScreenView:
    lat: float
    lon: float
    zoom: float
    width: float  # CSS px
    height: float
    label_px: int = ITEM_PX  # the theme's label size

    def __post_init__(self) -> None:
        cx, cy = world_px(self.lon, self.lat, self.zoom)
        object.__setattr__(self, "_origin", (cx - self.width / 2, cy - self.height / 2))

    def to_px(self, lon: float, lat: float) -> tuple[float, float]:
        """Lon/lat -> CSS px from the map's top-left corner (Web Mercator)."""
        x, y = world_px(lon, lat, self.zoom)
        ox, oy = self._origin  # type: ignore[attr-defined]
        return x - ox, y - oy


@dataclass(frozen=True)
class CountryLabelPoint:
    iso_a3: str
    name: str
    lon: float
    lat: float
    bounds: tuple[float, float, float, float]  # of the largest part: west, south, east, north


@lru_cache(maxsize=1)
def country_label_points() -> tuple[CountryLabelPoint, ...]:
    """A point inside the largest part of every country, for its name (built from the
    countries by geodata/build_label_points.py: parsing the countries at start costs half
    a second)."""
    with open(label_points_path(), encoding="utf-8") as f:
        rows = json.load(f)["points"]
    return tuple(
        CountryLabelPoint(r["iso_a3"], r["name"], r["lon"], r["lat"], tuple(r["bounds"]))
        for r in rows
    )


def label_points_path() -> Path:
    return countries_geojson_path().with_name("label_points.json")


def compute_country_label_points(features: list[dict[str, Any]]) -> list[CountryLabelPoint]:
    """For the build script: the label point and bounds of each country's largest part."""
    out = []
    for feature in features:
        props = feature.get("properties") or {}
        geometry = feature.get("geometry") or {}
        parts = geometry.get("coordinates") or []
        if geometry.get("type") == "Polygon":
            parts = [parts]
        elif geometry.get("type") != "MultiPolygon":
            continue
        rings = [np.asarray(p[0], dtype=float) for p in parts if p and len(p[0]) >= 4]
        if not rings:
            continue
        largest = max(range(len(rings)), key=lambda i: _ring_area(rings[i]))
        polygon = shapely.make_valid(shapely.Polygon(rings[largest], parts[largest][1:]))
        if polygon.is_empty:
            continue
        point = polygon.representative_point()
        west, south, east, north = polygon.bounds
        out.append(
            CountryLabelPoint(
                str(props.get("iso_a3", "")),
                str(props.get("name", "")),
                round(point.x, 4),
                round(point.y, 4),
                (west, south, east, north),
            )
        )
    return out


def _ring_area(ring: np.ndarray) -> float:
    x, y = ring[:, 0], ring[:, 1]
    return abs(float(np.dot(x, np.roll(y, 1)) - np.dot(y, np.roll(x, 1)))) / 2


def _symbol_size(item: SceneItem) -> tuple[float, float]:
    if item.icon:
        size = item.icon_size or UNIT_ICON_SIZE
        return float(size[0]), float(size[1])
    style = item.style if item.style is not None else ITEM_STYLES.get(item.style_key, {})
    radius = float(style.get("radius", 5)) + float(style.get("weight", 1)) / 2
    return 2 * radius, 2 * radius


def _find_anchor(item: SceneItem) -> tuple[float, float] | None:
    """Lon/lat a label of the item hangs on: the point, a line's middle, inside an area."""
    geometry = item.geometry
    if geometry.get("type") == "Point":
        # The common case (every symbol and marker) without shapely.
        coords = geometry.get("coordinates")
        if (
            isinstance(coords, list | tuple)
            and len(coords) >= 2
            and all(isinstance(v, int | float) and math.isfinite(v) for v in coords[:2])
        ):
            return float(coords[0]), float(coords[1])
    geom = drawn_shape(item.geometry)
    if geom is None:
        return None
    if geom.geom_type == "Point":
        return geom.x, geom.y
    if geom.geom_type.endswith("LineString"):
        p = shapely.line_interpolate_point(geom, 0.5, normalized=True)
    else:
        p = geom.representative_point()
    return (p.x, p.y) if not p.is_empty else None


# Each item's anchor, by the item object: a scene rebuilt after an edit keeps every other
# item (scene.drawn_items), and the screen places its labels after every edit and pan, so an
# anchor is found once per item, not once per placement (at 5,000 annotations of 200
# vertices, parsing every geometry again took most of a second).
_anchor = IdentityMemo(_find_anchor)


def _visible(x: float, y: float, view: ScreenView, margin: float = MARGIN_PX) -> bool:
    return -margin <= x <= view.width + margin and -margin <= y <= view.height + margin


def _width(text: str, size: float, bold: bool) -> float:
    # DejaVu Sans metrics (the page's font); a little room for a browser's other fallback.
    return text_width(text, size, bold) * 1.03 + 2 * PAD_PX


@dataclass(frozen=True)
class _Wanted:
    request: Request
    out: dict[str, Any]  # the page's fields that do not depend on where it went (never changed)
    shift: tuple[float, float] = (0.0, 0.0)  # where its symbol was moved to


# What one item asks for in a view: ("obstacle", box) for the author's text, ("symbol",
# wanted) and ("label", wanted).
_Entry = tuple[str, Any]


@dataclass(frozen=True)
class _LayerRequests:
    """A layer's requests in one view, item by item (index by index): its symbols and
    labels, with their squared distances from the middle of the map, and the author's text
    boxes. Kept by the placement for the next in the same view: after an edit of one
    annotation of 5,000 the others' requests are these, and the layer's lists are joined
    from them without a loop over every item in Python."""

    items: tuple[SceneItem, ...]
    symbols: list[tuple[_Wanted, ...]]
    symbol_distances: list[tuple[float, ...]]
    labels: list[tuple[_Wanted, ...]]
    label_distances: list[tuple[float, ...]]
    texts: list[tuple[Box, ...]]


# An edit changes a few labels: past this many changed (a pan, a new slide), every label is
# placed again.
MAX_PLACED_AGAIN = 40


@dataclass(frozen=True)
class Placed:
    """What a placement leaves for the next one in the same view: the next edit places only
    the labels near what changed again, and the others stay where they are (placing every
    label took half a second at 5,000 annotations; the page had them jump about too)."""

    view: ScreenView
    controls: tuple[Box, ...]
    # Each layer's items' requests in this view, index by index, with the items they were
    # made for.
    layers: dict[str, _LayerRequests]
    basemap: tuple[_Wanted, ...] | None  # the places' and countries' requests, if shown
    obstacles: tuple[Box, ...]  # the authored text's boxes
    symbols: dict[str, Request]
    symbol_placements: dict[str, Placement]
    labels: dict[str, Request]
    label_placements: dict[str, Placement]
    # The language of the places' and countries' names: another one names them again.
    language: str = ""


def screen_labels(
    scene: Scene, view: ScreenView, obstacles: Iterable[tuple[float, float, float, float]] = ()
) -> dict[str, Any]:
    """The `labels` message for the page: where each label and moved symbol goes in this
    view; with the scene's basemap shown, its places and the country names too.
    `obstacles` are the boxes of the page's controls (zoom buttons, scale, legend), in CSS
    px."""
    return placed_screen_labels(scene, view, obstacles)[0]


def placed_screen_labels(
    scene: Scene,
    view: ScreenView,
    obstacles: Iterable[Box] = (),
    last: Placed | None = None,
) -> tuple[dict[str, Any], Placed]:
    """screen_labels, and what it leaves for the next placement. Given the `last` placement
    in the same view, only the labels and symbols near what changed since are placed again
    (in priority order, around the others kept where they were); any other label keeps its
    place, which is where a full placement put it or where it was moved out of the way of an
    earlier change. A new view places everything."""
    controls = tuple(obstacles)
    language = active_language()
    same_view = (
        last is not None
        and last.view == view
        and last.controls == controls
        and last.language == language
    )
    known = last.layers if last is not None and same_view else {}
    layers: dict[str, _LayerRequests] = {}
    for layer in scene.layers:
        if not layer.visible or layer.definition.kind != "items":
            continue
        layer_id = layer.definition.id
        layers[layer_id] = _layer_requests(layer, view, known.get(layer_id))
    chain = itertools.chain.from_iterable
    shown = list(layers.values())
    symbols = _nearest_middle(
        list(chain(chain(x.symbols for x in shown))),
        list(chain(chain(x.symbol_distances for x in shown))),
        MAX_SYMBOLS,
    )
    labels = _nearest_middle(
        list(chain(chain(x.labels for x in shown))),
        list(chain(chain(x.label_distances for x in shown))),
        MAX_ITEM_LABELS,
    )
    texts: list[Box] = list(chain(chain(x.texts for x in shown)))
    basemap_layer = scene.layer("basemap")
    basemap: tuple[_Wanted, ...] | None = None
    if basemap_layer is None or basemap_layer.visible:
        if last is not None and same_view and last.basemap is not None:
            basemap = last.basemap
        else:
            named: list[_Wanted] = []
            _place_requests(places_named(), view, named)  # in the app's language
            _country_requests(view, named)
            basemap = tuple(named)
        labels += basemap

    symbol_requests = [w.request for w in symbols]
    placed_symbols: dict[str, Placement] | None = None
    if last is not None and same_view:
        placed_symbols = _place_again(symbol_requests, last.symbols, last.symbol_placements, [], [])
    if placed_symbols is None:
        placed_symbols = place(symbol_requests)
    symbol_boxes = []
    lines = []
    moved: list[dict[str, Any]] = []
    for wanted in symbols:
        placement = placed_symbols.get(wanted.request.key)
        if placement is None:
            continue
        symbol_boxes.append(placement.box)
        if placement.leader is not None:
            lines.append(placement.leader)
            r = wanted.request
            cx = (placement.box[0] + placement.box[2]) / 2
            cy = (placement.box[1] + placement.box[3]) / 2
            moved.append(
                {
                    "key": r.key,
                    "dx": round(cx - r.x, 1),
                    "dy": round(cy - r.y, 1),
                    "leader": _relative(placement.leader, r.x, r.y),
                }
            )
    # A label hangs on its symbol where the symbol went.
    shift: dict[str, tuple[float, float]] = {m["key"]: (m["dx"], m["dy"]) for m in moved}
    for n, wanted in enumerate(labels):
        dx, dy = shift.get(wanted.out.get("symbol", ""), (0.0, 0.0))
        if dx or dy:
            r = wanted.request
            labels[n] = _Wanted(
                dataclasses.replace(r, x=r.x + dx, y=r.y + dy), wanted.out, (dx, dy)
            )
    requests = [w.request for w in labels]
    frame = (0.0, 0.0, view.width, view.height)
    label_obstacles = [*symbol_boxes, *texts, *controls]
    placed: dict[str, Placement] | None = None
    if last is not None and same_view:
        # What moved under the labels: symbols placed elsewhere, the author's text.
        taken, freed = _changed_boxes(last.symbol_placements, placed_symbols)
        taken += list(set(texts) - set(last.obstacles))
        freed += list(set(last.obstacles) - set(texts))
        placed = _place_again(
            requests,
            last.labels,
            last.label_placements,
            taken,
            freed,
            obstacles=label_obstacles,
            bounds=frame,
            lines=lines,
            forced_choices=SCREEN_FORCED_CHOICES,
        )
    if placed is None:
        placed = place(
            requests,
            obstacles=label_obstacles,
            bounds=frame,
            lines=lines,
            forced_choices=SCREEN_FORCED_CHOICES,
        )
    out_labels = []
    for wanted in labels:
        placement = placed.get(wanted.request.key)
        if placement is None:
            continue
        r = wanted.request
        x0, y0, x1, y1 = placement.box
        # Offsets from the label's true anchor (not from a moved symbol): the page hangs
        # the label on the item's lat/lon.
        ax, ay = r.x - wanted.shift[0], r.y - wanted.shift[1]
        out = {k: v for k, v in wanted.out.items() if k != "symbol"}
        # Drawn a hair inside the placed box: boxes that touch stay apart after the
        # browser rounds them to its pixels.
        out.update(
            dx=round(x0 - ax + INSET_PX, 1),
            dy=round(y0 - ay + INSET_PX, 1),
            w=round(x1 - x0 - 2 * INSET_PX, 1),
            h=round(y1 - y0 - 2 * INSET_PX, 1),
        )
        if placement.leader is not None:
            out["leader"] = _relative(placement.leader, ax, ay)
        out_labels.append(out)
    # `px`: the size the item labels were measured at, which the page sets them in.
    message = {
        "type": "labels",
        "zoom": view.zoom,
        "px": max(view.label_px, ITEM_PX),
        "labels": out_labels,
        "symbols": moved,
    }
    return message, Placed(
        view,
        controls,
        layers,
        basemap,
        tuple(texts),
        {r.key: r for r in symbol_requests},
        placed_symbols,
        {r.key: r for r in requests},
        placed,
        language,
    )


def _place_again(
    requests: list[Request],
    last_requests: dict[str, Request],
    last_placed: dict[str, Placement],
    taken: list[Box],
    freed: list[Box],
    obstacles: Iterable[Box] = (),
    bounds: Box | None = None,
    lines: Iterable[tuple[float, float, float, float]] = (),
    forced_choices: int | None = None,
) -> dict[str, Placement] | None:
    """The placements of `requests` after the last placement of `last_requests`, placing
    again only what changed and what is in its way; every other placement stays. In the
    way: a kept box on what now stands somewhere new (`taken`: symbols moved, the author's
    text; a changed request's point), and a kept label of less weight beside a changed one
    (which would have had the place first). A label that found no room before is tried
    again where room was made (`freed`, and what the changed labels left). None when so
    much changed that all are to be placed again."""
    now = {r.key: r for r in requests}
    changed = [r for r in requests if last_requests.get(r.key) != r]
    gone = [key for key in last_requests if key not in now]
    if len(changed) + len(gone) > MAX_PLACED_AGAIN:
        return None
    if not changed and not gone and not taken and not freed:
        return last_placed
    again = {r.key for r in changed}
    freed = list(freed)
    for key in (*gone, *again):
        before = last_placed.get(key)
        if before is not None:
            freed += _taken(before)
    in_the_way = list(taken) + [r.point_box for r in changed]
    beside = [(r.priority, _near(r)) for r in changed]
    for r in requests:
        if r.key in again:
            continue
        before = last_placed.get(r.key)
        if before is None:
            # Room may have been made for it.
            if r.priority != AUTHORED and any(overlaps(_near(r), b) for b in freed):
                again.add(r.key)
            continue
        covers = _taken(before)
        if any(overlaps(a, b) for a in covers for b in in_the_way) or any(
            r.priority > priority and overlaps(covers[0], b) for priority, b in beside
        ):
            again.add(r.key)
    if len(again) > MAX_PLACED_AGAIN:
        return None
    kept = {key: p for key, p in last_placed.items() if key in now and key not in again}
    todo = [r for r in requests if r.key in again]
    if not todo:
        return kept
    # Only what lies where those placed again may go can be in their way: the rest is
    # left out of the placement's grids (most of them, at thousands of annotations).
    reach = [_reach(r) for r in todo]
    around = (
        min(b[0] for b in reach),
        min(b[1] for b in reach),
        max(b[2] for b in reach),
        max(b[3] for b in reach),
    )
    placed = place(
        todo,
        obstacles=[
            b
            for b in itertools.chain(obstacles, (p.box for p in kept.values()))
            if overlaps(b, around)
        ],
        bounds=bounds,
        lines=[
            seg
            for seg in itertools.chain(
                lines, (p.leader for p in kept.values() if p.leader is not None)
            )
            if overlaps(_segment_box(seg), around)
        ],
        points_before=[
            r.point_box
            for r in requests
            if r.key not in again
            and (r.clear_x > 0 or r.clear_y > 0)
            and overlaps(r.point_box, around)
        ],
        **({} if forced_choices is None else {"forced_choices": forced_choices}),
    )
    return {**kept, **placed}


def _reach(r: Request) -> Box:
    """What any of the request's places (and a leader to it) may cover."""
    out = r.rings * (r.step or (r.height + r.gap)) if r.leader else 0.0
    reach_x = r.clear_x + r.gap + r.width + out + 1.0
    reach_y = r.clear_y + r.gap + r.height + out + 1.0
    return (r.x - reach_x, r.y - reach_y, r.x + reach_x, r.y + reach_y)


def _segment_box(seg: tuple[float, float, float, float]) -> Box:
    x0, y0, x1, y1 = seg
    # A hair larger: overlaps() is strict, and a level leader has no height.
    return (min(x0, x1) - 0.5, min(y0, y1) - 0.5, max(x0, x1) + 0.5, max(y0, y1) + 0.5)


def _near(r: Request) -> Box:
    """Around the request's point as far as its places beside the point reach."""
    reach_x = r.clear_x + r.gap + r.width
    reach_y = r.clear_y + r.gap + r.height
    return (r.x - reach_x, r.y - reach_y, r.x + reach_x, r.y + reach_y)


def _taken(p: Placement) -> list[Box]:
    """What a placement covers: its box, and its leader's bounding box."""
    if p.leader is None:
        return [p.box]
    x0, y0, x1, y1 = p.leader
    return [p.box, (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))]


def _changed_boxes(
    before: dict[str, Placement], now: dict[str, Placement]
) -> tuple[list[Box], list[Box]]:
    """What the placements that differ cover now, and what they covered before."""
    taken: list[Box] = []
    freed: list[Box] = []
    for key in before.keys() | now.keys():
        a, b = before.get(key), now.get(key)
        if a != b:
            freed += _taken(a) if a is not None else []
            taken += _taken(b) if b is not None else []
    return taken, freed


def _nearest_middle(wanted: list[_Wanted], distances: list[float], limit: int) -> list[_Wanted]:
    """At most `limit` of them, those nearest the middle of the map (`distances`: each
    one's squared distance from it), in the order given."""
    if len(wanted) <= limit:
        return wanted
    nearest = sorted(range(len(wanted)), key=distances.__getitem__)[:limit]
    return [wanted[i] for i in sorted(nearest)]


def _from_middle(wanted: _Wanted, view: ScreenView) -> float:
    return (wanted.request.x - view.width / 2) ** 2 + (wanted.request.y - view.height / 2) ** 2


def _relative(seg: tuple[float, float, float, float], x: float, y: float) -> list[float]:
    """A leader in px from the point (x, y): how the page draws it inside the label."""
    x0, y0, x1, y1 = seg
    return [round(x0 - x, 1), round(y0 - y, 1), round(x1 - x, 1), round(y1 - y, 1)]


def _layer_requests(
    layer: SceneLayer, view: ScreenView, last: _LayerRequests | None
) -> _LayerRequests:
    """The layer's requests in this view; an item's own are taken from `last` (the last
    placement's in the same view) when it is the item they were made for at that index
    (after an edit every other item is the same object)."""
    layer_id = layer.definition.id
    priority = _LAYER_PRIORITY.get(layer_id, DEPLOYMENT)
    size = max(view.label_px, ITEM_PX)
    items = layer.items
    if last is not None and len(last.items) == len(items):
        out = _LayerRequests(
            items,
            list(last.symbols),
            list(last.symbol_distances),
            list(last.labels),
            list(last.label_distances),
            list(last.texts),
        )
        todo = [n for n, (a, b) in enumerate(zip(last.items, items, strict=True)) if a is not b]
    else:
        count = len(items)
        out = _LayerRequests(
            items, [()] * count, [()] * count, [()] * count, [()] * count, [()] * count
        )
        todo = []
        for n, item in enumerate(items):
            if last is not None and n < len(last.items) and last.items[n] is item:
                out.symbols[n], out.symbol_distances[n] = last.symbols[n], last.symbol_distances[n]
                out.labels[n], out.label_distances[n] = last.labels[n], last.label_distances[n]
                out.texts[n] = last.texts[n]
            else:
                todo.append(n)
    for n in todo:
        symbols: list[_Wanted] = []
        labels: list[_Wanted] = []
        texts: list[Box] = []
        for kind, value in _item_requests(items[n], f"{layer_id}:{n}", view, priority, size):
            if kind == "symbol":
                symbols.append(value)
            elif kind == "label":
                labels.append(value)
            else:
                texts.append(value)
        out.symbols[n] = tuple(symbols)
        out.symbol_distances[n] = tuple(_from_middle(w, view) for w in symbols)
        out.labels[n] = tuple(labels)
        out.label_distances[n] = tuple(_from_middle(w, view) for w in labels)
        out.texts[n] = tuple(texts)
    return out


def _item_requests(
    item: SceneItem, key: str, view: ScreenView, priority: int, size: int
) -> tuple[_Entry, ...]:
    is_point = item.geometry.get("type") == "Point"
    labelled = bool(item.label and item.label_permanent)
    if item.role == "decoration" or not (is_point or labelled):
        return ()  # an unlabelled area or line takes no room from labels
    point = _anchor(item)
    if point is None:
        return ()
    x, y = view.to_px(*point)
    if not _visible(x, y, view, margin=200):
        return ()
    if is_point and item.text_only:
        # The author's words stay where they were put: they only keep others away.
        w = _width(item.label, 14 * item.text_scale, True)
        h = 10 * item.text_scale
        return (("obstacle", (x - w / 2, y - h, x + w / 2, y + h)),)
    entries: list[_Entry] = []
    clear_x = clear_y = 1.0
    if is_point:
        w, h = _symbol_size(item)
        clear_x, clear_y = w / 2, h / 2
        entries.append(
            (
                "symbol",
                _Wanted(
                    Request(
                        key,
                        x,
                        y,
                        w,
                        h,
                        priority=priority,
                        centred=True,
                        beside=False,
                        step=h * 0.5,
                        rings=8,
                        gap=1.0,
                    ),
                    {},
                ),
            )
        )
    # A label whose point is off the map would name nothing in view.
    if labelled and _visible(x, y, view):
        lw = _width(item.label, size, True)
        entries.append(
            (
                "label",
                _Wanted(
                    Request(
                        f"{key}#label",
                        x,
                        y,
                        lw,
                        size * 1.35,
                        priority=priority,
                        clear_x=clear_x,
                        clear_y=clear_y,
                        gap=3.0,
                        step=size * 1.5,
                        rings=10 if priority == AUTHORED else 5,
                    ),
                    {
                        "key": f"{key}#label",
                        "kind": "item",
                        "text": item.label,
                        "lat": point[1],
                        "lon": point[0],
                        "symbol": key if is_point else "",
                    },
                ),
            )
        )
    return tuple(entries)


def _place_requests(named: Iterable[Place], view: ScreenView, labels: list[_Wanted]) -> None:
    for p in named:
        if p.min_zoom > view.zoom + 1e-6:
            continue
        x, y = view.to_px(p.lon, p.lat)
        if not _visible(x, y, view):
            continue
        capital = p.kind == "capital"
        size = CAPITAL_PX if capital else CITY_PX
        w = _width(p.name, size, capital)
        labels.append(
            _Wanted(
                Request(
                    f"place:{p.name}:{p.lon:.3f}",
                    x,
                    y,
                    w,
                    size * 1.35,
                    priority=CITY,
                    clear_x=3.0,
                    clear_y=3.0,
                    gap=2.0,
                    leader=False,
                ),
                {
                    "key": f"place:{p.name}:{p.lon:.3f}",
                    "kind": "capital" if capital else "city",
                    "text": p.name,
                    "lat": p.lat,
                    "lon": p.lon,
                },
            )
        )


def _country_requests(view: ScreenView, labels: list[_Wanted]) -> None:
    for c in country_label_points():
        x, y = view.to_px(c.lon, c.lat)
        if not _visible(x, y, view):
            continue
        west, south, east, north = c.bounds
        x0, y0 = view.to_px(west, north)
        x1, y1 = view.to_px(east, south)
        name = country_name(c.iso_a3)  # CLDR's, in the app's language
        w = _width(name, COUNTRY_PX, False)
        h = COUNTRY_PX * 1.35
        if (x1 - x0) < w * 1.3 or (y1 - y0) < h * 2.5:
            continue  # too small at this zoom to hold its name
        labels.append(
            _Wanted(
                Request(
                    f"country:{c.iso_a3}",
                    x,
                    y,
                    w,
                    h,
                    priority=COUNTRY,
                    centred=True,
                    beside=False,
                    leader=False,
                ),
                {
                    "key": f"country:{c.iso_a3}",
                    "kind": "country",
                    "text": name,
                    "lat": c.lat,
                    "lon": c.lon,
                },
            )
        )
