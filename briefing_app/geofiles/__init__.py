"""Reading and writing the geodata files users bring: GeoJSON, KML/KMZ, Shapefile,
GeoPackage, CSV. Headless: no Qt here (an import-linter contract checks it).

`read_geofile` returns WGS84 GeoJSON features ready to embed in a briefing, with what was
repaired or dropped; any file it cannot use raises `GeoFileError` naming the file and the
problem. `features_to_geojson` / `features_to_kml` write features back out.
"""

from briefing_app.geofiles.errors import GeoFileCancelled, GeoFileError
from briefing_app.geofiles.layer import FeatureLayer, GeoFile
from briefing_app.geofiles.limits import (
    MAX_ARCHIVE_ENTRIES,
    MAX_FEATURES,
    MAX_IMPORT_BYTES,
    MAX_UNCOMPRESSED_BYTES,
    MAX_VERTICES,
)
from briefing_app.geofiles.reader import SUPPORTED_SUFFIXES, list_layers, read_geofile
from briefing_app.geofiles.writers import features_to_geojson, features_to_kml

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
