"""Themes of the window and the map: light (the look of style.py), dark, and a high-contrast
theme for projectors. A theme is data (named colours); the Qt side (ui/theme.py) turns it into
a palette and a style sheet, the map page receives `theme_style()` in a "theme" message.

Printed pages always use the light look of style.py: paper is white.

Also here: simulation of colour-vision deficiencies and colour differences, with which the
tests check that every theme's category colours stay distinguishable."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from briefing_app.style.map_style import (
    BASEMAP_STYLE,
    ITEM_STYLES,
    MAP_STYLE,
    MEMBERSHIP_STYLE,
    OKABE_ITO,
)

MEMBERSHIP_CATEGORIES = ("member", "both", "first_only", "second_only")


@dataclass(frozen=True)
class Theme:
    name: str
    label: str  # menu text
    dark: bool  # a dark window (Qt picks its light/dark variants)
    # The window (QPalette roles, by their Qt names).
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    disabled_text: str  # inactive controls only (WCAG sets them no contrast)
    muted_text: str  # secondary text (coverage, dates): AA on window and base
    tooltip_base: str
    tooltip_text: str
    link: str
    # The map.
    sea: str
    land: str
    border: str
    border_weight: float
    hover_border: str
    hover_weight: float
    label_text: str
    label_background: str
    label_size: int  # px, country tooltips and item labels
    legend_background: str
    legend_text: str
    legend_border: str
    selection: str
    # Membership: one colour per category, drawn at membership_opacity over the land.
    membership: dict[str, str] = field(default_factory=dict)
    membership_opacity: float = 0.75
    membership_border: str = "#37424f"
    membership_weight: float = 1.0
    # The basemap: rivers and lakes, place dots, and how strongly the relief shows.
    water: str = "#5b8fbf"
    place: str = "#3a4450"  # a city dot, a capital's ring
    place_fill: str = "#ffffff"  # a city dot's rim, a capital's centre
    relief_opacity: float = BASEMAP_STYLE["relief_opacity"]
    relief_blend: str = BASEMAP_STYLE["relief_blend"]
    relief_filter: str = BASEMAP_STYLE["relief_filter"]


LIGHT = Theme(
    name="light",
    label="&Light",
    dark=False,
    window="#efefef",
    window_text="#1b2a3a",
    base="#ffffff",
    alternate_base="#f4f6f8",
    text="#1b2a3a",
    button="#efefef",
    button_text="#1b2a3a",
    highlight="#0072b2",
    highlighted_text="#ffffff",
    disabled_text="#8a929a",
    muted_text="#4a5564",
    tooltip_base="#ffffdc",
    tooltip_text="#1b2a3a",
    link="#0060a0",
    sea=MAP_STYLE["background"],
    land=MAP_STYLE["countries"]["fillColor"],
    border=MAP_STYLE["countries"]["color"],
    border_weight=MAP_STYLE["countries"]["weight"],
    hover_border=MAP_STYLE["countries_hover"]["color"],
    hover_weight=MAP_STYLE["countries_hover"]["weight"],
    label_text="#1b2a3a",
    label_background="#ffffff",
    label_size=12,
    legend_background="#ffffff",
    legend_text="#333333",
    legend_border="#37424f",
    selection="#ffb000",
    membership={k: MEMBERSHIP_STYLE[k] for k in MEMBERSHIP_CATEGORIES},
    membership_opacity=MEMBERSHIP_STYLE["fillOpacity"],
    membership_border=MEMBERSHIP_STYLE["color"],
    membership_weight=MEMBERSHIP_STYLE["weight"],
)

# Dark: slate land on a near-black sea. The light theme's dark blue would sink into the dark
# land, and its purple "both" comes close to sky blue for protanopes and deuteranopes; on dark
# land, sky blue / yellow (Okabe-Ito) and dark green (Tol) stay far apart for both (see
# tests/test_themes.py).
DARK = Theme(
    name="dark",
    label="&Dark",
    dark=True,
    window="#20262d",
    window_text="#e6eaef",
    base="#161b21",
    alternate_base="#242b33",
    text="#e6eaef",
    button="#2b333c",
    button_text="#e6eaef",
    highlight="#56b4e9",
    highlighted_text="#0d1117",
    disabled_text="#6b7580",
    muted_text="#b8c4d0",
    tooltip_base="#2b333c",
    tooltip_text="#e6eaef",
    link="#7cc4f0",
    sea="#0e1621",
    land="#444c57",
    border="#9aa4b0",
    border_weight=0.9,
    hover_border="#ffffff",
    hover_weight=2.2,
    label_text="#f0f3f6",
    label_background="#1e252d",
    label_size=12,
    legend_background="#1e252d",
    legend_text="#e6eaef",
    legend_border="#9aa4b0",
    selection="#ffd400",
    membership={
        "member": OKABE_ITO["sky"],
        "both": "#117733",
        "first_only": OKABE_ITO["sky"],
        "second_only": OKABE_ITO["yellow"],
    },
    membership_opacity=0.9,
    membership_border="#d0d6dd",
    membership_weight=1.0,
    water="#3f7fb0",
    place="#e6eaef",
    place_fill="#161b21",
    relief_opacity=1.0,
    relief_blend="soft-light",
    relief_filter="none",
)

# High contrast, for projectors that wash out pale colours and thin lines: black sea, white
# land, heavy black borders, large black-on-yellow labels, opaque groupings. "Both" is Tol's
# teal: the light theme's purple comes close to blue for protanopes once it is opaque, and a
# dark colour would lose the coastline against the black sea.
HIGH_CONTRAST = Theme(
    name="high_contrast",
    label="&High Contrast",
    dark=True,
    window="#000000",
    window_text="#ffffff",
    base="#000000",
    alternate_base="#1a1a1a",
    text="#ffffff",
    button="#000000",
    button_text="#ffffff",
    highlight="#ffd400",
    highlighted_text="#000000",
    disabled_text="#a0a0a0",
    muted_text="#d8d8d8",
    tooltip_base="#ffd400",
    tooltip_text="#000000",
    link="#ffd400",
    sea="#000000",
    land="#ffffff",
    border="#000000",
    border_weight=2.5,
    hover_border="#ffd400",
    hover_weight=5.0,
    label_text="#000000",
    label_background="#ffd400",
    label_size=17,
    legend_background="#000000",
    legend_text="#ffffff",
    legend_border="#ffd400",
    selection="#ffd400",
    membership={
        "member": OKABE_ITO["blue"],
        "both": "#44aa99",
        "first_only": OKABE_ITO["blue"],
        "second_only": OKABE_ITO["orange"],
    },
    membership_opacity=1.0,
    membership_border="#000000",
    membership_weight=2.5,
    # Projectors wash out subtle shading, and it would only muddy the opaque fills.
    water="#0057b8",
    place="#000000",
    place_fill="#ffffff",
    relief_opacity=0.35,
)

THEMES: dict[str, Theme] = {t.name: t for t in (LIGHT, DARK, HIGH_CONTRAST)}
DEFAULT_THEME = "light"


def get_theme(name: str) -> Theme:
    """The theme of that name, or the default one for an unknown name (an old setting)."""
    return THEMES.get(name, THEMES[DEFAULT_THEME])


def theme_style(name: str) -> dict[str, Any]:
    """The page's `config.style` keys this theme changes, for the map page's "theme"
    message. Membership colours are given per category key (`membership`), the key that
    scenes assign countries and legend entries to."""
    t = get_theme(name)
    return {
        "theme": t.name,
        "background": t.sea,
        "countries": {
            **MAP_STYLE["countries"],
            "color": t.border,
            "weight": t.border_weight,
            "fillColor": t.land,
        },
        "countries_hover": {"color": t.hover_border, "weight": t.hover_weight},
        "membership": {
            **MEMBERSHIP_STYLE,
            **t.membership,
            "fillOpacity": t.membership_opacity,
            "color": t.membership_border,
            "weight": t.membership_weight,
        },
        "label_size": t.label_size,
        "basemap": basemap_style(t),
    }


def basemap_style(t: Theme) -> dict[str, Any]:
    """The basemap's page style in a theme: water in its colour, lakes filled like the sea,
    place dots with the theme's outline."""
    base = BASEMAP_STYLE
    return {
        **base,
        "relief_opacity": t.relief_opacity,
        "relief_blend": t.relief_blend,
        "relief_filter": t.relief_filter,
        "river": {**base["river"], "color": t.water},
        "river_named": {**base["river_named"], "color": t.water},
        "lake": {**base["lake"], "color": t.water, "fillColor": t.sea},
        "place": {**base["place"], "color": t.place_fill, "fillColor": t.place},
        "capital": {**base["capital"], "color": t.place, "fillColor": t.place_fill},
    }


