"""Naming a source CRS and making the transform of its coordinates to WGS84 longitude/latitude."""

from __future__ import annotations

import os

import numpy as np
from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError, ProjError

from briefing_app.geofiles.builder import Transform
from briefing_app.geofiles.errors import GeoFileError
from briefing_app.i18n import translate

WGS84 = "EPSG:4326"
ASSUMED_WGS84 = "none given, assumed WGS84"


def crs_name(crs: CRS) -> str:
    epsg = crs.to_epsg()
    return f"EPSG:{epsg}" if epsg else crs.name


def is_wgs84(crs: CRS) -> bool:
    return crs.to_epsg() == 4326 or crs.equals(
        CRS.from_user_input("OGC:CRS84"), ignore_axis_order=True
    )


def parse_crs(path: str | os.PathLike[str], text: str) -> CRS:
    try:
        return CRS.from_user_input(text)
    except CRSError:
        raise GeoFileError(
            path,
            translate(
                "CoordinateSystem", 'names the coordinate system "{name}", which is not known'
            ).format(name=text[:80]),
        ) from None


def check_convertible(path: str | os.PathLike[str], crs: CRS) -> Transformer:
    """The transformer from `crs` to WGS84, or a GeoFileError for a system that has none (a
    local engineering grid, another planet's coordinates)."""
    try:
        return Transformer.from_crs(crs, WGS84, always_xy=True)
    except (CRSError, ProjError):
        raise GeoFileError(
            path,
            translate(
                "CoordinateSystem",
                'names the coordinate system "{name}", which has no conversion to longitude '
                "and latitude on Earth (a local or engineering grid, for example)",
            ).format(name=crs.name[:80]),
        ) from None


def to_wgs84(path: str | os.PathLike[str], crs: CRS) -> tuple[str, Transform | None]:
    """The CRS as the layer reports it, and a transform unless it already is WGS84."""
    if is_wgs84(crs):
        return crs_name(crs), None
    transformer = check_convertible(path, crs)

    def transform(coords: np.ndarray) -> np.ndarray:
        lon, lat = transformer.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([lon, lat])

    return f"{crs_name(crs)}, reprojected to WGS84", transform
