"""The one style definition every renderer reads: the on-screen map, the HTML export, the PDF
and the Qt window. Change a colour here and all of them follow."""

from __future__ import annotations

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
        "color": "#6f7782",        # border
        "weight": 0.8,
        "fillColor": "#f3f0e8",
        "fillOpacity": 1.0,
    },
    "countries_hover": {"weight": 2.0, "color": "#2b3a4a"},
    "font_family": "'DejaVu Sans', 'Segoe UI', Arial, sans-serif",
}
