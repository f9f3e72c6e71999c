"""The app's own texts in the active language, for the code that runs without Qt.

One source for every translation: the Qt Linguist files `translations/briefing_app_<lang>.ts`.
The window loads the `.qm` files `pyside6-lrelease` builds from them (QTranslator); the
headless code (PDF, HTML, PPTX, the command line) reads the same `.ts` files here, with the
standard library's XML parser, skipping what lrelease leaves out of a `.qm` built with
`-nounfinished`: unfinished, vanished and obsolete entries, and empty translations.
`scripts/build_translations.py --check` fails when a `.qm` is not what its `.ts` builds to.

Marking a text, as `pyside6-lupdate` (PySide6 6.11) reads Python:
- `translate("Context", "Page {page} of {pages}").format(page=1, pages=12)`, also as
  `i18n.translate(...)` or `translator.translate(...)`, with the context and the text as
  string literals and every argument by position: lupdate silently skips a call with a
  keyword argument (`n=3`, `disambiguation=...`), a variable as the context, and it takes
  an f-string as its unformatted source, which then never matches at run time;
- `translate("Context", "Open", "a menu")` for a disambiguation (the .ts file's comment),
  `translate("Context", "%n page(s)", None, count)` for plural forms;
- `translate_noop("Context", "text")` for a text stored now and translated when shown
  (QT_TRANSLATE_NOOP; the build script tells lupdate the name).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

from briefing_app.i18n.languages import (
    LANGUAGES,
    SOURCE_LANGUAGE,
    active_language,
    check_language,
)

TS_PREFIX: Final = "briefing_app_"
# A message's key: context, source text, disambiguation ("comment" in a .ts file).
Key = tuple[str, str, str]
# A translation: one text, or the plural forms of a "%n" message in the language's order.
Catalogue = dict[Key, tuple[str, ...]]
_SKIPPED_TYPES: Final = frozenset({"unfinished", "vanished", "obsolete"})


def translations_dir() -> Path:
    """Where the .ts and .qm files ship: beside this module (package data of the wheel, the
    same folder in the desktop build)."""
    return Path(__file__).resolve().parent / "translations"


def ts_path(language: str) -> Path:
    return translations_dir() / f"{TS_PREFIX}{language}.ts"


def qm_path(language: str) -> Path:
    """The compiled translation for QTranslator.load (none for English, the source)."""
    return translations_dir() / f"{TS_PREFIX}{language}.qm"


def translated_languages() -> tuple[str, ...]:
    """The languages that have a translation file: all but the source language."""
    return tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)


def read_ts(path: Path) -> Catalogue:
    """The finished translations of a .ts file, by (context, source, disambiguation)."""
    # Imported here: nothing at start-up needs the XML parser. The file is the app's own
    # (shipped, not opened by the user), so the standard parser is safe for it.
    from xml.etree import ElementTree

    catalogue: Catalogue = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in _SKIPPED_TYPES:
                continue
            if message.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            if not forms or not all(forms):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            catalogue[key] = forms
    return catalogue


@lru_cache(maxsize=len(LANGUAGES))
def _catalogue(language: str) -> Catalogue:
    path = ts_path(language)
    if language == SOURCE_LANGUAGE or not path.is_file():
        return {}
    return read_ts(path)


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in the active language, as QCoreApplication.translate(context, source,
    disambiguation, n) gives it in the window; the source text itself where there is no
    finished translation. With `n` >= 0 the language's plural form is chosen and "%n"
    replaced by `n`. Pass the arguments by position: lupdate skips a call with keywords."""
    return _translated(active_language(), context, source, disambiguation, n)


@dataclass(frozen=True)
class Translator:
    """The app's texts in one language, whatever the active one: for an export in a
    language given on the command line, or work on a thread of its own.
    `translator("de").translate("Context", "text")` is extracted by lupdate as `translate`."""

    language: str

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return _translated(self.language, context, source, disambiguation, n)


def translator(language: str | None = None) -> Translator:
    """A Translator for `language` (default: the active language); ValueError for a
    language the app does not speak."""
    return Translator(check_language(language or active_language()))


def _translated(code: str, context: str, source: str, disambiguation: str | None, n: int) -> str:
    catalogue = _catalogue(code) if code in LANGUAGES else {}
    forms = catalogue.get((context, source, disambiguation or ""))
    if forms is None and disambiguation:
        # As Qt does: a text marked with a disambiguation may be translated without one.
        forms = catalogue.get((context, source, ""))
    text = source if forms is None else forms[min(plural_form(code, n), len(forms) - 1)]
    return text.replace("%n", str(n)) if n >= 0 else text


def translate_noop(context: str, source: str, disambiguation: str | None = None) -> str:
    """Mark `source` for translation without translating it (QT_TRANSLATE_NOOP): for a text
    kept in a table and passed to `translate(context, text)` when shown.
    `scripts/build_translations.py` tells lupdate to read this name as QT_TRANSLATE_NOOP."""
    del context, disambiguation
    return source


def plural_form(language: str, n: int) -> int:
    """The index of the plural form for `n`, in Qt Linguist's order for the language."""
    if n < 0:
        return 0
    if language == "fr":
        return 0 if n < 2 else 1
    if language == "pl":
        if n == 1:
            return 0
        return 1 if 2 <= n % 10 <= 4 and not 10 <= n % 100 <= 19 else 2
    return 0 if n == 1 else 1  # en, de
