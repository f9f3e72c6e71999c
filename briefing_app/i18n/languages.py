"""The languages the app speaks, which one is active, and the default from a system locale.

The active language is process-wide: set once at start-up by the command line's
`--language` or the window's remembered choice (`set_language`). `using_language` overrides
it for a block of code (a test, an export in another language) in the current thread or
asyncio task only (a `ContextVar`), so an export on a worker thread does not change the
window's language. A thread started inside the block does not inherit the override: pass
the language to it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Final

# The languages of the app's own texts (window, exports). English is the source language:
# the texts are written in English in the code.
LANGUAGES: Final = ("en", "fr", "de", "pl")
SOURCE_LANGUAGE: Final = "en"
# What a language menu shows: each language in its own name, so a user who cannot read the
# current language still finds theirs.
LANGUAGE_NAMES: Final = {"en": "English", "fr": "Français", "de": "Deutsch", "pl": "Polski"}

_process_language = SOURCE_LANGUAGE
_override: ContextVar[str | None] = ContextVar("briefing_app_language", default=None)


def check_language(code: str) -> str:
    """`code` if the app speaks it; a ValueError naming the choices otherwise."""
    if code not in LANGUAGES:
        # Imported here: catalogue reads the translations, which need this module.
        from briefing_app.i18n.catalogue import translate

        raise ValueError(
            translate("Language", "Unknown language {code}; choose one of {choices}.").format(
                code=repr(code), choices=", ".join(LANGUAGES)
            )
        )
    return code


def active_language() -> str:
    """The language the app's texts are given in now: `using_language`'s, else the process's."""
    return _override.get() or _process_language


def set_language(code: str) -> None:
    """Set the process's language (the command line's `--language`, the window's setting)."""
    global _process_language
    _process_language = check_language(code)


@contextmanager
def using_language(code: str) -> Iterator[str]:
    """The app's texts in `code` inside the block, in this thread (or task) only."""
    token = _override.set(check_language(code))
    try:
        yield code
    finally:
        _override.reset(token)


# A POSIX locale name: language, then _TERRITORY, .codeset and @modifier, each optional;
# BCP 47 tags ("de-AT") and Qt's names ("de_AT") read the same way.
_LOCALE = re.compile(r"^([A-Za-z]{2,3})(?:[_-][A-Za-z0-9]+)*(?:\.[^@]*)?(?:@.*)?$")


def _spoken(locale_name: str | None) -> str | None:
    match = _LOCALE.match((locale_name or "").strip())
    code = match.group(1).lower() if match else ""
    return code if code in LANGUAGES else None


def language_for_locale(locale_name: str | None) -> str:
    """The app's language for a system locale: "de_AT.UTF-8" -> "de", "pl-PL" -> "pl";
    any locale in a language the app does not speak ("pt_BR"), or none ("C", "POSIX", ""),
    -> English."""
    return _spoken(locale_name) or SOURCE_LANGUAGE


def system_locale_name(environ: Mapping[str, str] | None = None) -> str:
    """The user's locale for messages as POSIX says to read it (LC_ALL, then LC_MESSAGES,
    then LANG), or "" when none is set (as on Windows, where the window asks Qt instead:
    QLocale.system().name()). GNU's LANGUAGE, a list of preferences, comes first when set:
    its first entry in a language the app speaks."""
    env = os.environ if environ is None else environ
    for preference in env.get("LANGUAGE", "").split(":"):
        if _spoken(preference):
            return preference
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(name):
            return env[name]
    return ""


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The default language: the system locale's if the app speaks it, else English."""
    return language_for_locale(system_locale_name(environ))