def legend_item_colours() -> dict[str, str]:
    """Colours of map items that have their own legend entry (style name -> colour)."""
    return {
        "flashpoint": ITEM_STYLES["flashpoint"]["fillColor"],
        "occupied": ITEM_STYLES["occupied"]["color"],
        "annotation": ITEM_STYLES["annotation"]["color"],
    }


# ---------------------------------------------------------------- colour science

# WCAG 2.1 AA for normal-size text (success criterion 1.4.3).
WCAG_AA_TEXT = 4.5


def text_pairs(theme: Theme) -> dict[str, tuple[str, str]]:
    """Every (text, background) pair the window's palette puts together in `theme`; what a
    style sheet adds is checked from the sheet itself (tests/ui/test_contrast.py)."""
    t = theme
    return {
        "window text": (t.window_text, t.window),
        "text in a field": (t.text, t.base),
        "text in an alternate row": (t.text, t.alternate_base),
        "button text": (t.button_text, t.button),
        "selected text": (t.highlighted_text, t.highlight),
        "tool tip": (t.tooltip_text, t.tooltip_base),
        "link in a field": (t.link, t.base),
        "link on the window": (t.link, t.window),
        "secondary text on the window": (t.muted_text, t.window),
        "secondary text in a field": (t.muted_text, t.base),
        "map label": (t.label_text, t.label_background),
        "legend text": (t.legend_text, t.legend_background),
    }


