"""The countries as the app's map page reads them (geodata/build_page_countries.py): the
committed file is what the script makes, and it holds every country of the GeoJSON with the
same properties, rings and positions. Headless: no Qt."""

from __future__ import annotations

import importlib.util
import json
import struct
from pathlib import Path
from typing import Any

from briefing_app.data.countries import countries_geojson_path, countries_page_path

REPO = Path(__file__).resolve().parents[2]


def _read(data: bytes) -> dict[str, Any]:
    """The file as the page reads it (briefing_map.js, unpackCountryFile), positions back to
    GeoJSON lists of degrees."""
    (length,) = struct.unpack_from("<I", data)
    assert length % 4 == 0  # the positions start on a multiple of 4 bytes (an Int32Array)
    header = json.loads(data[4 : 4 + length].decode("utf-8"))
    values = struct.unpack(f"<{(len(data) - 4 - length) // 4}i", data[4 + length :])

    def positions(value: Any) -> Any:
        if isinstance(value, dict):
            offset, count, _ = value["$p"]
            assert count % 2 == 0 and offset + count <= len(values)
            flat = values[offset : offset + count]
            return [[flat[k] / 1e6, flat[k + 1] / 1e6] for k in range(0, count, 2)]
        return [positions(part) for part in value]

    for feature in header["features"]:
        feature["geometry"]["coordinates"] = positions(feature["geometry"]["coordinates"])
    return header


def test_page_file_is_what_the_build_script_makes() -> None:
    spec = importlib.util.spec_from_file_location(
        "build_page_countries", REPO / "geodata" / "build_page_countries.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert countries_page_path().read_bytes() == module.build_bytes()


def test_page_file_holds_the_geojson_countries_exactly() -> None:
    geojson = json.loads(countries_geojson_path().read_text(encoding="utf-8"))
    packed = _read(countries_page_path().read_bytes())
    assert len(packed["features"]) == len(geojson["features"]) == 247
    for mine, theirs in zip(packed["features"], geojson["features"], strict=True):
        assert mine["properties"] == theirs["properties"]
        assert mine["geometry"] == theirs["geometry"]  # the same doubles, position by position
