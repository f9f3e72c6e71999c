"""GeoJSON: a FeatureCollection, a bare Feature, a bare geometry or a GeometryCollection."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from briefing_app.core.jsonreader import (
    JsonObjectStream,
    JsonStreamError,
    parse_json,
    read_json_text,
)
from briefing_app.geo.geojson import GEOMETRY_TYPES
from briefing_app.geofiles.builder import LayerBuilder, feature_label, foreign_members
from briefing_app.geofiles.crs import WGS84, parse_crs, to_wgs84
from briefing_app.geofiles.errors import GeoFileError
from briefing_app.geofiles.layer import FeatureLayer
from briefing_app.geofiles.limits import MAX_IMPORT_BYTES, Budget
from briefing_app.i18n import translate


def _legacy_crs(path: Path, document: dict[str, Any]) -> tuple[str, Any]:
    """The 2008 GeoJSON "crs" member, which RFC 7946 dropped but QGIS and GDAL still write."""
    member = document.get("crs")
    if member is None:
        return f"{WGS84} (GeoJSON default)", None
    name = member.get("properties", {}).get("name") if isinstance(member, dict) else None
    if not isinstance(name, str):
        raise GeoFileError(path, translate("GeoJSONReader", 'has a "crs" member without a name'))
    if name.upper().endswith(("CRS84", "EPSG::4326", "EPSG:4326")):
        return WGS84, None  # GeoJSON order is longitude, latitude whatever 4326 says
    return to_wgs84(path, parse_crs(path, name))


def read_geojson(path: Path, budget: Budget) -> FeatureLayer:
    text, overflow_possible = read_json_text(path, GeoFileError, "GeoJSON file", MAX_IMPORT_BYTES)
    stream = JsonObjectStream(text, overflow_possible, "GeoJSON file")
    if stream.is_object():
        try:
            return _read_streamed(path, text, stream, budget)
        except JsonStreamError:
            pass  # parsed whole below, which says what is wrong and where
    document = parse_json(text, str(path), GeoFileError, "GeoJSON file", overflow_possible)
    del text
    return _read_document(path, document, budget)


def _read_streamed(path: Path, text: str, stream: JsonObjectStream, budget: Budget) -> FeatureLayer:
    """A FeatureCollection whose features are read and kept one at a time, when its "type"
    and any "crs" come before its "features" (as every writer puts them); else the members
    are gathered and read as one document."""
    head: dict[str, Any] = {}
    builder: LayerBuilder | None = None
    for key, value in stream.members("features"):
        if isinstance(value, Iterator):
            # "crs" may still follow unless the text holds no such name at all.
            crs_known = "crs" in head or '"crs"' not in text
            if head.get("type") == "FeatureCollection" and crs_known:
                builder = _builder(path, head, budget)
                _add_features(builder, value, budget, lambda _: (stream.position, len(text)))
                continue
            value = list(value)
        head[key] = value
    if builder is None:
        return _read_document(path, head, budget)
    if isinstance(head.get("name"), str):  # a "name" after the features
        builder.name = LayerBuilder.clean_name(head["name"])
    return builder.build()


def _builder(path: Path, document: dict[str, Any], budget: Budget) -> LayerBuilder:
    source_crs, transform = _legacy_crs(path, document)
    given = document.get("name")
    name = given if isinstance(given, str) else path.stem
    return LayerBuilder(path, name, source_crs, budget, transform)


def _add_features(
    builder: LayerBuilder,
    features: Iterable[Any],
    budget: Budget,
    progress: Callable[[int], tuple[int, int]],
) -> None:
    """Each feature to the builder; `progress` says how far the read is after a feature
    (by its index): (done, total), in features or characters."""
    for index, feature in enumerate(features):
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            builder.drop(f"feature {index + 1}", "is not a GeoJSON Feature")
            continue
        properties = feature.get("properties")
        extras = foreign_members(feature)
        builder.add_geojson(
            feature_label(index, properties), feature.get("geometry"), properties, extras
        )
        if index % 1000 == 999:
            budget.report(*progress(index))


def _read_document(path: Path, document: Any, budget: Budget) -> FeatureLayer:
    if not isinstance(document, dict) or not isinstance(document.get("type"), str):
        raise GeoFileError(
            path, translate("GeoJSONReader", 'is JSON but not GeoJSON (no object with a "type")')
        )
    kind = document["type"]
    builder = _builder(path, document, budget)
    if kind == "FeatureCollection":
        features = document.get("features")
        if not isinstance(features, list):
            raise GeoFileError(
                path,
                translate("GeoJSONReader", 'is a FeatureCollection without a "features" list'),
            )
    elif kind == "Feature":
        features = [document]
    elif kind in GEOMETRY_TYPES:
        features = [{"type": "Feature", "geometry": document, "properties": {}}]
    else:
        raise GeoFileError(
            path,
            translate(
                "GeoJSONReader", 'has the GeoJSON type "{type}", which is not a feature or geometry'
            ).format(type=kind[:40]),
        )
    count = len(features)
    _add_features(builder, _emptied(features), budget, lambda index: (index + 1, count))
    return builder.build()


def _emptied(features: list[Any]) -> Iterator[Any]:
    """The features in turn, each let go of once read: what the layer did not keep of it goes
    now, not with the whole document."""
    for index, feature in enumerate(features):
        features[index] = None
        yield feature
