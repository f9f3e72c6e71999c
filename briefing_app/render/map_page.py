"""The interactive map page (folium/Leaflet), built once per window; later changes reach it
as JSON messages (see assets/map/briefing_map.js for the protocol)."""

from __future__ import annotations

import json
from collections.abc import Callable

from briefing_app.data.layers import layer_def
from briefing_app.model.document import MapView
from briefing_app.scene import view_message
from briefing_app.style import ITEM_STYLES, MAP_STYLE, MEMBERSHIP_STYLE

# Assets the page loads, relative to the app root. Nothing comes from the network.
LEAFLET_JS = "assets/vendor/leaflet/leaflet.js"
LEAFLET_CSS = "assets/vendor/leaflet/leaflet.css"
MAP_JS = "assets/map/briefing_map.js"
MAP_CSS = "assets/map/briefing_map.css"
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


def build_map_page(asset_url: Callable[[str], str], initial_view: MapView,
                   extra_scripts: tuple[str, ...] = ()) -> str:
    """HTML of the map page. `asset_url` turns an app-root-relative path into the URL the page
    uses for it (the app's own scheme in the window); `extra_scripts` are loaded before the
    page's own script (the Qt WebChannel client in the window)."""
    # Slow to import; only needed when a page is built.
    import folium
    from branca.element import MacroElement
    from jinja2 import Template

    class _LocalMap(folium.Map):
        # folium's defaults load jQuery, Bootstrap and fonts from CDNs: replaced by the
        # bundled Leaflet alone.
        default_js = [("leaflet", asset_url(LEAFLET_JS))]  # noqa: RUF012 (folium API)
        default_css = [("leaflet_css", asset_url(LEAFLET_CSS)),  # noqa: RUF012
                       ("briefing_css", asset_url(MAP_CSS))]

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
    for script in (*extra_scripts, asset_url(MAP_JS)):
        root.header.add_child(folium.JavascriptLink(script))
    config = json.dumps(page_config(initial_view, asset_url), separators=(",", ":"))
    # "</" cannot close the script element when it appears inside JSON.
    config = config.replace("</", "<\\/")
    # A child of the map renders its script after the map's own, once the map exists.
    attach = MacroElement()
    attach.config = config  # inserted as-is (no autoescape), never parsed as a template
    attach._template = Template(
        "{% macro script(this, kwargs) %}"
        "BriefingMap.attach({{ this._parent.get_name() }}, {{ this.config }});"
        "{% endmacro %}")
    fmap.add_child(attach, name="attach")
    return root.render()
