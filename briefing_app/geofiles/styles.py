"""Feature styles: Leaflet path options ("color", "weight", "opacity", "fillColor",
"fillOpacity") on our side, KML's aabbggrr colours on the other."""

from __future__ import annotations

import re
from typing import Any

from briefing_app.style import map_style as style

# The options an imported feature keeps (KML and the GeoJSON writers know these).
STYLE_KEYS = ("color", "weight", "opacity", "fillColor", "fillOpacity")
_KML_COLOUR = re.compile(r"[0-9a-fA-F]{8}")


def clean_style(given: Any) -> dict[str, Any]:
    """Only the style options an imported feature keeps, with values the app draws."""
    return style.clean_style(given, STYLE_KEYS)


def kml_colour(text: str | None) -> tuple[str, float] | None:
    """KML's aabbggrr as ("#rrggbb", opacity), or None when it is not a colour."""
    text = (text or "").strip().lstrip("#")
    if not _KML_COLOUR.fullmatch(text):
        return None
    alpha, blue, green, red = (text[i : i + 2] for i in range(0, 8, 2))
    return f"#{red}{green}{blue}".lower(), round(int(alpha, 16) / 255, 3)


def to_kml_colour(colour: str, opacity: float = 1.0) -> str:
    """ "#rrggbb" and an opacity as KML's aabbggrr."""
    red, green, blue = colour[1:3], colour[3:5], colour[5:7]
    alpha = max(0, min(255, round(opacity * 255)))
    return f"{alpha:02x}{blue}{green}{red}".lower()
