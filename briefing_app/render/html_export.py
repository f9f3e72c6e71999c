"""A briefing as one self-contained interactive HTML file: Leaflet, the app's map script, the
styles, the countries and every layer inlined; a Content-Security-Policy forbids any remote
load and any script but the bundled ones, so the file works offline in any browser, cannot
leak and cannot run what a briefing's text says."""

from __future__ import annotations

import base64
import mimetypes
import os
import re
from functools import lru_cache
from typing import Any

from briefing_app.core.atomicfile import write_atomically
from briefing_app.core.paths import app_root
from briefing_app.data.basemap import relief_overlay
from briefing_app.data.countries import countries_geojson_path
from briefing_app.data.datasets import Datasets
from briefing_app.i18n import format_date
from briefing_app.model.document import Briefing, Slide
from briefing_app.render.errors import ExportError
from briefing_app.render.map_page import (
    basemap_data_json,
    build_map_page,
    script_safe,
)
from briefing_app.render.screen_labels import ScreenView, screen_labels
from briefing_app.scene.build import Scene, build_scene, scene_for_slide
from briefing_app.scene.items import view_message
from briefing_app.style.map_style import marking_colours

COUNTRIES_ELEMENT_ID = "briefing_countries"
BASEMAP_ELEMENT_ID = "briefing_basemap"
ZOOM_SNAP = 0.25  # the page's zoomSnap (briefing_map.js)
# The exported page's labels are placed for a window this large (CSS px) around each
# slide's centre; a reader who pans far sees the symbols without their placed labels.
EXPORT_PAGE_PX = (1600.0, 1000.0)


@lru_cache(maxsize=8)
def _inline_asset(path: str) -> str:
    text = (app_root() / path).read_text(encoding="utf-8")
    if path.endswith(".css"):
        # A stylesheet's images and fonts become data URIs: the file stands alone, and its
        # policy forbids any other load. The placed labels were measured in DejaVu Sans, so
        # without the font they would overflow their boxes.
        folder = (app_root() / path).parent
        root = app_root().resolve()

        def as_data_uri(match: re.Match[str]) -> str:
            target = (folder / match.group(2)).resolve()
            if not target.is_relative_to(root) or not target.is_file():
                raise ValueError(f"{path} refers to {match.group(2)}, which is not in the app")
            mime = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
            if target.suffix == ".ttf":
                mime = "font/ttf"
            encoded = base64.b64encode(target.read_bytes()).decode("ascii")
            return f"url(data:{mime};base64,{encoded})"

        text = re.sub(r"""url\((['"]?)(?!data:|#)([^'")]+)\1\)""", as_data_uri, text)
    return text


def _slide_config(doc: Briefing, slide: Slide, data: Datasets) -> dict[str, Any]:
    scene = scene_for_slide(doc, slide, data)
    return {
        "title": slide.title,
        "notes": slide.notes,
        "view": view_message(slide.view),
        "as_of": format_date(scene.as_of),
        "scene": scene.to_message(),
        "labels_by_zoom": labels_by_zoom(scene),
    }


def labels_by_zoom(scene: Scene) -> dict[str, dict[str, Any]]:
    """Placed labels for the zoom levels near the scene's, for a page with no app to ask:
    keyed by Leaflet's zoom as the page prints it ("5", "5.25")."""
    out = {}
    view = scene.view
    for step in range(-4, 9):  # a zoom out to two in, in Leaflet's quarter steps
        zoom = view.zoom + step * ZOOM_SNAP
        if zoom < 1:
            continue
        screen = ScreenView(view.center_lat, view.center_lon, zoom, *EXPORT_PAGE_PX)
        key = f"{zoom:g}"
        out[key] = screen_labels(scene, screen)
    return out


def _document_config(doc: Briefing, data: Datasets) -> dict[str, Any]:
    marking = marking_colours(doc.classification)
    return {
        "title": doc.title,
        "subtitle": doc.subtitle,
        "classification": doc.classification,
        "marking": {"background": marking.background, "foreground": marking.foreground},
        "as_of": format_date(doc.as_of),
        "slides": [_slide_config(doc, slide, data) for slide in doc.slides],
    }


def render_html(doc: Briefing, data: Datasets) -> str:
    scene = build_scene(doc, data)
    # Every text of the briefing travels in the page's JSON data; the page script shows it
    # with textContent. The Content-Security-Policy (see build_map_page) forbids any remote
    # load, so the file works offline in any browser and cannot leak.
    return build_map_page(
        lambda path: path,
        doc.view,
        inline_asset=_inline_asset,
        title=f"{doc.title} ({doc.classification})",
        extra_config={
            "countries": {"element": COUNTRIES_ELEMENT_ID},
            "basemap": {"element": BASEMAP_ELEMENT_ID, "overlay": _relief_overlay()},
            "scene": scene.to_message(),
            "labels_by_zoom": labels_by_zoom(scene),
            "document": _document_config(doc, data),
        },
        data_elements={
            COUNTRIES_ELEMENT_ID: _countries_json(),
            BASEMAP_ELEMENT_ID: basemap_data_json(),
        },
    )


@lru_cache(maxsize=1)
def _relief_overlay() -> dict[str, Any]:
    # One small Web-Mercator image instead of the tile pyramid: a file cannot fetch tiles
    # (its policy has no connect-src), and a single ~2.7-megapixel image stays light.
    overlay = relief_overlay()
    encoded = base64.b64encode(overlay.path.read_bytes()).decode("ascii")
    return {"url": f"data:image/jpeg;base64,{encoded}", "bounds": list(overlay.bounds)}


@lru_cache(maxsize=1)
def _countries_json() -> str:
    # The app's own file, the same in every export: escaped for a script element once.
    return script_safe(countries_geojson_path().read_text(encoding="utf-8"))


def export_html(doc: Briefing, data: Datasets, path: str | os.PathLike[str]) -> None:
    text = render_html(doc, data).encode("utf-8")
    write_atomically(path, lambda handle: handle.write(text), error_type=ExportError)
