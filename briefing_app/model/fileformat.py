"""The `.briefing` file format: versioned, human-readable JSON.

Loading validates every field and reports the file, the place in it and the problem.
Saving is atomic and keeps the previous version as `<name>.bak`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any

from briefing_app.core.atomicfile import is_read_only, write_atomically
from briefing_app.core.jsonreader import (
    DataFileError,
    JsonReader,
    describe,
    parse_json,
    read_json_file,
    unwritable,
)
from briefing_app.geo.geojson import read_geometry
from briefing_app.geo.positions import compact, json_default
from briefing_app.i18n import translate
from briefing_app.model.document import (
    MAX_TEXT_PT,
    MIN_TEXT_PT,
    Annotation,
    Briefing,
    Grouping,
    ImportedLayer,
    LayerState,
    MapView,
    Slide,
    add_missing_layers,
    clamp_text_pt,
)
from briefing_app.style.map_style import STYLE_COLOURS, style_value_problem

# 2: every slide stores its own layers, date and annotations (format 1 left them out to mean
# "the document's"; such a file is read as if each slide had the document's at the time).
# 3: the layer lists include the layers added since (document.ADDED_LAYERS: the basemap); an
# older file is read as having them, shown, so its map gains the basemap.
FORMAT_VERSION = 3
FILE_SUFFIX = ".briefing"
# A briefing with embedded layers can be large, but a file beyond this is not one of ours
# and would only tie up memory while we find out.
MAX_FILE_BYTES = 200 * 1024 * 1024
# Imported layers are capped when imported (100,000 features each); a briefing holds a few of
# them at most. A file with more was not written by the app and would take minutes to check.
MAX_EMBEDDED_FEATURES = 500_000
# A slide is a page of the PDF (about 0.3 s each to draw) and a step of the presentation; a
# real briefing has tens. 200 keep the longest PDF export near a minute.
MAX_SLIDES = 200


class BriefingFileError(DataFileError):
    """A briefing file that cannot be used; the message is meant for the user."""


# ---------------------------------------------------------------- writing


def _view_to_json(view: MapView) -> dict[str, Any]:
    return {"center": [view.center_lat, view.center_lon], "zoom": view.zoom}


def _layer_to_json(layer: LayerState) -> dict[str, Any]:
    return {
        "id": layer.id,
        "visible": layer.visible,
        "opacity": layer.opacity,
        "options": layer.options,
    }


def _slide_to_json(slide: Slide, doc: Briefing) -> dict[str, Any]:
    # A slide that somehow lacks a part is written with what it shows (the working map's).
    shown = doc.as_shown_on(slide)
    annotation_ids = (
        [a.id for a in doc.annotations] if slide.annotation_ids is None else slide.annotation_ids
    )
    return {
        "id": slide.id,
        "title": slide.title,
        "view": _view_to_json(slide.view),
        "notes": slide.notes,
        "as_of": shown.as_of.isoformat(),
        "layers": [_layer_to_json(layer) for layer in shown.layers],
        "annotation_ids": list(annotation_ids),
    }


def annotation_to_json(annotation: Annotation) -> dict[str, Any]:
    return {
        "type": "Feature",
        "id": annotation.id,
        "geometry": annotation.geometry,
        "properties": annotation.properties,
        "style": annotation.style,
    }


def _grouping_to_json(grouping: Grouping) -> dict[str, Any]:
    return {
        "id": grouping.id,
        "name": grouping.name,
        "members": list(grouping.members),
        "colour": grouping.colour,
        "description": grouping.description,
    }


def _imported_to_json(layer: ImportedLayer) -> dict[str, Any]:
    return {
        "id": layer.id,
        "name": layer.name,
        "source_file": layer.source_file,
        "source_format": layer.source_format,
        "imported_on": layer.imported_on.isoformat(),
        "style": layer.style,
        "notes": list(layer.notes),
        "features": {"type": "FeatureCollection", "features": layer.features},
    }


def to_json(doc: Briefing) -> dict[str, Any]:
    return {
        "format": "briefing-app",
        "format_version": FORMAT_VERSION,
        "title": doc.title,
        "subtitle": doc.subtitle,
        "author": doc.author,
        "organisation": doc.organisation,
        "classification": doc.classification,
        "as_of": doc.as_of.isoformat(),
        "summary": doc.summary,
        "view": _view_to_json(doc.view),
        "layers": [_layer_to_json(layer) for layer in doc.layers],
        "slides": [_slide_to_json(slide, doc) for slide in doc.slides],
        "annotations": [annotation_to_json(a) for a in doc.annotations],
        "groupings": [_grouping_to_json(g) for g in doc.groupings],
        "imported_layers": [_imported_to_json(x) for x in doc.imported],
    }


def dumps(doc: Briefing) -> str:
    # allow_nan=False: NaN is not JSON and other tools would refuse the file.
    return (
        json.dumps(
            to_json(doc), ensure_ascii=False, indent=2, allow_nan=False, default=json_default
        )
        + "\n"
    )


class ReadOnlyBriefingError(BriefingFileError):
    """The file to save over is read-only: replacing it needs the user's yes."""


