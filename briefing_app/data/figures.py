"""Sourced, dated country figures in `geodata/security/figures.json` – population, GDP,
defence spending and active military personnel – and totals over a grouping of countries.

Facts live in the JSON file, never here. Each metric names its source, the year its figures
refer to, the date of the release they come from (`as_of`) and the day they were last verified
(`checked`); a country's value may be a plain number
(then the metric's source and year apply) or an object with its own `value`, `source_url`,
`year` and `note`. A figure that could not be sourced is absent, never 0, and a total says
which countries it had to leave out rather than pretending to be complete.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

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
from briefing_app.i18n import translate

FORMAT_VERSION = 1
FIGURES_FILE = "figures.json"
METRIC_IDS = ("population", "gdp_usd", "defence_usd", "active_personnel")
YEAR_RANGE = (1990, 2100)

_ISO3 = re.compile(r"[A-Z]{3}")
_METRIC_FIELDS = {"label", "unit", "year", "source", "source_url", "as_of", "checked", "note"}
_FIGURE_FIELDS = {"value", "year", "source", "source_url", "note"}


@dataclass(frozen=True)
class Metric:
    id: str
    label: str
    unit: str
    year: int
    source: str
    source_url: str
    as_of: dt.date
    checked: dt.date
    note: str


@dataclass(frozen=True)
class Figure:
    value: float
    year: int
    source_url: str
    note: str


@dataclass(frozen=True)
class Total:
    """A sum over the countries that have a figure; `missing` lists those that do not."""

    value: float
    counted: tuple[str, ...]
    missing: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.missing


@dataclass(frozen=True)
class Figures:
    metrics: dict[str, Metric]
    countries: dict[str, dict[str, Figure]]

    def value(self, iso_a3: str, metric_id: str) -> Figure | None:
        self._check_metric(metric_id)
        return self.countries.get(iso_a3, {}).get(metric_id)

    def total(self, codes: Iterable[str], metric_id: str) -> Total:
        """Sum `metric_id` over `codes` (each code counted once, in the order given)."""
        self._check_metric(metric_id)
        counted: list[str] = []
        missing: list[str] = []
        parts: list[float] = []
        for code in dict.fromkeys(codes):
            figure = self.countries.get(code, {}).get(metric_id)
            if figure is None:
                missing.append(code)
            else:
                counted.append(code)
                parts.append(figure.value)
        return Total(value=math.fsum(parts), counted=tuple(counted), missing=tuple(missing))

    def _check_metric(self, metric_id: str) -> None:
        if metric_id not in self.metrics:
            raise KeyError(f'unknown metric "{metric_id}"; known: {", ".join(self.metrics)}')


# ---------------------------------------------------------------- field readers


def _year(r: JsonReader) -> int:
    year = r.int()
    low, high = YEAR_RANGE
    if not low <= year <= high:
        raise r.fail(
            translate("DataFiles", "the year {year} is outside {low}–{high}").format(
                year=year, low=low, high=high
            )
        )
    return year


def _no_unknown_fields(r: JsonReader, allowed: set[str]) -> None:
    for key in r.dict():
        if key not in allowed:
            raise r.get(key).fail(
                translate("DataFiles", 'unknown field "{key}"; allowed: {allowed}').format(
                    key=key, allowed=", ".join(sorted(allowed))
                )
            )


def _read_metric(metric_id: str, r: JsonReader) -> Metric:
    if metric_id not in METRIC_IDS:
        raise r.fail(
            translate("DataFiles", '"{metric}" is not a known metric; known: {known}').format(
                metric=metric_id, known=", ".join(METRIC_IDS)
            )
        )
    r.obj()
    _no_unknown_fields(r, _METRIC_FIELDS)
    as_of, checked = as_of_and_checked(r)
    return Metric(
        id=metric_id,
        label=required_text(r, "label"),
        unit=required_text(r, "unit"),
        year=_year(r.get("year")),
        source=required_text(r, "source"),
        source_url=web_address(r),
        as_of=as_of,
        checked=checked,
        note=optional_text(r, "note"),
    )


def _read_figure(r: JsonReader, metric: Metric) -> Figure:
    if isinstance(r.value, dict):
        _no_unknown_fields(r, _FIGURE_FIELDS)
        value = r.get("value").number(0)
        year = _year(r.get("year")) if r.has("year") else metric.year
        source_url = web_address(r) if r.has("source_url") else metric.source_url
        return Figure(value=value, year=year, source_url=source_url, note=optional_text(r, "note"))
    if isinstance(r.value, bool) or not isinstance(r.value, int | float):
        raise r.fail(translate("DataFiles", 'expected a number or an object with "value"'))
    return Figure(value=r.number(0), year=metric.year, source_url=metric.source_url, note="")


def _read_country(code: str, r: JsonReader, metrics: dict[str, Metric]) -> dict[str, Figure]:
    if not _ISO3.fullmatch(code):
        raise r.fail(
            translate(
                "DataFiles",
                '"{code}" is not an ISO 3166-1 alpha-3 code (three capital letters, '
                'e.g. "POL"; Kosovo is "XKX")',
            ).format(code=code)
        )
    figures: dict[str, Figure] = {}
    for metric_id in r.obj().dict():
        item = r.get(metric_id)
        if metric_id not in metrics:
            raise item.fail(
                translate(
                    "DataFiles", '"{metric}" is not a metric of this file; known: {known}'
                ).format(metric=metric_id, known=", ".join(metrics))
            )
        figures[metric_id] = _read_figure(item, metrics[metric_id])
    return figures


def read_figures_file(path: Path) -> Figures:
    """Read and check one figures file; problems raise DataFileError naming file and place."""
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
    metrics_r = root.get("metrics").obj()
    metrics = {mid: _read_metric(mid, metrics_r.get(mid)) for mid in metrics_r.dict()}
    countries_r = root.get("countries").obj()
    countries = {
        code: _read_country(code, countries_r.get(code), metrics) for code in countries_r.dict()
    }
    return Figures(metrics=metrics, countries=countries)


@lru_cache(maxsize=8)
def _read_cached(path: Path, mtime_ns: int, size: int) -> Figures:
    # Keyed on mtime and size so an edited file is read again. Figures is frozen; callers
    # must not mutate its dicts.
    return read_figures_file(path)


def figures_path() -> Path:
    return geodata_dir() / "security" / FIGURES_FILE


def load_figures(path: Path | None = None) -> Figures:
    """The country figures (built-in file unless `path` is given), parsed once per version."""
    source = Path(path) if path is not None else figures_path()
    try:
        stat = source.stat()
    except OSError:
        raise DataFileError(source, translate("DataFiles", "does not exist")) from None
    return _read_cached(source, stat.st_mtime_ns, stat.st_size)
