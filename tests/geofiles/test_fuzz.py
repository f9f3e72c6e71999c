"""Random bytes and mutated real files fed to read_geofile: only GeoFileError may escape."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.geofiles import GeoFileError, read_geofile

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"
SEEDS = {
    ".geojson": (CORPUS / "france_territorial_sea_geometrycollection.geojson").read_bytes(),
    ".kml": (CORPUS / "catalina_gx_track.kml").read_bytes(),
    ".csv": (CORPUS / "europe_cities.csv").read_bytes()[:4000],
    ".kmz": (CORPUS / "france_aerodrome_airspaces.kmz").read_bytes()[:20000],
}
FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _read(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    try:
        read_geofile(path)
    except GeoFileError as exc:
        assert str(path) in str(exc)


@FUZZ
@given(
    data=st.binary(max_size=2000),
    suffix=st.sampled_from([".geojson", ".json", ".kml", ".kmz", ".shp", ".zip", ".gpkg", ".csv"]),
)
def test_random_bytes(tmp_path_factory, data, suffix):
    _read(tmp_path_factory.mktemp("fuzz") / f"random{suffix}", data)


@FUZZ
@given(
    suffix=st.sampled_from(sorted(SEEDS)),
    cuts=st.lists(
        st.tuples(
            st.integers(min_value=0), st.integers(min_value=0, max_value=64), st.binary(max_size=8)
        ),
        min_size=1,
        max_size=4,
    ),
)
def test_mutated_real_files(tmp_path_factory, suffix, cuts):
    data = bytearray(SEEDS[suffix])
    for position, length, replacement in cuts:
        at = position % max(len(data), 1)
        data[at : at + length] = replacement
    _read(tmp_path_factory.mktemp("fuzz") / f"mutated{suffix}", bytes(data))


@pytest.mark.parametrize("suffix", sorted(SEEDS))
def test_every_prefix_length_class(tmp_path, suffix):
    # Cut points at powers of two: a file ending anywhere fails cleanly or still reads.
    data = SEEDS[suffix]
    size = 1
    while size < len(data):
        _read(tmp_path / f"cut{size}{suffix}", data[:size])
        size *= 2
