"""Reading and writing the geodata files users bring: GeoJSON, KML/KMZ, Shapefile,
GeoPackage, CSV. Headless: no Qt here (an import-linter contract checks it).

`read_geofile` returns WGS84 GeoJSON features ready to embed in a briefing, with what was
repaired or dropped; any file it cannot use raises `GeoFileError` naming the file and the
problem. `features_to_geojson` / `features_to_kml` write features back out.
"""

from typing import Any

from briefing_app.geofiles.errors import GeoFileCancelled, GeoFileError
from briefing_app.geofiles.formats import SUPPORTED_SUFFIXES
from briefing_app.geofiles.limits import (
    MAX_ARCHIVE_ENTRIES,
    MAX_FEATURES,
    MAX_IMPORT_BYTES,
    MAX_UNCOMPRESSED_BYTES,
    MAX_VERTICES,
)


# The readers load GDAL, pandas and shapely (half a second): only when first used, so that
# the app starts without them. (Plain import statements, so that PyInstaller finds them.)
def __getattr__(name: str) -> Any:
    if name in ("FeatureLayer", "GeoFile"):
        from briefing_app.geofiles import layer

        return getattr(layer, name)
    if name in ("list_layers", "read_geofile"):
        from briefing_app.geofiles import reader

        return getattr(reader, name)
    if name in ("features_to_geojson", "features_to_kml"):
        from briefing_app.geofiles import writers

        return getattr(writers, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "MAX_ARCHIVE_ENTRIES",
    "MAX_FEATURES",
    "MAX_IMPORT_BYTES",
    "MAX_UNCOMPRESSED_BYTES",
    "MAX_VERTICES",
    "SUPPORTED_SUFFIXES",
    "FeatureLayer",
    "GeoFile",
    "GeoFileCancelled",
    "GeoFileError",
    "features_to_geojson",
    "features_to_kml",
    "list_layers",
    "read_geofile",
]
