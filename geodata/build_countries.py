"""Build the app's country layer from world-atlas 2.0.2 (Natural Earth 4.1.0, TopoJSON).

    python geodata/build_countries.py [--source DIR]

Without --source the script fetches the package with `npm pack world-atlas@2.0.2`.
Needs `pycountry` (build time only) besides the app's own geopandas/shapely/pyogrio.

Natural Earth draws de facto control. The app follows the position of the UN General
Assembly and the EU instead, so the build changes a few entities on purpose; every such
change is listed in the tables below, in SOURCE.json and in geodata/README.md.
The output is deterministic: for the same input and build date the files are byte-identical
(set SOURCE_DATE_EPOCH to pin the date as well).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import itertools
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shapely
import shapely.affinity
from shapely.geometry import MultiPolygon, Point, Polygon, box
from shapely.geometry.base import BaseGeometry

# The build scripts share helpers in this folder; tests load the scripts by path.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from buildtools import BuildError, npm_pack_files

PACKAGE = "world-atlas"
PACKAGE_VERSION = "2.0.2"
NATURAL_EARTH_VERSION = "4.1.0"
# The layer's "as of" is the state of its data, Natural Earth's release, not the day of the
# build (that is `built`). From the CHANGELOG of github.com/nvkelso/natural-earth-vector.
NATURAL_EARTH_RELEASED = "2018-05-21"
# Where every date of the layer comes from; copied into SOURCE.json and shown in the README.
DATES: dict[str, Any] = {
    "as_of": "Natural Earth 4.1.0's release, 2018-05-21 (natural-earth-vector CHANGELOG, entry "
    "'2018-05-21: 4.1.0'): borders, coastlines and names are Natural Earth's as of then, "
    "changed only as listed in `changes`.",
    "world_atlas": "world-atlas 2.0.2 converts Natural Earth 4.1.0 without changing its state. "
    "Its own release date was not read: the npm registry reachable from the build machine "
    "reports import times (2.0.2 2024-12-07, 2.0.0 2026-09-15, out of order); its LICENSE "
    "says Copyright 2013-2019.",
    "positions": {
        "Crimea": "part of Ukraine per UN GA res. 68/262 of 2014-03-27 and the EU's "
        "non-recognition policy",
        "Kosovo": "not recognised by 5 of the 27 EU member states: an EU of 27 since the "
        "United Kingdom left on 2020-01-31",
        "names": "North Macedonia, Türkiye and Eswatini replace Natural Earth's older names "
        "after the states' renamings; the dates of the renamings were not sourced offline",
    },
}
SCALES = ("50m", "10m")
WEB_SCALE = "50m"
LAYER = "countries"
GEOJSON_DECIMALS = 4
OUT_DIR = Path(__file__).resolve().parent / "countries"

STATUSES = ("state", "dependency", "disputed", "area")


# --------------------------------------------------------------------------------------
# Entity tables: curated facts, kept as data (countries/entities.json, each table with what it
# means and each change made on purpose with why) so that code, SOURCE.json and the README
# cannot drift apart.
# --------------------------------------------------------------------------------------

ENTITIES_FILE = Path(__file__).resolve().parent / "countries" / "entities.json"


@dataclass(frozen=True)
class Classification:
    status: str
    sovereign_a3: str  # "" where neither the UN GA nor the EU regards any state as sovereign
    note: str = ""


def _value(entry: Any) -> Any:
    """A table value, given plainly or as {"value": ..., "why": ...}."""
    return entry["value"] if isinstance(entry, dict) and "value" in entry else entry


def load_entities(path: Path = ENTITIES_FILE) -> dict[str, Any]:
    """The tables of `path`, checked: a table the build relies on that is missing or of the
    wrong shape stops it with the file and the table named."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        tables = {name: raw[name] for name in _TABLE_NAMES}
        return {
            "by_ne_name": {k: str(_value(v)) for k, v in tables["by_ne_name"]["table"].items()},
            "splits": {
                k: (float(v["meridian"]), str(v["west"]), str(v["east"]))
                for k, v in tables["splits"]["table"].items()
            },
            "numeric_overrides": dict(tables["numeric_overrides"]["table"]),
            "user_assigned": dict(tables["user_assigned"]["table"]),
            "name_overrides": {
                k: str(_value(v)) for k, v in tables["name_overrides"]["table"].items()
            },
            "new_names": dict(tables["new_names"]["table"]),
            **{
                name: frozenset(tables[name]["codes"])
                for name in ("un_members", "observer_states", "eu_members", "nato_europe")
            },
            "non_states": {
                k: Classification(v["status"], v["sovereign"], v.get("note", ""))
                for k, v in tables["non_states"]["table"].items()
            },
            "state_notes": dict(tables["state_notes"]["table"]),
        }
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BuildError(f"{path}: {type(exc).__name__}: {exc}") from exc


