"""The catalogue of built-in map layers: what each is, how it is drawn, where it comes from.

A document's `LayerState` refers to one of these by id; its order in the document is the
drawing order (first at the bottom). Titles and descriptions are the app's own texts, in the
active language (one catalogue per language); the citations of files and datasets stay as
their publishers name them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from briefing_app.core.paths import app_root
from briefing_app.data.basemap import attribution_text, basemap_source
from briefing_app.data.countries import countries_page_path, countries_source
from briefing_app.i18n import LANGUAGES, active_language, translate, using_language


@dataclass(frozen=True)
class LayerDef:
    id: str
    title: str
    kind: str  # how renderers draw it: "countries", "membership", "items" or
    # "basemap"
    source: str  # short citation shown in the app and the PDF
    source_url: str
    as_of: str
    description: str = ""
    data_path: str = ""  # for "countries": relative to the app root, served to the page


def builtin_layers() -> tuple[LayerDef, ...]:
    """The built-in layers, their titles and descriptions in the active language."""
    return _builtin_layers(active_language())


@lru_cache(maxsize=len(LANGUAGES))
def _builtin_layers(language: str) -> tuple[LayerDef, ...]:
    # translate() takes the language from the context: pyside6-lupdate extracts a call
    # with positional literals only, not one with a language= keyword.
    with using_language(language):
        return _layers()


def _layers() -> tuple[LayerDef, ...]:
    source = countries_source()
    basemap = basemap_source()
    return (
        LayerDef(
            id="basemap",
            title=translate("Layers", "Basemap"),
            kind="basemap",
            source=attribution_text(),
            source_url="https://www.naturalearthdata.com/",
            as_of=str(basemap.get("as_of", "")),
            description=translate(
                "Layers",
                "Shaded relief, major rivers and lakes, and capitals, cities and "
                "towns by zoom (Natural Earth; places: GeoNames, CC BY 4.0).",
            ),
        ),
        LayerDef(
            id="countries",
            title=translate("Layers", "Countries"),
            kind="countries",
            data_path=countries_page_path().relative_to(app_root()).as_posix(),
            source=f"Natural Earth {source.get('natural_earth_version', '')} admin-0 "
            "countries 1:50m, Crimea shown as part of Ukraine",
            source_url=source.get("url", "https://www.naturalearthdata.com/"),
            as_of=str(source.get("as_of", "")),
            description=translate(
                "Layers", "Country borders following the EU / UN General Assembly position."
            ),
        ),
        LayerDef(
            id="membership",
            title=translate("Layers", "Membership"),
            kind="membership",
            source=translate("Layers", "{file} (one source per membership)").format(
                file="geodata/security/groupings.json"
            ),
            source_url="",
            as_of="",
            description=translate(
                "Layers",
                "Countries coloured by a grouping, or by the overlap of two, "
                "on the briefing's as-of date.",
            ),
        ),
        LayerDef(
            id="occupied",
            title=translate("Layers", "Occupied territory of Ukraine"),
            kind="items",
            source="geodata/security/derived/occupied_ukraine.geojson",
            source_url="",
            as_of="",
            description=translate(
                "Layers", "Ukrainian territory under Russian occupation, dated; hatched."
            ),
        ),
        LayerDef(
            id="deployments",
            title=translate("Layers", "Eastern-flank deployments"),
            kind="items",
            source=translate("Layers", "{file} (one source per site)").format(
                file="geodata/security/deployments.json"
            ),
            source_url="",
            as_of="",
            description=translate(
                "Layers",
                "NATO battlegroups, the German brigade in Lithuania and US sites in "
                "Poland, as APP-6 unit symbols.",
            ),
        ),
        LayerDef(
            id="flashpoints",
            title=translate("Layers", "Flashpoints and ranges"),
            kind="items",
            source=translate("Layers", "{file} (one source per item)").format(
                file="geodata/security/flashpoints.json"
            ),
            source_url="",
            as_of="",
            description=translate(
                "Layers",
                "Kaliningrad, the Suwałki Gap, Belarus and Greenland, with geodesic "
                "weapon-range rings.",
            ),
        ),
        LayerDef(
            id="annotations",
            title=translate("Layers", "Annotations"),
            kind="items",
            source=translate("Layers", "drawn in this briefing"),
            source_url="",
            as_of="",
            description=translate(
                "Layers", "Markers, lines, areas and labels drawn in this briefing."
            ),
        ),
    )


def layer_def(layer_id: str) -> LayerDef | None:
    return next((d for d in builtin_layers() if d.id == layer_id), None)
