"""The built-in security datasets in `geodata/security/`: groupings of countries (NATO, EU,
the coalition of the willing, …), deployments (NATO Forward Land Forces and other sites) and
flashpoints (Kaliningrad, Suwałki, Belarus, Greenland).

Facts live in the JSON files, never here; this module only reads and checks them. Every record
carries `source`, `source_url`, `as_of` (when the fact is known true) and `checked` (when it was
last verified) so the app and the PDF can cite it.

An official can correct or extend the data without touching code: a file of the same name and
format in an override folder replaces built-in records with the same `id` and adds new ones.
Every problem is reported as a `DataFileError` naming the file and the place in it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol, TypeVar

from briefing_app.core.jsonreader import (
    DataFileError,
    JsonReader,
    optional_text,
    read_json_file,
    required_text,
    web_address,
)
from briefing_app.core.paths import geodata_dir
from briefing_app.data.provenance import as_of_and_checked
from briefing_app.geo.geojson import read_geometry
from briefing_app.i18n import translate
from briefing_app.symbols.catalog import ECHELONS

FORMAT_VERSION = 1
GROUPINGS_FILE = "groupings.json"
DEPLOYMENTS_FILE = "deployments.json"
FLASHPOINTS_FILE = "flashpoints.json"

GROUPING_KINDS = ("alliance", "union", "coalition", "format", "category")
LOCATION_PRECISIONS = ("site", "town", "approximate")
FLASHPOINT_REGIONS = ("kaliningrad", "suwalki", "belarus", "greenland")
# SIDC digits 9-10 (APP-6D / MIL-STD-2525D echelon amplifier) for each echelon word, from the
# symbol catalogue the picker offers, so a record cannot say "brigade" while its symbol shows a
# battalion.
ECHELON_CODES = {e.key: e.code for e in ECHELONS}

_ISO3 = re.compile(r"[A-Z]{3}")
_ID = re.compile(r"[a-z0-9][a-z0-9_]*")
_SIDC = re.compile(r"[0-9]{20}")
_PARTIAL_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class Membership:
    iso_a3: str
    start: dt.date
    end: dt.date | None
    source_url: str
    note: str = ""

    def active_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class GroupingDef:
    id: str
    name: str
    long_name: str
    kind: str
    description: str
    source: str
    source_url: str
    as_of: dt.date
    checked: dt.date
    note: str
    members: tuple[Membership, ...]
    # Territories the map draws as their own entity but a member's membership covers
    # (Greenland and the Faroe Islands through Denmark's NATO membership): coloured with
    # their state, never counted as members.
    covers: tuple[tuple[str, str], ...] = ()

    def members_on(self, day: dt.date) -> frozenset[str]:
        return frozenset(m.iso_a3 for m in self.members if m.active_on(day))

    def drawn_on(self, day: dt.date) -> frozenset[str]:
        """What the map colours on `day`: the members and the territories they cover."""
        members = self.members_on(day)
        return members | {territory for territory, state in self.covers if state in members}

    def all_members(self) -> frozenset[str]:
        """Everyone who ever belonged, former members included."""
        return frozenset(m.iso_a3 for m in self.members)


@dataclass(frozen=True)
class RangeRing:
    label: str
    radius_km: float
    source: str
    source_url: str
    note: str = ""
    since: str | None = None  # when the weapon was deployed there (YYYY[-MM[-DD]])

    def shown_on(self, day: dt.date) -> bool:
        return self.since is None or partial_start(self.since) <= day


@dataclass(frozen=True)
class DeploymentEvent:
    """A dated change to a deployment (a new framework nation, a new parent formation, …)."""

    date: str  # YYYY, YYYY-MM or YYYY-MM-DD: sources often give no day
    what: str
    source_url: str


@dataclass(frozen=True)
class Deployment:
    id: str
    name: str
    short_name: str  # the map's label; the full name is in the popup, legend and appendix
    kind: str
    host: str
    framework: tuple[str, ...]
    contributors: tuple[str, ...]
    location: str
    lat: float
    lon: float
    location_precision: str
    established: str | None
    echelon: str
    sidc: str
    description: str
    source: str
    source_url: str
    as_of: dt.date
    checked: dt.date
    note: str
    events: tuple[DeploymentEvent, ...] = ()
    ended: str | None = None

    def active_on(self, day: dt.date) -> bool:
        """Whether the deployment stood on `day`: from its establishment to its end. A date
        known only to the year or month counts from the first day of it; a deployment
        whose start no source gives is always shown (its note says so)."""
        if self.established is not None and partial_start(self.established) > day:
            return False
        return self.ended is None or day <= partial_end(self.ended)


@dataclass(frozen=True)
class Flashpoint:
    id: str
    name: str
    region: str
    kind: str
    # A GeoJSON geometry, or None where no location is sourced (e.g. undisclosed deployments):
    # the app lists such records without drawing them.
    geometry: dict[str, Any] | None
    description: str
    source: str
    source_url: str
    as_of: dt.date
    checked: dt.date
    note: str
    ranges: tuple[RangeRing, ...]
    extra: dict[str, Any] = field(default_factory=dict)
    since: str | None = None  # from when the place is a flashpoint as drawn (YYYY[-MM[-DD]])

    def shown_on(self, day: dt.date) -> bool:
        if self.since is None:
            return True
        return partial_start(self.since) <= day and (
            "end" not in self.extra or day <= dt.date.fromisoformat(str(self.extra["end"]))
        )


# ---------------------------------------------------------------- field readers


def _choice(r: JsonReader, key: str, allowed: tuple[str, ...] | list[str]) -> str:
    value = required_text(r, key)
    if value not in allowed:
        raise r.get(key).fail(
            translate("DataFiles", '"{value}" is not one of: {allowed}').format(
                value=value, allowed=", ".join(allowed)
            )
        )
    return value


def _iso3(r: JsonReader) -> str:
    code = r.str()
    if not _ISO3.fullmatch(code):
        raise r.fail(
            translate(
                "DataFiles",
                '"{code}" is not an ISO 3166-1 alpha-3 code (three capital letters, '
                'e.g. "POL"; Kosovo is "XKX")',
            ).format(code=code)
        )
    return code


def _iso3_list(r: JsonReader) -> tuple[str, ...]:
    codes = tuple(_iso3(item) for item in r.items())
    for i, code in enumerate(codes):
        if code in codes[:i]:
            raise r.items()[i].fail(
                translate("DataFiles", '"{code}" is listed twice').format(code=code)
            )
    return codes


def _id(r: JsonReader) -> str:
    value = required_text(r, "id")
    if not _ID.fullmatch(value):
        raise r.get("id").fail(
            translate(
                "DataFiles",
                '"{value}" is not a valid id (lower-case letters, digits and "_", e.g. "nato")',
            ).format(value=value)
        )
    return value


def partial_start(text: str) -> dt.date:
    """The first day of a YYYY, YYYY-MM or YYYY-MM-DD date."""
    return dt.date.fromisoformat(text + "-01" * (2 - text.count("-")))


def partial_end(text: str) -> dt.date:
    """The last day of a YYYY, YYYY-MM or YYYY-MM-DD date."""
    parts = text.count("-")
    if parts == 2:
        return dt.date.fromisoformat(text)
    if parts == 0:
        return dt.date(int(text), 12, 31)
    year, month = (int(x) for x in text.split("-"))
    first_of_next = dt.date(year + month // 12, month % 12 + 1, 1)
    return first_of_next - dt.timedelta(days=1)


def _partial_date(r: JsonReader) -> str:
    text = r.str()
    if not _PARTIAL_DATE.fullmatch(text):
        raise r.fail(
            translate(
                "DataFiles", '"{text}" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD'
            ).format(text=text)
        )
    padded = text + "-01" * (2 - text.count("-"))
    try:
        dt.date.fromisoformat(padded)
    except ValueError:
        raise r.fail(
            translate("DataFiles", '"{text}" is not a real date').format(text=text)
        ) from None
    return text


def _read_membership(r: JsonReader) -> Membership:
    start = r.get("start").date()
    end = r.get("end").date() if r.has("end") and r.get("end").value is not None else None
    if end is not None and end < start:
        raise r.get("end").fail(
            translate("DataFiles", "the end {end} is before the start {start}").format(
                end=end, start=start
            )
        )
    return Membership(
        iso_a3=_iso3(r.get("iso_a3")),
        start=start,
        end=end,
        source_url=web_address(r),
        note=optional_text(r, "note"),
    )


def _read_grouping(r: JsonReader) -> GroupingDef:
    members = tuple(_read_membership(m) for m in r.get("members").items())
    _check_overlaps(r.get("members"), members)
    return GroupingDef(
        id=_id(r),
        name=required_text(r, "name"),
        long_name=required_text(r, "long_name"),
        kind=_choice(r, "kind", GROUPING_KINDS),
        description=required_text(r, "description"),
        source=required_text(r, "source"),
        source_url=web_address(r),
        **_dates(r),
        note=optional_text(r, "note"),
        members=members,
        covers=_read_covers(r),
    )


def _read_covers(r: JsonReader) -> tuple[tuple[str, str], ...]:
    if not r.has("covers"):
        return ()
    out = []
    for territory, state in r.get("covers").dict().items():
        for code in (territory, state):
            if not (isinstance(code, str) and len(code) == 3 and code.isalpha() and code.isupper()):
                raise r.get("covers").fail(
                    translate("DataFiles", "{code} is not an ISO 3166-1 alpha-3 code").format(
                        code=repr(code)
                    )
                )
        out.append((territory, state))
    return tuple(sorted(out))


def _check_overlaps(r: JsonReader, members: tuple[Membership, ...]) -> None:
    # A country may leave and rejoin, but two periods that overlap would be counted twice.
    items = r.items()
    for i, m in enumerate(members):
        for earlier in members[:i]:
            if earlier.iso_a3 != m.iso_a3:
                continue
            if (earlier.end is None or m.start <= earlier.end) and (
                m.end is None or earlier.start <= m.end
            ):
                raise items[i].fail(
                    translate(
                        "DataFiles", "{code} already has a membership period that overlaps this one"
                    ).format(code=m.iso_a3)
                )


def _read_deployment(r: JsonReader) -> Deployment:
    echelon = _choice(r, "echelon", list(ECHELON_CODES))
    sidc = required_text(r, "sidc")
    if not _SIDC.fullmatch(sidc):
        raise r.get("sidc").fail(
            translate(
                "DataFiles", '"{sidc}" is not a 20-digit APP-6D / MIL-STD-2525D symbol code'
            ).format(sidc=sidc)
        )
    if sidc[8:10] != ECHELON_CODES[echelon]:
        raise r.get("sidc").fail(
            translate(
                "DataFiles",
                'digits 9-10 of the symbol code are "{digits}", but echelon "{echelon}" '
                'needs "{needed}"',
            ).format(digits=sidc[8:10], echelon=echelon, needed=ECHELON_CODES[echelon])
        )
    established = r.get("established", None)
    ended = r.get("ended", None)
    events = tuple(_read_event(e) for e in r.get("events", []).items())
    return Deployment(
        id=_id(r),
        name=required_text(r, "name"),
        short_name=optional_text(r, "short_name") or required_text(r, "name"),
        kind=required_text(r, "kind"),
        host=_iso3(r.get("host")),
        framework=_iso3_list(r.get("framework")),
        contributors=_iso3_list(r.get("contributors", [])),
        location=required_text(r, "location"),
        lat=r.get("lat").number(-90, 90),
        lon=r.get("lon").number(-180, 180),
        location_precision=_choice(r, "location_precision", LOCATION_PRECISIONS),
        established=None if established.value is None else _partial_date(established),
        echelon=echelon,
        sidc=sidc,
        description=required_text(r, "description"),
        source=required_text(r, "source"),
        source_url=web_address(r),
        **_dates(r),
        note=optional_text(r, "note"),
        events=events,
        ended=None if ended.value is None else _partial_date(ended),
    )


def _read_event(r: JsonReader) -> DeploymentEvent:
    r.obj()
    return DeploymentEvent(
        date=_partial_date(r.get("date")), what=required_text(r, "what"), source_url=web_address(r)
    )


def _dates(r: JsonReader) -> dict[str, dt.date]:
    as_of, checked = as_of_and_checked(r)
    return {"as_of": as_of, "checked": checked}


def _read_range(r: JsonReader) -> RangeRing:
    radius = r.get("radius_km").number(0, 20_100)  # half the Earth's circumference
    if radius <= 0:
        raise r.get("radius_km").fail(translate("DataFiles", "a range must be more than 0 km"))
    return RangeRing(
        label=required_text(r, "label"),
        radius_km=radius,
        source=required_text(r, "source"),
        source_url=web_address(r),
        note=optional_text(r, "note"),
        since=_partial_date(r.get("since")) if r.has("since") else None,
    )


_FLASHPOINT_FIELDS = {
    "id",
    "name",
    "region",
    "kind",
    "geometry",
    "description",
    "source",
    "source_url",
    "as_of",
    "checked",
    "note",
    "ranges",
    "since",
}


# A flashpoint is a place or a line on the map, or None where no location is sourced.
_FLASHPOINT_GEOMETRIES = frozenset({"Point", "MultiPoint", "LineString"})


def _read_geometry(r: JsonReader) -> dict[str, Any] | None:
    if r.value is None:
        return None
    return read_geometry(r, _FLASHPOINT_GEOMETRIES, allow_empty=False)


def _read_flashpoint(r: JsonReader) -> Flashpoint:
    extra = {k: v for k, v in r.dict().items() if k not in _FLASHPOINT_FIELDS}
    for key in ("length_km", "straight_km"):
        if key in extra and r.get(key).number(0, 40_100) <= 0:
            raise r.get(key).fail(
                translate("DataFiles", '"{key}" must be more than 0').format(key=key)
            )
    for key in ("start", "end"):
        if key in extra:
            r.get(key).date()
    return Flashpoint(
        id=_id(r),
        name=required_text(r, "name"),
        region=_choice(r, "region", FLASHPOINT_REGIONS),
        kind=required_text(r, "kind"),
        geometry=_read_geometry(r.get("geometry")),
        description=required_text(r, "description"),
        source=required_text(r, "source"),
        source_url=web_address(r),
        **_dates(r),
        note=optional_text(r, "note"),
        ranges=tuple(_read_range(x) for x in r.get("ranges", []).items()),
        extra=extra,
        since=_partial_date(r.get("since")) if r.has("since") else None,
    )


# ---------------------------------------------------------------- files


class _Record(Protocol):
    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=_Record)


def _read_file(path: Path, list_key: str, read: Callable[[JsonReader], T]) -> list[T]:
    data = read_json_file(path, kind=translate("DataFiles", "data file"))
    root = JsonReader(str(path), data).obj()
    version = root.get("format_version").int()
    if version != FORMAT_VERSION:
        raise root.get("format_version").fail(
            translate(
                "DataFiles",
                "format version {version} is not supported (this app reads version {supported})",
            ).format(version=version, supported=FORMAT_VERSION)
        )
    records: list[T] = []
    seen: set[str] = set()
    for item in root.get(list_key).items():
        record = read(item.obj())
        if record.id in seen:
            raise item.get("id").fail(
                translate("DataFiles", 'the id "{id}" is used twice in this file').format(
                    id=record.id
                )
            )
        seen.add(record.id)
        records.append(record)
    return records


@lru_cache(maxsize=16)
def _read_cached(
    path: Path, mtime_ns: int, size: int, list_key: str, read: Callable[[JsonReader], Any]
) -> tuple[Any, ...]:
    # Keyed on mtime and size so an edited file is read again; records are frozen, so sharing
    # the tuple is safe.
    return tuple(_read_file(path, list_key, read))


def _load(
    name: str, list_key: str, read: Callable[[JsonReader], T], override_dir: Path | None
) -> list[T]:
    builtin = security_dir() / name
    stat = _stat(builtin)
    records: dict[str, T] = {
        r.id: r for r in _read_cached(builtin, stat.st_mtime_ns, stat.st_size, list_key, read)
    }
    if override_dir is not None:
        user_file = Path(override_dir) / name
        if user_file.exists():
            # Read fresh every time: the user may be editing this file between loads.
            for record in _read_file(user_file, list_key, read):
                records[record.id] = record
    return list(records.values())


def _stat(path: Path) -> os.stat_result:
    try:
        return path.stat()
    except OSError:
        raise DataFileError(
            path, translate("DataFiles", "does not exist (the app's built-in data is incomplete)")
        ) from None


def security_dir() -> Path:
    return geodata_dir() / "security"


def load_groupings(override_dir: Path | None = None) -> list[GroupingDef]:
    """Groupings of countries with dated memberships, built-in first, then user overrides."""
    return _load(GROUPINGS_FILE, "groupings", _read_grouping, override_dir)


def load_deployments(override_dir: Path | None = None) -> list[Deployment]:
    """Eastern-flank deployments (NATO Forward Land Forces, national brigades, US sites)."""
    return _load(DEPLOYMENTS_FILE, "deployments", _read_deployment, override_dir)


def load_flashpoints(override_dir: Path | None = None) -> list[Flashpoint]:
    """Flashpoints in Kaliningrad, the Suwałki Gap, Belarus and Greenland."""
    return _load(FLASHPOINTS_FILE, "flashpoints", _read_flashpoint, override_dir)


# The files a user may put in the data corrections folder, by name: what each holds.
CORRECTION_FILES: dict[str, tuple[str, Callable[[JsonReader], Any]]] = {
    GROUPINGS_FILE: ("groupings", _read_grouping),
    DEPLOYMENTS_FILE: ("deployments", _read_deployment),
    FLASHPOINTS_FILE: ("flashpoints", _read_flashpoint),
}


def read_correction_file(path: Path) -> tuple[str, list[Any]]:
    """Read a data correction file as the app does at start ("groupings", records); a
    DataFileError names the file, the place in it and the problem."""
    list_key, read = CORRECTION_FILES[Path(path).name]
    return list_key, _read_file(Path(path), list_key, read)