def save(doc: Briefing, path: str | os.PathLike[str], *, replace_read_only: bool = False) -> None:
    """Write atomically; an existing file at `path` is kept as `<path>.bak`. What is written
    passes the checks a load makes, so that a saved file always opens again. A read-only file
    is replaced only with `replace_read_only` (it keeps its read-only mark)."""
    if not replace_read_only and is_read_only(path):
        raise ReadOnlyBriefingError(
            path,
            translate(
                "FileFormat",
                "is read-only; it was not replaced (make it writable, or save under another name)",
            ),
        )
    data = checked_bytes(doc, path)
    write_atomically(
        path, lambda handle: handle.write(data), backup=True, error_type=BriefingFileError
    )


def checked_bytes(doc: Briefing, path: str | os.PathLike[str]) -> bytes:
    """The file's bytes, or a BriefingFileError saying where the document holds a value the
    file format refuses (the message a load of such a file would give)."""
    data = to_json(doc)
    found = unwritable(data)
    if found is not None:
        raise BriefingFileError(path, _cannot_save(found[1]), found[0])
    try:
        from_json(data, str(path))
    except BriefingFileError as exc:
        raise BriefingFileError(path, _cannot_save(exc.problem), exc.where) from None
    try:
        return dumps(doc).encode("utf-8")
    except ValueError as exc:
        raise BriefingFileError(
            path, translate("FileFormat", "cannot be written: {reason}").format(reason=exc)
        ) from exc


def _cannot_save(problem: str) -> str:
    return translate("FileFormat", "cannot be saved: {problem}").format(problem=problem)


# ---------------------------------------------------------------- reading


def _read_view(r: JsonReader) -> MapView:
    center = r.get("center").items()
    if len(center) != 2:
        raise r.get("center").fail(translate("FileFormat", "expected [latitude, longitude]"))
    return MapView(
        center_lat=center[0].number(-90, 90),
        center_lon=center[1].number(-180, 180),
        zoom=r.get("zoom").number(0, 22),
    )


def _read_layer(r: JsonReader) -> LayerState:
    return LayerState(
        id=r.get("id").str(),
        visible=r.get("visible", True).bool(),
        opacity=r.get("opacity", 1.0).number(0, 1),
        options=_plain_values(r.get("options", {})),
    )


def _read_slide(r: JsonReader, version: int = FORMAT_VERSION) -> Slide:
    # Format 1 could leave a slide's date, layers and annotations out; from format 2 a slide
    # must say what it shows.
    optional = version < 2
    return Slide(
        id=r.get("id").str(),
        title=r.get("title", "").str(),
        view=_read_view(r.get("view")),
        notes=r.get("notes", "").str(),
        as_of=r.get("as_of").date() if r.has("as_of") or not optional else None,
        layers=[_read_layer(x) for x in r.get("layers").items()]
        if r.has("layers") or not optional
        else None,
        annotation_ids=r.get("annotation_ids").str_list()
        if r.has("annotation_ids") or not optional
        else None,
    )


def geometry_problem(value: Any, source: str = "geometry") -> str | None:
    """What is wrong with a GeoJSON geometry from elsewhere (the map page, the clipboard), by
    the rules a briefing file's geometries follow; None if it can be used."""
    try:
        read_geometry(JsonReader(source, value, error_type=BriefingFileError))
    except BriefingFileError as exc:
        return str(exc)
    return None


def _read_annotation(r: JsonReader) -> Annotation:
    return Annotation(
        id=r.get("id").str(),
        geometry=read_geometry(r.get("geometry")),
        properties=_read_properties(r.get("properties", {})),
        style=read_style(r.get("style", {})),
    )


# The largest geodesic circle there is: half the Earth's circumference.
MAX_RADIUS_KM = 20_000.0


