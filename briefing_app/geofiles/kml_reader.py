"""KML (2.1/2.2 and Google's gx extensions) read with defusedxml, streaming.

GDAL's KML driver is not used: it refuses whole layers over one unclosed ring and drops
styles and folders, which are what officials' KML files are about. The file is parsed with
DTDs forbidden (no entity expansion, no external references) and Placemarks are cleared once
read, so memory stays bounded by what is kept.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException, DTDForbidden
from shapely.geometry.base import BaseGeometry

from briefing_app.geofiles.builder import LayerBuilder, Sentences, feature_label
from briefing_app.geofiles.crs import WGS84
from briefing_app.geofiles.errors import FeatureProblem, GeoFileError
from briefing_app.geofiles.layer import FeatureLayer
from briefing_app.geofiles.limits import MAX_NESTING, Budget
from briefing_app.geofiles.repair import geometry_from_geojson
from briefing_app.geofiles.styles import clean_style, kml_colour
from briefing_app.i18n import translate

CONTAINERS = ("Document", "Folder")
GEOMETRIES = (
    "Point",
    "LineString",
    "LinearRing",
    "Polygon",
    "MultiGeometry",
    "Track",
    "MultiTrack",
    "Model",
)
OVERLAYS = ("GroundOverlay", "ScreenOverlay", "PhotoOverlay")
MAX_ELEMENT_DEPTH = 10 * MAX_NESTING
MAX_STYLE_HOPS = 5
WALL = "vertical wall of a 3-D shape, which has no area on a 2-D map"
_COMMA_SPACE = re.compile(r"\s*,\s*")


def _local(tag: str) -> str:
    """The tag without its namespace: KML 2.1, 2.2 and gx all use the same local names."""
    return tag.rsplit("}", 1)[-1]


def _child(elem: Element, name: str) -> Element | None:
    for child in elem:
        if _local(child.tag) == name:
            return child
    return None


def _children(elem: Element, name: str) -> list[Element]:
    return [child for child in elem if _local(child.tag) == name]


def _text(elem: Element | None) -> str:
    return (elem.text or "").strip() if elem is not None else ""


# --- geometry ----------------------------------------------------------------------------------


def _coordinates(elem: Element | None) -> list[list[float]]:
    """ "lon,lat[,alt] lon,lat[,alt] …" as positions; altitudes are dropped later."""
    text = _COMMA_SPACE.sub(",", _text(elem))
    try:
        return [[float(value) for value in token.split(",")] for token in text.split()]
    except ValueError:
        raise FeatureProblem("a coordinate is not a number") from None


def _ring(boundary: Element | None) -> list[list[float]]:
    ring = _child(boundary, "LinearRing") if boundary is not None else None
    return _coordinates(_child(ring, "coordinates")) if ring is not None else []


def _track(elem: Element) -> dict[str, Any]:
    try:
        coords = [
            [float(value) for value in _text(coord).split()]
            for coord in elem
            if _local(coord.tag) == "coord"
        ]
    except ValueError:
        raise FeatureProblem("a track coordinate is not a number") from None
    if len(coords) == 1:
        return {"type": "Point", "coordinates": coords[0]}
    return {"type": "LineString", "coordinates": coords}


def _geometry(elem: Element, depth: int = 0) -> dict[str, Any]:
    kind = _local(elem.tag)
    if kind == "Point":
        coords = _coordinates(_child(elem, "coordinates"))
        if len(coords) != 1:
            raise FeatureProblem(f"a Point with {len(coords)} coordinates")
        return {"type": "Point", "coordinates": coords[0]}
    if kind in ("LineString", "LinearRing"):
        return {"type": "LineString", "coordinates": _coordinates(_child(elem, "coordinates"))}
    if kind == "Polygon":
        outer = _ring(_child(elem, "outerBoundaryIs"))
        inner = [
            _coordinates(_child(ring, "coordinates"))
            for boundary in _children(elem, "innerBoundaryIs")
            for ring in _children(boundary, "LinearRing")
        ]
        return {"type": "Polygon", "coordinates": [outer, *inner]}
    if kind == "Track":
        return _track(elem)
    if kind == "MultiTrack":
        lines = [_track(track)["coordinates"] for track in _children(elem, "Track")]
        return {"type": "MultiLineString", "coordinates": lines}
    if kind == "MultiGeometry":
        if depth >= MAX_NESTING:
            raise FeatureProblem(f"MultiGeometry nested deeper than {MAX_NESTING}")
        parts = [_geometry(child, depth + 1) for child in elem if _local(child.tag) in GEOMETRIES]
        return _collection(parts)
    if kind == "Model":
        raise FeatureProblem("a 3-D model, which the map cannot show")
    raise FeatureProblem(f"unknown geometry <{kind}>")


def _collection(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """A MultiGeometry as a Multi* when its parts are all of one kind, as KML writers mean it."""
    kinds = {part["type"] for part in parts}
    if len(kinds) == 1 and (kind := kinds.pop()) in ("Point", "LineString", "Polygon"):
        return {"type": f"Multi{kind}", "coordinates": [part["coordinates"] for part in parts]}
    return {"type": "GeometryCollection", "geometries": parts}


# --- styles -----------------------------------------------------------------------------------


def _style(elem: Element) -> dict[str, Any]:
    """A <Style> as Leaflet path options."""
    style: dict[str, Any] = {}
    icon = _child(elem, "IconStyle")
    if icon is not None and (colour := kml_colour(_text(_child(icon, "color")))):
        style["color"], style["opacity"] = colour
    line = _child(elem, "LineStyle")
    if line is not None:
        if colour := kml_colour(_text(_child(line, "color"))):
            style["color"], style["opacity"] = colour
        with contextlib.suppress(ValueError):  # no width, or not a number: Leaflet's default
            style["weight"] = max(0.0, min(100.0, float(_text(_child(line, "width")))))
    poly = _child(elem, "PolyStyle")
    if poly is not None:
        if colour := kml_colour(_text(_child(poly, "color"))):
            style["fillColor"], style["fillOpacity"] = colour
        if _text(_child(poly, "fill")) in ("0", "false"):
            style["fillOpacity"] = 0.0
        if _text(_child(poly, "outline")) in ("0", "false"):
            style["opacity"] = 0.0
    return style


def _style_map_normal(elem: Element) -> str | dict[str, Any]:
    """The "normal" half of a StyleMap (the highlight half is for mouse-over in Google Earth)."""
    for pair in _children(elem, "Pair"):
        if _text(_child(pair, "key")) == "normal":
            inline = _child(pair, "Style")
            return _style(inline) if inline is not None else _text(_child(pair, "styleUrl"))
    return {}


def _is_wall(geometry: dict[str, Any]) -> bool:
    """A side of a 3-D shape (airspace, building): four corners at two heights. On a 2-D map
    it is a line or a self-crossing sliver; the shape's floor and ceiling show its outline."""
    if geometry["type"] != "Polygon" or not geometry["coordinates"]:
        return False
    outer = geometry["coordinates"][0]
    heights = {position[2] for position in outer if len(position) > 2}
    return len(heights) > 1 and len(outer) <= 5


