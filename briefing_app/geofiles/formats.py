"""The file types the app imports, by extension (kept apart from the readers, which load
GDAL and pandas: asking "can this be imported?" must stay cheap)."""

from __future__ import annotations

FORMATS = {
    ".geojson": "GeoJSON",
    ".json": "GeoJSON",
    ".kml": "KML",
    ".kmz": "KMZ",
    ".shp": "ESRI Shapefile",
    ".zip": "ESRI Shapefile",
    ".gpkg": "GeoPackage",
    ".csv": "CSV",
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(FORMATS)
