"""The messages between the app and its map page (assets/map/briefing_map.js), Qt-free.

A scene goes to the page whole once (`scene_message`); after that only what changed
(`update_messages`): a layer's data (or, for an edit of a few of its items, those items
alone: `item_patch`), its visibility or opacity, the drawing order, the legend. The page
answers requests (`request`) with a `reply` carrying the same id, e.g. where screen points
lie on the map for the presentation pen. Everything is JSON data: no message is ever code.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from briefing_app.geo.geojson import part_problem
from briefing_app.geo.positions import PageBlob, page_default
from briefing_app.model.document import MapView
from briefing_app.scene.items import view_message

if TYPE_CHECKING:  # the scene module is not needed before the map page is loading
    from briefing_app.scene.build import Scene, SceneLayer

# What the page can be asked, and the arguments each request takes.
REQUESTS = {"container_to_latlng": ("strokes",)}
_request_ids = itertools.count(1)


def message_text(message: dict[str, Any]) -> str:
    """A message as the JSON text the page parses; an imported layer's position lists go
    packed (geo.positions.pack), which the page unpacks where it draws them."""
    return json.dumps(message, default=page_default)


def message_parts(message: dict[str, Any], blob_path: str) -> tuple[str, bytes | None]:
    """A message as JSON text and, when it holds imported positions, the binary block of
    them (geo.positions.PageBlob) that the page fetches from `blob_path` on the app's URL
    scheme before it handles the message (the text then names the path as "blob")."""
    blob = PageBlob()
    text = json.dumps(message, default=blob.default)
    data = blob.data()
    if data is None:
        return text, None
    return text[:-1] + f',"blob":{json.dumps(blob_path)}}}', data


def scene_message(scene: Scene) -> dict[str, Any]:
    """The whole scene: view, layers with their data, legend."""
    return scene.to_message()


def _same_content(a: SceneLayer, b: SceneLayer) -> bool:
    # Typed items compare without building the page's dicts (an imported layer may hold
    # 100,000 features).
    return (a.items is b.items or a.items == b.items) and a.data == b.data


def item_patch(old: SceneLayer, new: SceneLayer) -> dict[str, Any] | None:
    """The `layer.items` message that turns the page's items of `old` into those of `new`,
    or None when the whole payload is as good. Items are matched by identity: a scene
    rebuilt after an annotation edit keeps every other item object (scene.drawn_items), so
    an edit of one annotation of 5,000 sends that annotation alone. `remove` are indices in
    the old list, `add` [index in the new list, item] pairs, both ascending."""
    if new.definition.kind != "items" or old.definition.kind != "items" or old.data != new.data:
        return None
    if len(old.items) == len(new.items):
        # The common edit replaces items where they stand: one pass finds them.
        changed = [
            i for i, (a, b) in enumerate(zip(old.items, new.items, strict=True)) if a is not b
        ]
        if len(changed) <= len(new.items) // 2:
            return {
                "type": "layer.items",
                "id": new.definition.id,
                "remove": changed,
                "add": [[i, new.items[i].message()] for i in changed],
            }
    in_new = {id(x) for x in new.items}
    in_old = {id(x) for x in old.items}
    removed = [i for i, x in enumerate(old.items) if id(x) not in in_new]
    added = [i for i, x in enumerate(new.items) if id(x) not in in_old]
    if len(removed) + len(added) > (len(old.items) + len(new.items)) // 2:
        return None  # most of the layer changed: the whole payload is as small
    # What stays must stay in the same order, or the page would draw it in another.
    if [id(x) for x in old.items if id(x) in in_new] != [
        id(x) for x in new.items if id(x) in in_old
    ]:
        return None
    return {
        "type": "layer.items",
        "id": new.definition.id,
        "remove": removed,
        "add": [[i, new.items[i].message()] for i in added],
    }


def update_messages(old: Scene | None, new: Scene) -> list[dict[str, Any]]:
    """The messages that turn what the page shows for `old` into `new`; the whole scene
    when the set of layers differs (or nothing was shown yet)."""
    ids = [x.definition.id for x in new.layers]
    if old is None or set(ids) != {x.definition.id for x in old.layers}:
        return [scene_message(new)]
    out: list[dict[str, Any]] = []
    before = {x.definition.id: x for x in old.layers}
    for layer in new.layers:
        previous = before[layer.definition.id]
        if not _same_content(layer, previous):
            out.append(
                item_patch(previous, layer)
                or {"type": "layer.payload", "id": layer.definition.id, "payload": layer.payload}
            )
        if (layer.visible, layer.opacity) != (previous.visible, previous.opacity):
            out.append(
                {
                    "type": "layer.state",
                    "id": layer.definition.id,
                    "visible": layer.visible,
                    "opacity": layer.opacity,
                }
            )
    if ids != [x.definition.id for x in old.layers]:
        out.append({"type": "order", "ids": ids})
    legend = new.legend_message()
    if legend != old.legend_message():
        out.append({"type": "legend", "sections": legend})
    return out


def view_change(view: MapView, animate: bool = False) -> dict[str, Any]:
    return {"type": "view", **view_message(view), "animate": animate}


def request(what: str, **arguments: Any) -> dict[str, Any]:
    """A request the page answers with {"type": "reply", "id": ..., "result": ...}."""
    if what not in REQUESTS or set(arguments) != set(REQUESTS[what]):
        raise ValueError(f"the map page cannot answer {what!r} with {sorted(arguments)}")
    return {"type": "request", "id": next(_request_ids), "what": what, **arguments}


def stroke_points(strokes: Iterable[Iterable[Iterable[float]]]) -> list[list[list[float]]]:
    """Screen strokes as plain numbers for a request (the page gets data, never code)."""
    return [[[float(x), float(y)] for x, y in stroke] for stroke in strokes]


def reply_lines(result: Any) -> list[dict[str, Any]]:
    """The page's answer to container_to_latlng as GeoJSON lines (strokes of one point, or
    an answer that is not a list of [lon, lat] pairs, are dropped)."""
    lines = []
    for coords in result if isinstance(result, list) else []:
        if not isinstance(coords, list):
            continue
        points = [
            [float(p[0]), float(p[1])]
            for p in coords
            if isinstance(p, list) and len(p) == 2 and all(isinstance(v, int | float) for v in p)
        ]
        if part_problem("LineString", points) is None:
            lines.append({"type": "LineString", "coordinates": points})
    return lines
