"""Errors of the geodata importers: every message names the file and says what is wrong."""

from __future__ import annotations

from briefing_app.core.jsonreader import DataFileError


class GeoFileError(DataFileError):
    """A geodata file that cannot be imported; the message is meant for the user, in the
    active language (`i18n.translate`, one context per reader)."""


class GeoFileCancelled(GeoFileError):  # noqa: N818 (name fixed by the UI's interface)
    """The user cancelled a long read through the progress callback."""


class FeatureProblem(Exception):  # noqa: N818 (not an error: a feature left out)
    """One feature cannot be used; the reader drops it and reports the reason.

    The reason, like a repair's note, stays English: it becomes one of the notes a briefing
    file keeps of the import ("Not imported: …"), which the window counts by their first
    word and which read the same whoever opens the file."""