_TABLE_NAMES = (
    "by_ne_name",
    "splits",
    "numeric_overrides",
    "user_assigned",
    "name_overrides",
    "new_names",
    "un_members",
    "observer_states",
    "eu_members",
    "nato_europe",
    "non_states",
    "state_notes",
)
_ENTITIES = load_entities()
BY_NE_NAME: dict[str, str] = _ENTITIES["by_ne_name"]
SPLITS: dict[str, tuple[float, str, str]] = _ENTITIES["splits"]
NUMERIC_OVERRIDES: dict[str, str] = _ENTITIES["numeric_overrides"]
USER_ASSIGNED: dict[str, str] = _ENTITIES["user_assigned"]
NAME_OVERRIDES: dict[str, str] = _ENTITIES["name_overrides"]
NEW_NAMES: dict[str, str] = _ENTITIES["new_names"]
UN_MEMBERS: frozenset[str] = _ENTITIES["un_members"]
OBSERVER_STATES: frozenset[str] = _ENTITIES["observer_states"]
EU_MEMBERS: frozenset[str] = _ENTITIES["eu_members"]
NATO_EUROPE: frozenset[str] = _ENTITIES["nato_europe"]
NON_STATES: dict[str, Classification] = _ENTITIES["non_states"]
STATE_NOTES: dict[str, str] = _ENTITIES["state_notes"]

# Crimea: Natural Earth 4.1 puts it in Russia's multipolygon. Parts whose representative point
# falls in this box are moved to Ukraine. The box stays clear of Russia's Taman peninsula,
# which is joined to the Russian mainland part and so has a far-away representative point.
CRIMEA_BOX = box(32.0, 44.2, 36.8, 46.3)
CRIMEA_CHECKPOINTS = {"Simferopol": (34.10, 44.95), "Sevastopol": (33.52, 44.60)}
KYIV = (30.52, 50.45)

# A 10m-only entity whose 10m outline lies mostly inside 50m land was absorbed into a
# neighbour at 50m (e.g. the SBAs inside Cyprus): it is cut out of that neighbour.
ABSORBED_FRACTION = 0.5

# After resolve_overlaps() only floating-point noise may remain between neighbours.
OVERLAP_TOLERANCE = 1e-9  # deg², about 12 m² at the equator


# --------------------------------------------------------------------------------------
# TopoJSON decoding
# --------------------------------------------------------------------------------------

Coord = tuple[float, float]
Ring = list[Coord]


def decode_arcs(topology: dict[str, Any]) -> list[Ring]:
    """Absolute coordinates of every arc; quantized topologies are delta-encoded."""
    transform = topology.get("transform")
    if transform is None:
        return [[(float(p[0]), float(p[1])) for p in arc] for arc in topology["arcs"]]
    (kx, ky), (tx, ty) = transform["scale"], transform["translate"]
    arcs: list[Ring] = []
    for arc in topology["arcs"]:
        x = y = 0
        points: Ring = []
        for position in arc:
            x += position[0]
            y += position[1]
            points.append((x * kx + tx, y * ky + ty))
        arcs.append(points)
    return arcs


def stitch_ring(arc_indexes: Iterable[int], arcs: list[Ring]) -> Ring:
    """Join arcs into one ring; ~i means arc i reversed. Consecutive arcs share an end point."""
    ring: Ring = []
    for index in arc_indexes:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        if ring:
            ring.pop()
        ring.extend(points)
    return ring


