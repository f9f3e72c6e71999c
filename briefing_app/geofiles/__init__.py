"""Reading and writing the geodata files users bring: GeoJSON, KML/KMZ, Shapefile,
GeoPackage, CSV."""
