"""How exports fail: both the PDF and the HTML export raise these, so callers (the CLI, the
window) handle every export the same way."""

from __future__ import annotations

from briefing_app.jsonreader import DataFileError


class ExportError(DataFileError):
    """An export that could not be written; the message names the file and the problem."""


class ExportCancelled(Exception):  # noqa: N818 (a cancellation is not an error)
    """The user cancelled an export; no file was written."""
