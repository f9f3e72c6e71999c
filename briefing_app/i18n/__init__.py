"""The languages of the app's own texts (English, French, German, Polish), without Qt.

- languages.py: which languages, the active one (`set_language`, `using_language`) and the
  default from the system locale (`system_language`, `language_for_locale`);
- catalogue.py: `translate(context, source)` in the active language and
  `translator(language).translate(...)` in a given one, read from the same Qt Linguist .ts
  files the window's QTranslator loads as .qm (`scripts/build_translations.py` builds and
  checks them);
- dates.py: `format_date` in a language's words (Babel, imported on first use).

Importing this package is cheap: no XML parser, no Babel until a text or date is asked for.
The author's texts (titles, talking points, classification words) are never translated.
"""

from briefing_app.i18n.catalogue import (
    Translator,
    qm_path,
    read_ts,
    translate,
    translate_noop,
    translated_languages,
    translations_dir,
    translator,
    ts_path,
)
from briefing_app.i18n.dates import DateStyle, format_date, format_day_text
from briefing_app.i18n.languages import (
    LANGUAGE_NAMES,
    LANGUAGES,
    SOURCE_LANGUAGE,
    active_language,
    check_language,
    language_for_locale,
    set_language,
    system_language,
    system_locale_name,
    using_language,
)
from briefing_app.i18n.numbers import format_number

__all__ = [
    "LANGUAGES",
    "LANGUAGE_NAMES",
    "SOURCE_LANGUAGE",
    "DateStyle",
    "Translator",
    "active_language",
    "check_language",
    "format_date",
    "format_day_text",
    "format_number",
    "language_for_locale",
    "qm_path",
    "read_ts",
    "set_language",
    "system_language",
    "system_locale_name",
    "translate",
    "translate_noop",
    "translated_languages",
    "translations_dir",
    "translator",
    "ts_path",
    "using_language",
]