def _is_degenerate(ring: Ring) -> bool:
    # world-atlas' quantization and simplification reduce tiny islets (and the Vatican at
    # 10m) to fewer than three distinct points.
    return len(set(ring)) < 3


def decode_geometry(geometry: dict[str, Any], arcs: list[Ring]) -> dict[str, Any] | None:
    """A TopoJSON Polygon/MultiPolygon as a GeoJSON-like MultiPolygon mapping, or None."""
    kind = geometry.get("type")
    if kind is None:
        return None
    if kind == "Polygon":
        polygons = [geometry["arcs"]]
    elif kind == "MultiPolygon":
        polygons = geometry["arcs"]
    else:
        raise BuildError(f"unsupported TopoJSON geometry type {kind!r}")
    coordinates = []
    for polygon in polygons:
        rings = [stitch_ring(r, arcs) for r in polygon]
        if not rings or _is_degenerate(rings[0]):
            continue
        coordinates.append([rings[0], *(r for r in rings[1:] if not _is_degenerate(r))])
    if not coordinates:
        return None
    return {"type": "MultiPolygon", "coordinates": coordinates}


def decode_object(topology: dict[str, Any], name: str) -> Iterator[dict[str, Any]]:
    """GeoJSON-like features of one object (a GeometryCollection) of a topology."""
    arcs = decode_arcs(topology)
    collection = topology["objects"][name]
    if collection.get("type") != "GeometryCollection":
        raise BuildError(f"object {name!r} is not a GeometryCollection")
    for geometry in collection["geometries"]:
        yield {
            "type": "Feature",
            "id": geometry.get("id"),
            "properties": geometry.get("properties", {}),
            "geometry": decode_geometry(geometry, arcs),
        }


# --------------------------------------------------------------------------------------
# Geometry helpers
# --------------------------------------------------------------------------------------


def polygonal(geometry: BaseGeometry) -> MultiPolygon:
    """A valid MultiPolygon: repairs self-intersections left by quantization and drops the
    lines and points such repairs can leave behind."""
    if not geometry.is_valid:
        geometry = shapely.make_valid(geometry, method="structure", keep_collapsed=False)
    parts = shapely.get_parts(geometry)
    polygons: list[Polygon] = []
    for part in parts:
        if isinstance(part, Polygon):
            polygons.append(part)
        elif isinstance(part, MultiPolygon):
            polygons.extend(part.geoms)
    polygons = [p for p in polygons if not p.is_empty and p.area > 0]
    return MultiPolygon(polygons)


# world-atlas runs Natural Earth through geostitch: rings may cross the antimeridian, and
# Antarctica's ring runs round the South Pole instead of along its edge. Planar tools need
# both cut back at ±180°.


def _unwrap(ring: Ring) -> tuple[Ring, float]:
    """Longitudes made continuous across the antimeridian, and the net shift round the ring."""
    unwrapped = [ring[0]]
    offset = 0.0
    for (x0, _), (x1, y1) in itertools.pairwise(ring):
        if x1 - x0 > 180:
            offset -= 360
        elif x0 - x1 > 180:
            offset += 360
        unwrapped.append((x1 + offset, y1))
    return unwrapped, offset


def _wrap_to_world(geometry: BaseGeometry) -> BaseGeometry:
    """Cut at ±180° and move what lies beyond back into [-180, 180]."""
    min_x, _, max_x, _ = geometry.bounds
    if min_x >= -180 and max_x <= 180:
        return geometry
    pieces = []
    for shift in (-360.0, 0.0, 360.0):
        window = box(-180 - shift, -90, 180 - shift, 90)
        piece = geometry.intersection(window)
        if not piece.is_empty:
            pieces.append(shapely.affinity.translate(piece, xoff=shift))
    return shapely.union_all(pieces)


def _ring_area(ring: Ring) -> BaseGeometry:
    """The planar area a ring encloses; a ring round a pole is closed along that pole."""
    unwrapped, offset = _unwrap(ring)
    if offset:
        pole = -90.0 if sum(y for _, y in ring) < 0 else 90.0
        unwrapped = [*unwrapped, (unwrapped[-1][0], pole), (unwrapped[0][0], pole)]
    area = shapely.make_valid(Polygon(unwrapped), method="structure", keep_collapsed=False)
    return _wrap_to_world(area)