def _read_properties(r: JsonReader) -> dict[str, Any]:
    properties = dict(r.dict())
    if "radius_km" in properties:
        radius = r.get("radius_km")
        if radius.number(0, MAX_RADIUS_KM) in (0, MAX_RADIUS_KM):
            raise radius.fail(
                translate(
                    "FileFormat",
                    "a circle's radius must be more than 0 and less than {limit} km",
                ).format(limit=f"{MAX_RADIUS_KM:,.0f}")
            )
    if "font_size" in properties:
        # Out of range only looks odd: it is drawn at the nearest size there is.
        size = clamp_text_pt(properties["font_size"])
        if size is None:
            raise r.get("font_size").fail(
                translate(
                    "FileFormat",
                    "a text's font size must be a number (points, {low} to {high}), found {found}",
                ).format(
                    low=f"{MIN_TEXT_PT:g}",
                    high=f"{MAX_TEXT_PT:g}",
                    found=describe(properties["font_size"]),
                )
            )
        properties["font_size"] = size
    return properties


def _plain_values(r: JsonReader) -> dict[str, Any]:
    """An object of settings whose values are text, numbers, true/false or null."""
    for key in r.dict():
        value = r.get(key).value
        if isinstance(value, list | dict):
            raise r.get(key).fail(
                translate(
                    "FileFormat", "expected text, a number, true/false or null, found {found}"
                ).format(found=describe(value))
            )
    return dict(r.dict())


def read_style(r: JsonReader) -> dict[str, Any]:
    """A Leaflet style object whose options every renderer can draw (style.py's rule); a
    colour written as "#rgb", with alpha or as a CSS name becomes "#rrggbb", the one form
    every renderer reads alike. Options no renderer draws are kept as written."""
    style = _plain_values(r)
    for key, value in style.items():
        if value is None:
            continue
        if key in STYLE_COLOURS:
            style[key] = value = _colour(r.get(key))
        if problem := style_value_problem(key, value):
            raise r.get(key).fail(problem)
    return style


def _colour(r: JsonReader) -> str:
    text = r.str()
    if style_value_problem("color", text) is None:
        return text  # "#rrggbb" as written, so that a file reopens equal to what was saved
    from PIL import ImageColor  # "#abc", "#aabbccdd" and CSS names: only for files that use them

    try:
        red, green, blue = ImageColor.getrgb(text.strip())[:3]
    except ValueError:
        raise r.fail(
            translate(
                "FileFormat", '"{text}" is not a colour (use #rrggbb or a CSS colour name)'
            ).format(text=text[:40])
        ) from None
    return f"#{red:02x}{green:02x}{blue:02x}"


def _read_feature(r: JsonReader) -> dict[str, Any]:
    if r.get("type").str() != "Feature":
        raise r.get("type").fail(translate("FileFormat", 'expected "Feature"'))
    feature = dict(r.dict())
    feature["geometry"] = compact(read_geometry(r.get("geometry")))
    feature["properties"] = r.get("properties", {}).dict()
    if r.has("style"):
        feature["style"] = read_style(r.get("style"))
    return feature


def _read_imported(r: JsonReader) -> ImportedLayer:
    collection = r.get("features")
    count = len(collection.get("features").items())
    if count > MAX_EMBEDDED_FEATURES:
        raise collection.fail(
            translate(
                "FileFormat", "holds {count} features; a briefing embeds at most {limit}"
            ).format(count=f"{count:,}", limit=f"{MAX_EMBEDDED_FEATURES:,}")
        )
    return ImportedLayer(
        id=r.get("id").str(),
        name=r.get("name").str(),
        source_file=r.get("source_file", "").str(),
        source_format=r.get("source_format", "").str(),
        imported_on=r.get("imported_on").date(),
        features=[_read_feature(x) for x in collection.get("features").items()],
        style=read_style(r.get("style", {})),
        notes=r.get("notes", []).str_list(),
    )


def _read_imported_layers(r: JsonReader) -> list[ImportedLayer]:
    layers = r.items()
    total = sum(len(x.get("features").get("features").items()) for x in layers)
    if total > MAX_EMBEDDED_FEATURES:
        raise r.fail(
            translate(
                "FileFormat",
                "the imported layers hold {count} features together; a briefing "
                "embeds at most {limit}",
            ).format(count=f"{total:,}", limit=f"{MAX_EMBEDDED_FEATURES:,}")
        )
    return [_read_imported(x) for x in layers]