@dataclass
class _Placemark:
    label: str
    geometry: BaseGeometry | None
    properties: dict[str, Any]
    folder: str
    style_url: str
    inline_style: dict[str, Any]
    notes: list[str] = field(default_factory=list)
    problem: str = ""


def _properties(elem: Element) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    extended = _child(elem, "ExtendedData")
    if extended is not None:
        for data in extended.iter():
            kind = _local(data.tag)
            if kind == "Data" and data.get("name"):
                properties[data.get("name", "")] = _text(_child(data, "value"))
            elif kind == "SimpleData" and data.get("name"):
                properties[data.get("name", "")] = _text(data)
    name = _text(_child(elem, "name")) or properties.get("Name", "")
    if name:
        properties.setdefault("name", name)
    # Descriptions are often HTML; they stay text and are escaped wherever they are shown.
    description = _text(_child(elem, "description"))
    if description:
        properties.setdefault("description", description)
    return properties


def _placemark(elem: Element, index: int, folder: str, budget: Budget) -> _Placemark:
    properties = _properties(elem)
    inline = _child(elem, "Style")
    style_map = _child(elem, "StyleMap")
    inline_style = _style(inline) if inline is not None else {}
    style_url = _text(_child(elem, "styleUrl"))
    if style_map is not None:
        normal = _style_map_normal(style_map)
        if isinstance(normal, dict):
            inline_style = {**normal, **inline_style}
        else:
            style_url = normal
    placemark = _Placemark(
        feature_label(index, properties, "placemark"),
        None,
        properties,
        folder,
        style_url,
        inline_style,
    )
    shape = next((child for child in elem if _local(child.tag) in GEOMETRIES), None)
    try:
        if shape is None:
            raise FeatureProblem("no geometry")
        geometry = _geometry(shape)
        if _is_wall(geometry):
            raise FeatureProblem(WALL)
        placemark.geometry = geometry_from_geojson(geometry, placemark.notes, budget)
    except FeatureProblem as problem:
        placemark.problem = str(problem)
    return placemark


