"""What the PDF export keeps in the user's cache folder to be fast must give what it would
have made, and a changed cache file must never reach the page."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest
import shapely
from pyproj import Transformer

from briefing_app.core.userdirs import user_cache_dir
from briefing_app.model.document import MapView
from briefing_app.render.pdf import basemap_drawing, map_drawing
from briefing_app.render.pdf.basemap_drawing import water_in_frame
from briefing_app.render.pdf.map_drawing import (
    choose_scale,
    countries_in_frame,
    country_path_codes,
)
from briefing_app.render.pdf.projection import extent_for_view, projector

EUROPE = MapView(52.0, 15.0, 4)


@pytest.fixture
def frame():
    extent = extent_for_view(EUROPE, "EPSG:3035", 600, 420)
    scale = choose_scale(extent)
    return extent, scale, countries_in_frame(extent, scale)


def fresh_codes(countries):
    return [map_drawing._polygons_code(map_drawing._polygons(geom)) for _, _, geom in countries]


def test_country_paths_from_the_cache_are_those_made_afresh(frame):
    extent, scale, countries = frame
    made = country_path_codes(extent, countries, scale)  # written to the cache
    assert list(user_cache_dir().glob("pdf-country-paths/*"))
    again = country_path_codes(extent, countries, scale)  # read back
    assert made == again == fresh_codes(countries)
    poland = next(c for (iso, _, _), c in zip(countries, again, strict=True) if iso == "POL")
    assert poland.endswith(" h") and " m " in poland


def test_a_changed_cache_entry_does_not_reach_the_page(frame):
    extent, scale, countries = frame
    country_path_codes(extent, countries, scale)
    (entry,) = user_cache_dir().glob("pdf-country-paths/*")
    lines = entry.read_bytes().split(b"\n")
    lines[0] = b"BT /F1 40 Tf (forged) Tj ET"  # text operators in place of a path
    entry.write_bytes(b"\n".join(lines))
    assert country_path_codes(extent, countries, scale) == fresh_codes(countries)
    entry.write_bytes(b"0 0 m 1 1 l h")  # numbers and operators, but not one per country
    assert country_path_codes(extent, countries, scale) == fresh_codes(countries)


@pytest.mark.parametrize("crs", ["EPSG:3857", "EPSG:2180"])
def test_the_projector_transforms_as_pyproj_from_crs(crs):
    rng = np.random.default_rng(7)
    lon, lat = rng.uniform(-30, 60, 2000), rng.uniform(25, 80, 2000)
    forward = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    inverse = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
    for _ in range(2):  # found, then read from the cache (a fresh process would)
        projector.cache_clear()
        ours = projector(crs)
        x, y = ours.forward.transform(lon, lat)
        assert np.array_equal(np.array([x, y]), np.array(forward.transform(lon, lat)))
        back = ours.inverse.transform(x, y)
        assert np.array_equal(np.array(back), np.array(inverse.transform(x, y)))
    projector.cache_clear()


def test_the_default_projection_is_pyprojs_to_a_micrometre():
    """EPSG:3035 is computed without pyproj (geo/laea.py); its numbers are PROJ's."""
    rng = np.random.default_rng(7)
    lon, lat = rng.uniform(-30, 60, 2000), rng.uniform(25, 80, 2000)
    forward = Transformer.from_crs("EPSG:4326", "EPSG:3035", always_xy=True)
    inverse = Transformer.from_crs("EPSG:3035", "EPSG:4326", always_xy=True)
    projector.cache_clear()
    ours = projector("EPSG:3035")
    x, y = ours.forward.transform(lon, lat)
    np.testing.assert_allclose(np.array([x, y]), forward.transform(lon, lat), rtol=0, atol=1e-6)
    back = ours.inverse.transform(x, y)
    np.testing.assert_allclose(np.array(back), inverse.transform(x, y), rtol=0, atol=1e-11)
    projector.cache_clear()


def _same_water(a, b) -> bool:
    return [k for k, _ in a] == [k for k, _ in b] and all(
        shapely.equals_exact(g, h, 0.0) for (_, g), (_, h) in zip(a, b, strict=True)
    )


def test_water_from_the_cache_is_what_is_made_afresh():
    extent = extent_for_view(EUROPE, "EPSG:3035", 600, 420)
    made = water_in_frame(extent, EUROPE.zoom)  # written to the cache
    assert made and list(user_cache_dir().glob("pdf-water/*"))
    again = water_in_frame(extent, EUROPE.zoom)  # read back
    assert _same_water(made, again)
    assert _same_water(again, basemap_drawing._water_in_frame(extent, EUROPE.zoom))
    assert {k for k, _ in again} <= {"river", "lake"}
    # Another zoom shows other rivers: another entry.
    water_in_frame(extent, EUROPE.zoom + 2)
    assert len(list(user_cache_dir().glob("pdf-water/*"))) == 2


def test_a_damaged_water_entry_is_made_again():
    extent = extent_for_view(EUROPE, "EPSG:3035", 600, 420)
    fresh = water_in_frame(extent, EUROPE.zoom)
    (entry,) = user_cache_dir().glob("pdf-water/*")
    data = entry.read_bytes()
    for damaged in (data[:-10], b'{"kinds": ["river"], "sizes": [5]}\n12345', b"not json"):
        entry.write_bytes(damaged)
        assert _same_water(water_in_frame(extent, EUROPE.zoom), fresh)


# A one-page PDF export in the default projection, printing whether it loaded pyproj.
EXPORT = """
import sys
from briefing_app.data.datasets import load_datasets
from briefing_app.model.builtin import builtin_briefing
from briefing_app.render.pdf import export_pdf
from briefing_app.core.userdirs import data_override_dir
doc = builtin_briefing()
doc.slides = doc.slides[:1]
export_pdf(doc, load_datasets(data_override_dir()), sys.argv[1], appendix=False)
print("pyproj" in sys.modules)
"""


def test_an_export_in_the_default_projection_needs_no_pyproj(tmp_path):
    """pyproj's import is a tenth of a one-page export (#17): with the caches filled (the
    first export computes the range rings with it), EPSG:3035 pages are drawn without it."""
    env = dict(os.environ, BRIEFING_APP_DATA_DIR=str(tmp_path / "data"))
    loaded = [
        subprocess.run(
            [sys.executable, "-c", EXPORT, str(tmp_path / f"{i}.pdf")],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        ).stdout.split()[-1]
        for i in range(2)
    ]
    assert loaded[1] == "False"
    assert (
        (tmp_path / "0.pdf").read_bytes()[:5] == (tmp_path / "1.pdf").read_bytes()[:5] == b"%PDF-"
    )
