"""The catalogue of built-in map layers: what each is, where its data lies, where it comes from.

A document's `LayerState` refers to one of these by id.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing_app.data.countries import countries_geojson_path, countries_source
from briefing_app.paths import app_root


@dataclass(frozen=True)
class LayerDef:
    id: str
    title: str
    kind: str               # how renderers draw it: "countries", ...
    data_path: str          # relative to the app root, served to the map page
    source: str             # short citation shown in the app and the PDF
    source_url: str
    as_of: str


def builtin_layers() -> list[LayerDef]:
    source = countries_source()
    return [
        LayerDef(
            id="countries",
            title="Countries",
            kind="countries",
            data_path=countries_geojson_path().relative_to(app_root()).as_posix(),
            source=f"Natural Earth {source.get('natural_earth_version', '')} admin-0 "
                   "countries 1:50m, Crimea shown as part of Ukraine",
            source_url=source.get("url", "https://www.naturalearthdata.com/"),
            as_of=str(source.get("as_of", "")),
        ),
    ]


def layer_def(layer_id: str) -> LayerDef | None:
    return next((d for d in builtin_layers() if d.id == layer_id), None)
