"""Where a PDF page's symbols and labels go: the page's side of the placement step in
render/labels.py. Frame points have y growing upwards; the placement works with y growing
downwards, so y is turned at the way in and out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import shapely
from shapely.geometry.base import BaseGeometry

from briefing_app.data.country_names import country_name
from briefing_app.render.labels import AUTHORED, CITY, COUNTRY, Box, Request, place
from briefing_app.render.pdf.fonts import text_width
from briefing_app.render.text import drawn_text
from briefing_app.style.map_style import PDF_STYLE

if TYPE_CHECKING:
    from briefing_app.render.pdf.basemap_drawing import PlaceInFrame
    from briefing_app.render.pdf.map_drawing import Label, Marker, PreparedMap

# Labels stay this far inside the frame's edge.
INSET_PT = 2.0
# Horizontal padding of a label's box (the halo) on each side.
PAD_PT = 0.8


@dataclass
class PendingSymbol:
    marker: Marker
    width: float
    height: float
    priority: int


@dataclass
class PendingLabel:
    """A label for the point (x, y), or for `marker` wherever the placement puts it."""

    x: float
    y: float
    clear_x: float
    clear_y: float
    text: str
    priority: int
    marker: Marker | None = None
    size: float = 6.0
    bold: bool = True
    color: str = "#000000"


def spread_symbols(
    prepared: PreparedMap, symbols: list[PendingSymbol]
) -> tuple[list[Box], list[tuple[float, float, float, float]]]:
    """Move symbols that would stand on each other apart, each moved one on a leader from its
    true point. Returns the symbols' boxes and leaders (in placement space) for the labels
    to keep clear of."""
    height = prepared.extent.height
    requests = [
        Request(
            str(i),
            s.marker.x,
            height - s.marker.y,
            s.width,
            s.height,
            priority=0,
            centred=True,
            beside=False,
            step=max(4.0, s.height * 0.5),
            rings=8,
            gap=1.0,
        )
        for i, s in sorted(enumerate(symbols), key=lambda e: e[1].priority)
    ]
    placed = place(requests)
    boxes: list[Box] = []
    leaders: list[tuple[float, float, float, float]] = []
    for request in requests:
        placement = placed.get(request.key)
        if placement is None:
            continue
        symbol = symbols[int(request.key)]
        boxes.append(placement.box)
        if placement.leader is not None:
            x0, y0, x1, y1 = placement.box
            symbol.marker.anchor = (symbol.marker.x, symbol.marker.y)
            symbol.marker.x = (x0 + x1) / 2
            symbol.marker.y = height - (y0 + y1) / 2
            leaders.append(placement.leader)
            ax, ay, lx, ly = placement.leader
            symbol.marker.leader = (ax, height - ay, lx, height - ly)
    return boxes, leaders


def label_requests(prepared: PreparedMap, pending: list[PendingLabel]) -> list[Request]:
    height = prepared.extent.height
    requests = []
    for i, p in enumerate(pending):
        x, y = (p.marker.x, p.marker.y) if p.marker is not None else (p.x, p.y)
        w = text_width(drawn_text(p.text), p.size, p.bold) + 2 * PAD_PT
        requests.append(
            Request(
                f"l{i}",
                x,
                height - y,
                w,
                p.size * 1.2,
                priority=p.priority,
                clear_x=p.clear_x,
                clear_y=p.clear_y,
                gap=1.2,
                step=p.size * 1.4,
                rings=10 if p.priority == AUTHORED else 5,
            )
        )
    return requests


def country_requests(
    prepared: PreparedMap,
    countries: list[tuple[str, str, BaseGeometry]],
    size_for: dict[str, float],
) -> tuple[list[Request], dict[str, str]]:
    """Country names at a point inside the largest visible part of each country large enough
    to hold its name, largest countries first."""
    extent = prepared.extent
    frame_area = extent.width * extent.height
    requests: list[Request] = []
    names: dict[str, str] = {}
    for iso, _, geom in sorted(countries, key=lambda c: c[2].area, reverse=True):
        name = country_name(iso)  # CLDR's, in the handout's language
        size = size_for["large"] if geom.area > frame_area * 0.05 else size_for["small"]
        w, h = text_width(name, size) + 2 * PAD_PT, size * 1.2
        if geom.area < w * h * 2.5:
            break  # the rest are smaller still: no room for their names
        largest = max(getattr(geom, "geoms", [geom]), key=lambda g: g.area)
        visible = shapely.clip_by_rect(largest, 0, 0, extent.width, extent.height)
        if visible.is_empty or visible.area < w * h * 2.5:
            continue
        point = visible.representative_point()
        key = f"c{iso}"
        names[key] = name
        requests.append(
            Request(
                key,
                point.x,
                extent.height - point.y,
                w,
                h,
                priority=COUNTRY,
                centred=True,
                beside=False,
                leader=False,
            )
        )
    return requests, names


def place_requests(prepared: PreparedMap, places: list[PlaceInFrame]) -> list[Request]:
    """Town and capital names beside their dots; never on a leader (a moved town name
    would point at the wrong place)."""
    height = prepared.extent.height
    out = []
    for i, shown in enumerate(places):
        capital = shown.place.kind == "capital"
        size = 6.0 + (0.5 if capital else 0.0)
        w = text_width(shown.place.name, size, capital) + 2 * PAD_PT
        out.append(
            Request(
                f"p{i}",
                shown.x,
                height - shown.y,
                w,
                size * 1.2,
                priority=CITY,
                clear_x=1.6,
                clear_y=1.6,
                gap=0.8,
                leader=False,
            )
        )
    return out


def place_labels(
    prepared: PreparedMap,
    requests: list[Request],
    obstacles: list[Box],
    lines: list[tuple[float, float, float, float]],
    make_label: dict[str, tuple[str, float, str, bool, bool]],
) -> set[str]:
    """Place the requests and add a Label for each one that found room. `make_label` gives
    per key (text, size, colour, halo, bold). Returns the keys placed."""
    from briefing_app.render.pdf.map_drawing import Label

    extent = prepared.extent
    height = extent.height
    bounds = (INSET_PT, INSET_PT, extent.width - INSET_PT, height - INSET_PT)
    placed = place(requests, obstacles=obstacles, bounds=bounds, lines=lines)
    for request in requests:
        placement = placed.get(request.key)
        if placement is None:
            continue
        text, size, color, halo, bold = make_label[request.key]
        x0, _, _, y1 = placement.box
        leader = None
        if placement.leader is not None:
            ax, ay, lx, ly = placement.leader
            leader = (ax, height - ay, lx, height - ly)
        label: Label = Label(
            x0 + PAD_PT,
            height - y1 + 0.3 * size,
            text,
            size,
            color,
            halo=halo,
            bold=bold,
            leader=leader,
        )
        prepared.labels.append(label)
    return set(placed)


def drawn_boxes(prepared: PreparedMap) -> list[Box]:
    """The boxes of every symbol and label drawn on the page (frame points, y up): what the
    overlap bench and tests count."""
    from briefing_app.render.pdf.map_drawing import Marker
    from briefing_app.render.pdf.symbols import symbol_size

    boxes: list[Box] = []
    for op in prepared.ops:
        if isinstance(op, Marker):
            if op.icon:
                w, h = symbol_size(op.icon, op.icon_width)
            else:
                w = h = 2 * float(op.style.get("radius", 5)) * PDF_STYLE["px_to_pt"]
            boxes.append((op.x - w / 2, op.y - h / 2, op.x + w / 2, op.y + h / 2))
    for label in prepared.labels:
        w = text_width(label.text, label.size, label.bold)
        boxes.append(
            (
                label.x - PAD_PT,
                label.y - 0.3 * label.size,
                label.x + w + PAD_PT,
                label.y + 0.9 * label.size,
            )
        )
    return boxes
