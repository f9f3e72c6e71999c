"""The one style definition every renderer reads: the on-screen map, the HTML export, the PDF
and the Qt window. Change a colour here and all of them follow."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Marking:
    """Colours of a classification banner: background and text."""

    background: str
    foreground: str


# Banner colours follow the common convention of accredited systems (US/NATO practice:
# green unclassified, blue confidential, red secret, orange top secret). The first rule whose
# keyword occurs in the marking wins, so "TOP SECRET" must precede "SECRET".
_MARKING_RULES: tuple[tuple[str, Marking], ...] = (
    ("TOP SECRET", Marking("#ff8c00", "#000000")),
    ("UNCLASSIFIED", Marking("#007a33", "#ffffff")),
    ("SECRET", Marking("#c8102e", "#ffffff")),
    ("CONFIDENTIAL", Marking("#0033a0", "#ffffff")),
    ("RESTRICTED", Marking("#f2c12e", "#000000")),
    ("RESTREINT", Marking("#f2c12e", "#000000")),
    ("SENSITIVE", Marking("#f2c12e", "#000000")),
    ("OFFICIAL", Marking("#007a33", "#ffffff")),
    ("PUBLIC", Marking("#007a33", "#ffffff")),
)
_UNKNOWN_MARKING = Marking("#5a5a5a", "#ffffff")


def marking_colours(classification: str) -> Marking:
    text = classification.upper()
    for keyword, marking in _MARKING_RULES:
        if keyword in text:
            return marking
    return _UNKNOWN_MARKING


# Colours of the base map. No tiles: the map is drawn from vector countries over the sea.
MAP_STYLE: dict[str, Any] = {
    "background": "#c9dcec",
    "countries": {
        "color": "#6f7782",  # border
        "weight": 0.8,
        "fillColor": "#f3f0e8",
        "fillOpacity": 1.0,
    },
    "countries_hover": {"weight": 2.0, "color": "#2b3a4a"},
    "font_family": "'DejaVu Sans', 'Segoe UI', Arial, sans-serif",
}


# The basemap (geodata/basemap): relief blended over the fills, water, place dots. The
# relief is grey around 128 (flat). On pale land only darkening shows, so the light theme
# doubles its brightness (flat becomes white) and multiplies: slopes in shadow darken the
# fill, flat land and every fill's hue stay as they are. On dark land "soft-light" shows
# both the lit and the shaded side.
BASEMAP_STYLE: dict[str, Any] = {
    "relief_blend": "multiply",
    "relief_filter": "brightness(2)",
    "relief_opacity": 0.55,
    "river": {"color": "#5b8fbf", "weight": 1.1, "opacity": 0.9},
    "river_named": {"color": "#5b8fbf", "weight": 1.5, "opacity": 0.95},
    "lake": {"color": "#5b8fbf", "weight": 0.6, "fillColor": "#c9dcec", "fillOpacity": 1.0},
    # Cities and towns: small dark dots with a pale rim; capitals: a dark ring round a pale
    # centre, the usual map sign, no heavier than a city dot at overview zooms.
    "place": {"color": "#ffffff", "fillColor": "#3a4450", "weight": 0.8, "fillOpacity": 1.0},
    "place_radius": {"capital": 3.0, "city": 2.3, "town": 1.8},
    "capital": {"color": "#1b2a3a", "fillColor": "#ffffff", "weight": 1.6, "fillOpacity": 1.0},
}

# Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
OKABE_ITO = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "green": "#009E73",
    "vermillion": "#D55E00",
    "sky": "#56B4E9",
    "purple": "#CC79A7",
    "yellow": "#F0E442",
    "black": "#000000",
}

# Membership colouring. One grouping: members in its colour. Two groupings: both / only the
# first / only the second.
MEMBERSHIP_STYLE: dict[str, Any] = {
    "member": OKABE_ITO["blue"],
    "both": OKABE_ITO["purple"],
    "first_only": OKABE_ITO["blue"],
    "second_only": OKABE_ITO["orange"],
    "fillOpacity": 0.75,
    "color": "#37424f",
    "weight": 1.0,
}

# A unit symbol's box in screen px (milsymbol draws a frame about 4:3): the scene gives every
# symbol this size, and the page, the screen's label placement and the PDF (through px_to_pt)
# read it from here when an item has none.
UNIT_ICON_SIZE: tuple[int, int] = (36, 27)

# Styles of map items (deployments, flashpoints, rings, areas), by name. Renderers look the
# name up here, so a ring looks the same on screen, in HTML and in the PDF.
ITEM_STYLES: dict[str, dict[str, Any]] = {
    "deployment": {"color": "#1b2a3a"},
    "flashpoint": {
        "color": OKABE_ITO["vermillion"],
        "fillColor": OKABE_ITO["vermillion"],
        "radius": 6,
        "weight": 2,
        "fillOpacity": 0.9,
    },
    "range_ring": {
        "color": OKABE_ITO["vermillion"],
        "weight": 1.5,
        "dashArray": "6 4",
        "fill": True,
        "fillColor": OKABE_ITO["vermillion"],
        "fillOpacity": 0.06,
    },
    "corridor": {
        "color": OKABE_ITO["orange"],
        "weight": 1,
        "fillColor": OKABE_ITO["orange"],
        "fillOpacity": 0.35,
    },
    "border_line": {"color": OKABE_ITO["vermillion"], "weight": 3},
    "occupied": {
        "color": "#7a1f1f",
        "weight": 1,
        "fillColor": "#b22222",
        "fillOpacity": 0.35,
        "hatch": True,
    },
    "claimed": {
        "color": "#7a1f1f",
        "weight": 1,
        "dashArray": "4 3",
        "fillColor": "#b22222",
        "fillOpacity": 0.12,
        "hatch": True,
    },
    "annotation": {
        "color": "#1b2a3a",
        "weight": 2.5,
        "fillColor": "#1b2a3a",
        "fillOpacity": 0.15,
        "radius": 6,
    },
    # A user's imported layer, unless its file brings its own styles (KML).
    "imported": {
        "color": "#6a3d9a",
        "weight": 2.0,
        "fillColor": "#6a3d9a",
        "fillOpacity": 0.15,
        "radius": 5,
    },
}

# The printed (PDF) map: what has no equivalent on screen, or needs converting for paper.
PDF_STYLE: dict[str, Any] = {
    "font": "DejaVu Sans",  # shipped in assets/fonts/ and embedded
    "px_to_pt": 0.6,  # screen px (line weights, symbol sizes) to points
    "text": "#1b2a3a",
    "muted_text": "#5a6470",
    "frame": "#37424f",  # map frame and locator outline
    "country_label": "#3d4652",
    "item_label": "#1b2a3a",
    "label_halo": "#ffffff",  # box behind item labels, scale bar and north arrow
    "label_halo_opacity": 0.75,
    # Every map label is outlined in this colour, under its letters, so a name stays legible
    # over fills, hatching and membership patterns.
    "label_outline": "#ffffff",
    "label_outline_pt": 1.5,
    "min_text_pt": 6.0,  # no text on any page is set smaller (issue #14)
    # The basemap: relief multiplied over the land fills (0: none, 1: the full shade; only
    # shadows darken, flat land keeps its fill), water over the fills, place dots.
    "relief_strength": 0.45,
    "water": "#8dbce3",  # light enough to show on the membership blues too
    "lake_fill": MAP_STYLE["background"],
    "lake_outline_px": 0.6,
    "river_px": 1.0,
    "river_opacity": 0.85,
    "place_dot": "#1b2a3a",
    "place_label": "#262c33",
    "place_dot_ring": "#ffffff",
    "place_radius_pt": {"capital": 1.7, "city": 1.3, "town": 1.0},
    "hatch_spacing_pt": 3.5,
    "hatch_weight_pt": 0.6,
    "locator_land": "#d9d6cf",
    "locator_extent": OKABE_ITO["vermillion"],
    "table_header": "#e4e9ef",
    "table_grid": "#b8c0c8",
}

# Presentation mode (the audience window and the presenter view). The pen must stand out from
# every map colour above, so it is a magenta no layer uses; the pointer highlight is
# translucent so that what it points at stays readable.
PRESENTATION_STYLE: dict[str, Any] = {
    "title_background": "#1b2a3a",
    "title_text": "#ffffff",
    "muted_text": "#b8c4d0",
    "title_height_ratio": 0.05,  # title font size as a share of the window height
    "pen_colour": "#d6006f",
    "pen_width": 6,
    "pointer_colour": "#ffd400",
    "pointer_opacity": 0.45,
    "pointer_outline": "#7a5c00",
    "pointer_radius": 22,
    "notes_background": "rgba(20, 28, 38, 225)",
    "notes_text": "#ffffff",
    "black": "#000000",
    "white": "#ffffff",
    "presenter_background": "#1e252d",
    "presenter_text": "#f0f3f6",
    "presenter_accent": "#ffd400",
}

# What a newly drawn annotation looks like, by kind; the user changes it in the panel.
ANNOTATION_DEFAULTS: dict[str, dict[str, Any]] = {
    "marker": {
        "color": "#1b2a3a",
        "weight": 2.0,
        "fillColor": OKABE_ITO["vermillion"],
        "fillOpacity": 1.0,
    },
    "unit": {"color": "#1b2a3a", "weight": 2.0},
    "text": {"color": "#1b2a3a", "weight": 2.0},
    "arrow": {"color": OKABE_ITO["vermillion"], "weight": 4.0},
    "line": {"color": OKABE_ITO["blue"], "weight": 3.0},
    "polygon": {
        "color": OKABE_ITO["blue"],
        "weight": 2.0,
        "fillColor": OKABE_ITO["blue"],
        "fillOpacity": 0.2,
    },
    "rectangle": {
        "color": OKABE_ITO["green"],
        "weight": 2.0,
        "fillColor": OKABE_ITO["green"],
        "fillOpacity": 0.15,
    },
    "circle": {
        "color": OKABE_ITO["purple"],
        "weight": 2.5,
        "dashArray": "10 6",
        "fillColor": OKABE_ITO["purple"],
        "fillOpacity": 0.06,
    },
}
# A friendly armoured battalion until the user picks another symbol.
DEFAULT_UNIT_SIDC = "10031000161205000000"

# Imported layers take these in turn, so that two layers from two files can be told apart
# (features with their own style, from KML, keep it).
IMPORT_PALETTE = ("#6a3d9a", "#b15928", "#1f78b4", "#33a02c", "#e7298a", "#66a61e")


# ---------------------------------------------------------------- a style from user data
# A style (Leaflet path options) comes from a briefing file, an imported file or the map
# page: user data. One rule for what of it a renderer may draw, read by the file format (which
# refuses the rest with its place), the import and the scene (which drop it). Every renderer
# reads a colour as "#rrggbb": reportlab takes "#abc" for #000abc, python-pptx refuses it.

STYLE_COLOURS = ("color", "fillColor")
STYLE_NUMBERS = {"weight": 50.0, "opacity": 1.0, "fillOpacity": 1.0, "radius": 100.0}
STYLE_KEYS = (*STYLE_COLOURS, "dashArray", *STYLE_NUMBERS)
ANNOTATION_STYLE_KEYS = ("color", "fillColor", "dashArray", "weight", "opacity", "fillOpacity")
_HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_DASHES = re.compile(r"[0-9 ,.]{1,40}")


def style_value_problem(key: str, value: Any) -> str | None:
    """What keeps `value` from being drawn as style option `key`; None when it can be (and
    for options no renderer draws)."""
    if key in STYLE_COLOURS:
        if isinstance(value, str) and _HEX_COLOUR.fullmatch(value):
            return None
        return f"{_shown(value)} is not a colour #rrggbb"
    if key in STYLE_NUMBERS:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"expected a number, found {_shown(value)}"
        if not math.isfinite(value):
            return "expected a finite number"
        high = STYLE_NUMBERS[key]
        return None if 0 <= value <= high else f"{value} is outside the allowed range 0 to {high:g}"
    if key == "dashArray" and not (isinstance(value, str) and _DASHES.fullmatch(value)):
        return f"{_shown(value)} is not a dash pattern (numbers between spaces or commas)"
    return None


def _shown(value: Any) -> str:
    return f'"{value[:40]}"' if isinstance(value, str) else repr(value)[:40]


def clean_style(style: Any, keys: Iterable[str] = STYLE_KEYS) -> dict[str, Any]:
    """The options of `style` among `keys` whose values a renderer may draw; the rest left
    out (a style is user data)."""
    if not isinstance(style, dict):
        return {}
    return {
        key: style[key]
        for key in keys
        if key in style and style_value_problem(key, style[key]) is None
    }


def annotation_style(style: dict[str, Any], base: str = "annotation") -> dict[str, Any]:
    """What a renderer draws of an annotation's (or imported feature's) style: the drawable
    options over the colour and weight of ITEM_STYLES[base]."""
    defaults = ITEM_STYLES[base]
    clean: dict[str, Any] = {"color": defaults["color"], "weight": defaults["weight"]}
    for key, value in clean_style(style, ANNOTATION_STYLE_KEYS).items():
        clean[key] = float(value) if key in STYLE_NUMBERS else value
    return clean
