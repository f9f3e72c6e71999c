"""The hostile-input corpus: one entry per (reader, case), with the file that makes it and
what the app must answer. Small files are kept in tests/fixtures/hostile/ (written by
`python tests/hostile/corpus.py`); big ones (sparse files, folders) are made in a temporary
folder by the tests. The table in tests/HOSTILE_INPUT.md lists the same cases.

`expect` is a fragment of the message after "PATH: " (or, for usable files, of what
`validate` prints); `usable` cases are read, with their repairs reported, and exit 0.
"""

from __future__ import annotations

import io
import json
import os
import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "hostile"
CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"

READERS = ("briefing", "override", "geojson", "kml", "kmz", "shapefile", "gpkg", "csv")


@dataclass(frozen=True)
class Case:
    reader: str
    name: str  # the case, as in the table
    filename: str
    make: Callable[[Path], None]
    expect: str
    usable: bool = False
    stored: bool = True  # kept in tests/fixtures/hostile (False: made in a temporary folder)

    @property
    def id(self) -> str:
        return f"{self.reader}:{self.filename}"

    def path(self, scratch: Path) -> Path:
        """The case's file: the stored fixture, or one made in `scratch`."""
        if self.stored:
            return FIXTURES / self.reader / self.filename
        target = scratch / self.reader / self.filename
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            self.make(target)
        return target


# ---------------------------------------------------------------- makers


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _text(text: str) -> Callable[[Path], None]:
    return _bytes(text.encode("utf-8"))


def _json(value: object) -> Callable[[Path], None]:
    return _text(json.dumps(value, indent=1))


def _noise(size: int = 4096, seed: int = 1) -> bytes:
    return random.Random(seed).randbytes(size)


def _sparse(size: int) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        with path.open("wb") as handle:
            handle.write(b'{"type": "FeatureCollection", "features": [')
            handle.truncate(size)  # a hole: no disk used, but the size a reader sees

    return make


def _folder(path: Path) -> None:
    path.mkdir()


def _zip(entries: dict[str, bytes]) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in entries.items():
                archive.writestr(name, data)

    return make


def _zip_bomb(path: Path) -> None:
    zeros = bytes(1024 * 1024)
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("doc.kml", "w", force_zip64=True) as member,
    ):
        for _ in range(64):  # 64 MiB of zeros, about 64 KiB on disk
            member.write(zeros)


def _nested(depth: int = 100_000) -> bytes:
    return b"[" * depth + b"]" * depth


def _base_briefing() -> dict:
    from briefing_app.model import fileformat
    from briefing_app.model.builtin import builtin_briefing

    return json.loads(fileformat.dumps(builtin_briefing()))


def _briefing(change: Callable[[dict], object]) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        data = _base_briefing()
        change(data)
        path.write_text(json.dumps(data, indent=1, allow_nan=True), encoding="utf-8")

    return make


def _briefing_text(replace: tuple[str, str]) -> Callable[[Path], None]:
    """A valid briefing with one piece of its text replaced (for tokens json cannot write)."""

    def make(path: Path) -> None:
        text = json.dumps(_base_briefing(), indent=1)
        assert replace[0] in text
        path.write_text(text.replace(replace[0], replace[1], 1), encoding="utf-8")

    return make


def _annotation(geometry: dict) -> Callable[[dict], object]:
    return lambda d: d["annotations"].append(
        {
            "type": "Feature",
            "id": "hostile",
            "geometry": geometry,
            "properties": {"kind": "shape", "label": "hostile"},
            "style": {},
        }
    )


