"""Dates in the words of a language, from CLDR through Babel: "7 December 2026",
"7. Dezember 2026", "7 décembre 2026", "7 grudnia 2026".

Babel is imported on the first call, not with this module: the window's start does not
need it (it loads CLDR data files and takes tens of milliseconds).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Final, Literal, get_args

from briefing_app.i18n.languages import active_language, check_language

DateStyle = Literal["long", "medium"]
# English as the EU institutions write it (day, month, year: "7 December 2026"), not CLDR's
# "en" (US: "December 7, 2026"); the other languages as their CLDR locale writes them.
_CLDR_LOCALE: Final = {"en": "en_GB", "fr": "fr", "de": "de", "pl": "pl"}


# English, the source language, as CLDR's en_GB writes it, without Babel: a start in
# English shows its dates without loading CLDR (tests/test_scene_language.py holds the two
# alike).
_ENGLISH_MONTHS: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_date(day: dt.date, language: str | None = None, style: DateStyle = "long") -> str:
    """`day` as a language writes it (default: the active language). "long": "7 December
    2026", "7. Dezember 2026", "7 décembre 2026", "7 grudnia 2026"; "medium": "7 Dec 2026",
    "07.12.2026", "7 déc. 2026", "7 gru 2026"."""
    if style not in get_args(DateStyle):
        raise ValueError(f"unknown date style {style!r}; expected one of {get_args(DateStyle)}")
    return _formatted(day, check_language(language or active_language()), style)


# Scenes are built on every edit and date change, and each shows the same few dates.
@lru_cache(maxsize=1024)
def _formatted(day: dt.date, code: str, style: DateStyle) -> str:
    if code == "en":
        month = _ENGLISH_MONTHS[day.month - 1]
        return f"{day.day} {month if style == 'long' else month[:3]} {day.year}"
    from babel.dates import format_date as babel_format_date

    return str(babel_format_date(day, format=style, locale=_CLDR_LOCALE[code]))


def format_day_text(text: str, language: str | None = None, style: DateStyle = "long") -> str:
    """A date the data or the scene carries as ISO text ("2026-01-06") as a language writes
    it; a year or a month alone ("2017", "2017-04"), or any other text, as it is."""
    if len(text) != 10:
        return text
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return text
    return format_date(day, language, style)
