"""Positions as officials write them: decimal degrees, degrees-minutes-seconds and MGRS.

One place formats a position for the status bar and parses what a user types into a
coordinate field, so "54.1 N, 22.93 E", "54°06'00\"N 22°55'48\"E" and "34UFE2619996369" all
mean the same point everywhere. MGRS comes from the `mgrs` package (GEOTRANS' conversion);
it covers latitudes 80° S to 84° N, as the grid itself does. What is wrong with a typed
position is said in the active language; the notations themselves (N, E, MGRS) are not
translated: officials write them alike in every language.
"""

from __future__ import annotations

import math
import re
from typing import Literal

from briefing_app.i18n import translate

Style = Literal["decimal", "dms", "mgrs"]
STYLES: tuple[Style, ...] = ("decimal", "dms", "mgrs")
STYLE_NAMES: dict[Style, str] = {
    "decimal": "Decimal degrees",
    "dms": "Degrees, minutes, seconds",
    "mgrs": "MGRS",
}
MGRS_LAT_RANGE = (-80.0, 84.0)
MAX_INPUT = 80  # a coordinate field never needs more; longer text is refused, not parsed


class PositionError(ValueError):
    """Text that is not a position; the message says what was expected."""


def format_position(lat: float, lon: float, style: Style = "decimal") -> str:
    if style == "dms":
        return f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"
    if style == "mgrs":
        grid = to_mgrs(lat, lon)
        if grid is not None:
            return f"MGRS {grid}"
        # Outside the grid (polar caps) the status bar still says where the pointer is.
    return f"{abs(lat):.4f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.4f}° {'E' if lon >= 0 else 'W'}"


def _dms(value: float, positive: str, negative: str) -> str:
    hemisphere = positive if value >= 0 else negative
    total = round(abs(value) * 3600, 1)
    degrees, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{int(degrees)}°{int(minutes):02d}′{seconds:04.1f}″{hemisphere}"


def to_mgrs(lat: float, lon: float, precision: int = 5) -> str | None:
    """The 1 m grid reference (precision 5), spaced as on a map sheet; None off the grid."""
    if not (MGRS_LAT_RANGE[0] <= lat <= MGRS_LAT_RANGE[1]) or not -180 <= lon <= 180:
        return None
    import mgrs  # a compiled extension: loaded when a grid reference is first asked for

    try:
        text = mgrs.MGRS().toMGRS(lat, lon, MGRSPrecision=precision)
    except Exception:
        return None
    if isinstance(text, bytes):
        text = text.decode("ascii")
    split = len(text) - 2 * precision
    zone_band, square, digits = text[: split - 2], text[split - 2 : split], text[split:]
    return f"{zone_band} {square} {digits[:precision]} {digits[precision:]}"


_NUMBER = r"[-+]?\d+(?:[.,]\d+)?"
_DECIMAL_PAIR = re.compile(
    rf"^\s*({_NUMBER})\s*°?\s*([NSns])?\s*[,;\s]\s*({_NUMBER})\s*°?\s*([EWOew])?\s*$"
)
_DMS_PART = re.compile(
    r"(?P<deg>\d+(?:[.,]\d+)?)\s*[°d:\s]\s*"
    r"(?:(?P<min>\d+(?:[.,]\d+)?)\s*['′m:\s]?\s*)?"
    r"(?:(?P<sec>\d+(?:[.,]\d+)?)\s*(?:\"|″|''|s)?\s*)?"
    r"(?P<hem>[NSEWOnsewo])"
)
_MGRS = re.compile(
    r"^\s*(\d{1,2})\s*([C-HJ-NP-Xc-hj-np-x])\s*([A-HJ-NP-Za-hj-np-z]{2})"
    r"\s*(\d+)\s*(\d*)\s*$"
)


def parse_position(text: str) -> tuple[float, float]:
    """(lat, lon) from what a user typed; PositionError with an example when it is not one.

    Accepts "54.1, 22.93", "54.1 N 22.93 E", "54°06′00″N 22°55′48″E", "54 6 0 N 22 55 48 E"
    and MGRS such as "34U FE 26199 96369" (any spacing, 1 to 5 digit pairs).
    """
    if len(text) > MAX_INPUT:
        raise PositionError(
            translate("Coordinates", "A position is at most {count} characters long.").format(
                count=MAX_INPUT
            )
        )
    grid = _MGRS.match(text)
    if grid:
        return _from_mgrs(grid)
    pair = _DECIMAL_PAIR.match(text)
    if pair:
        lat = _signed(pair.group(1), pair.group(2), "S")
        lon = _signed(pair.group(3), pair.group(4), "W")
        return _checked(lat, lon)
    parts = list(_DMS_PART.finditer(text))
    leftover = _DMS_PART.sub("", text).strip(" ,;")
    if len(parts) == 2 and not leftover:
        values: dict[str, float] = {}
        for part in parts:
            hemisphere = part.group("hem").upper().replace("O", "E")
            value = float(part.group("deg").replace(",", "."))
            value += float((part.group("min") or "0").replace(",", ".")) / 60
            value += float((part.group("sec") or "0").replace(",", ".")) / 3600
            axis = "lat" if hemisphere in "NS" else "lon"
            if axis in values:
                break
            values[axis] = -value if hemisphere in "SW" else value
        else:
            return _checked(values["lat"], values["lon"])
    raise PositionError(
        translate(
            "Coordinates",
            "“{text}” is not a position. Type decimal degrees (54.1, 22.93), "
            "degrees-minutes-seconds (54°06′00″N 22°55′48″E) or MGRS (34U FE 26199 96369).",
        ).format(text=text.strip())
    )


def _signed(number: str, hemisphere: str | None, negative: str) -> float:
    value = float(number.replace(",", "."))
    if hemisphere and hemisphere.upper() == negative:
        value = -abs(value)
    return value


def _checked(lat: float, lon: float) -> tuple[float, float]:
    if not (math.isfinite(lat) and math.isfinite(lon)) or not -90 <= lat <= 90:
        raise PositionError(
            translate("Coordinates", "Latitude {value} is outside −90 to 90.").format(
                value=f"{lat:g}"
            )
        )
    if not -180 <= lon <= 180:
        raise PositionError(
            translate("Coordinates", "Longitude {value} is outside −180 to 180.").format(
                value=f"{lon:g}"
            )
        )
    return lat, lon


def _from_mgrs(grid: re.Match[str]) -> tuple[float, float]:
    zone, band, square, first, second = grid.groups()
    digits = first + second
    if not 1 <= int(zone) <= 60 or len(digits) % 2 or len(digits) > 10:
        raise PositionError(
            translate(
                "Coordinates",
                "“{text}” is not an MGRS reference: a zone 1–60, a band letter, "
                "two square letters and an even number of digits (up to 10).",
            ).format(text=grid.string.strip())
        )
    import mgrs

    try:
        lat, lon = mgrs.MGRS().toLatLon(f"{int(zone):02d}{band}{square}{digits}".upper())
    except Exception as exc:
        raise PositionError(
            translate("Coordinates", "“{text}” is not a valid MGRS reference.").format(
                text=grid.string.strip()
            )
        ) from exc
    return _checked(float(lat), float(lon))
