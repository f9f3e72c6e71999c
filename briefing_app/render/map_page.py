"""The interactive map page (Leaflet), built once per window; later changes reach it as JSON
messages (see assets/map/briefing_map.js for the protocol).

The page is assembled here from the app's own files and nothing else: no template engine is
involved, so no text, whoever wrote it, can ever be evaluated. Everything that varies (the
view, the style, an exported briefing's scene and texts) travels as one JSON value inside a
`<script type="application/json">` element, escaped so that it cannot end that element, and
the page script reads it with JSON.parse. The only other variable parts are the app's asset
addresses and the page title, both HTML-escaped.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from briefing_app.core.derived_cache import DerivedCache, code_stamps, file_stamp
from briefing_app.data.basemap import places_path, water_path
from briefing_app.data.city_names import city_names_path
from briefing_app.data.countries import countries_geojson_path
from briefing_app.data.country_names import country_names_in, country_names_path
from briefing_app.data.layers import layer_def
from briefing_app.geo.positions import page_default
from briefing_app.i18n import (
    LANGUAGES,
    SOURCE_LANGUAGE,
    active_language,
    translate,
    ts_path,
    using_language,
)
from briefing_app.model.document import MapView
from briefing_app.render.text import LONE_SURROGATE, shown_text
from briefing_app.scene.items import view_message
from briefing_app.style.map_style import (
    BASEMAP_STYLE,
    ITEM_STYLES,
    MAP_STYLE,
    MEMBERSHIP_STYLE,
    UNIT_ICON_SIZE,
)
from briefing_app.style.themes import page_theme_css

# Assets the page loads, relative to the app root. Nothing comes from the network.
LEAFLET_JS = "assets/vendor/leaflet/leaflet.js"
LEAFLET_CSS = "assets/vendor/leaflet/leaflet.css"
MAP_JS = "assets/map/briefing_map.js"
MAP_CSS = "assets/map/briefing_map.css"
# The annotation editor: in the app's page only (an exported page is for looking at).
GEOMAN_JS = "assets/vendor/leaflet-geoman/leaflet-geoman.min.js"
GEOMAN_CSS = "assets/vendor/leaflet-geoman/leaflet-geoman.css"
EDITOR_JS = "assets/map/briefing_editor.js"
MAP_ELEMENT_ID = "map_briefing"
# What the app's scheme serves for the basemap (briefing_app/ui/web_scheme.py): relief tiles
# out of the one pyramid archive, and the water and places the page draws.
RELIEF_TILE_ROUTE = "basemap/relief/{z}/{x}/{y}.jpg"
BASEMAP_DATA_ROUTE = "basemap/data.json"
CONFIG_ELEMENT_ID = "briefing-config"

# The app's page: its data, images and fonts from the app's own scheme; its scripts inline,
# each admitted by its hash ({scripts}), so that no other script can run.
APP_CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src {scripts}; style-src briefing: 'unsafe-inline'; "
    "img-src briefing: data: blob:; font-src briefing: data:; connect-src briefing:; "
    "frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'"
)


def page_config(initial_view: MapView, asset_url: Callable[[str], str] = str) -> dict:
    """Everything the page needs before the first message: where the countries are, the
    style of everything it draws."""
    countries = layer_def("countries")
    assert countries is not None
    return {
        "style": {
            **MAP_STYLE,
            "membership": MEMBERSHIP_STYLE,
            "items": ITEM_STYLES,
            "basemap": BASEMAP_STYLE,
            "unit_icon_size": list(UNIT_ICON_SIZE),
        },
        "view": view_message(initial_view),
        # Packed for the page (geodata/build_page_countries.py): no number to parse.
        "countries": {"packed": asset_url(countries.data_path)},
        "basemap": {"tiles": asset_url(RELIEF_TILE_ROUTE), "data": asset_url(BASEMAP_DATA_ROUTE)},
        "texts": page_texts(),
        # The names the page's tooltips show, in the app's language (its countries file
        # carries the English).
        "country_names": {} if active_language() == SOURCE_LANGUAGE else country_names_in(),
    }


def page_texts() -> dict[str, str]:
    """The page's own words in the active language: the page has no translator of its own,
    it puts a date or a count where these texts say {date} or {count}."""
    return {
        "legend": translate("MapPage", "Legend"),
        "legend_toggle": translate("MapPage", "Show or hide the legend"),
        "as_of": translate("MapPage", "As of {date}"),
        "slides": translate("MapPage", "Slides"),
        "source": translate("MapPage", "Source: {source}"),
        "source_as_of": translate("MapPage", "Source: {source} (as of {date})"),
    }


def basemap_data_json() -> str:
    """The basemap's water and places as the page draws them, from the scene's items (so
    screen, export and PDF draw the same), as compact JSON made safe for a script element:
    {"water": [{kind, style, min_zoom, geometry}], "places": [[lon, lat, style, min_zoom,
    title, [[row, value], ...]]]}. Place names only travel for the popups.

    Kept between starts (derived_cache): the map's page asks for it while it loads, and the
    app's thread that answers is needed by the page for everything else. The popups' row
    names are in the active language: one text, and one store, per language."""
    return _basemap_data_json_in(active_language())


@lru_cache(maxsize=len(LANGUAGES))
def _basemap_data_json_in(language: str) -> str:
    cache = DerivedCache(
        f"basemap-data-{language}",
        [
            language,
            file_stamp(ts_path(language)),
            *(
                file_stamp(path)
                for path in (
                    water_path(),
                    places_path(),
                    countries_geojson_path(),
                    city_names_path(),  # the places' names in the language
                    country_names_path(),  # the popups' country names
                )
            ),
            *code_stamps(
                __name__,
                "briefing_app.scene.build",
                "briefing_app.scene.items",
                "briefing_app.data.basemap",
                "briefing_app.data.city_names",
            ),
        ],
    )
    text = cache.get("json")
    if isinstance(text, str):
        return text
    with using_language(language):
        text = _basemap_data_json()
    cache.put("json", text)
    return text


def _basemap_data_json() -> str:
    water: list[dict[str, Any]] = []
    places: list[list[Any]] = []
    # The scene (0.1 s to import) is not needed before the window's map page is loading.
    from briefing_app.scene.build import basemap_items

    for item in basemap_items():
        if item.kind == "place":
            lon, lat = item.geometry["coordinates"]
            title = item.popup.title if item.popup else ""
            rows = [list(r) for r in item.popup.rows] if item.popup else []
            places.append([lon, lat, item.style_key, item.min_zoom, title, rows])
        else:
            water.append(
                {
                    "kind": item.kind,
                    "style": item.style_key,
                    "min_zoom": item.min_zoom,
                    "geometry": item.geometry,
                }
            )
    return script_json({"water": water, "places": places})


def script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element: no "</script>", "<!--" or line
    separators can end or confuse it, whatever the data holds. Lone surrogates (which a
    JSON file may legally spell as escapes) are written as escapes too, never as bytes
    that UTF-8 cannot hold."""
    return script_safe(
        json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=page_default)
    )