def relative_luminance(colour: str) -> float:
    r, g, b = (_to_linear(v) for v in hex_to_rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(colour1: str, colour2: str) -> float:
    """WCAG 2.1 contrast ratio, 1 (none) to 21 (black on white)."""
    dark, light = sorted((relative_luminance(colour1), relative_luminance(colour2)))
    return (light + 0.05) / (dark + 0.05)


def hex_to_rgb(colour: str) -> tuple[float, float, float]:
    """'#rrggbb' -> sRGB in 0..1."""
    text = colour.lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    r, g, b = (int(text[i : i + 2], 16) / 255.0 for i in (0, 2, 4))
    return r, g, b


def rgb_to_hex(rgb: Iterable[float]) -> str:
    return "#" + "".join(f"{round(min(1.0, max(0.0, v)) * 255):02x}" for v in rgb)


def _to_linear(v: float) -> float:
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def _to_srgb(v: float) -> float:
    v = min(1.0, max(0.0, v))
    return v * 12.92 if v <= 0.0031308 else 1.055 * v ** (1 / 2.4) - 0.055


def composite(fill: str, under: str, opacity: float) -> str:
    """`fill` painted at `opacity` over `under`, as a browser or PDF viewer blends (in sRGB)."""
    f, u = hex_to_rgb(fill), hex_to_rgb(under)
    return rgb_to_hex(tuple(opacity * a + (1 - opacity) * b for a, b in zip(f, u, strict=True)))


# Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of Color
# Vision Deficiency", IEEE TVCG 15(6); the matrices for severity 1.0 (dichromacy), applied to
# linear RGB.
_MACHADO = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}


def simulate(colour: str, deficiency: str) -> str:
    """How `colour` looks to a dichromat ("protanopia", "deuteranopia", "tritanopia")."""
    matrix = _MACHADO[deficiency]
    lin = [_to_linear(v) for v in hex_to_rgb(colour)]
    out = tuple(_to_srgb(sum(m * v for m, v in zip(row, lin, strict=True))) for row in matrix)
    return rgb_to_hex(out)


def simulate_deuteranopia(colour: str) -> str:
    return simulate(colour, "deuteranopia")


