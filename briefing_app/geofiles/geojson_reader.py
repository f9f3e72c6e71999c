"""GeoJSON: a FeatureCollection, a bare Feature, a bare geometry or a GeometryCollection."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefing_app.geo.geojson import GEOMETRY_TYPES
from briefing_app.geofiles.builder import LayerBuilder, feature_label, foreign_members
from briefing_app.geofiles.crs import WGS84, parse_crs, to_wgs84
from briefing_app.geofiles.errors import GeoFileError
from briefing_app.geofiles.layer import FeatureLayer
from briefing_app.geofiles.limits import MAX_IMPORT_BYTES, Budget
from briefing_app.jsonreader import read_json_file


def _legacy_crs(path: Path, document: dict[str, Any]) -> tuple[str, Any]:
    """The 2008 GeoJSON "crs" member, which RFC 7946 dropped but QGIS and GDAL still write."""
    member = document.get("crs")
    if member is None:
        return f"{WGS84} (GeoJSON default)", None
    name = member.get("properties", {}).get("name") if isinstance(member, dict) else None
    if not isinstance(name, str):
        raise GeoFileError(path, 'has a "crs" member without a name')
    if name.upper().endswith(("CRS84", "EPSG::4326", "EPSG:4326")):
        return WGS84, None  # GeoJSON order is longitude, latitude whatever 4326 says
    return to_wgs84(path, parse_crs(path, name))


def read_geojson(path: Path, budget: Budget) -> FeatureLayer:
    document = read_json_file(path, GeoFileError, "GeoJSON file", MAX_IMPORT_BYTES)
    if not isinstance(document, dict) or not isinstance(document.get("type"), str):
        raise GeoFileError(path, 'is JSON but not GeoJSON (no object with a "type")')
    kind = document["type"]
    source_crs, transform = _legacy_crs(path, document)
    name = document.get("name") if isinstance(document.get("name"), str) else path.stem
    builder = LayerBuilder(path, name, source_crs, budget, transform)
    if kind == "FeatureCollection":
        features = document.get("features")
        if not isinstance(features, list):
            raise GeoFileError(path, 'is a FeatureCollection without a "features" list')
    elif kind == "Feature":
        features = [document]
    elif kind in GEOMETRY_TYPES:
        features = [{"type": "Feature", "geometry": document, "properties": {}}]
    else:
        raise GeoFileError(
            path, f'has the GeoJSON type "{kind[:40]}", which is not a feature or geometry'
        )
    for index, feature in enumerate(features):
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            builder.drop(f"feature {index + 1}", "is not a GeoJSON Feature")
            continue
        properties = feature.get("properties")
        extras = foreign_members(feature)
        builder.add_geojson(
            feature_label(index, properties), feature.get("geometry"), properties, extras
        )
        # What the layer did not keep of the feature goes now, not with the whole document.
        features[index] = None
        if index % 1000 == 999:
            budget.report(index + 1, len(features))
    return builder.build()
