"""Build geodata/countries/countries_50m.page.bin: the country layer as the app's map page reads
it, derived from countries/countries_50m.geojson. Deterministic; tests/data/test_page_countries.py
checks that the committed file is what this script makes.

The page fetches the file through the app's URL scheme and views its positions as an
Int32Array where they lie: no number parsing and no object per position, the critical part of
the window's first map (assets/map/briefing_map.js, loadCountries). Layout, little-endian:

    uint32  H, the byte length of the header (a multiple of 4)
    H bytes the header: the GeoJSON FeatureCollection in UTF-8 JSON, padded with spaces, each
            ring's position list replaced by {"$p": [offset, count, ""]}: `count` int32 values
            from `offset` (in values) of the block
    ...     the block: int32 millionths of a degree, lon and lat in turn (geo/positions.py)

The source positions have four decimals, so millionths hold them exactly.

    python geodata/build_page_countries.py
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path
from typing import Any

# The app's package and the build scripts' helpers in this folder; tests load the scripts by
# path.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from buildtools import BuildError

from briefing_app.data.countries import countries_geojson_path, countries_page_path
from briefing_app.geo.positions import PAGE_SCALE


def build_bytes() -> bytes:
    with open(countries_geojson_path(), encoding="utf-8") as f:
        collection = json.load(f)
    values: list[int] = []

    def ring(positions: list[list[float]]) -> dict[str, list[Any]]:
        offset = len(values)
        for position in positions:
            if len(position) != 2:
                raise BuildError(f"a position of {len(position)} numbers: {position!r}")
            values.extend(round(number * PAGE_SCALE) for number in position)
        return {"$p": [offset, len(values) - offset, ""]}

    features = []
    for feature in collection["features"]:
        geometry = feature["geometry"]
        kind = geometry["type"]
        if kind == "Polygon":
            coordinates: list[Any] = [ring(r) for r in geometry["coordinates"]]
        elif kind == "MultiPolygon":
            coordinates = [[ring(r) for r in polygon] for polygon in geometry["coordinates"]]
        else:
            raise BuildError(f"{feature['properties'].get('iso_a3')}: a {kind}, not an area")
        features.append(
            {
                "type": "Feature",
                "properties": feature["properties"],
                "geometry": {"type": kind, "coordinates": coordinates},
            }
        )
    header = json.dumps(
        {"type": "FeatureCollection", "features": features},
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    header += b" " * (-len(header) % 4)  # the block starts on a multiple of 4 bytes
    block = struct.pack(f"<{len(values)}i", *values)
    return struct.pack("<I", len(header)) + header + block


def main() -> None:
    countries_page_path().write_bytes(build_bytes())
    print(f"wrote {countries_page_path()}")


if __name__ == "__main__":
    main()