def _read_grouping(r: JsonReader) -> Grouping:
    members = r.get("members")
    codes = members.str_list()
    for item, code in zip(members.items(), codes, strict=True):
        if len(code) != 3 or not code.isalpha() or not code.isupper():
            raise item.fail(
                translate(
                    "FileFormat", '"{code}" is not an ISO 3166-1 alpha-3 country code'
                ).format(code=code)
            )
    return Grouping(
        id=r.get("id").str(),
        name=r.get("name").str(),
        members=codes,
        colour=_colour(r.get("colour", "#1f77b4")),  # drawn by the page and the PDF
        description=r.get("description", "").str(),
    )


def _read_v1(r: JsonReader) -> Briefing:
    return _read_briefing(r, 1)


def _read_v2(r: JsonReader) -> Briefing:
    return _read_briefing(r, 2)


def _read_v3(r: JsonReader) -> Briefing:
    return _read_briefing(r, 3)


def _read_briefing(r: JsonReader, version: int) -> Briefing:
    # Briefing() gives format-1 slides the working map's layers, date and annotations.
    doc = Briefing(
        title=r.get("title").str(),
        subtitle=r.get("subtitle", "").str(),
        author=r.get("author", "").str(),
        organisation=r.get("organisation", "").str(),
        classification=r.get("classification", "UNCLASSIFIED").str(),
        as_of=r.get("as_of").date(),
        summary=r.get("summary", "").str(),
        view=_read_view(r.get("view")),
        layers=[_read_layer(x) for x in r.get("layers", []).items()],
        slides=[_read_slide(x, version) for x in _bounded_slides(r.get("slides", []))],
        annotations=[_read_annotation(x) for x in r.get("annotations", []).items()],
        groupings=[_read_grouping(x) for x in r.get("groupings", []).items()],
        imported=_read_imported_layers(r.get("imported_layers", [])),
    )
    _check_unique(r, "slides", [s.id for s in doc.slides])
    _check_unique(r, "annotations", [a.id for a in doc.annotations])
    _check_unique(r, "groupings", [g.id for g in doc.groupings])
    _check_unique(r, "imported_layers", [x.id for x in doc.imported])
    _check_unique(r, "layers", [layer.id for layer in doc.layers])
    if version < 3:
        for layers in (doc.layers, *(s.layers for s in doc.slides if s.layers is not None)):
            add_missing_layers(layers)
    return doc


def _bounded_slides(r: JsonReader) -> list[JsonReader]:
    items = r.items()
    if len(items) > MAX_SLIDES:
        raise r.fail(
            translate(
                "FileFormat", "holds {count} slides; a briefing holds at most {limit}"
            ).format(count=f"{len(items):,}", limit=f"{MAX_SLIDES:,}")
        )
    return items


def _check_unique(r: JsonReader, key: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for index, item_id in enumerate(ids):
        if item_id in seen:
            raise (
                r.get(key)
                .items()[index]
                .get("id")
                .fail(translate("FileFormat", 'the id "{id}" is used twice').format(id=item_id))
            )
        seen.add(item_id)


# One reader per format version; a future version adds its reader (or an upgrade step) here.
_READERS: dict[int, Callable[[JsonReader], Briefing]] = {1: _read_v1, 2: _read_v2, 3: _read_v3}


def from_json(data: Any, path: str = "<briefing>") -> Briefing:
    root = JsonReader(path, data, error_type=BriefingFileError)
    if not isinstance(data, dict):
        raise root.fail(
            translate("FileFormat", "expected a briefing (a JSON object), found {found}").format(
                found=describe(data)
            )
        )
    version = root.get("format_version").int()
    if version > FORMAT_VERSION:
        raise BriefingFileError(
            path,
            translate(
                "FileFormat",
                "was written by a newer version of Briefing App (file format {version}; "
                "this version reads up to format {supported}). Update Briefing App to open it.",
            ).format(version=version, supported=FORMAT_VERSION),
        )
    if version not in _READERS:
        raise root.get("format_version").fail(
            translate("FileFormat", "unknown file format version {version}").format(version=version)
        )
    return _READERS[version](root)


def loads(text: str, path: str = "<briefing>") -> Briefing:
    return from_json(
        parse_json(text, path, BriefingFileError, translate("FileFormat", "briefing file")), path
    )


def load(path: str | os.PathLike[str]) -> Briefing:
    data = read_json_file(
        path, BriefingFileError, translate("FileFormat", "briefing file"), MAX_FILE_BYTES
    )
    return from_json(data, str(path))
