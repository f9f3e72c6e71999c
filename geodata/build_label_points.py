"""Build geodata/countries/label_points.json: where each country's name goes on the screen
map (a point inside its largest part, and that part's bounds), derived from
countries/countries_50m.geojson. Deterministic; tests/render/test_screen_labels.py checks
that the committed file is what this script makes.

    python geodata/build_label_points.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing_app.data.countries import countries_geojson_path
from briefing_app.render.screen_labels import (
    compute_country_label_points,
    label_points_path,
)


def build_text() -> str:
    with open(countries_geojson_path(), encoding="utf-8") as f:
        features = json.load(f)["features"]
    points = [
        {"iso_a3": p.iso_a3, "name": p.name, "lon": p.lon, "lat": p.lat, "bounds": list(p.bounds)}
        for p in compute_country_label_points(features)
    ]
    document = {
        "source": "countries/countries_50m.geojson (geodata/build_label_points.py)",
        "points": points,
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"


def main() -> None:
    label_points_path().write_text(build_text(), encoding="utf-8")
    print(f"wrote {label_points_path()}")


if __name__ == "__main__":
    main()
