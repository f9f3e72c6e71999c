"""Sources in other coordinate systems arrive in WGS84, and the layer says what was done."""

from __future__ import annotations

import json

import geopandas
import pytest
from shapely.geometry import Point

from briefing_app.geofiles import GeoFileError, read_geofile

WARSAW = (21.0122, 52.2297)


def test_shapefile_in_etrs89_laea_is_reprojected(tmp_path):
    frame = geopandas.GeoDataFrame({"name": ["Warsaw"]}, geometry=[Point(WARSAW)], crs=4326).to_crs(
        3035
    )
    frame.to_file(tmp_path / "laea.shp")
    layer = read_geofile(tmp_path / "laea.shp").layers[0]
    assert layer.source_crs == "EPSG:3035, reprojected to WGS84"
    assert layer.features[0]["geometry"]["coordinates"] == pytest.approx(list(WARSAW))


def test_shapefile_without_prj_is_assumed_wgs84_when_it_fits(tmp_path):
    geopandas.GeoDataFrame({"name": ["Warsaw"]}, geometry=[Point(WARSAW)], crs=4326).to_file(
        tmp_path / "noprj.shp"
    )
    (tmp_path / "noprj.prj").unlink()
    assert read_geofile(tmp_path / "noprj.shp").layers[0].source_crs == (
        "none given, assumed WGS84"
    )


@pytest.mark.filterwarnings("ignore:.crs. was not provided")
def test_shapefile_without_prj_in_metres_is_refused(tmp_path):
    geopandas.GeoDataFrame({"name": ["x"]}, geometry=[Point(5_000_000, 3_200_000)]).to_file(
        tmp_path / "metres.shp"
    )
    with pytest.raises(GeoFileError, match="names no coordinate system"):
        read_geofile(tmp_path / "metres.shp")


def test_geojson_legacy_crs_member_is_honoured(tmp_path):
    x, y = geopandas.GeoSeries([Point(WARSAW)], crs=4326).to_crs(2180).iloc[0].coords[0]
    path = tmp_path / "puwg.geojson"
    path.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::2180"}},
                "features": [
                    {
                        "type": "Feature",
                        "properties": {},
                        "geometry": {"type": "Point", "coordinates": [x, y]},
                    }
                ],
            }
        )
    )
    layer = read_geofile(path).layers[0]
    assert layer.source_crs == "EPSG:2180, reprojected to WGS84"
    assert layer.features[0]["geometry"]["coordinates"] == pytest.approx(list(WARSAW))


def test_unknown_crs_name_is_refused(tmp_path):
    path = tmp_path / "odd.geojson"
    path.write_text(
        json.dumps(
            {
                "type": "Point",
                "coordinates": [1, 2],
                "crs": {"type": "name", "properties": {"name": "EPSG:999999"}},
            }
        )
    )
    with pytest.raises(GeoFileError, match="not known"):
        read_geofile(path)
