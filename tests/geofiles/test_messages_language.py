"""What an import says about a bad geodata file is the app's own text, in the active language
(#19); the file name, the place in it and what it quotes stay as they are, and the notes a
briefing file keeps of an import (repairs, features left out) stay English, as stored data.
A translator's .ts file stands in for the shipped ones."""

from __future__ import annotations

import json
import zipfile

import pytest
from translations_for_tests import translations

from briefing_app.core.jsonreader import DataFileError, JsonReader
from briefing_app.geo.geojson import read_geometry
from briefing_app.geofiles import GeoFileError, limits, read_geofile
from briefing_app.i18n import using_language

GERMAN = {
    "GeoFileLimits": {
        "is empty": "ist leer",
        "has more than {count} features; a briefing can embed at most that many": (
            "hat mehr als {count} Objekte; so viele kann eine Lagebesprechung höchstens enthalten"
        ),
    },
    "GeoFileReader": {
        "is named {suffix} but holds {found}; is the extension right?": (
            "heißt {suffix}, enthält aber {found}; stimmt die Endung?"
        ),
        "a zip archive": "ein Zip-Archiv",
    },
    "GeoJSONReader": {
        'has the GeoJSON type "{type}", which is not a feature or geometry': (
            "hat den GeoJSON-Typ „{type}“, der kein Objekt und keine Geometrie ist"
        ),
    },
    "ZipArchive": {
        'holds the entry "{entry}", whose name points outside the archive; refused': (
            "enthält den Eintrag „{entry}“, dessen Name aus dem Archiv hinausführt; abgelehnt"
        ),
    },
    "GeoJSONGeometry": {
        "a line needs at least 2 positions, this one has {count}": (
            "eine Linie braucht mindestens 2 Positionen, diese hat {count}"
        ),
    },
    "GeoFileSummary": {
        "1 layer": "1 Ebene",
        "1 feature": "1 Objekt",
        "{file}: {format}, {layers}, {features}": "{file}: {format}, {layers}, {features}",
        'layer "{name}": {features}': "Ebene „{name}“: {features}",
        "dropped: {text}": "ausgelassen: {text}",
    },
}


@pytest.fixture
def german(tmp_path):
    folder = tmp_path / "translations"
    folder.mkdir()
    with translations(folder, "de", GERMAN), using_language("de"):
        yield


def _message(path) -> str:
    with pytest.raises(GeoFileError) as caught:
        read_geofile(path)
    return str(caught.value)


def test_a_refused_file_is_named_and_its_problem_is_in_the_language(tmp_path, german):
    empty = tmp_path / "leer.geojson"
    empty.write_bytes(b"")
    assert _message(empty) == f"{empty}: ist leer"

    zipped = tmp_path / "gebiet.geojson"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("a.txt", "x")
    assert _message(zipped) == (
        f"{zipped}: heißt .geojson, enthält aber ein Zip-Archiv; stimmt die Endung?"
    )

    # What the message quotes from the file stays as the file has it.
    other = tmp_path / "typ.geojson"
    other.write_text(json.dumps({"type": "Topology{0}"}), encoding="utf-8")
    assert _message(other) == (
        f"{other}: hat den GeoJSON-Typ „Topology{{0}}“, der kein Objekt und keine Geometrie ist"
    )

    escaping = tmp_path / "karte.kmz"
    with zipfile.ZipFile(escaping, "w") as archive:
        archive.writestr("../doc.kml", "<kml/>")
    assert _message(escaping) == (
        f"{escaping}: enthält den Eintrag „../doc.kml“, dessen Name aus dem Archiv "
        "hinausführt; abgelehnt"
    )


def test_the_same_files_in_english(tmp_path):
    empty = tmp_path / "empty.geojson"
    empty.write_bytes(b"")
    with using_language("en"):
        assert _message(empty) == f"{empty}: is empty"


def test_a_geometry_in_a_file_keeps_its_place_and_the_problem_is_translated(german):
    geometry = {"type": "LineString", "coordinates": [[21.0, 52.2]]}
    with pytest.raises(DataFileError) as caught:
        read_geometry(JsonReader("x.briefing", geometry, "annotations[0].geometry"))
    assert str(caught.value) == (
        "x.briefing at annotations[0].geometry.coordinates: "
        "eine Linie braucht mindestens 2 Positionen, diese hat 1"
    )


def test_the_notes_a_briefing_keeps_stay_english_the_summary_around_them_is_translated(
    tmp_path, german
):
    path = tmp_path / "linien.geojson"
    features = [
        {
            "type": "Feature",
            "properties": {"name": "Kurz"},
            "geometry": {"type": "LineString", "coordinates": [[21.0, 52.2]]},
        },
        {
            "type": "Feature",
            "properties": {"name": "Lang"},
            "geometry": {"type": "LineString", "coordinates": [[21.0, 52.2], [22.0, 53.0]]},
        },
    ]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), "utf-8")
    found = read_geofile(path)
    layer = found.layers[0]
    assert layer.dropped == ["Kurz: a line needs at least 2 positions, this one has 1"]
    summary = found.summary()
    assert summary[0] == f"{path}: GeoJSON, 1 Ebene, 1 Objekt"
    assert "Ebene „linien“: 1 Objekt (LineString 1)" in summary
    assert "  ausgelassen: Kurz: a line needs at least 2 positions, this one has 1" in summary


def test_a_limit_is_quoted_as_the_language_writes_numbers(tmp_path, german, monkeypatch):
    monkeypatch.setattr(limits, "MAX_FEATURES", 1000)
    path = tmp_path / "punkte.geojson"
    points = [
        {
            "type": "Feature",
            "properties": {},
            "geometry": {"type": "Point", "coordinates": [i / 100, 50]},
        }
        for i in range(1001)
    ]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": points}), "utf-8")
    assert _message(path) == (
        f"{path}: hat mehr als 1.000 Objekte; so viele kann eine Lagebesprechung höchstens "
        "enthalten"
    )


def test_no_import_error_is_written_as_a_bare_english_text():
    """Every GeoFileError of the readers and every geometry rule's `fail` is given a text
    through `translate` (or a value built from one), never a literal or an f-string."""
    import ast
    from pathlib import Path

    package = Path(__file__).resolve().parents[2] / "briefing_app"
    files = [*sorted((package / "geofiles").glob("*.py")), package / "geo" / "geojson.py"]
    bare = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            given = {"GeoFileError": 1, "GeoFileCancelled": 1, "fail": 0}.get(name)
            if given is None or len(node.args) <= given:
                continue
            problem = node.args[given]
            if isinstance(problem, ast.JoinedStr | ast.Constant):
                bare.append(f"{path.name}:{node.lineno}")
    assert bare == []
