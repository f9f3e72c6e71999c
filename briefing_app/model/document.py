"""The briefing document: what an official prepares, saves and hands on.

Plain dataclasses with no Qt and no rendering; equality is structural so that a saved file
that reopens equal can be checked with `==`.
"""

from __future__ import annotations

import copy
import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

DEFAULT_CLASSIFICATION = "UNCLASSIFIED"


def new_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass
class MapView:
    """A map extent as centre and Leaflet zoom level (fractional zoom allowed)."""

    center_lat: float = 54.0
    center_lon: float = 15.0
    zoom: float = 4.0


@dataclass
class LayerState:
    """A layer the document shows, with its settings. `options` is layer-specific."""

    id: str
    visible: bool = True
    opacity: float = 1.0
    options: dict[str, Any] = field(default_factory=dict)


@dataclass
class Annotation:
    """A user's drawing: a GeoJSON geometry with properties (label, kind, ...) and style.

    Once in a document an annotation is never changed in place: an edit puts a new one in
    its place (model.commands.ReplaceAnnotations). Undo keeps the old one as it is, and the
    map's scene reuses what it drew for every annotation that is still the same object."""

    id: str
    geometry: dict[str, Any]
    properties: dict[str, Any] = field(default_factory=dict)
    style: dict[str, Any] = field(default_factory=dict)


# What an annotation is; the kind decides how it is drawn and edited.
ANNOTATION_KINDS = (
    "marker",
    "unit",
    "text",
    "arrow",
    "line",
    "polygon",
    "rectangle",
    "circle",
    "pen",
)
POINT_KINDS = ("marker", "unit", "text", "circle")  # a circle is its centre and a radius


# A text label's font size in points ("font_size" in its properties). Sizes are relative to
# the default, the one every text label had before labels had a size: on screen 11 pt is the
# map's 14 px label text, in the PDF its 6 pt map label text (never set smaller there).
DEFAULT_TEXT_PT = 11.0
MIN_TEXT_PT = 6.0
MAX_TEXT_PT = 72.0


