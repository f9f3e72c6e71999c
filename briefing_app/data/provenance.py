"""The two dates every built-in record carries.

`as_of` is the day the fact is known to be true: the date of the newest source that states it,
never the day it was typed in. `checked` is the day someone last verified the record against its
sources. The map, the slides and the PDF show `as_of`; the sources view shows both.
"""

from __future__ import annotations

import datetime as dt

from briefing_app.core.jsonreader import JsonReader
from briefing_app.i18n import translate


def as_of_and_checked(r: JsonReader) -> tuple[dt.date, dt.date]:
    """Read `as_of` and `checked`; a record without `checked` (a correction file written before
    the field existed) counts as checked on its as-of date."""
    as_of = r.get("as_of").date()
    if not r.has("checked"):
        return as_of, as_of
    checked = r.get("checked").date()
    if checked < as_of:
        # A source cannot be known to say something before anyone read it.
        raise r.get("checked").fail(
            translate(
                "DataFiles",
                "checked {checked} is before as_of {as_of}: a fact is checked on or after the "
                "date it is known true",
            ).format(checked=checked, as_of=as_of)
        )
    return as_of, checked
