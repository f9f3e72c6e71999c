"""`briefing-app validate` on geodata files, run as a user runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefing_app", *args], capture_output=True, text=True, timeout=120
    )


def test_good_kml_prints_what_was_found_and_repaired():
    result = run("validate", str(CORPUS / "europe_country_borders.kml"))
    assert result.returncode == 0, result.stderr
    assert "KML, 1 layer, 47 features" in result.stdout
    assert "Polygon 27, MultiPolygon 20" in result.stdout
    assert "CRS: EPSG:4326" in result.stdout
    assert "Ukraine: outer ring was not closed; closed it" in result.stdout


def test_good_csv_names_the_columns():
    result = run("validate", str(CORPUS / "europe_cities.csv"))
    assert result.returncode == 0, result.stderr
    assert "1587 features" in result.stdout
    assert 'latitude "lat", longitude "lng"' in result.stdout


def test_bad_file_exits_1_naming_it(tmp_path):
    bad = tmp_path / "broken.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    result = run("validate", str(bad))
    assert result.returncode == 1
    assert result.stderr.startswith(f"briefing-app: {bad} at line 1")
    assert "ends too early" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_entity_bomb_exits_1_without_traceback(tmp_path):
    bad = tmp_path / "bomb.kml"
    bad.write_text(
        '<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY a "aaaa">]><kml>&a;</kml>', encoding="utf-8"
    )
    result = run("validate", str(bad))
    assert result.returncode == 1
    assert str(bad) in result.stderr and "DOCTYPE" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_extension_exits_1(tmp_path):
    odd = tmp_path / "notes.txt"
    odd.write_text("hello", encoding="utf-8")
    result = run("validate", str(odd))
    assert result.returncode == 1
    assert str(odd) in result.stderr and ".briefing" in result.stderr and ".kmz" in result.stderr


def test_help_lists_geodata_formats():
    result = run("validate", "--help")
    assert result.returncode == 0
    for suffix in (".geojson", ".kml", ".kmz", ".shp", ".gpkg", ".csv"):
        assert suffix in result.stdout
