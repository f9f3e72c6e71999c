"""The window's texts in the user's language.

Every user-visible text in `ui/` goes through `translate(context, text)`, Qt's
`QCoreApplication.translate`: `pyside6-lupdate` finds these calls (and
`QT_TRANSLATE_NOOP(context, text)` in tables built at import) and writes them to the .ts
files, which `scripts/build_translations.py` builds into the .qm files the window loads.
The context is the part of the window the text belongs to ("Menu", "LayerDock"), so a
translator sees where a word stands. Texts with a number take `n` (`"%n slide(s)"`).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate

__all__ = ["QT_TRANSLATE_NOOP", "date_input_format", "translate"]


def date_input_format() -> str:
    """The display format of a date field: as the language writes a short date, with the
    year in full ("06.01.2026", "06/01/2026"); English keeps ISO ("2026-01-06"), which
    reads the same on both sides of the Atlantic."""
    from PySide6.QtCore import QLocale

    from briefing_app.i18n import SOURCE_LANGUAGE, active_language

    language = active_language()
    if language == SOURCE_LANGUAGE:
        return "yyyy-MM-dd"
    pattern = QLocale(language).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern
