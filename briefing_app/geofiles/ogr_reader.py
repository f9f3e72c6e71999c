"""Shapefiles (a .shp with its siblings, or a .zip holding them) and GeoPackages, via pyogrio.

GDAL reads these binary formats far better than we could; this module only guards what goes
in (sizes, siblings, safe extraction) and turns what comes out into checked WGS84 layers.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

import numpy as np
import pyogrio
import pyogrio.errors
import shapely
from pyproj.exceptions import CRSError, ProjError

from briefing_app.core.jsonreader import regular_file_size
from briefing_app.geofiles.archive import extract_member, open_archive
from briefing_app.geofiles.builder import LayerBuilder, feature_label
from briefing_app.geofiles.crs import ASSUMED_WGS84, check_convertible, crs_name, is_wgs84
from briefing_app.geofiles.errors import GeoFileError
from briefing_app.geofiles.layer import FeatureLayer
from briefing_app.geofiles.limits import MAX_IMPORT_BYTES, Budget, mebibytes
from briefing_app.i18n import format_number, translate, translate_noop

# What GDAL and PROJ raise on files they cannot read; anything else is our bug and should show.
OGR_ERRORS = (
    pyogrio.errors.DataSourceError,
    pyogrio.errors.DataLayerError,
    pyogrio.errors.FieldError,
    pyogrio.errors.GeometryError,
    pyogrio.errors.FeatureError,
    pyogrio.errors.CRSError,
    CRSError,
    ProjError,
    shapely.errors.GEOSException,
    OSError,
    RuntimeError,
    ValueError,
)
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg")


def _ogr_failure(path: Path, exc: Exception, what: str) -> GeoFileError:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if "not recognized as being in a supported file format" in message:
        message = translate("OGRReader", "GDAL does not recognise the format; is the file damaged?")
    return GeoFileError(
        path,
        translate("OGRReader", "cannot be read as {what} ({error})").format(
            what=what, error=message[:200]
        ),
    )


def read_ogr_layer(
    source: Path,
    layer: str | None,
    shown: Path,
    name: str,
    budget: Budget,
    counted: int | None = None,
) -> FeatureLayer:
    """One layer of `source` (which may be an extracted copy; `shown` is the user's file).
    `counted` is the number of features the layer's table really holds, where known."""
    info = pyogrio.read_info(source, layer=layer)
    declared = int(info.get("features") or 0)
    count = declared if counted is None else counted
    if budget.features + count > budget.max_features:
        raise GeoFileError(
            shown,
            translate(
                "OGRReader",
                'layer "{layer}" has {count} features; a briefing can embed at most {limit}',
            ).format(
                layer=name, count=format_number(count), limit=format_number(budget.max_features)
            ),
        )
    notes: list[str] = []
    if counted is not None and counted != declared:
        # GDAL trusts the declared count and reads no further; a query reads every row.
        frame = pyogrio.read_dataframe(source, sql=f"SELECT * FROM {_quoted(name)}")
        notes.append(
            f"the file declares {declared:,} features for this layer but holds "
            f"{counted:,}; all {len(frame):,} were read"
        )
    else:
        frame = pyogrio.read_dataframe(source, layer=layer)
    missing = _unread(source, count, len(frame))
    if frame.crs is None:
        bounds = frame.total_bounds
        if not (
            np.isfinite(bounds).all()
            and -180 <= bounds[0] <= bounds[2] <= 180
            and -90 <= bounds[1] <= bounds[3] <= 90
        ):
            raise GeoFileError(
                shown,
                translate(
                    "OGRReader",
                    'layer "{layer}" names no coordinate system (is the .prj file missing?) '
                    "and its coordinates are not longitude/latitude",
                ).format(layer=name),
            )
        source_crs = ASSUMED_WGS84
    elif is_wgs84(frame.crs):
        source_crs = crs_name(frame.crs)
    else:
        source_crs = f"{crs_name(frame.crs)}, reprojected to WGS84"
        check_convertible(shown, frame.crs)
        frame = frame.to_crs(4326)
    geometries = frame.geometry.values
    budget.add_vertices(int(shapely.get_num_coordinates(np.asarray(geometries)).sum()))
    records: list[dict[str, Any]] = frame.drop(columns=frame.geometry.name).to_dict("records")
    builder = LayerBuilder(shown, name, source_crs, budget)
    for index, (geom, properties) in enumerate(zip(geometries, records, strict=True)):
        builder.add_shape(feature_label(index, properties), geom, properties)
        if index % 1000 == 999:
            budget.report(index + 1, len(records))
    built = builder.build()
    built.counts = notes + missing
    return built


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _unread(source: Path, declared: int, read: int) -> list[str]:
    """What a file declares but GDAL did not return, said in the file's own terms."""
    if read >= declared:
        return []
    dbf = _sibling(source, ".dbf") if source.suffix.lower() == ".shp" else None
    records = _dbf_records(dbf) if dbf is not None else None
    if records is not None and records < declared:
        return [
            f"the .shp holds {declared:,} shapes but its .dbf only {records:,} attribute "
            f"record{'s' if records != 1 else ''}; {declared - read:,} shapes were not "
            "read"
        ]
    return [
        f"the file declares {declared:,} features but only {read:,} could be read; "
        f"{declared - read:,} were not read"
    ]


def _dbf_records(dbf: Path) -> int | None:
    """The record count in a .dbf header (bytes 4-7, little-endian), None if unreadable."""
    try:
        with dbf.open("rb") as handle:
            head = handle.read(8)
    except OSError:
        return None
    return int.from_bytes(head[4:8], "little") if len(head) == 8 else None


GPKG_QUERY_SECONDS = 2.0
"""Longest a GeoPackage may take to count a layer's rows; a view can be an endless query."""


def gpkg_row_counts(
    path: Path, names: list[str], seconds: float = GPKG_QUERY_SECONDS
) -> dict[str, int]:
    """The rows each layer's table or view really holds, counted by SQLite under a deadline
    (GDAL would wait for an endless recursive view for ever, and trusts the declared count)."""
    deadline = time.monotonic() + seconds
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    counts = {}
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise GeoFileError(
            path,
            translate("OGRReader", "cannot be read as {what} ({error})").format(
                what=translate("OGRReader", "a GeoPackage"), error=exc
            ),
        ) from None
    try:
        connection.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
        for name in names:
            try:
                row = connection.execute(f"SELECT COUNT(*) FROM {_quoted(name)}").fetchone()
            except sqlite3.OperationalError as exc:
                if time.monotonic() > deadline:
                    raise GeoFileError(
                        path,
                        translate(
                            "OGRReader",
                            'layer "{layer}" takes longer than {seconds} s to count its features '
                            "(an endless query in a view?); refused",
                        ).format(layer=name[:100], seconds=f"{seconds:g}"),
                    ) from None
                raise _layer_unreadable(path, name, exc) from None
            except sqlite3.Error as exc:
                raise _layer_unreadable(path, name, exc) from None
            counts[name] = int(row[0])
    finally:
        connection.close()
    return counts


def _layer_unreadable(path: Path, name: str, exc: Exception) -> GeoFileError:
    return GeoFileError(
        path,
        translate("OGRReader", 'layer "{layer}" cannot be read ({error})').format(
            layer=name[:100], error=exc
        ),
    )


# The roles of a Shapefile's other files, translated where a message names them.
_ROLES = {
    ".shx": translate_noop("OGRReader", "the index"),
    ".dbf": translate_noop("OGRReader", "the attribute table"),
}


def _sibling(shp: Path, suffix: str) -> Path | None:
    for candidate in shp.parent.glob(f"{shp.stem}.*"):
        if candidate.suffix.lower() == suffix:
            return candidate
    return None


def read_shapefile(path: Path, budget: Budget) -> FeatureLayer:
    total = 0
    for suffix, role in _ROLES.items():
        sibling = _sibling(path, suffix)
        if sibling is None:
            raise GeoFileError(
                path,
                translate(
                    "OGRReader",
                    "is missing its {suffix} file ({role}); a Shapefile is several files: "
                    "copy {file} next to it, or import the .zip that holds them all",
                ).format(
                    suffix=suffix,
                    role=translate("OGRReader", role),
                    file=f"{path.stem}{suffix}",
                ),
            )
        total += regular_file_size(sibling, GeoFileError, "part of a Shapefile")
    total += path.stat().st_size
    if total > MAX_IMPORT_BYTES:
        raise GeoFileError(
            path,
            translate(
                "OGRReader",
                "with its .shx and .dbf is {size}; imported files are limited to {limit}",
            ).format(size=mebibytes(total), limit=mebibytes(MAX_IMPORT_BYTES)),
        )
    try:
        return read_ogr_layer(path, None, path, path.stem, budget)
    except OGR_ERRORS as exc:
        raise _ogr_failure(path, exc, translate("OGRReader", "an ESRI Shapefile")) from None


def _zip_shapefiles(path: Path, archive: zipfile.ZipFile) -> dict[str, list[zipfile.ZipInfo]]:
    """The Shapefiles in an archive: layer name -> its member files."""
    members = [
        m
        for m in archive.infolist()
        if not m.is_dir()
        and not m.filename.startswith("__MACOSX/")
        and not PurePosixPath(m.filename).name.startswith("._")
    ]
    shapefiles: dict[str, list[zipfile.ZipInfo]] = {}
    for shp in members:
        if not shp.filename.lower().endswith(".shp"):
            continue
        stem = shp.filename[:-4]
        parts = [
            m
            for m in members
            if m.filename[:-4] == stem and m.filename[-4:].lower() in SHAPEFILE_PARTS
        ]
        shapefiles[
            PurePosixPath(stem).name if PurePosixPath(stem).name not in shapefiles else stem
        ] = parts
    if not shapefiles:
        raise GeoFileError(
            path, translate("OGRReader", "is a zip archive without a Shapefile (.shp) in it")
        )
    return shapefiles


def list_zip_layers(path: Path) -> list[str]:
    with open_archive(path) as archive:
        return list(_zip_shapefiles(path, archive))


def read_shapefile_zip(
    path: Path, budget: Budget, wanted: list[str] | None
) -> tuple[list[FeatureLayer], list[str]]:
    with (
        open_archive(path) as archive,
        tempfile.TemporaryDirectory(prefix="briefing-import-") as folder,
    ):
        shapefiles = _zip_shapefiles(path, archive)
        names = _choose(path, list(shapefiles), wanted)
        layers = []
        for number, name in enumerate(names):
            # One folder per layer, so equal base names in different zip folders cannot clash.
            target = Path(folder) / str(number)
            target.mkdir()
            extracted = [extract_member(path, archive, m, target) for m in shapefiles[name]]
            shp = next(p for p in extracted if p.suffix.lower() == ".shp")
            for suffix in (".shx", ".dbf"):
                if not any(p.suffix.lower() == suffix for p in extracted):
                    raise GeoFileError(
                        path,
                        translate("OGRReader", 'holds "{file}" without its {suffix} file').format(
                            file=f"{name}.shp", suffix=suffix
                        ),
                    )
            try:
                layers.append(read_ogr_layer(shp, None, path, name, budget))
            except OGR_ERRORS as exc:
                what = translate("OGRReader", 'a Shapefile ("{layer}")').format(layer=name)
                raise _ogr_failure(path, exc, what) from None
        return layers, list(shapefiles)


def list_gpkg_layers(path: Path) -> list[str]:
    try:
        listed = pyogrio.list_layers(path)
    except OGR_ERRORS as exc:
        raise _ogr_failure(path, exc, translate("OGRReader", "a GeoPackage")) from None
    names = [str(name) for name, kind in listed if kind is not None]
    if not names:
        raise GeoFileError(
            path, translate("OGRReader", "is a GeoPackage without any layer that has geometries")
        )
    return names


def read_gpkg(
    path: Path, budget: Budget, wanted: list[str] | None
) -> tuple[list[FeatureLayer], list[str]]:
    available = list_gpkg_layers(path)
    chosen = _choose(path, available, wanted)
    counts = gpkg_row_counts(path, chosen)
    layers = []
    for name in chosen:
        try:
            layers.append(read_ogr_layer(path, name, path, name, budget, counts[name]))
        except OGR_ERRORS as exc:
            what = translate("OGRReader", 'a GeoPackage (layer "{layer}")').format(layer=name)
            raise _ogr_failure(path, exc, what) from None
    return layers, available


def _choose(path: Path, available: list[str], wanted: list[str] | None) -> list[str]:
    if wanted is None:
        return available
    unknown = [name for name in wanted if name not in available]
    if unknown:
        raise GeoFileError(
            path,
            translate("OGRReader", 'has no layer "{layer}"; its layers are: {layers}').format(
                layer=unknown[0], layers=", ".join(available)
            ),
        )
    return list(wanted)