def _polygon_area(rings: list[Ring]) -> BaseGeometry:
    area = _ring_area(rings[0])
    for ring in rings[1:]:
        hole = _ring_area(ring)
        # A "hole" mostly outside its exterior is the spherical case (Antarctica at 50m: the
        # exterior is a tiny cap round the pole, the hole the coastline): land lies between.
        inside = hole.intersection(area).area > hole.area / 2
        area = area.difference(hole) if inside else area.symmetric_difference(hole)
    return area


def to_planar(mapping: dict[str, Any]) -> MultiPolygon:
    """A decoded (spherical) MultiPolygon mapping as a valid planar MultiPolygon."""
    return union(_polygon_area(rings) for rings in mapping["coordinates"])


def union(geometries: Iterable[BaseGeometry]) -> MultiPolygon:
    return polygonal(shapely.union_all(list(geometries)))


def contains(geometry: BaseGeometry, lon: float, lat: float) -> bool:
    return bool(geometry.contains(Point(lon, lat)))


# --------------------------------------------------------------------------------------
# Source package
# --------------------------------------------------------------------------------------


def fetch_package(destination: Path) -> Path:
    """Download world-atlas with npm and unpack the files the build reads."""
    wanted = {f"package/countries-{s}.json" for s in SCALES} | {
        "package/package.json",
        "package/LICENSE",
    }
    files = npm_pack_files(f"{PACKAGE}@{PACKAGE_VERSION}", destination, wanted)
    package_dir = destination / PACKAGE
    package_dir.mkdir()
    for name, content in files.items():
        (package_dir / Path(name).name).write_bytes(content)
    return package_dir


def check_package(package_dir: Path) -> None:
    meta = json.loads((package_dir / "package.json").read_text(encoding="utf-8"))
    if (meta.get("name"), meta.get("version")) != (PACKAGE, PACKAGE_VERSION):
        raise BuildError(
            f"{package_dir} holds {meta.get('name')}@{meta.get('version')}, "
            f"expected {PACKAGE}@{PACKAGE_VERSION}"
        )


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --------------------------------------------------------------------------------------
# From Natural Earth features to the app's entities
# --------------------------------------------------------------------------------------


def iso_alpha3(numeric: str) -> str:
    if numeric in NUMERIC_OVERRIDES:
        return NUMERIC_OVERRIDES[numeric]
    import pycountry  # build-time only

    country = pycountry.countries.get(numeric=numeric)
    if country is None:
        raise BuildError(
            f"ISO numeric id {numeric!r} unknown to pycountry; add it to NUMERIC_OVERRIDES"
        )
    return str(country.alpha_3)


@dataclass
class Entity:
    code: str
    ne_names: list[str]
    parts: list[MultiPolygon]
    primary_name: str | None = None  # NE name of the feature that carries the ISO id itself


def resolve_features(features: Iterable[dict[str, Any]]) -> tuple[dict[str, Entity], list[str]]:
    """Group NE features by output code: ids via pycountry, the rest via the tables.

    Also returns the NE names of features whose every ring is degenerate (see backfill()).
    """
    entities: dict[str, Entity] = {}
    collapsed: list[str] = []

    def add(code: str, ne_name: str, geometry: MultiPolygon, primary: bool) -> None:
        entity = entities.setdefault(code, Entity(code, [], []))
        entity.ne_names.append(ne_name)
        entity.parts.append(geometry)
        if primary:
            if entity.primary_name is not None:
                raise BuildError(f"two NE features claim {code}: {entity.primary_name}, {ne_name}")
            entity.primary_name = ne_name

    for feature in features:
        ne_name = str(feature["properties"].get("name", ""))
        if feature["geometry"] is None:
            collapsed.append(ne_name)  # backfill() takes it from the other scale
            continue
        geometry = to_planar(feature["geometry"])
        if ne_name in SPLITS:
            meridian, west, east = SPLITS[ne_name]
            halves = {west: [], east: []}
            for part in geometry.geoms:
                side = west if part.representative_point().x < meridian else east
                halves[side].append(part)
            for code, parts in halves.items():
                if not parts:
                    raise BuildError(f"{ne_name}: nothing on the {code} side of {meridian}°")
                add(code, ne_name, MultiPolygon(parts), primary=False)
        elif ne_name in BY_NE_NAME:
            add(BY_NE_NAME[ne_name], ne_name, geometry, primary=False)
        elif feature["id"] is not None:
            add(iso_alpha3(str(feature["id"])), ne_name, geometry, primary=True)
        else:
            raise BuildError(f"NE feature {ne_name!r} has no id and is not in BY_NE_NAME")
    return entities, collapsed