def clamp_text_pt(value: Any) -> float | None:
    """A font size within MIN_TEXT_PT..MAX_TEXT_PT (to a tenth of a point); None for what is
    not a number (a file or the clipboard can hold anything)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        return None
    return round(min(MAX_TEXT_PT, max(MIN_TEXT_PT, float(value))), 1)


def text_size_pt(annotation: Annotation) -> float:
    """The font size a text label is drawn at."""
    size = clamp_text_pt(annotation.properties.get("font_size"))
    return DEFAULT_TEXT_PT if size is None else size


def annotation_kind(annotation: Annotation) -> str:
    kind = annotation.properties.get("kind")
    if kind in ANNOTATION_KINDS:
        return str(kind)
    geometry_type = annotation.geometry.get("type", "")
    return (
        "marker"
        if geometry_type == "Point"
        else ("polygon" if "Polygon" in geometry_type else "line")
    )


@dataclass
class ImportedLayer:
    """A layer imported from a user's file, embedded so that the briefing stays
    self-contained. `features` are GeoJSON Features in WGS84 (with an optional "style") whose
    position lists are geo.positions.Positions (float64 arrays; a Point keeps its list)."""

    id: str
    name: str
    source_file: str  # the file's name as imported (no folders: it travels)
    source_format: str
    imported_on: dt.date
    features: list[dict[str, Any]] = field(default_factory=list)
    style: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # CRS, repairs, dropped features


IMPORTED_PREFIX = "import:"
# The membership layer shows a built-in grouping by its id, or a custom one as
# CUSTOM_PREFIX + the grouping's id (its `grouping` option).
MEMBERSHIP_LAYER = "membership"
CUSTOM_PREFIX = "custom:"
DEFAULT_GROUPING = "nato"


def imported_layer_id(layer: ImportedLayer) -> str:
    """The id of an imported layer's entry in the document's layer list."""
    return IMPORTED_PREFIX + layer.id


@dataclass
class Grouping:
    """A custom grouping of countries, by ISO 3166-1 alpha-3 code."""

    id: str
    name: str
    members: list[str] = field(default_factory=list)
    colour: str = "#1f77b4"
    description: str = ""


@dataclass
class Slide:
    """A page of the briefing: it owns what it shows (view, layers with their settings, date,
    the annotations on it) and its talking points, so that editing the working map never
    changes a handout. A briefing fills in what a new slide leaves out (None) from its
    working map when the slide joins it (`Briefing.give_slides_their_content`)."""

    id: str
    title: str
    view: MapView = field(default_factory=MapView)
    notes: str = ""
    as_of: dt.date | None = None
    layers: list[LayerState] | None = None
    annotation_ids: list[str] | None = None


def default_layers() -> list[LayerState]:
    """A new briefing's layers: the countries shown, the security layers ready to switch on.
    Listed bottom to top."""
    return [
        LayerState("basemap"),
        LayerState("countries"),
        LayerState("membership", visible=False, options={"grouping": "nato"}),
        LayerState("occupied", visible=False),
        LayerState("deployments", visible=False),
        LayerState("flashpoints", visible=False),
        LayerState("annotations"),
    ]


# Layers that came after files were written, with where they go: a file (or a slide) that
# has no entry for one shows it as a new briefing would, and keeps the user's setting once
# saved.
ADDED_LAYERS: tuple[tuple[int, str], ...] = ((0, "basemap"),)


def add_missing_layers(layers: list[LayerState]) -> None:
    for index, layer_id in ADDED_LAYERS:
        if all(layer.id != layer_id for layer in layers):
            layers.insert(min(index, len(layers)), LayerState(layer_id))


@dataclass
class Briefing:
    title: str = "Untitled briefing"
    subtitle: str = ""
    author: str = ""
    organisation: str = ""
    classification: str = DEFAULT_CLASSIFICATION
    as_of: dt.date = field(default_factory=dt.date.today)
    summary: str = ""
    view: MapView = field(default_factory=MapView)
    layers: list[LayerState] = field(default_factory=lambda: default_layers())
    slides: list[Slide] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    groupings: list[Grouping] = field(default_factory=list)
    imported: list[ImportedLayer] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.give_slides_their_content()

    def give_slides_their_content(self) -> None:
        """Make every slide own its layers, date and annotations: what a slide leaves out
        is taken from the working map as it is now (how files of format 1 and older code
        meant it: "the document's"), and from then on the slide keeps it."""
        for slide in self.slides:
            if slide.layers is None:
                slide.layers = copy.deepcopy(self.layers)
            if slide.as_of is None:
                slide.as_of = self.as_of
            if slide.annotation_ids is None:
                slide.annotation_ids = [a.id for a in self.annotations]

    def as_shown_on(self, slide: Slide) -> Briefing:
        """This briefing as one of its slides shows it: the slide's view, layers and date
        (a shallow copy for reading: panels and renderers show it, edits go to the slide)."""
        shown = copy.copy(self)
        shown.view = slide.view
        if slide.layers is not None:
            shown.layers = slide.layers
        if slide.as_of is not None:
            shown.as_of = slide.as_of
        return shown

    def slide(self, slide_id: str | None) -> Slide | None:
        return next((s for s in self.slides if s.id == slide_id), None)

    def layer(self, layer_id: str) -> LayerState | None:
        return next((layer for layer in self.layers if layer.id == layer_id), None)

    def annotations_layer(self) -> LayerState:
        """The annotations layer's settings; briefings from before the editor have none and
        draw their annotations with the defaults, on top."""
        return self.layer("annotations") or LayerState("annotations")

    def drawn_layers(self) -> list[LayerState]:
        """The layers bottom to top, the annotations layer included even where the file has
        no entry for it."""
        if self.layer("annotations") is not None:
            return list(self.layers)
        return [*self.layers, self.annotations_layer()]

    def annotation(self, annotation_id: str) -> Annotation | None:
        return next((a for a in self.annotations if a.id == annotation_id), None)

    def imported_layer(self, layer_id: str) -> ImportedLayer | None:
        """An imported layer by its own id or by its layer-list id ("import:<id>")."""
        plain = layer_id.removeprefix(IMPORTED_PREFIX)
        return next((x for x in self.imported if x.id == plain), None)
