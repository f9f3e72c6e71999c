"""The interactive map page (folium/Leaflet), built once per window; later changes reach it
as JSON messages (see assets/map/briefing_map.js for the protocol)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefing_app.data.layers import layer_def
from briefing_app.model.document import MapView
from briefing_app.scene import view_message
from briefing_app.style import ITEM_STYLES, MAP_STYLE, MEMBERSHIP_STYLE

# Assets the page loads, relative to the app root. Nothing comes from the network.
LEAFLET_JS = "assets/vendor/leaflet/leaflet.js"
LEAFLET_CSS = "assets/vendor/leaflet/leaflet.css"
MAP_JS = "assets/map/briefing_map.js"
MAP_CSS = "assets/map/briefing_map.css"
# The annotation editor: in the app's page only (an exported page is for looking at).
GEOMAN_JS = "assets/vendor/leaflet-geoman/leaflet-geoman.min.js"
GEOMAN_CSS = "assets/vendor/leaflet-geoman/leaflet-geoman.css"
EDITOR_JS = "assets/map/briefing_editor.js"
MAP_ELEMENT_ID = "briefing"


def page_config(initial_view: MapView, asset_url: Callable[[str], str] = str) -> dict:
    """Everything the page needs before the first message: where the countries are, the
    style of everything it draws."""
    countries = layer_def("countries")
    assert countries is not None
    return {
        "style": {**MAP_STYLE, "membership": MEMBERSHIP_STYLE, "items": ITEM_STYLES},
        "view": view_message(initial_view),
        "countries": {"url": asset_url(countries.data_path)},
    }


def page_cache_key(asset_url: Callable[[str], str], extra_scripts: tuple[str, ...],
                   extra_css: tuple[str, ...] = ()) -> str:
    """A key of everything the in-app page is built from, without loading folium: the app
    and folium versions, this module's code, the page configuration and asset addresses."""
    from importlib.metadata import version

    from briefing_app import __version__

    try:
        code = Path(__file__).read_bytes().hex()
    except OSError:  # a frozen build has no source file; its version pins the code
        code = ""
    parts = [__version__, version("folium"), code,
             json.dumps(page_config(MapView(), asset_url), sort_keys=True),
             *extra_scripts, *extra_css, asset_url(LEAFLET_JS), asset_url(MAP_JS)]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:20]


def script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element: no "</script>", "<!--" or line
    separators can end or confuse it, whatever the data holds."""
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def build_map_page(asset_url: Callable[[str], str], initial_view: MapView,
                   extra_scripts: tuple[str, ...] = (),
                   extra_css: tuple[str, ...] = (),
                   inline_asset: Callable[[str], str] | None = None,
                   extra_config: dict[str, Any] | None = None,
                   head_html: str = "", body_html: str = "") -> str:
    """HTML of the map page. `asset_url` turns an app-root-relative path into the URL the page
    uses for it (the app's own scheme in the window); `extra_scripts` are loaded before the
    page's own script (the Qt WebChannel client in the window). With `inline_asset` (path ->
    file text) scripts and styles are inlined instead, for a self-contained file."""
    # Slow to import; only needed when a page is built.
    import folium
    from branca.element import Element, MacroElement
    from jinja2 import Template

    inline = inline_asset is not None

    class _LocalMap(folium.Map):
        # folium's defaults load jQuery, Bootstrap and fonts from CDNs: replaced by the
        # bundled Leaflet alone.
        # Leaflet is linked below, before the scripts that extend it (the editor).
        default_js = ()
        default_css = [] if inline else [
            ("leaflet_css", asset_url(LEAFLET_CSS)), ("briefing_css", asset_url(MAP_CSS))]

    fmap = _LocalMap(
        location=[initial_view.center_lat, initial_view.center_lon],
        zoom_start=initial_view.zoom,
        tiles=None,
        prefer_canvas=True,
        control_scale=True,
        attribution_control=False,
        zoom_snap=0.25,
        zoom_delta=0.5,
        world_copy_jump=False,
    )
    fmap._id = MAP_ELEMENT_ID  # a stable name instead of a random one
    root = fmap.get_root()
    if head_html:
        root.header.add_child(Element(head_html), name="head_extra")
    if inline_asset is not None:
        for path in (LEAFLET_CSS, MAP_CSS):
            root.header.add_child(Element(f"<style>{inline_asset(path)}</style>"))
        for path in (LEAFLET_JS, *extra_scripts, MAP_JS):
            # A script's text cannot hold "</script"; bundled files do not, checked here.
            code = inline_asset(path)
            if "</script" in code.lower():
                raise ValueError(f"{path} cannot be inlined")
            root.header.add_child(Element(f"<script>{code}</script>"))
    else:
        for sheet in extra_css:
            root.header.add_child(folium.CssLink(sheet))
        for script in (asset_url(LEAFLET_JS), *extra_scripts, asset_url(MAP_JS)):
            root.header.add_child(folium.JavascriptLink(script))
    if body_html:
        root.html.add_child(Element(body_html), name="body_extra")
    config = page_config(initial_view, asset_url)
    config.update(extra_config or {})
    # A child of the map renders its script after the map's own, once the map exists.
    attach = MacroElement()
    attach.config = script_json(config)  # inserted as-is (no autoescape), never a template
    attach._template = Template(
        "{% macro script(this, kwargs) %}"
        "BriefingMap.attach({{ this._parent.get_name() }}, {{ this.config }});"
        "{% endmacro %}")
    fmap.add_child(attach, name="attach")
    return root.render()
