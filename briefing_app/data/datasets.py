"""All built-in security data sets, with the user's corrections applied, loaded together.

A broken correction file does not stop the app: its problem is reported and the built-in
data is used for that set.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from briefing_app.core.jsonreader import DataFileError
from briefing_app.core.paths import geodata_dir
from briefing_app.data.country_names import country_names_in
from briefing_app.data.figures import Figures, load_figures
from briefing_app.data.security import (
    Deployment,
    Flashpoint,
    GroupingDef,
    load_deployments,
    load_flashpoints,
    load_groupings,
)
from briefing_app.i18n import translate

DERIVED = ("suwalki_gap", "occupied_ukraine")


@dataclass
class Datasets:
    groupings: dict[str, GroupingDef]
    deployments: list[Deployment]
    flashpoints: list[Flashpoint]
    derived: dict[str, dict[str, Any]]
    country_names: dict[str, str]
    figures: Figures | None = None
    problems: list[str] = field(default_factory=list)


def _with_override(loader, override_dir: Path | None, problems: list[str]):
    if override_dir is not None and override_dir.is_dir():
        try:
            return loader(override_dir)
        except DataFileError as exc:
            problems.append(
                translate("DataFiles", "{problem} (the built-in data is used instead)").format(
                    problem=exc
                )
            )
    return loader(None)


@lru_cache(maxsize=4)
def _derived(name: str) -> dict[str, Any]:
    path = geodata_dir() / "security" / "derived" / f"{name}.geojson"
    if not path.is_file():
        return {"type": "FeatureCollection", "features": []}
    return json.loads(path.read_text(encoding="utf-8"))


def _figures(problems: list[str]) -> Figures | None:
    try:
        return load_figures()
    except FileNotFoundError:
        return None
    except DataFileError as exc:
        problems.append(str(exc))
        return None


def load_datasets(override_dir: Path | None = None) -> Datasets:
    problems: list[str] = []
    groupings = _with_override(load_groupings, override_dir, problems)
    deployments = _with_override(load_deployments, override_dir, problems)
    flashpoints = _with_override(load_flashpoints, override_dir, problems)
    return Datasets(
        groupings={g.id: g for g in groupings},
        deployments=list(deployments),
        flashpoints=list(flashpoints),
        derived={name: _derived(name) for name in DERIVED},
        country_names=country_names_in(),
        figures=_figures(problems),
        problems=problems,
    )


def checked_dates(data: Datasets) -> dict[tuple[str, str], str]:
    """When each cited source was last verified, keyed by (address, as-of date) as the scene
    cites it. Several records may cite one address with one as-of date; the newest check wins,
    since the sources view lists the address once."""
    out: dict[tuple[str, str], str] = {}

    def add(url: str, as_of: dt.date, checked: dt.date) -> None:
        key = (url, as_of.isoformat())
        out[key] = max(out.get(key, ""), checked.isoformat())

    for g in data.groupings.values():
        add(g.source_url, g.as_of, g.checked)
    for d in data.deployments:
        add(d.source_url, d.as_of, d.checked)
    for f in data.flashpoints:
        add(f.source_url, f.as_of, f.checked)
        for ring in f.ranges:
            add(ring.source_url, f.as_of, f.checked)
    if data.figures is not None:
        for metric in data.figures.metrics.values():
            add(metric.source_url, metric.as_of, metric.checked)
    return out
