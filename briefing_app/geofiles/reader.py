"""`read_geofile`: pick the reader by extension, after checking the file is what it claims."""

from __future__ import annotations

import os
from pathlib import Path

from briefing_app.geofiles.builder import require_features
from briefing_app.geofiles.csv_reader import read_csv
from briefing_app.geofiles.errors import GeoFileError
from briefing_app.geofiles.formats import FORMATS, SUPPORTED_SUFFIXES
from briefing_app.geofiles.geojson_reader import read_geojson
from briefing_app.geofiles.kml_reader import read_kml
from briefing_app.geofiles.kmz_reader import read_kmz
from briefing_app.geofiles.layer import GeoFile
from briefing_app.geofiles.limits import Budget, Progress, check_file_size
from briefing_app.i18n import translate, translate_noop

# The OGR reader (pyogrio, which loads geopandas and pandas: 1.8 s) is imported by the reads
# that need it, not by a GeoJSON, KML or CSV import. PyInstaller finds imports in functions.

# First bytes of the container formats, to say "this .geojson is really a zip archive".
# The kinds are compared as the English texts and translated when a message names them.
_TEXT = translate_noop("GeoFileReader", "text")
_ZIP = translate_noop("GeoFileReader", "a zip archive")
_SQLITE = translate_noop("GeoFileReader", "an SQLite database (GeoPackage)")
_SHAPEFILE = translate_noop("GeoFileReader", "a Shapefile (.shp)")
_SIGNATURES = (
    (b"PK\x03\x04", _ZIP),
    (b"PK\x05\x06", _ZIP),
    (b"SQLite format 3\x00", _SQLITE),
    (b"\x00\x00\x27\x0a", _SHAPEFILE),
)
_EXPECTED = {
    ".geojson": _TEXT,
    ".json": _TEXT,
    ".kml": _TEXT,
    ".csv": _TEXT,
    ".kmz": _ZIP,
    ".zip": _ZIP,
    ".gpkg": _SQLITE,
    ".shp": _SHAPEFILE,
}


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise GeoFileError(
            path,
            translate(
                "GeoFileReader",
                "has the extension '{suffix}', which cannot be imported; supported: {suffixes}",
            ).format(
                suffix=suffix or translate("GeoFileReader", "none"),
                suffixes=", ".join(SUPPORTED_SUFFIXES),
            ),
        )
    return suffix


def _check_kind(path: Path, suffix: str) -> None:
    """Refuse a file whose first bytes show another format than its extension promises."""
    with path.open("rb") as stream:
        head = stream.read(16)
    found = next((kind for signature, kind in _SIGNATURES if head.startswith(signature)), _TEXT)
    expected = _EXPECTED[suffix]
    if found == expected:
        return
    if found == _TEXT:
        raise GeoFileError(
            path,
            translate("GeoFileReader", "is named {suffix} but is not {expected}").format(
                suffix=suffix, expected=translate("GeoFileReader", expected)
            ),
        )
    raise GeoFileError(
        path,
        translate(
            "GeoFileReader", "is named {suffix} but holds {found}; is the extension right?"
        ).format(suffix=suffix, found=translate("GeoFileReader", found)),
    )


def _checked_suffix(path: Path) -> str:
    """The file's suffix, once its extension, size and first bytes have passed."""
    suffix = _suffix(path)
    check_file_size(path)
    _check_kind(path, suffix)
    return suffix


def read_geofile(
    path: str | os.PathLike[str],
    *,
    layers: list[str] | None = None,
    csv_columns: tuple[str, str] | None = None,
    progress: Progress | None = None,
) -> GeoFile:
    """Read a user's geodata file into WGS84 layers; GeoFileError says what is wrong."""
    source = Path(path)
    suffix = _checked_suffix(source)
    budget = Budget(source, progress)
    result = GeoFile(path=source, format=FORMATS[suffix], layers=[])
    try:
        if suffix in (".geojson", ".json"):
            result.layers = [read_geojson(source, budget)]
        elif suffix == ".kml":
            result.layers = [read_kml(source, budget)]
        elif suffix == ".kmz":
            result.layers = [read_kmz(source, budget)]
        elif suffix == ".shp":
            from briefing_app.geofiles.ogr_reader import read_shapefile

            result.layers = [read_shapefile(source, budget)]
        elif suffix == ".zip":
            from briefing_app.geofiles.ogr_reader import read_shapefile_zip

            result.layers, result.available_layers = read_shapefile_zip(source, budget, layers)
        elif suffix == ".gpkg":
            from briefing_app.geofiles.ogr_reader import read_gpkg

            result.layers, result.available_layers = read_gpkg(source, budget, layers)
        else:
            csv = read_csv(source, budget, csv_columns)
            result.layers, result.csv_columns, result.csv_header = (
                [csv.layer],
                csv.columns,
                csv.header,
            )
            result.notes = csv.notes
    except MemoryError:
        raise GeoFileError(
            source, translate("GeoFileReader", "is too large to read in the memory available")
        ) from None
    except RecursionError:
        raise GeoFileError(
            source, translate("GeoFileReader", "is nested too deeply to read")
        ) from None
    if not result.available_layers:
        result.available_layers = [layer.name for layer in result.layers]
    require_features(source, result.layers)
    return result


def list_layers(path: str | os.PathLike[str]) -> list[str]:
    """The layer names a file offers, so the UI can ask which to import."""
    source = Path(path)
    suffix = _checked_suffix(source)
    if suffix == ".gpkg":
        from briefing_app.geofiles.ogr_reader import list_gpkg_layers

        return list_gpkg_layers(source)
    if suffix == ".zip":
        from briefing_app.geofiles.ogr_reader import list_zip_layers

        return list_zip_layers(source)
    return read_geofile(source).available_layers
