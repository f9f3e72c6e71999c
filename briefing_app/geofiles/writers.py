"""Writing annotations and imported layers out as GeoJSON and as KML 2.2 (Google Earth, TAK)."""

from __future__ import annotations

import json
import re
from typing import Any
from xml.etree.ElementTree import Element, SubElement, indent, tostring

from briefing_app.geo.positions import json_default
from briefing_app.geofiles.builder import foreign_members, json_safe, json_safe_properties
from briefing_app.geofiles.styles import clean_style, to_kml_colour

KML_NAMESPACE = "http://www.opengis.net/kml/2.2"
NAME_KEYS = ("label", "name")
# Characters XML 1.0 cannot carry at all, not even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def features_to_geojson(features: list[dict[str, Any]], name: str) -> str:
    """A FeatureCollection; "style", "folder" and "id" stay as foreign members."""
    out = [
        {
            "type": "Feature",
            **foreign_members(feature),
            "geometry": feature.get("geometry"),
            "properties": json_safe_properties(feature.get("properties")),
        }
        for feature in features
    ]
    return json.dumps(
        {"type": "FeatureCollection", "name": name, "features": out},
        ensure_ascii=False,
        allow_nan=False,
        default=json_default,
    )


def _text(value: Any) -> str:
    if isinstance(value, str):
        return _NOT_XML.sub("", value)
    safe = json_safe(value)
    return (
        ""
        if safe is None
        else _NOT_XML.sub("", str(safe).lower() if isinstance(safe, bool) else str(safe))
    )


def _coordinates(parent: Element, positions: list[Any]) -> None:
    SubElement(parent, "coordinates").text = " ".join(
        f"{float(p[0])!r},{float(p[1])!r}" for p in positions
    )


def _ring(parent: Element, boundary: str, positions: list[Any]) -> None:
    ring = SubElement(SubElement(parent, boundary), "LinearRing")
    _coordinates(ring, positions)


def _geometry(parent: Element, geometry: dict[str, Any]) -> None:
    kind = geometry.get("type")
    coords: Any = geometry.get("coordinates")
    if kind == "Point":
        _coordinates(SubElement(parent, "Point"), [coords])
    elif kind == "LineString":
        _coordinates(SubElement(parent, "LineString"), coords)
    elif kind == "Polygon":
        polygon = SubElement(parent, "Polygon")
        _ring(polygon, "outerBoundaryIs", coords[0])
        for hole in coords[1:]:
            _ring(polygon, "innerBoundaryIs", hole)
    elif kind in ("MultiPoint", "MultiLineString", "MultiPolygon"):
        multi = SubElement(parent, "MultiGeometry")
        for part in coords:
            _geometry(multi, {"type": kind[5:], "coordinates": part})
    elif kind == "GeometryCollection":
        multi = SubElement(parent, "MultiGeometry")
        for part in geometry.get("geometries", []):
            _geometry(multi, part)


def _style(document: Element, style_id: str, style: dict[str, Any]) -> None:
    element = SubElement(document, "Style", id=style_id)
    if "color" in style:
        colour = to_kml_colour(style["color"], style.get("opacity", 1.0))
        SubElement(SubElement(element, "IconStyle"), "color").text = colour
    if "color" in style or "weight" in style:
        line = SubElement(element, "LineStyle")
        if "color" in style:
            SubElement(line, "color").text = to_kml_colour(
                style["color"], style.get("opacity", 1.0)
            )
        if "weight" in style:
            SubElement(line, "width").text = repr(float(style["weight"]))
    if "fillColor" in style or "fillOpacity" in style or style.get("opacity") == 0:
        poly = SubElement(element, "PolyStyle")
        if "fillColor" in style:
            SubElement(poly, "color").text = to_kml_colour(
                style["fillColor"], style.get("fillOpacity", 1.0)
            )
        if style.get("fillOpacity") == 0:
            SubElement(poly, "fill").text = "0"
        if style.get("opacity") == 0:
            SubElement(poly, "outline").text = "0"


def _folder(document: Element, folders: dict[str, Element], path: str) -> Element:
    if not path:
        return document
    if path not in folders:
        parent_path, _, name = path.rpartition("/")
        folder = SubElement(_folder(document, folders, parent_path), "Folder")
        SubElement(folder, "name").text = _text(name)
        folders[path] = folder
    return folders[path]


def _style_key(style: dict[str, Any]) -> str:
    return json.dumps(style, sort_keys=True)


def features_to_kml(features: list[dict[str, Any]], name: str) -> str:
    """A KML 2.2 Document with one Placemark per feature, styles shared, folders nested."""
    root = Element("kml", xmlns=KML_NAMESPACE)
    document = SubElement(root, "Document")
    SubElement(document, "name").text = _text(name)
    style_ids: dict[str, str] = {}
    folders: dict[str, Element] = {}
    # Placemarks share one <Style> per distinct style, as Google Earth itself writes them.
    for feature in features:
        style = clean_style(feature.get("style"))
        if style and _style_key(style) not in style_ids:
            style_ids[_style_key(style)] = f"style{len(style_ids) + 1}"
            _style(document, style_ids[_style_key(style)], style)
    for feature in features:
        folder = feature.get("folder")
        parent = _folder(document, folders, folder.strip("/") if isinstance(folder, str) else "")
        placemark = SubElement(parent, "Placemark")
        properties = dict(feature.get("properties") or {})
        name_key = next((key for key in NAME_KEYS if properties.get(key) not in (None, "")), None)
        if name_key:
            SubElement(placemark, "name").text = _text(properties.pop(name_key))
        if properties.get("description") not in (None, ""):
            SubElement(placemark, "description").text = _text(properties.pop("description"))
        style = clean_style(feature.get("style"))
        if style:
            SubElement(placemark, "styleUrl").text = "#" + style_ids[_style_key(style)]
        if properties:
            extended = SubElement(placemark, "ExtendedData")
            for key, value in properties.items():
                data = SubElement(extended, "Data", name=_text(str(key)))
                SubElement(data, "value").text = _text(value)
        if isinstance(feature.get("geometry"), dict):
            _geometry(placemark, feature["geometry"])
    indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(root, encoding="unicode") + "\n"
