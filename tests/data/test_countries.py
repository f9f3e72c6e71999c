"""The country layer as an official relies on it: borders per the UN GA / EU position, every
European state present, valid data, and a TopoJSON decoder that reads world-atlas correctly.
Headless: no Qt."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from shapely.geometry import Point, shape

from briefing_app.data.countries import (
    countries_geojson_path,
    countries_path,
    countries_source,
    country_names,
    load_countries,
)

SCALES = ("50m", "10m")
REPO = Path(__file__).resolve().parents[2]

EU_MEMBERS = {
    "AUT",
    "BEL",
    "BGR",
    "HRV",
    "CYP",
    "CZE",
    "DNK",
    "EST",
    "FIN",
    "FRA",
    "DEU",
    "GRC",
    "HUN",
    "IRL",
    "ITA",
    "LVA",
    "LTU",
    "LUX",
    "MLT",
    "NLD",
    "POL",
    "PRT",
    "ROU",
    "SVK",
    "SVN",
    "ESP",
    "SWE",
}
NATO_EUROPEAN_MEMBERS = {
    "ALB",
    "BEL",
    "BGR",
    "HRV",
    "CZE",
    "DNK",
    "EST",
    "FIN",
    "FRA",
    "DEU",
    "GRC",
    "HUN",
    "ISL",
    "ITA",
    "LVA",
    "LTU",
    "LUX",
    "MNE",
    "NLD",
    "MKD",
    "NOR",
    "POL",
    "PRT",
    "ROU",
    "SVK",
    "SVN",
    "ESP",
    "SWE",
    "TUR",
    "GBR",
}
OTHER_EUROPEAN_STATES = {
    "AND",
    "ARM",
    "AZE",
    "BIH",
    "BLR",
    "CHE",
    "GEO",
    "LIE",
    "MCO",
    "MDA",
    "RUS",
    "SMR",
    "SRB",
    "UKR",
    "VAT",
    "XKX",
}


@pytest.fixture(scope="module", params=SCALES)
def countries(request):
    return load_countries(request.param)


def codes_at(frame, lon: float, lat: float) -> list[str]:
    return sorted(frame.loc[frame.contains(Point(lon, lat)), "iso_a3"])


def code_near(frame, lon: float, lat: float, tolerance: float = 0.01) -> str | None:
    """The entity containing the point, else the nearest one within `tolerance` degrees: a
    generalised coastline can run a few hundred metres inland of a harbour town."""
    inside = codes_at(frame, lon, lat)
    if inside:
        assert len(inside) == 1, inside
        return inside[0]
    point = Point(lon, lat)
    pairs = zip(frame.geometry, frame["iso_a3"], strict=True)
    distance, code = min((geometry.distance(point), code) for geometry, code in pairs)
    return str(code) if distance <= tolerance else None


# --- Borders ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("place", "lon", "lat"),
    [("Simferopol", 34.10, 44.95), ("Sevastopol", 33.52, 44.60)],
)
def test_crimea_is_ukraine_not_russia(countries, place, lon, lat):
    assert codes_at(countries, lon, lat) == ["UKR"], place


def test_no_russian_polygon_left_in_crimea(countries):
    russia = countries.set_index("iso_a3").geometry["RUS"]
    crimea = shape(
        {
            "type": "Polygon",
            "coordinates": [[(32.0, 44.2), (36.8, 44.2), (36.8, 46.3), (32.0, 46.3), (32.0, 44.2)]],
        }
    )
    assert not any(crimea.contains(p.representative_point()) for p in russia.geoms)


def test_crimea_joined_to_mainland_ukraine(countries):
    # One polygon from Kyiv to Sevastopol: no gap or sliver at the Perekop isthmus.
    ukraine = countries.set_index("iso_a3").geometry["UKR"]
    mainland = next(p for p in ukraine.geoms if p.contains(Point(30.52, 50.45)))
    assert mainland.contains(Point(33.52, 44.60))
    assert mainland.contains(Point(33.75, 46.15))  # Perekop isthmus


def test_capitals(countries):
    assert codes_at(countries, 37.62, 55.75) == ["RUS"]  # Moscow
    assert codes_at(countries, 30.52, 50.45) == ["UKR"]  # Kyiv


def test_kosovo_is_its_own_disputed_entity(countries):
    kosovo = countries.set_index("iso_a3").loc["XKX"]
    assert kosovo["name"] == "Kosovo"
    assert kosovo["status"] == "disputed"
    assert "1244" in kosovo["note"]
    assert codes_at(countries, 21.17, 42.66) == ["XKX"]  # Pristina


def test_whole_of_cyprus_except_sovereign_base_areas(countries):
    assert codes_at(countries, 33.36, 35.20) == ["CYP"]  # Nicosia, north of the Green Line
    # Kyrenia sits on the coast; at 10m Natural Earth's coastline passes ~100 m inland of it.
    assert code_near(countries, 33.32, 35.34) == "CYP"
    sba = countries.set_index("iso_a3").loc["XSB"]
    assert (sba["sovereign_a3"], sba["status"]) == ("GBR", "dependency")
    assert codes_at(countries, 32.95, 34.60) == ["XSB"]  # Akrotiri


def test_merged_natural_earth_entities_are_gone(countries):
    names = set(countries["name"])
    assert not names & {"N. Cyprus", "Somaliland", "Cyprus U.N. Buffer Zone", "Baikonur"}


# --- Completeness and data quality -----------------------------------------------------


def test_iso_a3_unique_three_letters(countries):
    codes = countries["iso_a3"]
    assert codes.is_unique
    assert all(len(c) == 3 and c.isalpha() and c.isupper() for c in codes)
    assert list(codes) == sorted(codes)


def test_eu_and_nato_european_members_present(countries):
    codes = set(countries["iso_a3"])
    assert not EU_MEMBERS - codes
    assert not NATO_EUROPEAN_MEMBERS - codes


def test_all_european_states_present_including_microstates(countries):
    assert not OTHER_EUROPEAN_STATES - set(countries["iso_a3"])


def test_both_scales_have_the_same_entities():
    assert set(load_countries("50m")["iso_a3"]) == set(load_countries("10m")["iso_a3"])


def test_crs_is_wgs84(countries):
    assert countries.crs.to_epsg() == 4326


def test_geometries_valid_multipolygons(countries):
    assert countries.geometry.is_valid.all()
    assert (~countries.geometry.is_empty).all()
    assert set(countries.geometry.geom_type) == {"MultiPolygon"}


def test_attributes(countries):
    assert list(countries.columns[:5]) == ["iso_a3", "name", "sovereign_a3", "status", "note"]
    assert set(countries["status"]) <= {"state", "dependency", "disputed", "area"}
    codes = set(countries["iso_a3"])
    states = countries[countries["status"] == "state"]
    assert (states["sovereign_a3"] == states["iso_a3"]).all()
    dependencies = countries[countries["status"] == "dependency"]
    assert set(dependencies["sovereign_a3"]) <= codes
    assert countries["name"].str.len().gt(0).all()
    assert not countries["name"].str.contains(r"\.", regex=True).any()  # no NE abbreviations


def test_geojson_matches_the_50m_geopackage():
    data = json.loads(countries_geojson_path().read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    properties = [f["properties"] for f in data["features"]]
    assert all(set(p) == {"iso_a3", "name", "status"} for p in properties)
    assert {p["iso_a3"] for p in properties} == set(load_countries("50m")["iso_a3"])
    ukraine = next(f for f in data["features"] if f["properties"]["iso_a3"] == "UKR")
    assert shape(ukraine["geometry"]).contains(Point(34.10, 44.95))


def test_country_names_are_those_the_map_shows():
    # Read from the GeoPackage (fast); the screen map labels countries from the GeoJSON.
    data = json.loads(countries_geojson_path().read_text(encoding="utf-8"))
    shown = {f["properties"]["iso_a3"]: f["properties"]["name"] for f in data["features"]}
    assert list(country_names().items()) == list(shown.items())
    assert country_names()["LTU"] == "Lithuania"


def test_geojson_is_compact():
    text = countries_geojson_path().read_text(encoding="utf-8")
    assert ", " not in text and ": " not in text
    first_ring = json.loads(text)["features"][0]["geometry"]["coordinates"][0][0]
    assert all(len(repr(v).partition(".")[2]) <= 4 for point in first_ring for v in point)


def test_source_metadata():
    source = countries_source()
    assert (source["name"], source["version"]) == ("world-atlas", "2.0.2")
    assert source["natural_earth_version"] == "4.1.0"
    assert source["url"].startswith("https://")
    dt.date.fromisoformat(source["as_of"])
    assert any("Crimea" in change for change in source["changes"])


def test_as_of_is_natural_earths_release_not_the_build_day():
    # The Sources panel and the PDF appendix show as_of as the day the borders are known
    # true: Natural Earth 4.1.0's release. The build day is kept apart, in `built`.
    source = countries_source()
    assert source["as_of"] == "2018-05-21"
    assert dt.date.fromisoformat(source["built"]) > dt.date.fromisoformat(source["as_of"])
    assert "2018-05-21: 4.1.0" in source["dates"]["as_of"]
    assert "68/262 of 2014-03-27" in source["dates"]["positions"]["Crimea"]


def test_write_source_dates_the_layer_by_its_data_not_by_the_build(build, tmp_path, monkeypatch):
    package = tmp_path / "package"
    package.mkdir()
    (package / "LICENSE").write_text("Copyright 2013-2019 Michael Bostock\n", encoding="utf-8")
    for scale in build.SCALES:
        (package / f"countries-{scale}.json").write_text("{}", encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1893456000")  # 2030-01-01
    build.write_source(tmp_path / "SOURCE.json", package, build.build_date().isoformat(), [], {})
    written = json.loads((tmp_path / "SOURCE.json").read_text("utf-8"))
    assert (written["as_of"], written["built"]) == ("2018-05-21", "2030-01-01")


def test_unknown_scale_is_rejected():
    with pytest.raises(ValueError):
        countries_path("110m")  # type: ignore[arg-type]


def test_runtime_import_is_cheap_and_needs_no_build_tools():
    code = (
        "import sys, briefing_app.data.countries\n"
        "heavy = {'geopandas', 'pyogrio', 'pycountry', 'PySide6'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


# --- The build script's TopoJSON decoder -----------------------------------------------


@pytest.fixture(scope="module")
def build() -> ModuleType:
    path = REPO / "geodata" / "build_countries.py"
    spec = importlib.util.spec_from_file_location("build_countries", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being created
    spec.loader.exec_module(module)
    return module


# Two unit squares side by side in quantized space, sharing the edge x=2 (arc 1), so the east
# square uses arc 1 reversed (~1 == -2); quantized with scale 0.5 and translate (10, 20).
TINY_TOPOLOGY = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
    "arcs": [
        [[2, 0], [-2, 0], [0, 2], [2, 0]],  # (2,0) (0,0) (0,2) (2,2): west square's outside
        [[2, 2], [0, -2]],  # (2,2) (2,0): the shared edge
        [[2, 2], [2, 0], [0, -2], [-2, 0]],  # (2,2) (4,2) (4,0) (2,0): east square's outside
        [[0, 4], [0, 0], [0, 0]],  # a ring that quantization collapsed to a point
    ],
    "objects": {
        "countries": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "id": "001", "properties": {"name": "West"}, "arcs": [[0, 1]]},
                {
                    "type": "MultiPolygon",
                    "properties": {"name": "East"},
                    "arcs": [[[~1, 2]], [[3]]],
                },
                {"type": None, "id": "003", "properties": {"name": "Nothing"}},
            ],
        },
    },
}


def test_decoder_dequantizes_and_delta_decodes(build):
    arcs = build.decode_arcs(TINY_TOPOLOGY)
    assert arcs[0] == [(11.0, 20.0), (10.0, 20.0), (10.0, 21.0), (11.0, 21.0)]
    assert arcs[1] == [(11.0, 21.0), (11.0, 20.0)]


def test_decoder_stitches_rings_and_reverses_arcs(build):
    west, east, nothing = build.decode_object(TINY_TOPOLOGY, "countries")
    assert west["id"] == "001" and west["properties"] == {"name": "West"}
    assert west["geometry"] == {
        "type": "MultiPolygon",
        "coordinates": [[[(11.0, 20.0), (10.0, 20.0), (10.0, 21.0), (11.0, 21.0), (11.0, 20.0)]]],
    }
    # ~1 runs the shared edge upwards; the collapsed second polygon is dropped.
    assert east["id"] is None
    assert east["geometry"]["coordinates"] == [
        [[(11.0, 20.0), (11.0, 21.0), (12.0, 21.0), (12.0, 20.0), (11.0, 20.0)]]
    ]
    assert nothing["geometry"] is None
    squares = [shape(f["geometry"]) for f in (west, east)]
    assert [s.area for s in squares] == [1.0, 1.0]
    assert squares[0].intersection(squares[1]).area == 0  # shared edge, no overlap


def test_decoder_reads_unquantized_topologies_and_holes(build):
    topology = {
        "type": "Topology",
        "arcs": [
            [[0, 0], [0, 4], [4, 4], [4, 0], [0, 0]],
            [[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]],
        ],
        "objects": {
            "o": {
                "type": "GeometryCollection",
                "geometries": [{"type": "Polygon", "arcs": [[0], [1]]}],
            }
        },
    }
    (feature,) = build.decode_object(topology, "o")
    assert shape(feature["geometry"]).area == 16 - 1


def test_decoder_rejects_other_geometry_types(build):
    with pytest.raises(build.BuildError):
        build.decode_geometry({"type": "Point", "coordinates": [0, 0]}, [])


def test_rings_across_the_antimeridian_are_cut_at_180(build):
    ring = [(179.0, 0.0), (-179.0, 0.0), (-179.0, 1.0), (179.0, 1.0), (179.0, 0.0)]
    planar = build.to_planar({"type": "MultiPolygon", "coordinates": [[ring]]})
    assert planar.is_valid and len(planar.geoms) == 2
    assert planar.bounds == (-180.0, 0.0, 180.0, 1.0)
    assert planar.area == pytest.approx(2.0)


def test_ring_round_the_south_pole_is_closed_along_it(build):
    ring = [
        (-170.0, -80.0),
        (-90.0, -80.0),
        (0.0, -80.0),
        (90.0, -80.0),
        (170.0, -80.0),
        (-170.0, -80.0),
    ]
    planar = build.to_planar({"type": "MultiPolygon", "coordinates": [[ring]]})
    assert planar.is_valid
    assert planar.bounds == (-180.0, -90.0, 180.0, -80.0)
    assert planar.area == pytest.approx(3600.0)


def test_the_builds_curated_tables_are_data_and_hold_together(build, tmp_path):
    # The facts of the build (countries/entities.json), not code: 193 UN members, every
    # non-state classified by a known status, every code a table makes is named.
    entities = build.load_entities()
    assert len(entities["un_members"]) == 193
    assert {c.status for c in entities["non_states"].values()} <= set(build.STATUSES)
    made = set(entities["by_ne_name"].values()) | {
        code for _, west, east in entities["splits"].values() for code in (west, east)
    }
    user = {code for code in made if code.startswith("X")}
    assert user <= set(entities["user_assigned"])
    assert user <= set(entities["new_names"])
    assert not (entities["un_members"] & set(entities["non_states"]))
    assert "Crimea" in entities["state_notes"]["UKR"]
    # A broken file stops the build with the file and what is wrong in it.
    broken = tmp_path / "entities.json"
    broken.write_text('{"by_ne_name": {}}', encoding="utf-8")
    with pytest.raises(build.BuildError, match=r"entities\.json.*KeyError"):
        build.load_entities(broken)