def merge_parts(entities: dict[str, Entity]) -> dict[str, MultiPolygon]:
    geometries: dict[str, MultiPolygon] = {}
    for code, entity in entities.items():
        if entity.primary_name is None and code not in NEW_NAMES:
            raise BuildError(
                f"{code} would consist only of merged-in features "
                f"{entity.ne_names}; its main feature is missing"
            )
        geometries[code] = union(entity.parts) if len(entity.parts) > 1 else entity.parts[0]
    return geometries


def resolve_overlaps(geometries: dict[str, MultiPolygon]) -> None:
    """Repairing quantized rings can make neighbours overlap slightly (e.g. DEU/LUX at 10m);
    the smaller entity keeps the contested area, so small states are never eaten away."""
    codes = sorted(geometries)
    tree = shapely.STRtree([geometries[c] for c in codes])
    left, right = tree.query([geometries[c] for c in codes], predicate="intersects")
    for i, j in zip(left, right, strict=True):
        if i >= j:
            continue
        a, b = geometries[codes[i]], geometries[codes[j]]
        if a.intersection(b).area == 0:
            continue
        larger, smaller = (codes[i], codes[j]) if a.area >= b.area else (codes[j], codes[i])
        geometries[larger] = polygonal(geometries[larger].difference(geometries[smaller]))


def transfer_crimea(geometries: dict[str, MultiPolygon]) -> list[Polygon]:
    """Move Crimea (with Sevastopol) from Russia's multipolygon to Ukraine's."""
    russia = list(geometries["RUS"].geoms)
    crimea = [p for p in russia if CRIMEA_BOX.contains(p.representative_point())]
    if not crimea:
        raise BuildError("no Russian polygon in the Crimea box; has Natural Earth changed?")
    geometries["RUS"] = MultiPolygon([p for p in russia if p not in crimea])
    geometries["UKR"] = union([geometries["UKR"], *crimea])
    check_crimea(geometries)
    return crimea


def check_crimea(geometries: dict[str, MultiPolygon]) -> None:
    ukraine, russia = geometries["UKR"], geometries["RUS"]
    for place, (lon, lat) in CRIMEA_CHECKPOINTS.items():
        if not contains(ukraine, lon, lat) or contains(russia, lon, lat):
            raise BuildError(f"{place} is not in Ukraine only after the Crimea transfer")
    if any(CRIMEA_BOX.contains(p.representative_point()) for p in russia.geoms):
        raise BuildError("a Russian polygon remains in the Crimea box")
    # One polygon from Kyiv to Sevastopol, without holes in Crimea: no gap at Perekop/Chonhar.
    mainland = next(p for p in ukraine.geoms if contains(p, *KYIV))
    if not contains(mainland, *CRIMEA_CHECKPOINTS["Sevastopol"]):
        raise BuildError("Crimea is not joined to mainland Ukraine")
    if any(CRIMEA_BOX.intersects(Polygon(h)) for h in mainland.interiors):
        raise BuildError("the Crimea transfer left a hole (sliver) in Ukraine")
    if ukraine.intersection(russia).area > OVERLAP_TOLERANCE:
        raise BuildError("Ukraine and Russia overlap after the Crimea transfer")


