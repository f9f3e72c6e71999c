"""The PDF's default projection and its scale's geodesics without pyproj (geo/laea.py,
geo/vincenty.py) give pyproj's numbers, including where PROJ gives none."""

from __future__ import annotations

import math

import numpy as np
import pytest
from pyproj import Geod, Transformer

from briefing_app.geo import laea, vincenty

FORWARD = Transformer.from_crs("EPSG:4326", "EPSG:3035", always_xy=True)
INVERSE = Transformer.from_crs("EPSG:3035", "EPSG:4326", always_xy=True)
GEOD = Geod(ellps="WGS84")


def test_laea_over_europe_is_proj_to_nanometres():
    rng = np.random.default_rng(1)
    lon, lat = rng.uniform(-40, 70, 50_000), rng.uniform(20, 85, 50_000)
    x, y = laea.Forward().transform(lon, lat)
    px, py = FORWARD.transform(lon, lat)
    assert np.max(np.abs(x - px)) < 1e-7 and np.max(np.abs(y - py)) < 1e-7
    lon2, lat2 = laea.Inverse().transform(px, py)
    plon, plat = INVERSE.transform(px, py)
    # PROJ's own series from authalic latitude, not the exact inverse (1.4e-8° away).
    assert np.max(np.abs(lon2 - plon)) < 1e-12 and np.max(np.abs(lat2 - plat)) < 1e-12


def test_laea_over_the_world_fails_where_proj_fails():
    rng = np.random.default_rng(2)
    lon, lat = rng.uniform(-540, 540, 50_000), rng.uniform(-90, 90, 50_000)
    lon = np.append(lon, [-170.0, 10.0, 0.0, 0.0, np.nan])  # the antipode, a pole, beyond
    lat = np.append(lat, [-52.0, 90.0, 90.5, -91.0, 50.0])
    x, y = laea.Forward().transform(lon, lat)
    px, py = FORWARD.transform(lon, lat)
    assert np.array_equal(np.isinf(x), np.isinf(px)) and np.array_equal(np.isnan(x), np.isnan(px))
    ok = np.isfinite(px)
    assert np.max(np.abs(x[ok] - px[ok])) < 1e-5 and np.max(np.abs(y[ok] - py[ok])) < 1e-5
    gx, gy = np.meshgrid(np.linspace(-1.5e7, 2.5e7, 300), np.linspace(-1.5e7, 2.5e7, 300))
    lon2, lat2 = laea.Inverse().transform(gx.ravel(), gy.ravel())  # off the disc too
    plon, plat = INVERSE.transform(gx.ravel(), gy.ravel())
    assert np.array_equal(np.isinf(lon2), np.isinf(plon)) and np.isinf(plon).any()
    ok = np.isfinite(plon)
    assert np.max(np.abs(lon2[ok] - plon[ok])) < 1e-9 and np.max(np.abs(lat2[ok] - plat[ok])) < 1e-9


def test_laea_takes_and_gives_plain_numbers_like_pyproj():
    x, y = laea.Forward().transform(15.0, 52.0)
    assert type(x) is float and type(y) is float
    assert (x, y) == pytest.approx(FORWARD.transform(15.0, 52.0), abs=1e-7)
    assert laea.Inverse().transform(4321000.0, 3210000.0) == (10.0, 52.0)  # the centre


@pytest.mark.parametrize("seed", range(3))
def test_vincenty_is_karneys_geodesic_to_1e_11(seed):
    rng = np.random.default_rng(seed)
    for _ in range(500):
        lon, lat = rng.uniform(-180, 180), rng.uniform(-89, 89)
        azimuth, metres = rng.choice([90.0, rng.uniform(0, 360)]), rng.uniform(1e3, 5e6)
        ours = vincenty.direct(lon, lat, azimuth, metres)
        assert ours is not None
        elon, elat, _ = GEOD.fwd(lon, lat, azimuth, metres)
        _, _, apart = GEOD.inv(elon, elat, *ours)
        assert apart < 1e-11 * metres
        lon2 = lon + rng.uniform(-60, 60)
        lat2 = float(np.clip(lat + rng.uniform(-40, 40), -89.9, 89.9))
        _, _, expected = GEOD.inv(lon, lat, lon2, lat2)
        found = vincenty.distance(lon, lat, lon2, lat2)
        assert found is not None and abs(found - expected) <= 1e-11 * expected


def test_vincenty_gives_up_where_pyproj_is_asked():
    assert vincenty.distance(0.0, 0.0, 179.7, 0.2) is None  # nearly antipodal
    assert vincenty.distance(1.0, 2.0, math.nan, 3.0) is None
    assert vincenty.direct(math.inf, 1.0, 90.0, 10.0) is None
    assert vincenty.distance(5.0, 50.0, 5.0, 50.0) == 0.0
    lon, lat = vincenty.direct(179.99, 10.0, 90.0, 10_000.0) or (0.0, 0.0)
    elon, elat, _ = GEOD.fwd(179.99, 10.0, 90.0, 10_000.0)
    assert lon == pytest.approx(elon, abs=1e-9) and lat == pytest.approx(elat, abs=1e-12)