class _KmlParse:
    """State of one streaming parse: folders open, styles seen, placemarks read."""

    def __init__(self, path: Path, budget: Budget, total_bytes: int) -> None:
        self.path = path
        self.budget = budget
        self.total_bytes = total_bytes
        self.tags: list[str] = []
        self.folders: list[str] = []
        self.document_name = ""
        self.styles: dict[str, str | dict[str, Any]] = {}
        self.placemarks: list[_Placemark] = []
        self.skipped = Sentences()

    def folder_path(self) -> str:
        # The outermost Document is the layer itself, not a folder.
        names = self.folders[1:] if self.tags[:2] == ["kml", "Document"] else self.folders
        return "/".join(name for name in names if name)

    def start(self, elem: Element) -> None:
        tag = _local(elem.tag)
        if not self.tags and tag != "kml":
            raise GeoFileError(
                self.path,
                translate("KMLReader", "is XML but not KML (its root element is <{tag}>)").format(
                    tag=tag
                ),
            )
        self.tags.append(tag)
        if len(self.tags) > MAX_ELEMENT_DEPTH:
            raise GeoFileError(
                self.path,
                translate("KMLReader", "nests elements deeper than {depth}").format(
                    depth=MAX_ELEMENT_DEPTH
                ),
            )
        if tag in CONTAINERS:
            self.folders.append("")

    def end(self, elem: Element, stream_position: int) -> None:
        tag = self.tags.pop()
        parent = self.tags[-1] if self.tags else ""
        if tag == "name" and parent in CONTAINERS and not self.folders[-1]:
            self.folders[-1] = _text(elem)
            if len(self.folders) == 1 and not self.document_name:
                self.document_name = self.folders[0]
        elif tag in CONTAINERS:
            self.folders.pop()
            elem.clear()
        elif tag in ("Style", "StyleMap") and parent != "Placemark" and parent != "Pair":
            if elem.get("id"):
                self.styles[elem.get("id", "")] = (
                    _style(elem) if tag == "Style" else _style_map_normal(elem)
                )
            elem.clear()
        elif tag == "Placemark":
            self.placemarks.append(
                _placemark(elem, len(self.placemarks), self.folder_path(), self.budget)
            )
            elem.clear()
            if len(self.placemarks) % 200 == 0:
                self.budget.report(stream_position, self.total_bytes)
        elif tag in OVERLAYS:
            self.skipped.add(
                _text(_child(elem, "name")) or tag,
                f"{tag} skipped (image overlays are not imported)",
            )
            elem.clear()
        elif tag == "NetworkLink":
            self.skipped.add(
                _text(_child(elem, "name")) or tag,
                "network link not followed (the app works offline)",
            )
            elem.clear()

    def resolve_style(self, url: str) -> dict[str, Any]:
        for _ in range(MAX_STYLE_HOPS):
            if not url.startswith("#"):
                return {}  # styles in other files are not fetched
            found = self.styles.get(url[1:], {})
            if isinstance(found, dict):
                return found
            url = found
        return {}


class ByteSource(Protocol):
    """What the KML parse reads from: a binary file, or a bounded zip member."""

    def read(self, size: int = -1) -> bytes: ...


class _CountingReader:
    """A file object that tells how far the parser has read, for progress."""

    def __init__(self, raw: ByteSource) -> None:
        self.raw = raw
        self.position = 0

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.position += len(data)
        return data


def _parse_error(path: Path, exc: Exception) -> GeoFileError:
    if isinstance(exc, DTDForbidden):
        return GeoFileError(
            path,
            translate(
                "KMLReader",
                "contains a document type declaration (<!DOCTYPE>), which KML never needs; "
                "refused because its entities could expand without bound or read other files",
            ),
        )
    if isinstance(exc, DefusedXmlException):
        return GeoFileError(
            path,
            translate(
                "KMLReader",
                "uses XML entities or external references, refused for safety ({error})",
            ).format(error=exc),
        )
    message = str(exc)
    if message.startswith(("no element found", "unclosed token")):
        return GeoFileError(
            path,
            translate("KMLReader", "the file ends too early (is it cut off?) ({error})").format(
                error=message
            ),
        )
    return GeoFileError(
        path, translate("KMLReader", "is not valid KML/XML ({error})").format(error=message)
    )


def read_kml_stream(
    path: Path, stream: ByteSource, total_bytes: int, budget: Budget
) -> FeatureLayer:
    """Read KML from `stream`; `path` names the file in messages."""
    state = _KmlParse(path, budget, total_bytes)
    counting = _CountingReader(stream)
    try:
        for event, elem in SafeET.iterparse(counting, events=("start", "end"), forbid_dtd=True):
            if event == "start":
                state.start(elem)
            else:
                state.end(elem, counting.position)
    except (ParseError, DefusedXmlException) as exc:
        raise _parse_error(path, exc) from None
    except UnicodeError as exc:
        raise GeoFileError(
            path,
            translate("KMLReader", "is not valid KML/XML (bad text encoding: {error})").format(
                error=exc
            ),
        ) from None
    return _build(state)


def _build(state: _KmlParse) -> FeatureLayer:
    builder = LayerBuilder(state.path, state.document_name or state.path.stem, WGS84, state.budget)
    for placemark in state.placemarks:
        if placemark.problem:
            builder.drop(placemark.label, placemark.problem)
            continue
        style = clean_style({**state.resolve_style(placemark.style_url), **placemark.inline_style})
        builder.add_shape(
            placemark.label,
            placemark.geometry,
            placemark.properties,
            {"style": style, "folder": placemark.folder},
            placemark.notes,
        )
    layer = builder.build()
    layer.dropped += state.skipped.lines()
    return layer


def read_kml(path: Path, budget: Budget) -> FeatureLayer:
    with path.open("rb") as stream:
        return read_kml_stream(path, stream, path.stat().st_size, budget)