def backfill(
    geometries: dict[str, MultiPolygon], donor: dict[str, MultiPolygon], donor_scale: str
) -> list[str]:
    """Add entities this scale lacks from the other scale, so both have one code set.

    NE 50m leaves out some small entities; at 10m world-atlas reduces the Vatican to a line.
    An entity this scale absorbed into a neighbour (e.g. the SBAs inside Cyprus at 50m) is cut
    out of that neighbour, clipped to this scale's coastline; one it left out (islets) is
    added as the donor scale draws it.
    """
    log = []
    land = shapely.union_all(list(geometries.values()))
    for code in sorted(set(donor) - set(geometries)):
        outline = donor[code]
        absorbed = outline.intersection(land).area / outline.area > ABSORBED_FRACTION
        shape_ = polygonal(outline.intersection(land)) if absorbed else outline
        for other, geometry in geometries.items():
            if geometry.intersects(shape_):
                geometries[other] = polygonal(geometry.difference(shape_))
        geometries[code] = shape_
        how = "cut out of the land around it" if absorbed else "added"
        log.append(f"{code} missing; {donor_scale} outline {how}")
    return log


def classify(code: str) -> Classification:
    if code in NON_STATES:
        return NON_STATES[code]
    if code in UN_MEMBERS or code in OBSERVER_STATES:
        return Classification("state", code, STATE_NOTES.get(code, ""))
    raise BuildError(f"{code} is neither a UN member nor listed in NON_STATES")


def entity_name(code: str, entity: Entity | None) -> str:
    if code in NEW_NAMES:
        return NEW_NAMES[code]
    assert entity is not None and entity.primary_name is not None
    return NAME_OVERRIDES.get(entity.primary_name, entity.primary_name)


@dataclass(frozen=True)
class Row:
    iso_a3: str
    name: str
    sovereign_a3: str
    status: str
    note: str
    geometry: MultiPolygon


def build_rows(geometries: dict[str, MultiPolygon], names: dict[str, str]) -> list[Row]:
    rows = []
    for code in sorted(geometries):
        c = classify(code)
        rows.append(Row(code, names[code], c.sovereign_a3, c.status, c.note, geometries[code]))
    return rows


def check_rows(rows: list[Row], scale: str) -> None:
    codes = [r.iso_a3 for r in rows]
    if len(codes) != len(set(codes)):
        raise BuildError(f"{scale}: duplicate codes")
    for r in rows:
        if len(r.iso_a3) != 3 or not r.iso_a3.isalpha() or not r.iso_a3.isupper():
            raise BuildError(f"{scale}: bad code {r.iso_a3!r}")
        if r.status not in STATUSES:
            raise BuildError(f"{scale}: {r.iso_a3} has status {r.status!r}")
        if r.geometry.is_empty or not r.geometry.is_valid:
            raise BuildError(f"{scale}: {r.iso_a3} geometry empty or invalid")
    missing = (UN_MEMBERS | OBSERVER_STATES | EU_MEMBERS | NATO_EUROPE | {"XKX"}) - set(codes)
    if missing:
        raise BuildError(f"{scale}: missing {sorted(missing)}")
    check_no_overlaps(rows, scale)


def check_no_overlaps(rows: list[Row], scale: str) -> None:
    tree = shapely.STRtree([r.geometry for r in rows])
    left, right = tree.query([r.geometry for r in rows], predicate="intersects")
    for i, j in zip(left, right, strict=True):
        if i < j:
            area = rows[i].geometry.intersection(rows[j].geometry).area
            if area > OVERLAP_TOLERANCE:
                raise BuildError(
                    f"{scale}: {rows[i].iso_a3} and {rows[j].iso_a3} overlap ({area:.2e} deg²)"
                )


@dataclass
class Scale:
    geometries: dict[str, MultiPolygon]
    names: dict[str, str]
    collapsed: list[str]  # NE names whose outline is degenerate at this scale


def build_scale(topology: dict[str, Any]) -> Scale:
    entities, collapsed = resolve_features(decode_object(topology, LAYER))
    geometries = merge_parts(entities)
    resolve_overlaps(geometries)
    crimea = transfer_crimea(geometries)
    print(
        f"Crimea: {len(crimea)} polygon(s), {sum(p.area for p in crimea):.2f} deg², moved "
        "from RUS to UKR",
        file=sys.stderr,
    )
    names = {code: entity_name(code, entities.get(code)) for code in geometries}
    return Scale(geometries, names, collapsed)


