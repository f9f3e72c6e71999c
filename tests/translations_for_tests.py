"""A translator's .ts file for a test: a few texts in one language, written to a temporary
folder that the headless catalogue (briefing_app.i18n.catalogue) reads instead of the
shipped translations, so a test does not depend on what the shipped files translate yet."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

from briefing_app.i18n import catalogue

Messages = Mapping[str, Mapping[str, str]]  # context -> source text -> translation


def ts_text(language: str, messages: Messages) -> str:
    """The messages as Qt Linguist writes a .ts file, every entry finished."""
    contexts = []
    for context, texts in messages.items():
        entries = "".join(
            f"    <message>\n        <source>{escape(source)}</source>\n"
            f"        <translation>{escape(text)}</translation>\n    </message>\n"
            for source, text in texts.items()
        )
        contexts.append(f"<context>\n    <name>{escape(context)}</name>\n{entries}</context>\n")
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}" sourcelanguage="en">\n'
        + "".join(contexts)
        + "</TS>\n"
    )


@contextmanager
def translations(folder: Path, language: str, messages: Messages) -> Iterator[Path]:
    """Inside the block the catalogue reads `messages` as `language`'s only translations."""
    path = folder / f"{catalogue.TS_PREFIX}{language}.ts"
    path.write_text(ts_text(language, messages), encoding="utf-8")
    shipped = catalogue.translations_dir
    catalogue.translations_dir = lambda: folder
    catalogue._catalogue.cache_clear()
    try:
        yield path
    finally:
        catalogue.translations_dir = shipped
        catalogue._catalogue.cache_clear()