def _truncated_briefing(path: Path) -> None:
    text = json.dumps(_base_briefing(), indent=1)
    path.write_text(text[: text.index("\n", len(text) // 2)], encoding="utf-8")


def _truncated_in_text(path: Path) -> None:
    text = json.dumps(_base_briefing(), indent=1)
    path.write_text(text[: text.index('"title": "') + 15], encoding="utf-8")


def _latin1_briefing(path: Path) -> None:
    data = _base_briefing()
    data["title"] = "Sicherheitslage Österreich"
    path.write_bytes(json.dumps(data, ensure_ascii=False).encode("latin-1", "replace"))


def _utf16_briefing(path: Path) -> None:
    path.write_bytes(json.dumps(_base_briefing()).encode("utf-16"))


BOW_TIE = [[[20.0, 50.0], [21.0, 51.0], [21.0, 50.0], [20.0, 51.0], [20.0, 50.0]]]


def _security(name: str) -> dict:
    from briefing_app.data.security import security_dir

    return json.loads((security_dir() / name).read_text(encoding="utf-8"))


def _override(name: str, change: Callable[[dict], object]) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        data = _security(name)
        change(data)
        path.write_text(json.dumps(data, indent=1, allow_nan=True), encoding="utf-8")

    return make


def _set(path: list, value: object) -> Callable[[dict], object]:
    def change(data: dict) -> None:
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _truncated_override(path: Path) -> None:
    text = json.dumps(_security("deployments.json"), indent=1)
    path.write_text(text[: text.index("\n", len(text) // 2)], encoding="utf-8")


def _feature(geometry: dict) -> dict:
    return {"type": "Feature", "properties": {"name": "hostile"}, "geometry": geometry}


def _collection(*geometries: dict) -> Callable[[Path], None]:
    return _json({"type": "FeatureCollection", "features": [_feature(g) for g in geometries]})


def _truncated_corpus(name: str) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        text = (CORPUS / name).read_text(encoding="utf-8")
        path.write_text(text[: min(len(text) // 2, 20_000)], encoding="utf-8")

    return make


def _kmz_renamed(path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("doc.kml", KML_POINT)
    path.write_bytes(buffer.getvalue())


KML_POINT = (
    '<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>x</name>'
    "<Point><coordinates>21,54</coordinates></Point></Placemark></kml>"
)

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE kml [
 <!ENTITY a "lollollollollollollollollollol">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
 <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
 <!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
]>
<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>&i;</name>
<Point><coordinates>1,2</coordinates></Point></Placemark></kml>"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE kml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>&secret;</name>
<Point><coordinates>1,2</coordinates></Point></Placemark></kml>"""

EXTERNAL_DTD = """<?xml version="1.0"?>
<!DOCTYPE kml SYSTEM "http://attacker.invalid/malicious.dtd">
<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>x</name>
<Point><coordinates>1,2</coordinates></Point></Placemark></kml>"""


def _deep_kml(path: Path) -> None:
    path.write_text(
        '<kml xmlns="http://www.opengis.net/kml/2.2">'
        + "<Folder>" * 5000
        + "</Folder>" * 5000
        + "</kml>",
        encoding="utf-8",
    )


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _link_to_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _styled_annotation(
    geometry: dict, style_text: str = "{}", properties: dict | None = None
) -> Callable[[Path], None]:
    """A valid briefing with one more annotation whose style is given as JSON text (for
    numbers json cannot write, such as 1e400)."""

    def make(path: Path) -> None:
        data = _base_briefing()
        data["annotations"].append(
            {
                "type": "Feature",
                "id": "hostile",
                "geometry": geometry,
                "properties": properties or {"kind": "polygon"},
                "style": "STYLE",
            }
        )
        text = json.dumps(data, indent=1)
        path.write_text(text.replace('"STYLE"', style_text), encoding="utf-8")

    return make


def _many_slides(path: Path) -> None:
    data = _base_briefing()
    # Bare slides: the count is refused before any slide is read, and a file of 100,000 whole
    # slides (200 MB) would time the JSON parser instead.
    data["slides"] = [{"id": f"s{n}", "title": "x"} for n in range(100_000)]
    path.write_text(json.dumps(data), encoding="utf-8")


def _random_ring(vertices: int) -> Callable[[Path], None]:
    rng = random.Random(vertices)
    ring = [[rng.uniform(10, 30), rng.uniform(40, 60)] for _ in range(vertices)]
    return _collection({"type": "Polygon", "coordinates": [[*ring, ring[0]]]})


ENGINEERING_CRS = (
    'ENGCRS["site grid",EDATUM["site"],CS[Cartesian,2],AXIS["x",east],'
    'AXIS["y",north],LENGTHUNIT["metre",1]]'
)


def _points_frame(count: int) -> Any:  # a GeoDataFrame (geopandas loads only here)
    import geopandas
    from shapely.geometry import Point

    return geopandas.GeoDataFrame(
        {"name": [f"p{n}" for n in range(count)]},
        geometry=[Point(20 + n * 1e-4, 50) for n in range(count)],
        crs=4326,
    )


def _gpkg(kind: str) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        import sqlite3

        _points_frame(1500).to_file(path, layer="points", driver="GPKG", engine="pyogrio")
        connection = sqlite3.connect(path)
        if kind == "lying count":
            connection.execute("UPDATE gpkg_ogr_contents SET feature_count = 1")
        else:
            connection.execute(
                "CREATE VIEW endless AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL "
                "SELECT x + 1 FROM c) SELECT x AS fid, (SELECT geom FROM points LIMIT 1) "
                "AS geom FROM c"
            )
            connection.execute(
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, "
                "srs_id) VALUES ('endless', 'features', 'endless', 4326)"
            )
            connection.execute(
                "INSERT INTO gpkg_geometry_columns VALUES ('endless', 'geom', 'POINT', 4326, 0, 0)"
            )
        connection.commit()
        connection.close()

    return make


def _short_dbf(path: Path) -> None:
    """Three shapes, and a .dbf cut down to the first record (its header says 1)."""
    _points_frame(3).to_file(path, engine="pyogrio")
    dbf = path.with_suffix(".dbf")
    data = bytearray(dbf.read_bytes())
    header, record = int.from_bytes(data[8:10], "little"), int.from_bytes(data[10:12], "little")
    data[4:8] = (1).to_bytes(4, "little")
    dbf.write_bytes(bytes(data[: header + record]) + b"\x1a")


def _csv_rows(rows: list[str], encoding: str = "utf-8") -> Callable[[Path], None]:
    return _bytes("\n".join(rows).encode(encoding) + b"\n")


# ---------------------------------------------------------------- the cases

B, OV = "briefing", "override"
CASES: tuple[Case, ...] = (
    # briefing files: fileformat.load, validate, MainWindow.open_file
    Case(B, "empty file", "empty.briefing", _bytes(b""), "is empty"),
    Case(B, "only white space", "blank.briefing", _bytes(b" \n\t\n"), "is empty"),
    Case(B, "random bytes", "random.briefing", _bytes(_noise()), "not UTF-8 text"),
    Case(B, "truncated at a line end", "truncated.briefing", _truncated_briefing, "ends too early"),
    Case(
        B,
        "truncated inside a text",
        "truncated-text.briefing",
        _truncated_in_text,
        "ends too early",
    ),
    Case(B, "JSON nested 100,000 deep", "nested.briefing", _bytes(_nested()), "nested too deeply"),
    Case(
        B,
        "NaN token",
        "nan.briefing",
        _briefing_text(('"zoom": ', '"zoom": NaN, "x": ')),
        "NaN is not allowed in a briefing file",
    ),
    Case(
        B,
        "-Infinity token",
        "infinity.briefing",
        _briefing_text(('"zoom": ', '"zoom": -Infinity, "x": ')),
        "-Infinity is not allowed",
    ),
    Case(
        B,
        "1e400 (overflows to infinity)",
        "overflow.briefing",
        _briefing_text(('"zoom": ', '"zoom": 1e400, "x": ')),
        "expected a finite number",
    ),
    Case(
        B,
        "latitude 200 in the view",
        "latitude.briefing",
        _briefing(_set(["view", "center"], [200, 20])),
        "200 is outside the allowed range",
    ),
    Case(
        B,
        "annotation at latitude 95",
        "annotation-latitude.briefing",
        _briefing(_annotation({"type": "Point", "coordinates": [20, 95]})),
        "95 is outside the allowed range -90 to 90",
    ),
    Case(
        B,
        "zoom 1e9",
        "zoom.briefing",
        _briefing(_set(["view", "zoom"], 1e9)),
        "outside the allowed range 0 to 22",
    ),
    Case(
        B,
        "self-intersecting annotation polygon",
        "bowtie.briefing",
        _briefing(_annotation({"type": "Polygon", "coordinates": BOW_TIE})),
        "a usable briefing",
        usable=True,
    ),
    Case(
        B,
        "empty annotation geometry",
        "empty-geometry.briefing",
        _briefing(_annotation({"type": "Point", "coordinates": []})),
        "a usable briefing",
        usable=True,
    ),
    Case(
        B,
        "one-point line (GEOS refuses it)",
        "one-point-line.briefing",
        _briefing(_annotation({"type": "LineString", "coordinates": [[21, 54]]})),
        "a line needs at least 2 positions, this one has 1",
    ),
    Case(
        B,
        "coordinates nested too deeply",
        "deep-coordinates.briefing",
        _briefing(_annotation({"type": "Polygon", "coordinates": [[[[[[1, 2]]]]]]})),
        "coordinates are nested too deeply",
    ),
    Case(
        B,
        "unknown geometry type",
        "circle.briefing",
        _briefing(_annotation({"type": "Circle", "coordinates": [1, 2]})),
        '"Circle" is not a GeoJSON geometry type',
    ),
    Case(B, "Latin-1 text", "latin1.briefing", _latin1_briefing, "not UTF-8 text; byte"),
    Case(B, "UTF-16 text", "utf16.briefing", _utf16_briefing, "not UTF-8 text; byte 0"),
    Case(B, "a KMZ (zip) named .briefing", "zip.briefing", _kmz_renamed, "not UTF-8 text"),
    Case(
        B,
        "GeoJSON named .briefing",
        "geojson.briefing",
        _collection({"type": "Point", "coordinates": [1, 2]}),
        'the required field "format_version" is missing',
    ),
    Case(
        B,
        "XML entity bomb named .briefing",
        "xml.briefing",
        _text(BILLION_LAUGHS),
        "not valid JSON",
    ),
    Case(
        B,
        "a JSON list, not an object",
        "list.briefing",
        _text("[1, 2, 3]"),
        "expected a briefing (a JSON object), found a list",
    ),
    Case(
        B,
        "from a newer version",
        "newer.briefing",
        _briefing(_set(["format_version"], 99)),
        "written by a newer version of Briefing App",
    ),
    Case(
        B,
        "format_version as text",
        "version-text.briefing",
        _briefing(_set(["format_version"], "1")),
        "expected a whole number",
    ),
    Case(
        B,
        "the same slide id twice",
        "duplicate.briefing",
        _briefing(lambda d: d["slides"].append(dict(d["slides"][0]))),
        "is used twice",
    ),
    Case(
        B,
        "grouping member not ISO 3166",
        "iso.briefing",
        _briefing(
            lambda d: d["groupings"].append({"id": "g", "name": "G", "members": ["<script>"]})
        ),
        "not an ISO 3166-1",
    ),
    Case(
        B,
        "201 MiB (sparse)",
        "huge.briefing",
        _sparse(201 * 1024 * 1024),
        "a briefing file is limited to 210 MB",
        stored=False,
    ),
    Case(
        B, "a folder", "folder.briefing", _folder, "is a folder, not a briefing file", stored=False
    ),
    Case(B, "missing file", "missing.briefing", lambda path: None, "does not exist", stored=False),
    Case(B, "a named pipe (FIFO)", "fifo.briefing", _fifo, "is a named pipe (FIFO)", stored=False),
    Case(
        B,
        "a link to /dev/zero",
        "zero.briefing",
        _link_to_zero,
        "is a link to /dev/zero, which is a device",
        stored=False,
    ),
    Case(
        B,
        "100,000 slides",
        "slides.briefing",
        _many_slides,
        "holds 100,000 slides; a briefing holds at most 200",
        stored=False,
    ),
    Case(
        B,
        "lone surrogate in the title",
        "surrogate.briefing",
        _briefing_text(('"title": "', '"title": "\\ud800')),
        "a lone UTF-16 surrogate",
    ),
    Case(
        B,
        "style weight 1e400 (could never be saved)",
        "style-overflow.briefing",
        _styled_annotation({"type": "Point", "coordinates": [21, 54]}, '{"weight": 1e400}'),
        "expected a finite number",
    ),
    Case(
        B,
        "style colour out of the CSS names",
        "colour.briefing",
        _styled_annotation({"type": "Point", "coordinates": [21, 54]}, '{"color": "ultraviolet"}'),
        "is not a colour",
    ),
    Case(
        B,
        "named colour red (drawn as #ff0000)",
        "red.briefing",
        _styled_annotation(
            {"type": "Point", "coordinates": [21, 54]}, '{"color": "red"}', {"kind": "marker"}
        ),
        "a usable briefing",
        usable=True,
    ),
    Case(
        B,
        "circle of exactly 20,000 km",
        "ring.briefing",
        _styled_annotation(
            {"type": "Point", "coordinates": [21, 54]}, "{}", {"kind": "circle", "radius_km": 20000}
        ),
        "a circle's radius must be more than 0 and less than 20,000 km",
    ),
    Case(
        B,
        "layer option of the wrong JSON type",
        "option.briefing",
        _briefing(lambda d: d["layers"][1].update(options={"grouping": ["nato"]})),
        "expected text, a number, true/false or null, found a list",
    ),
    Case(
        B,
        "multi-polygon with an empty part",
        "multipolygon.briefing",
        _styled_annotation(
            {
                "type": "MultiPolygon",
                "coordinates": [[[[20, 50], [21, 51], [22, 50], [20, 50]]], []],
            }
        ),
        "an empty part in a MultiPolygon",
    ),
    Case(
        B,
        "positions nested deeper than the type",
        "typed-nesting.briefing",
        _styled_annotation({"type": "LineString", "coordinates": [[[20, 50], [21, 51]]]}),
        "coordinates are nested too deeply for a LineString",
    ),
    # data overrides in the data folder: load_datasets(override_dir) -> problems
    Case(OV, "empty file", "empty/groupings.json", _bytes(b""), "is empty"),
    Case(OV, "random bytes", "random/deployments.json", _bytes(_noise(seed=2)), "not UTF-8 text"),
    Case(OV, "truncated", "truncated/deployments.json", _truncated_override, "ends too early"),
    Case(
        OV,
        "JSON nested 100,000 deep",
        "nested/flashpoints.json",
        _bytes(_nested()),
        "nested too deeply",
    ),
    Case(
        OV,
        "NaN latitude",
        "nan/deployments.json",
        _override("deployments.json", _set(["deployments", 0, "lat"], float("nan"))),
        "NaN is not allowed in a data file",
    ),
    Case(
        OV,
        "latitude 200",
        "latitude/deployments.json",
        _override("deployments.json", _set(["deployments", 0, "lat"], 200)),
        "200 is outside the allowed range -90 to 90",
    ),
    Case(
        OV,
        "flashpoint at longitude 1e300",
        "longitude/flashpoints.json",
        _override(
            "flashpoints.json",
            lambda d: d["flashpoints"][0].update(
                geometry={"type": "Point", "coordinates": [1e300, 54]}
            ),
        ),
        "outside the allowed range -180 to 180",
    ),
    Case(
        OV,
        "empty LineString",
        "empty-line/flashpoints.json",
        _override(
            "flashpoints.json",
            lambda d: d["flashpoints"][0].update(
                geometry={"type": "LineString", "coordinates": []}
            ),
        ),
        "an empty LineString (no positions)",
    ),
    Case(
        OV,
        "Polygon (not supported)",
        "polygon/flashpoints.json",
        _override(
            "flashpoints.json",
            lambda d: d["flashpoints"][0].update(
                geometry={"type": "Polygon", "coordinates": BOW_TIE}
            ),
        ),
        "is not supported here",
    ),
    Case(
        OV,
        "source_url javascript:",
        "javascript-url/groupings.json",
        _override("groupings.json", _set(["groupings", 0, "source_url"], "javascript:alert(1)")),
        "is not a web address starting with http",
    ),
    Case(
        OV,
        "unsupported format version",
        "version/groupings.json",
        _override("groupings.json", _set(["format_version"], 7)),
        "format version 7 is not supported",
    ),
    Case(
        OV,
        "Latin-1 text",
        "latin1/groupings.json",
        _bytes('{"format_version": 1, "groupings": [{"name": "Österreich"}]}'.encode("latin-1")),
        "not UTF-8 text",
    ),
    Case(OV, "a JSON list", "list/groupings.json", _text("[]"), "expected an object"),
    Case(
        OV,
        "51 MiB (sparse)",
        "huge/groupings.json",
        _sparse(51 * 1024 * 1024),
        "a data file is limited to 52 MB",
        stored=False,
    ),
    Case(
        OV,
        "a folder named groupings.json",
        "folder/groupings.json",
        _folder,
        "is a folder, not a data file",
        stored=False,
    ),
    # geodata: read_geofile (validate, MainWindow.import_file); more in tests/geofiles
    Case("geojson", "empty file", "empty.geojson", _bytes(b""), "is empty"),
    Case(
        "geojson", "random bytes", "random.geojson", _bytes(_noise(seed=3)), "is not a GeoJSON file"
    ),
    Case(
        "geojson",
        "truncated",
        "truncated.geojson",
        _truncated_corpus("chemnitz_playgrounds_osm.geojson"),
        "ends too early",
    ),
    Case(
        "geojson",
        "JSON nested 100,000 deep",
        "nested.geojson",
        _bytes(_nested()),
        "nested too deeply",
    ),
    Case(
        "geojson",
        "NaN token",
        "nan.geojson",
        _text('{"type": "Point", "coordinates": [NaN, 1]}'),
        "NaN is not allowed",
    ),
    Case(
        "geojson",
        "1e400",
        "overflow.geojson",
        _text('{"type": "Point", "coordinates": [1e400, 1]}'),
        "expected a finite number",
    ),
    Case(
        "geojson",
        "latitude 200",
        "latitude.geojson",
        _collection({"type": "Point", "coordinates": [20, 200]}),
        "latitude 200 is outside",
    ),
    Case(
        "geojson",
        "self-intersecting polygon",
        "bowtie.geojson",
        _collection({"type": "Polygon", "coordinates": BOW_TIE}),
        "self-intersection repaired",
        usable=True,
    ),
    Case(
        "geojson",
        "empty geometry",
        "empty-geometry.geojson",
        _collection({"type": "Polygon", "coordinates": []}),
        "the geometry is empty",
    ),
    Case(
        "geojson",
        "a KMZ named .geojson",
        "kmz.geojson",
        _kmz_renamed,
        "holds a zip archive; is the extension right?",
    ),
    Case(
        "geojson",
        "unknown extension",
        "tiles.mbtiles",
        _bytes(_noise(seed=4)),
        "cannot check '.mbtiles' files",
    ),
    Case(
        "geojson",
        "65 MiB (sparse)",
        "huge.geojson",
        _sparse(65 * 1024 * 1024),
        "imported files are limited to 64 MiB",
        stored=False,
    ),
    Case(
        "geojson",
        "self-intersecting ring of 4,000 random vertices",
        "tangle.geojson",
        _random_ring(4000),
        "polygon crosses itself more than 10,000 times",
        stored=False,
    ),
    Case(
        "geojson",
        "local engineering CRS",
        "engineering.geojson",
        _json(
            {
                "type": "FeatureCollection",
                "crs": {"type": "name", "properties": {"name": ENGINEERING_CRS}},
                "features": [_feature({"type": "Point", "coordinates": [100, 200]})],
            }
        ),
        "has no conversion to longitude and latitude",
    ),
    Case(
        "geojson",
        "lone surrogate in a property",
        "surrogate.geojson",
        _text(
            '{"type": "Feature", "properties": {"name": "a\\udc00b"}, '
            '"geometry": {"type": "Point", "coordinates": [21, 54]}}'
        ),
        "at properties.name: the text holds a lone UTF-16 surrogate",
    ),
    Case(
        "geojson",
        "a named pipe (FIFO)",
        "fifo.geojson",
        _fifo,
        "is a named pipe (FIFO)",
        stored=False,
    ),
    Case(
        "kml",
        "a link to /dev/zero",
        "zero.kml",
        _link_to_zero,
        "is a link to /dev/zero, which is a device",
        stored=False,
    ),
    Case("kml", "billion laughs", "billion-laughs.kml", _text(BILLION_LAUGHS), "<!DOCTYPE>"),
    Case(
        "kml",
        "external entity file:///etc/passwd",
        "external-entity.kml",
        _text(EXTERNAL_ENTITY),
        "<!DOCTYPE>",
    ),
    Case("kml", "external DTD over http", "external-dtd.kml", _text(EXTERNAL_DTD), "<!DOCTYPE>"),
    Case("kml", "folders nested 5,000 deep", "deep.kml", _deep_kml, "deeper than"),
    Case(
        "kml", "truncated", "truncated.kml", _truncated_corpus("KML_Samples.kml"), "ends too early"
    ),
    Case("kml", "random bytes", "random.kml", _bytes(_noise(seed=5)), "is not valid KML/XML"),
    Case("kmz", "zip bomb (64 MiB of zeros)", "bomb.kmz", _zip_bomb, "zip bomb"),
    Case(
        "kmz",
        "entity bomb inside",
        "billion-laughs.kmz",
        _zip({"doc.kml": BILLION_LAUGHS.encode()}),
        "<!DOCTYPE>",
    ),
    Case(
        "kmz",
        "path traversal ../../evil.kml",
        "traversal.kmz",
        _zip({"../../evil.kml": KML_POINT.encode()}),
        "points outside the archive",
    ),
    Case(
        "kmz",
        "absolute entry /etc/evil.kml",
        "absolute.kmz",
        _zip({"/etc/evil.kml": KML_POINT.encode()}),
        "points outside the archive",
    ),
    Case("kmz", "random bytes", "random.kmz", _bytes(_noise(seed=6)), "is not a zip archive"),
    Case(
        "shapefile",
        "zip with ../ entries",
        "traversal.zip",
        _zip({"../evil.shp": b"x", "../evil.shx": b"x", "../evil.dbf": b"x"}),
        "points outside the archive",
    ),
    Case(
        "shapefile",
        "zip without a .shp",
        "no-shp.zip",
        _zip({"readme.txt": b"hello"}),
        "without a Shapefile",
    ),
    Case(
        "shapefile",
        ".shp without .shx/.dbf",
        "lonely.shp",
        _bytes(_noise(seed=7)),
        "is named .shp but is not a Shapefile",
    ),
    Case(
        "gpkg", "random bytes", "random.gpkg", _bytes(_noise(seed=8)), "is not an SQLite database"
    ),
    Case("gpkg", "empty file", "empty.gpkg", _bytes(b""), "is empty"),
    Case(
        "gpkg",
        "endless recursive view",
        "endless.gpkg",
        _gpkg("endless view"),
        'layer "endless" takes longer than 2 s to count its features',
        stored=False,
    ),
    Case(
        "gpkg",
        "feature count metadata says 1 of 1,500",
        "lying.gpkg",
        _gpkg("lying count"),
        "the file declares 1 features for this layer but holds 1,500",
        usable=True,
        stored=False,
    ),
    Case(
        "shapefile",
        ".dbf with 1 record for 3 shapes",
        "short-dbf.shp",
        _short_dbf,
        "the .shp holds 3 shapes but its .dbf only 1 attribute record",
        usable=True,
        stored=False,
    ),
    Case(
        "csv",
        "binary (NUL bytes)",
        "binary.csv",
        _bytes(b"lat,lon\n\x00\x00\x00\n"),
        "contains NUL bytes",
    ),
    Case(
        "csv",
        "neither UTF-8 nor Windows-1252",
        "encoding.csv",
        _bytes(b"name,lat,lon\n\x81\x8d,54,21\n"),
        "nor Windows-1252",
    ),
    Case("csv", "no coordinate columns", "columns.csv", _csv_rows(["a,b", "1,2"]), "latitude"),
    Case(
        "csv",
        "latitude 200, Infinity, NaN",
        "range.csv",
        _csv_rows(["name,lat,lon", "a,200,20", "b,Infinity,20", "c,nan,20"]),
        "holds no usable features (a: latitude 200 is outside",
    ),
)


def write_fixtures(folder: Path = FIXTURES) -> list[Path]:
    written = []
    for case in CASES:
        if case.stored:
            target = folder / case.reader / case.filename
            target.parent.mkdir(parents=True, exist_ok=True)
            case.make(target)
            written.append(target)
    return written


if __name__ == "__main__":
    for path in write_fixtures():
        print(path.relative_to(FIXTURES), path.stat().st_size)