def check_tables(seen_ne_names: set[str]) -> None:
    """Table entries that match nothing mean the source changed under us: fail, don't ignore."""
    unused = (set(BY_NE_NAME) | set(SPLITS) | set(NAME_OVERRIDES)) - seen_ne_names
    if unused:
        raise BuildError(f"table entries match no Natural Earth feature: {sorted(unused)}")


# --------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------


def write_gpkg(rows: list[Row], path: Path, timestamp: str) -> None:
    import geopandas as gpd
    import pyogrio

    # GDAL stamps the current time into gpkg_contents; pin it so rebuilds are byte-identical.
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": timestamp})
    frame = gpd.GeoDataFrame(
        {
            "iso_a3": [r.iso_a3 for r in rows],
            "name": [r.name for r in rows],
            "sovereign_a3": [r.sovereign_a3 for r in rows],
            "status": [r.status for r in rows],
            "note": [r.note for r in rows],
        },
        geometry=[r.geometry for r in rows],
        crs="EPSG:4326",
    )
    path.unlink(missing_ok=True)
    pyogrio.write_dataframe(frame, path, layer=LAYER, driver="GPKG", geometry_type="MultiPolygon")


def _number(value: float) -> float | int:
    rounded = round(value, GEOJSON_DECIMALS)
    return int(rounded) if rounded.is_integer() else rounded


def _ring(coords: Iterable[tuple[float, float]]) -> list[list[float | int]]:
    ring: list[list[float | int]] = []
    for x, y in coords:
        point = [_number(x), _number(y)]
        if not ring or ring[-1] != point:  # rounding can make neighbours coincide
            ring.append(point)
    return ring


def geojson_geometry(geometry: MultiPolygon) -> dict[str, Any] | None:
    polygons = []
    for polygon in shapely.orient_polygons(geometry).geoms:  # RFC 7946: exteriors CCW
        rings = [_ring(polygon.exterior.coords), *(_ring(h.coords) for h in polygon.interiors)]
        if len(rings[0]) < 4:
            continue
        polygons.append([rings[0], *(r for r in rings[1:] if len(r) >= 4)])
    return {"type": "MultiPolygon", "coordinates": polygons} if polygons else None


def write_geojson(rows: list[Row], path: Path) -> None:
    features = []
    for r in rows:
        geometry = geojson_geometry(r.geometry)
        if geometry is None:
            raise BuildError(f"{r.iso_a3} vanishes at {GEOJSON_DECIMALS} decimals")
        features.append(
            {
                "type": "Feature",
                "properties": {"iso_a3": r.iso_a3, "name": r.name, "status": r.status},
                "geometry": geometry,
            }
        )
    text = json.dumps(
        {"type": "FeatureCollection", "features": features},
        separators=(",", ":"),
        ensure_ascii=False,
    )
    path.write_text(text + "\n", encoding="utf-8")


def changes() -> list[str]:
    """The deliberate departures from Natural Earth, for SOURCE.json."""
    merged: dict[str, list[str]] = {}
    for ne_name, code in BY_NE_NAME.items():
        merged.setdefault(code, []).append(ne_name)
    lines = [
        "Crimea (incl. Sevastopol) moved from Russia to Ukraine (UN GA res. 68/262, EU "
        "position); other Russian-occupied areas of Ukraine unchanged in this layer.",
    ]
    for code in sorted(merged):
        ne_names = " + ".join(merged[code])
        if code in NEW_NAMES:
            status = NON_STATES[code].status
            lines.append(f"{ne_names} -> {code} '{NEW_NAMES[code]}' ({status})")
        else:
            lines.append(f"{ne_names} merged into {code}")
    for ne_name, (meridian, west, east) in SPLITS.items():
        lines.append(
            f"{ne_name} split at {meridian:g}°E into {west} '{NEW_NAMES[west]}' and "
            f"{east} '{NEW_NAMES[east]}'"
        )
    for code, c in sorted(NON_STATES.items()):
        if c.status == "disputed" and code not in NEW_NAMES:
            lines.append(f"{code} status disputed, sovereign_a3 '{c.sovereign_a3}'")
    lines.append(
        "Names: Natural Earth's, with abbreviations spelled out and renamed states "
        "updated (Macedonia -> North Macedonia, Turkey -> Türkiye, eSwatini -> "
        "Eswatini)."
    )
    lines.append(
        "Not changed: Golan Heights (drawn in Israel; no source boundary in "
        "world-atlas; noted on ISR and SYR), Kashmir (lines of actual control)."
    )
    return lines


