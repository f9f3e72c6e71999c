"""Numbers as a language writes them: "1,234,567.89", "1.234.567,89", "1 234 567,89".

Babel is imported on the first call in a language other than English (English is written
without it, as the app's start needs no CLDR data)."""

from __future__ import annotations

from functools import lru_cache

from briefing_app.i18n.dates import _CLDR_LOCALE
from briefing_app.i18n.languages import active_language, check_language


def format_number(value: float, decimals: int = 0, language: str | None = None) -> str:
    """`value` with `decimals` digits after the point, grouped by thousands."""
    code = check_language(language or active_language())
    if code == "en":
        return f"{value:,.{decimals}f}"
    from babel.numbers import format_decimal

    return str(format_decimal(value, format=_pattern(decimals), locale=_CLDR_LOCALE[code]))


@lru_cache(maxsize=8)
def _pattern(decimals: int) -> str:
    return "#,##0" + ("." + "0" * decimals if decimals else "")
