"""Collecting a reader's features into a `FeatureLayer`: repair, count, and report in sentences."""

from __future__ import annotations

import datetime as dt
import json
import math
import os
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from briefing_app.geo.positions import from_shapely
from briefing_app.geofiles.errors import FeatureProblem, GeoFileError
from briefing_app.geofiles.layer import FeatureLayer
from briefing_app.geofiles.limits import Budget
from briefing_app.geofiles.repair import ALTITUDE_DROPPED, finish_geometry, geometry_from_geojson
from briefing_app.geofiles.styles import clean_style
from briefing_app.i18n import translate

NAMED_UP_TO = 3
"""How many feature names a sentence lists before it only counts them."""

Transform = Callable[[np.ndarray], np.ndarray]


def json_safe(value: Any) -> str | int | float | bool | None:
    """A property value as plain JSON: NaN becomes null, nested values become JSON text."""
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if type(value).__name__ in ("NAType", "NaTType"):  # pandas' missing values
        return None
    if isinstance(value, np.generic):
        return json_safe(value.item())
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    if hasattr(value, "isoformat"):  # pandas Timestamp
        return value.isoformat()
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False, default=str)
    except (ValueError, TypeError, RecursionError):
        return str(value)


def json_safe_properties(properties: Mapping[Any, Any] | None) -> dict[str, Any]:
    if not isinstance(properties, Mapping):
        return {}
    return {str(key): json_safe(value) for key, value in properties.items()}


def foreign_members(feature: dict[str, Any]) -> dict[str, Any]:
    """The members this app writes beside "properties" (style, folder, id), if well formed."""
    extras: dict[str, Any] = {}
    style = clean_style(feature.get("style"))
    if style:
        extras["style"] = style
    if isinstance(feature.get("folder"), str):
        extras["folder"] = feature["folder"]
    if isinstance(feature.get("id"), str | int) and not isinstance(feature.get("id"), bool):
        extras["id"] = feature["id"]
    return extras


class Sentences:
    """Problems grouped by kind: 'Ukraine: outer ring…' or '1634 features: polygon has…'."""

    def __init__(self) -> None:
        self._labels: dict[str, list[str]] = {}

    def add(self, label: str, problem: str) -> None:
        self._labels.setdefault(problem, []).append(label)

    def lines(self) -> list[str]:
        out = []
        for problem, labels in self._labels.items():
            if len(labels) <= NAMED_UP_TO:
                out += [f"{label}: {problem}" for label in labels]
            else:
                out.append(
                    f"{len(labels)} features: {problem} ({', '.join(labels[:NAMED_UP_TO])}, …)"
                )
        return out


class LayerBuilder:
    """Takes features one at a time from a reader and builds the layer."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        name: str,
        source_crs: str,
        budget: Budget,
        transform: Transform | None = None,
    ) -> None:
        self.path = path
        self.name = self.clean_name(name)
        self.source_crs = source_crs
        self.budget = budget
        self.transform = transform
        self.features: list[dict[str, Any]] = []
        self.geometry_types: dict[str, int] = {}
        self.repairs = Sentences()
        self.dropped = Sentences()
        self.file_repairs: list[str] = []
        self.altitudes_dropped = 0

    @staticmethod
    def clean_name(name: str) -> str:
        # A name taken from a file name that is not UTF-8 holds surrogates, which no briefing
        # file can store: the bytes are decoded again, with U+FFFD for what is not text.
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")

    def drop(self, label: str, reason: str) -> None:
        self.dropped.add(label, reason)

    def add_geojson(
        self,
        label: str,
        geometry: Any,
        properties: Mapping[str, Any] | None,
        extras: Mapping[str, Any] | None = None,
    ) -> None:
        notes: list[str] = []
        try:
            geom = geometry_from_geojson(geometry, notes, self.budget)
        except FeatureProblem as problem:
            self.drop(label, str(problem))
            return
        self.add_shape(label, geom, properties, extras, notes)

    def add_shape(
        self,
        label: str,
        geom: BaseGeometry | None,
        properties: Mapping[str, Any] | None,
        extras: Mapping[str, Any] | None = None,
        notes: list[str] | None = None,
    ) -> None:
        """The feature's positions are kept as arrays (geo.positions) taken from the finished
        shapely geometry, not as the lists a reader may have parsed."""
        notes = [] if notes is None else notes
        try:
            if geom is None:
                raise FeatureProblem("no geometry")
            if self.transform is not None:
                geom = shapely.transform(geom, self.transform)
            geom = finish_geometry(geom, notes, self.budget)
        except FeatureProblem as problem:
            self.drop(label, str(problem))
            return
        self.budget.add_feature()
        feature: dict[str, Any] = {
            "type": "Feature",
            "geometry": from_shapely(geom),
            "properties": json_safe_properties(properties),
        }
        for key, value in (extras or {}).items():
            if value not in (None, "", {}):
                feature[key] = value
        self.features.append(feature)
        self.geometry_types[geom.geom_type] = self.geometry_types.get(geom.geom_type, 0) + 1
        for note in dict.fromkeys(notes):
            if note == ALTITUDE_DROPPED:
                # Nearly every KML has altitudes: one sentence for the layer, not a list.
                self.altitudes_dropped += 1
            else:
                self.repairs.add(label, note)

    def build(self) -> FeatureLayer:
        altitudes = (
            [f"altitudes dropped from {self.altitudes_dropped} features (the map is 2-D)"]
            if self.altitudes_dropped
            else []
        )
        return FeatureLayer(
            name=self.name,
            features=self.features,
            source_crs=self.source_crs,
            geometry_types=dict(self.geometry_types),
            repairs=self.file_repairs + self.repairs.lines() + altitudes,
            dropped=self.dropped.lines(),
        )


def require_features(path: str | os.PathLike[str], layers: list[FeatureLayer]) -> None:
    """Refuse a file from which nothing usable came, quoting why its features were dropped."""
    if any(layer.features for layer in layers):
        return
    reasons = [line for layer in layers for line in layer.dropped]
    if not reasons:
        raise GeoFileError(path, translate("ImportedFeatures", "holds no features"))
    # The reasons are the layer's notes, which stay English (see FeatureProblem).
    shown = "; ".join(reasons[:3]) + ("; …" if len(reasons) > 3 else "")
    raise GeoFileError(
        path,
        translate("ImportedFeatures", "holds no usable features ({reasons})").format(reasons=shown),
    )


def feature_label(index: int, properties: Mapping[str, Any] | None, noun: str = "feature") -> str:
    """How messages name a feature: its name if it has one, else its position (from 1)."""
    if isinstance(properties, Mapping):
        for key in ("name", "Name", "NAME", "label", "title"):
            value = properties.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()[:60]
    return f"{noun} {index + 1}"