def write_source(
    path: Path,
    package_dir: Path,
    built: str,
    backfilled: list[str],
    collapsed: dict[str, list[str]],
) -> None:
    source = {
        "name": PACKAGE,
        "version": PACKAGE_VERSION,
        "natural_earth_version": NATURAL_EARTH_VERSION,
        "licence": "world-atlas: ISC; Natural Earth data: public domain",
        # ISC asks for its notice in all copies; this file ships with the app.
        "licence_notice": (package_dir / "LICENSE").read_text(encoding="utf-8").strip(),
        "url": "https://github.com/topojson/world-atlas",
        "natural_earth_url": "https://www.naturalearthdata.com/",
        "as_of": NATURAL_EARTH_RELEASED,
        "dates": DATES,
        "built": built,
        "generator": "geodata/build_countries.py",
        "inputs": {
            f"countries-{s}.json": sha256(package_dir / f"countries-{s}.json") for s in SCALES
        },
        "outputs": {
            "gpkg": [f"countries_{s}.gpkg" for s in SCALES],
            "geojson": f"countries_{WEB_SCALE}.geojson",
            "layer": LAYER,
            "crs": "EPSG:4326",
        },
        "changes": changes(),
        "backfilled": backfilled,
        "degenerate_in_source": collapsed,
        "user_assigned_codes": USER_ASSIGNED,
    }
    path.write_text(json.dumps(source, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def build_date() -> dt.date:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    return dt.datetime.now(tz=dt.UTC).date()


def build(package_dir: Path, out_dir: Path = OUT_DIR) -> None:
    check_package(package_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    scales: dict[str, Scale] = {}
    seen: set[str] = set()
    for scale in SCALES:
        topology = json.loads((package_dir / f"countries-{scale}.json").read_text("utf-8"))
        seen |= {
            str(g["properties"].get("name", "")) for g in topology["objects"][LAYER]["geometries"]
        }
        scales[scale] = build_scale(topology)
    check_tables(seen)

    backfilled: list[str] = []
    for scale, donor_scale in zip(SCALES, reversed(SCALES), strict=True):
        target, donor = scales[scale], scales[donor_scale]
        for code in set(donor.geometries) - set(target.geometries):
            target.names[code] = donor.names[code]
        log = backfill(target.geometries, donor.geometries, donor_scale)
        backfilled += [f"{scale}: {line}" for line in log]
    if len({frozenset(s.geometries) for s in scales.values()}) != 1:
        raise BuildError("the scales still differ after backfilling")

    date = build_date()
    timestamp = f"{date.isoformat()}T00:00:00.000Z"
    for scale, result in scales.items():
        rows = build_rows(result.geometries, result.names)
        check_rows(rows, scale)
        write_gpkg(rows, out_dir / f"countries_{scale}.gpkg", timestamp)
        if scale == WEB_SCALE:
            write_geojson(rows, out_dir / f"countries_{scale}.geojson")
        print(f"{scale}: {len(rows)} entities", file=sys.stderr)
    collapsed = {scale: result.collapsed for scale, result in scales.items()}
    write_source(out_dir / "SOURCE.json", package_dir, date.isoformat(), backfilled, collapsed)
    for line in backfilled:
        print(f"backfilled {line}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--source", type=Path, help="unpacked world-atlas package directory (default: npm pack)"
    )
    parser.add_argument("--out", type=Path, default=OUT_DIR, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        if args.source is not None:
            build(args.source, args.out)
        else:
            with tempfile.TemporaryDirectory(prefix="world-atlas-") as tmp:
                build(fetch_package(Path(tmp)), args.out)
    except BuildError as error:
        print(f"build_countries: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