def simulate_protanopia(colour: str) -> str:
    return simulate(colour, "protanopia")


def simulate_tritanopia(colour: str) -> str:
    return simulate(colour, "tritanopia")


def hex_to_lab(colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour."""
    r, g, b = (_to_linear(v) for v in hex_to_rgb(colour))
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def delta_e76(lab1: tuple[float, float, float], lab2: tuple[float, float, float]) -> float:
    return math.dist(lab1, lab2)


def delta_e2000(lab1: tuple[float, float, float], lab2: tuple[float, float, float]) -> float:
    """CIEDE2000 colour difference (Sharma, Wu & Dalal 2005), kL = kC = kH = 1."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    c_mean7 = ((c1 + c2) / 2) ** 7
    g = 0.5 * (1 - math.sqrt(c_mean7 / (c_mean7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dl = l2 - l1
    dc = c2p - c1p
    if c1p * c2p == 0:
        dh = 0.0
    elif abs(h2p - h1p) <= 180:
        dh = h2p - h1p
    elif h2p - h1p > 180:
        dh = h2p - h1p - 360
    else:
        dh = h2p - h1p + 360
    dhh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_mean = (l1 + l2) / 2
    c_mean = (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_mean = (h1p + h2p) / 2
    elif h1p + h2p < 360:
        h_mean = (h1p + h2p + 360) / 2
    else:
        h_mean = (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_mean - 30))
        + 0.24 * math.cos(math.radians(2 * h_mean))
        + 0.32 * math.cos(math.radians(3 * h_mean + 6))
        - 0.20 * math.cos(math.radians(4 * h_mean - 63))
    )
    d_theta = 30 * math.exp(-(((h_mean - 275) / 25) ** 2))
    c_mean7 = c_mean**7
    rc = 2 * math.sqrt(c_mean7 / (c_mean7 + 25**7))
    sl = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    sc = 1 + 0.045 * c_mean
    sh = 1 + 0.015 * c_mean * t
    rt = -math.sin(math.radians(2 * d_theta)) * rc
    return math.sqrt(
        (dl / sl) ** 2 + (dc / sc) ** 2 + (dhh / sh) ** 2 + rt * (dc / sc) * (dhh / sh)
    )


def colour_difference(colour1: str, colour2: str, deficiency: str | None = None) -> float:
    """CIEDE2000 between two sRGB colours, as seen with `deficiency` (None: normal vision)."""
    if deficiency:
        colour1, colour2 = simulate(colour1, deficiency), simulate(colour2, deficiency)
    return delta_e2000(hex_to_lab(colour1), hex_to_lab(colour2))


def membership_swatches(theme: Theme) -> dict[str, str]:
    """The colours a viewer sees for each membership category of a comparison (the fill
    blended over the land) and for a country in neither grouping (the land)."""
    out = {
        c: composite(theme.membership[c], theme.land, theme.membership_opacity)
        for c in ("both", "first_only", "second_only")
    }
    out["neither"] = theme.land
    return out


# ---------------------------------------------------------------- the map page's CSS


def _rgba(colour: str, alpha: float) -> str:
    r, g, b = (round(v * 255) for v in hex_to_rgb(colour))
    return f"rgba({r}, {g}, {b}, {alpha:g})"


# The map page's colours that change with the theme, by role: briefing_map.css reads each as
# var(--briefing-ROLE) and holds no colour of its own for a theme (tests/test_themes.py).
# The light theme gives every role the rules outside a theme's own use; another theme gives
# the roles it changes (the rest keep the light value, as custom properties inherit).
PAGE_COLOURS: dict[str, dict[str, str]] = {
    "light": {
        "sea": LIGHT.sea,
        "panel": _rgba(LIGHT.legend_background, 0.92),  # the legend
        "measure": _rgba(LIGHT.legend_background, 0.95),
        "panel-shadow": "rgba(0, 0, 0, 0.3)",
        "legend-header": LIGHT.legend_text,
        "swatch-border": LIGHT.legend_border,
        "selection": LIGHT.selection,
        "text-halo": "#ffffff",  # behind a text annotation
        "map-label-text": LIGHT.label_text,
        "map-label-background": _rgba(LIGHT.label_background, 0.8),
        "place-label-halo": "#ffffff",
        "city-label": "#2b2f36",
        "capital-label": "#14181d",
        "country-label": LIGHT.muted_text,
        "leader": LIGHT.label_text,
        "leader-dot": LIGHT.label_text,
        "attribution-background": _rgba("#ffffff", 0.75),
        "attribution-text": "#333333",
        "place-dot-fill": LIGHT.place_fill,
        "place-dot-ring": "#1b2a3a",
    },
    "dark": {
        "sea": DARK.sea,
        "panel": _rgba(DARK.legend_background, 0.94),
        "panel-text": DARK.legend_text,
        "panel-shadow": "rgba(0, 0, 0, 0.7)",
        "legend-header": DARK.legend_text,
        "swatch-border": DARK.membership_border,
        "tooltip-background": DARK.label_background,
        "tooltip-text": DARK.label_text,
        "tooltip-border": "#5a6470",
        "tooltip-arrow": DARK.label_background,
        "popup-muted": DARK.muted_text,
        "button": DARK.button,
        "button-text": DARK.button_text,
        "button-border": "#5a6470",
        "scale-background": _rgba(DARK.legend_background, 0.8),
        "scale-text": DARK.legend_text,
        "scale-border": DARK.membership_border,
        "selection": DARK.selection,
        "map-label-text": DARK.label_text,
        "map-label-background": _rgba(DARK.label_background, 0.85),
        "place-label-text": DARK.window_text,
        "place-label-halo": "#000000",
        "leader": DARK.window_text,
        "leader-dot": DARK.window_text,
        "attribution-background": _rgba(DARK.legend_background, 0.8),
        "attribution-text": DARK.membership_border,
        "place-dot-fill": DARK.label_background,
        "place-dot-ring": DARK.place,
    },
    "high_contrast": {
        "sea": HIGH_CONTRAST.sea,
        "panel": HIGH_CONTRAST.legend_background,
        "panel-text": HIGH_CONTRAST.legend_text,
        "panel-border": HIGH_CONTRAST.legend_border,
        "legend-header": HIGH_CONTRAST.legend_border,
        "swatch-border": "#ffffff",
        "tooltip-background": HIGH_CONTRAST.label_background,
        "tooltip-text": HIGH_CONTRAST.label_text,
        "tooltip-border": "#000000",
        "tooltip-arrow": "#000000",
        "popup-background": HIGH_CONTRAST.legend_background,
        "popup-text": HIGH_CONTRAST.legend_text,
        "popup-border": HIGH_CONTRAST.legend_border,
        "popup-title": HIGH_CONTRAST.legend_border,
        "popup-muted": HIGH_CONTRAST.legend_text,
        "button": HIGH_CONTRAST.button,
        "button-text": HIGH_CONTRAST.highlight,
        "button-border": HIGH_CONTRAST.highlight,
        "scale-background": HIGH_CONTRAST.legend_background,
        "scale-text": HIGH_CONTRAST.legend_text,
        "scale-border": HIGH_CONTRAST.legend_border,
        "selection": HIGH_CONTRAST.selection,
        "map-label-text": HIGH_CONTRAST.label_text,
        "map-label-background": HIGH_CONTRAST.label_background,
        "place-label-background": "#ffffff",
        "place-label-text": "#000000",
        "leader": "#000000",
        "attribution-background": HIGH_CONTRAST.legend_background,
        "attribution-text": HIGH_CONTRAST.legend_text,
        "place-dot-fill": HIGH_CONTRAST.place_fill,
        "place-dot-ring": HIGH_CONTRAST.place,
    },
}


def page_theme_css() -> str:
    """The map page's theme colours as CSS custom properties: the light theme's on the root,
    each other theme's on body.briefing-theme-NAME (the class the "theme" message sets)."""
    blocks = []
    for name, colours in PAGE_COLOURS.items():
        selector = ":root" if name == DEFAULT_THEME else f"body.briefing-theme-{name}"
        values = " ".join(f"--briefing-{role}: {value};" for role, value in colours.items())
        blocks.append(f"{selector} {{ {values} }}")
    return "\n".join(blocks)
