"""How exports fail: both the PDF and the HTML export raise these, so callers (the CLI, the
window) handle every export the same way."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from briefing_app.core.jsonreader import DataFileError
from briefing_app.i18n import translate


class ExportError(DataFileError):
    """An export that could not be written; the message names the file and the problem."""


class ExportCancelled(Exception):  # noqa: N818 (a cancellation is not an error)
    """The user cancelled an export; no file was written."""


@contextmanager
def located(target: str | os.PathLike[str], where: str) -> Iterator[None]:
    """Turn an unexpected failure while drawing `where` (a slide, a layer) into an
    ExportError that names the output and the place, so that the user learns which part of
    the briefing could not be drawn; the traceback stays with the exception for the log."""
    try:
        yield
    except (DataFileError, ExportCancelled, MemoryError, KeyboardInterrupt):
        raise
    except Exception as exc:
        problem = translate("Export", "{where} could not be drawn ({error})").format(
            where=where, error=f"{type(exc).__name__}: {str(exc)[:200]}"
        )
        raise ExportError(target, problem) from exc


def slide_place(index: int, title: str) -> str:
    """The slide a `located` failure names: its number and its title as written."""
    return translate("Export", "slide {number} ({title})").format(
        number=index + 1, title=repr(title)
    )
