"""The messages the app gives about a bad file are its own texts (#19): a briefing file's
located errors, a data correction file's, an export's and the command line's one-line
failures come in the active language; the file's name, the place in it and the values it
holds are quoted as they are. A translator's .ts file stands in for the shipped ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from translations_for_tests import translations

from briefing_app import cli
from briefing_app.core.jsonreader import DataFileError
from briefing_app.data.security import read_correction_file
from briefing_app.i18n import active_language, set_language, using_language
from briefing_app.model import fileformat
from briefing_app.model.builtin import builtin_briefing
from briefing_app.render.errors import ExportError, located, slide_place

GERMAN = {
    "JsonReader": {
        "{path} at {where}: {problem}": "{path} bei {where}: {problem}",
        "expected a number, found {found}": "eine Zahl erwartet, gefunden: {found}",
        'the text "{text}"': "der Text „{text}“",
        "line {line}, column {column}": "Zeile {line}, Spalte {column}",
        "the file ends too early (is it cut off?)": "die Datei endet zu früh (abgeschnitten?)",
        "is empty": "ist leer",
    },
    "FileFormat": {
        "unknown file format version {version}": "unbekannte Dateiformatversion {version}",
    },
    "DataFiles": {
        '"{code}" is listed twice': "„{code}“ steht doppelt in der Liste",
    },
    "Export": {
        "{where} could not be drawn ({error})": "{where} konnte nicht gezeichnet werden ({error})",
        "slide {number} ({title})": "Folie {number} ({title})",
    },
    "Cli": {
        "{output}: cannot export to '{suffix}'; use one of: {formats}": (
            "{output}: „{suffix}“ kann nicht exportiert werden; möglich sind: {formats}"
        ),
        "no extension": "keine Endung",
    },
}


@pytest.fixture
def german(tmp_path):
    with translations(tmp_path, "de", GERMAN) as path:
        yield path


def _briefing(tmp_path: Path, change) -> Path:
    data = fileformat.to_json(builtin_briefing())
    change(data)
    path = tmp_path / "bad.briefing"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_briefing_files_located_error_is_in_the_active_language(german, tmp_path):
    def bad_zoom(data):
        data["view"]["zoom"] = "near"

    path = _briefing(tmp_path, bad_zoom)
    with using_language("de"), pytest.raises(fileformat.BriefingFileError) as german_error:
        fileformat.load(path)
    # The file, the place and the value stay as they are; the words around them are German.
    assert str(german_error.value) == (
        f"{path} bei view.zoom: eine Zahl erwartet, gefunden: der Text „near“"
    )
    with using_language("en"), pytest.raises(fileformat.BriefingFileError) as english:
        fileformat.load(path)
    assert str(english.value) == f'{path} at view.zoom: expected a number, found the text "near"'


def test_a_syntax_error_names_line_and_column_in_the_active_language(german, tmp_path):
    path = tmp_path / "broken.briefing"
    path.write_text('{"format_version": 3,\n  "title": "x",\n  "as_of": }', encoding="utf-8")
    cut = tmp_path / "cut.briefing"
    cut.write_text('{"format_version": 3, "title": "unfin', encoding="utf-8")
    empty = tmp_path / "empty.briefing"
    empty.write_text("  \n", encoding="utf-8")
    with using_language("de"):
        with pytest.raises(fileformat.BriefingFileError) as syntax:
            fileformat.load(path)
        with pytest.raises(fileformat.BriefingFileError) as cut_off:
            fileformat.load(cut)
        with pytest.raises(fileformat.BriefingFileError) as nothing:
            fileformat.load(empty)
    assert str(syntax.value).startswith(f"{path} bei Zeile 3, Spalte 12: ")
    assert (
        str(cut_off.value)
        == f"{cut} bei Zeile 1, Spalte 32: die Datei endet zu früh (abgeschnitten?)"
    )
    assert str(nothing.value) == f"{empty}: ist leer"


def test_the_briefing_formats_own_checks_are_translated(german, tmp_path):
    def unknown_version(data):
        data["format_version"] = 0

    path = _briefing(tmp_path, unknown_version)
    with using_language("de"), pytest.raises(fileformat.BriefingFileError) as error:
        fileformat.load(path)
    assert str(error.value) == f"{path} bei format_version: unbekannte Dateiformatversion 0"


def test_a_data_correction_files_error_is_in_the_active_language(german, tmp_path):
    source = Path(__file__).resolve().parents[1] / "geodata" / "security" / "deployments.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    data["deployments"][0]["contributors"] = ["DNK", "FRA", "DNK"]
    path = tmp_path / "deployments.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with using_language("de"), pytest.raises(DataFileError) as error:
        read_correction_file(path)
    assert (
        str(error.value)
        == f"{path} bei deployments[0].contributors[2]: „DNK“ steht doppelt in der Liste"
    )


def test_an_export_failure_names_the_slide_in_the_active_language(german, tmp_path):
    target = tmp_path / "out.pdf"
    with (
        using_language("de"),
        pytest.raises(ExportError) as error,
        located(target, slide_place(1, "Suwałki")),
    ):
        raise RuntimeError("boom")
    assert str(error.value) == (
        f"{target}: Folie 2 ('Suwałki') konnte nicht gezeichnet werden (RuntimeError: boom)"
    )


def test_the_command_lines_failure_is_in_the_language_asked_for(german, tmp_path, capsys):
    before = active_language()
    out = tmp_path / "out.xyz"
    try:
        status = cli.main(["export", "-o", str(out), "--language", "de"])
    finally:
        set_language(before)
    assert status == 2
    error = capsys.readouterr().err
    assert error.startswith(
        f"briefing-app: {out}: „.xyz“ kann nicht exportiert werden; möglich sind: "
    )
    assert ".pdf, .pptx, .html" in error
    assert not out.exists()
