"""What a scene draws, as frozen types that every renderer reads the same way.

The map page (and so the exported HTML), the PDF and the legend all take an item's kind,
style and legend entry from here; none of them guesses a kind from an icon or matches a
legend entry by colour. An item names its legend entry by key; a membership category, a
deployment kind or an annotation is one key, whatever colour a theme or the user gives it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from briefing_app.i18n import format_date, format_day_text

if TYPE_CHECKING:
    from briefing_app.model.document import MapView


class Row(NamedTuple):
    """A popup row the app names: `key`, its name in English (the source text), by which a
    renderer finds the row in any language; `name`, as the active language says it."""

    key: str
    name: str
    value: str


@dataclass(frozen=True)
class Popup:
    """What an item tells on a click: a title, a text, rows of facts and their source.
    `rows` are (name, value) as shown; `keys` the rows' keys (Row.key, "" for a row the
    data names, such as an imported feature's property)."""

    title: str
    text: str = ""
    rows: tuple[tuple[str, str], ...] = ()
    source: str = ""
    source_url: str = ""
    as_of: str = ""
    keys: tuple[str, ...] = ()

    def keyed_rows(self) -> list[tuple[str, str, str]]:
        """(key, name, value) of every row."""
        keys = self.keys or ("",) * len(self.rows)
        return [(key, name, value) for key, (name, value) in zip(keys, self.rows, strict=True)]

    def row(self, key: str) -> str:
        """The value of the row the app names `key` (in English), whatever the language."""
        return next((value for k, _, value in self.keyed_rows() if k == key), "")

    def message(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "text": self.text,
            "rows": [[k, v] for k, v in self.rows],
            "source": self.source,
            "source_url": self.source_url,
            "as_of": self.as_of,
        }


def day_text(day: dt.date) -> str:
    """`day` as the active language writes it ("7 December 2026", "7. Dezember 2026")."""
    return format_date(day)


def shown_date(text: str) -> str:
    """A date of the data as the active language writes it ("2022-09-30": "30 September
    2022", "30. September 2022"); a year or a month alone ("2017", "2017-04"), or anything
    else, as the data has it. For what a reader reads: a popup's rows, a legend's heading.
    The scene's machine fields (`as_of` of a popup or a source) stay ISO dates."""
    return format_day_text(text)


def popup(
    title: str,
    rows: Sequence[Row | tuple[str, str]],
    source: str = "",
    url: str = "",
    as_of: str = "",
    text: str = "",
) -> Popup:
    """A popup with the empty rows left out. A Row keeps its key; a (name, value) pair is a
    row the data names."""
    kept = [row if isinstance(row, Row) else Row("", *row) for row in rows if row[-1]]
    return Popup(
        title,
        text,
        tuple((row.name, row.value) for row in kept),
        source,
        url,
        as_of,
        tuple(row.key for row in kept),
    )


@dataclass(frozen=True)
class SceneItem:
    """One thing drawn on the map.

    `kind` says what it is ("deployment", "flashpoint", "range_ring", "occupied",
    "imported", or an annotation's kind: "marker", "arrow", "circle", ...);
    `style_key` names a style of style.ITEM_STYLES, or `style` is the item's own (checked)
    style; `legend_key` is the key of the layer's legend entry that explains it."""

    kind: str
    geometry: Mapping[str, Any]
    legend_key: str
    style_key: str = ""
    style: Mapping[str, Any] | None = None
    label: str = ""
    label_permanent: bool = False
    popup: Popup | None = None
    icon: str = ""  # an SVG data URI (APP-6 symbols)
    icon_size: tuple[int, int] | None = None
    id: str = ""  # an annotation's id: the editor selects by it
    role: str = ""  # "decoration": part of another item (an arrowhead)
    text_only: bool = False  # a text annotation: its words alone
    text_scale: float = 1.0  # its size, as a share of the default text size
    center: tuple[float, ...] | None = None  # a circle annotation's centre (lon, lat)
    min_zoom: int | None = None  # drawn from this map zoom on (basemap water, places)

    def message(self) -> dict[str, Any]:
        """The item as the map page reads it (see assets/map/briefing_map.js)."""
        out: dict[str, Any] = {
            "kind": self.kind,
            "geometry": self.geometry,
            "legend": self.legend_key,
            "style": dict(self.style) if self.style is not None else self.style_key,
        }
        if self.label:
            out["label"] = self.label
        if self.label_permanent:
            out["label_permanent"] = True
        if self.popup is not None:
            out["popup"] = self.popup.message()
        if self.icon:
            out["icon"] = self.icon
            if self.icon_size:
                out["icon_size"] = list(self.icon_size)
        for name in ("id", "role"):
            if getattr(self, name):
                out[name] = getattr(self, name)
        if self.text_only:
            out["text_only"] = True
            if self.text_scale != 1.0:
                out["text_scale"] = self.text_scale
        if self.center is not None:
            out["center"] = list(self.center)
        if self.min_zoom is not None:
            out["min_zoom"] = self.min_zoom
        return out


@dataclass(frozen=True)
class LegendEntry:
    """A legend row. `key` is what items name in `legend_key` (and what a theme recolours
    by); `kind` is how the swatch looks: "fill", "line", "symbol" or "hatch"."""

    label: str
    color: str = ""
    kind: str = "fill"
    stroke: str = ""
    icon: str = ""  # data URI for "symbol"
    key: str = ""

    def message(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "color": self.color,
            "kind": self.kind,
            "stroke": self.stroke,
            "icon": self.icon,
            "key": self.key,
        }


def view_message(view: MapView) -> dict[str, Any]:
    """A map view as the page reads it."""
    return {"center": [view.center_lat, view.center_lon], "zoom": view.zoom}