def script_safe(json_text: str) -> str:
    """JSON text made safe inside a <script> element (see script_json)."""
    text = (
        json_text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
    return _escape_lone_surrogates(text)


def _escape_lone_surrogates(text: str) -> str:
    # Inside a JSON string a surrogate code point can only be spelled as an escape.
    return LONE_SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def _script_hash(code: str) -> str:
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def build_map_page(
    asset_url: Callable[[str], str],
    initial_view: MapView,
    extra_scripts: tuple[str, ...] = (),
    extra_css: tuple[str, ...] = (),
    inline_asset: Callable[[str], str] | None = None,
    extra_config: dict[str, Any] | None = None,
    title: str = "",
    data_elements: dict[str, str] | None = None,
    served: bool = False,
) -> str:
    """HTML of the map page. `asset_url` turns an app-root-relative path into the URL the page
    uses for it (the app's own scheme in the window); `extra_scripts` are loaded before the
    page's own script (the Qt WebChannel client and the editor in the window). With
    `inline_asset` (path -> file text) scripts and styles are inlined instead, for a
    self-contained file; its Content-Security-Policy then admits exactly those scripts by
    their hashes, so even markup that got into the page could not run code.
    `data_elements` maps element ids to JSON text already made safe by `script_safe`
    (large data that is the same for every page, serialised once). `served`: the page is
    inlined but served by the app's scheme, from which it fetches its data and images
    (the window's page: its code then runs without a request to the app's busy thread)."""
    data_blocks = []
    for element_id, text in (data_elements or {}).items():
        if "<" in text or not element_id.isidentifier():
            raise ValueError(f"data element {element_id} is not script-safe")
        data_blocks.append(f'<script type="application/json" id="{element_id}">{text}</script>')
    config = page_config(initial_view, asset_url)
    config.update(extra_config or {})
    page_title = title or translate("MapPage", "Briefing map")
    # The theme colours briefing_map.css reads (themes.py is their one source).
    styles: list[str] = [f"<style>{page_theme_css()}</style>"]
    scripts: list[str] = []
    if inline_asset is not None:
        for path in (LEAFLET_CSS, MAP_CSS, *extra_css):
            code = inline_asset(path)
            if "</style" in code.lower():
                raise ValueError(f"{path} cannot be inlined")
            styles.append(f"<style>{code}</style>")
        hashes = []
        for path in (LEAFLET_JS, *extra_scripts, MAP_JS):
            # A script's text cannot hold "</script"; bundled files do not, checked here.
            code = inline_asset(path)
            if "</script" in code.lower():
                raise ValueError(f"{path} cannot be inlined")
            hashes.append(_script_hash(code))
            scripts.append(f"<script>{code}</script>")
        policy = (
            APP_CONTENT_SECURITY_POLICY.format(scripts=" ".join(hashes))
            if served
            else (
                f"default-src 'none'; script-src {' '.join(hashes)}; "
                "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; "
                "connect-src 'none'; frame-src 'none'; object-src 'none'; base-uri 'none'; "
                "form-action 'none'"
            )
        )
    else:
        for sheet in (asset_url(LEAFLET_CSS), asset_url(MAP_CSS), *extra_css):
            styles.append(f'<link rel="stylesheet" href="{html.escape(sheet)}">')
        for script in (asset_url(LEAFLET_JS), *extra_scripts, asset_url(MAP_JS)):
            scripts.append(f'<script src="{html.escape(script)}"></script>')
        policy = APP_CONTENT_SECURITY_POLICY.format(scripts="briefing: qrc:")
    # The data the page fetches first, asked for as the page is parsed: answered by the
    # app's thread while the page's scripts are compiled, instead of after them.
    preloads = [
        f'<link rel="preload" as="fetch" crossorigin="anonymous" href="{html.escape(url)}">'
        for url in (
            config.get("countries", {}).get("packed"),
            config.get("basemap", {}).get("data"),
        )
        if served and isinstance(url, str)
    ]
    # briefing_map.js starts the map from the config element as soon as it runs; the
    # element comes first so that it exists by then.
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{active_language()}">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{html.escape(policy)}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
            f"<title>{html.escape(shown_text(page_title))}</title>",
            *preloads,
            *styles,
            "</head>",
            "<body>",
            f'<div class="briefing-map" id="{MAP_ELEMENT_ID}"></div>',
            f'<script type="application/json" id="{CONFIG_ELEMENT_ID}">{script_json(config)}'
            "</script>",
            *data_blocks,
            *scripts,
            "</body>",
            "</html>",
            "",
        ]
    )
