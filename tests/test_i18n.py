"""The app's languages without Qt: the default from the system locale, the active language,
`translate` read from the shipped .ts files (the same texts the window's .qm files give),
dates per language, and scripts/build_translations.py's check."""

from __future__ import annotations

import datetime as dt
import fnmatch
import importlib.util
import re
import shutil
import subprocess
import sys
import threading
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from briefing_app import i18n
from briefing_app.i18n import catalogue

ROOT = Path(__file__).resolve().parent.parent
UNKNOWN_LANGUAGE = "Unknown language {code}; choose one of {choices}."


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "scripts" / "build_translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- which language -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale_name", "language"),
    [
        ("de_AT.UTF-8", "de"),
        ("de_DE@euro", "de"),
        ("pl_PL.UTF-8", "pl"),
        ("fr-CA", "fr"),
        ("fr", "fr"),
        ("en_GB.UTF-8", "en"),
        ("pt_BR", "en"),
        ("it_IT.UTF-8", "en"),
        ("C", "en"),
        ("C.UTF-8", "en"),
        ("POSIX", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_the_default_language_is_the_system_locales_or_english(locale_name, language):
    assert i18n.language_for_locale(locale_name) == language


def test_the_system_locale_is_read_as_posix_says():
    assert i18n.system_language({"LANG": "pl_PL.UTF-8"}) == "pl"
    assert i18n.system_language({"LC_ALL": "de_AT.UTF-8", "LANG": "pl_PL.UTF-8"}) == "de"
    assert i18n.system_language({"LC_MESSAGES": "fr_FR.UTF-8", "LANG": "pl_PL"}) == "fr"
    # GNU's LANGUAGE: the first preference the app speaks.
    assert i18n.system_language({"LANGUAGE": "pt_BR:de:fr", "LANG": "pl_PL"}) == "de"
    assert i18n.system_language({"LANGUAGE": "pt_BR", "LANG": "pt_BR.UTF-8"}) == "en"
    assert i18n.system_language({}) == "en"


def test_the_active_language_is_the_processes_unless_a_block_overrides_it(monkeypatch):
    monkeypatch.setattr(i18n.languages, "_process_language", "en")
    i18n.set_language("pl")
    assert i18n.active_language() == "pl"
    seen: list[str] = []
    with i18n.using_language("de"):
        assert i18n.active_language() == "de"
        # Another thread (the window's, while an export runs here) keeps the process's.
        thread = threading.Thread(target=lambda: seen.append(i18n.active_language()))
        thread.start()
        thread.join()
        with i18n.using_language("fr"):
            assert i18n.active_language() == "fr"
        assert i18n.active_language() == "de"
    assert seen == ["pl"]
    assert i18n.active_language() == "pl"


def test_an_unknown_language_is_refused_in_the_active_language(monkeypatch):
    monkeypatch.setattr(i18n.languages, "_process_language", "en")
    with pytest.raises(ValueError, match=r"Unknown language 'pt'; choose one of en, fr, de, pl"):
        i18n.set_language("pt")
    with i18n.using_language("de"), pytest.raises(ValueError, match="Unbekannte Sprache 'pt'"):
        i18n.set_language("pt")
    with pytest.raises(ValueError), i18n.using_language("xx"):
        pass
    assert i18n.active_language() == "en"


# --- translate --------------------------------------------------------------------------------


def test_translate_gives_the_shipped_translation_in_the_active_language():
    assert i18n.translate("Language", UNKNOWN_LANGUAGE) == UNKNOWN_LANGUAGE  # English
    with i18n.using_language("de"):
        assert i18n.translate("Language", UNKNOWN_LANGUAGE).startswith("Unbekannte Sprache")
    polish = i18n.translator("pl")
    assert polish.translate("Language", UNKNOWN_LANGUAGE).startswith("Nieznany")
    with i18n.using_language("de"):  # a translator keeps its language
        assert polish.translate("Language", UNKNOWN_LANGUAGE).startswith("Nieznany")
        assert i18n.translator().language == "de"
    assert i18n.translator("fr").translate("Language", UNKNOWN_LANGUAGE).startswith("Langue")
    with pytest.raises(ValueError, match="Unknown language"):
        i18n.translator("pt")


def test_translate_falls_back_to_the_source_text():
    for language in i18n.LANGUAGES:
        with i18n.using_language(language):
            assert i18n.translate("Language", "No such text") == "No such text"
            # A known text in another context is another text.
            assert i18n.translate("Nowhere", UNKNOWN_LANGUAGE) == UNKNOWN_LANGUAGE


def test_translate_noop_only_marks():
    assert i18n.translate_noop("Language", "Members") == "Members"


TS_FOR_TESTS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>Test</name>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a menu</comment>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Half done</source>
        <translation type="unfinished">Połowa</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">Nie ma</translation>
    </message>
    <message>
        <source>Older</source>
        <translation type="obsolete">Starsze</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n strona</numerusform>
            <numerusform>%n strony</numerusform>
            <numerusform>%n stron</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def test_translations(tmp_path, monkeypatch):
    (tmp_path / "briefing_app_pl.ts").write_text(TS_FOR_TESTS, encoding="utf-8")
    monkeypatch.setattr(catalogue, "translations_dir", lambda: tmp_path)
    catalogue._catalogue.cache_clear()
    yield tmp_path
    catalogue._catalogue.cache_clear()


def test_only_finished_translations_are_used(test_translations):
    with i18n.using_language("pl"):
        assert i18n.translate("Test", "Done") == "Gotowe"
        for source in ("Half done", "Gone", "Older", "Empty"):
            assert i18n.translate("Test", source) == source


def test_a_disambiguated_text_and_plural_forms(test_translations):
    with i18n.using_language("pl"):
        assert i18n.translate("Test", "Open", "a menu") == "Otwórz"
        assert i18n.translate("Test", "Open") == "Open"  # the translation is for "a menu"
        assert i18n.translate("Test", "Done", "a button") == "Gotowe"  # as Qt: without one
        pages = [i18n.translate("Test", "%n page(s)", None, n) for n in (1, 3, 5, 12, 22, 25)]
    assert pages == ["1 strona", "3 strony", "5 stron", "12 stron", "22 strony", "25 stron"]
    assert i18n.translator("en").translate("Test", "%n page(s)", None, 2) == "2 page(s)"


def test_the_window_gets_the_same_translations_from_the_qm_files():
    # One source: what QTranslator reads from each shipped .qm is what the headless code
    # reads from its .ts.
    from PySide6.QtCore import QTranslator

    for language in i18n.translated_languages():
        translator = QTranslator()
        assert translator.load(str(i18n.qm_path(language))), language
        texts = i18n.read_ts(i18n.ts_path(language))
        assert texts, language
        for (context, source, comment), forms in texts.items():
            assert translator.translate(context, source, comment or None) == forms[0]
            assert i18n.translator(language).translate(context, source, comment) == forms[0]


def test_importing_the_package_loads_neither_babel_nor_the_xml_parser():
    code = (
        "import sys, datetime\n"
        "import briefing_app.i18n as i18n\n"
        "assert 'babel' not in sys.modules and 'xml.etree.ElementTree' not in sys.modules\n"
        "i18n.translator('de').translate('Language', 'x')\n"
        "assert 'babel' not in sys.modules\n"
        "print(i18n.format_date(datetime.date(2026, 12, 7), 'de'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "7. Dezember 2026"


# --- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "long", "medium"),
    [
        ("en", "7 December 2026", "7 Dec 2026"),
        ("fr", "7 décembre 2026", "7 déc. 2026"),
        ("de", "7. Dezember 2026", "07.12.2026"),
        ("pl", "7 grudnia 2026", "7 gru 2026"),
    ],
)
def test_dates_in_each_language(language, long, medium):
    day = dt.date(2026, 12, 7)
    assert i18n.format_date(day, language) == long
    assert i18n.format_date(day, language, "medium") == medium
    with i18n.using_language(language):
        assert i18n.format_date(day) == long


def test_a_date_in_an_unknown_language_or_style_is_refused():
    with pytest.raises(ValueError, match="Unknown language"):
        i18n.format_date(dt.date(2026, 1, 1), "pt")
    with pytest.raises(ValueError, match="unknown date style"):
        i18n.format_date(dt.date(2026, 1, 1), "de", "full")  # type: ignore[arg-type]


# --- the files and their build ---------------------------------------------------------------


def test_the_translations_ship_with_the_wheel_and_the_desktop_build():
    folder = i18n.translations_dir()
    assert folder == ROOT / "briefing_app" / "i18n" / "translations"
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = pyproject["tool"]["setuptools"]["package-data"]["briefing_app"]
    for language in i18n.translated_languages():
        for path in (i18n.ts_path(language), i18n.qm_path(language)):
            assert path.is_file(), path
            name = path.relative_to(ROOT / "briefing_app").as_posix()
            assert any(fnmatch.fnmatch(name, g) for g in globs), f"{name} is not package data"
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    pairs = re.findall(r'\(str\(root((?: / "[^"]+")+)\), "([^"]+)"\)', spec)
    assert (' / "briefing_app" / "i18n" / "translations"', "briefing_app/i18n/translations") in (
        pairs
    )
    assert "babel" in " ".join(pyproject["project"]["dependencies"])


def test_the_committed_translations_are_current():
    assert _build_script().check() == []


@pytest.fixture
def translations_copy(tmp_path):
    for language in i18n.translated_languages():
        for path in (i18n.ts_path(language), i18n.qm_path(language)):
            shutil.copy2(path, tmp_path / path.name)
    return tmp_path


def test_the_check_fails_on_an_unfinished_entry(translations_copy):
    ts = translations_copy / "briefing_app_de.ts"
    text = ts.read_text(encoding="utf-8")
    source = "<source>Page {page} of {pages}</source>"
    marked = text.replace(
        f"{source}\n        <translation>", f'{source}\n        <translation type="unfinished">'
    )
    assert marked != text
    ts.write_text(marked, "utf-8")
    problems = _build_script().check(translations_copy)
    wanted = "briefing_app_de.ts: unfinished: 'PdfPage' 'Page {page} of {pages}'"
    assert any(wanted in p for p in problems), problems
    # ... and the .qm no longer matches the .ts (lrelease leaves the unfinished entry out).
    assert any("briefing_app_de.qm: not built from" in p for p in problems), problems


def test_the_check_fails_on_a_stale_qm_a_missing_text_and_a_lost_placeholder(
    translations_copy, tmp_path_factory
):
    script = _build_script()
    fr = translations_copy / "briefing_app_fr.ts"
    fr.write_text(
        fr.read_text(encoding="utf-8").replace("parmi {choices}", "parmi les langues"), "utf-8"
    )
    sources = tmp_path_factory.mktemp("sources")
    shutil.copytree(ROOT / "briefing_app" / "i18n", sources / "i18n")
    (sources / "new.py").write_text(
        'from briefing_app.i18n import translate\ntranslate("Legend", "Members")\n', "utf-8"
    )
    problems = script.check(translations_copy, sources)
    assert any("briefing_app_fr.qm: not built from" in p for p in problems), problems
    assert any("other placeholders than ['{choices}', '{code}']" in p for p in problems), problems
    for language in i18n.translated_languages():
        lacks = f"briefing_app_{language}.ts: lacks 'Legend' 'Members'"
        assert any(lacks in p for p in problems), problems


def test_lupdate_extracts_every_call_shape_the_headless_code_uses(translations_copy, tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "shapes.py").write_text(
        "from briefing_app import i18n\n"
        "from briefing_app.i18n import translate, translate_noop, translator\n"
        'translate("Shapes", "Plain {name}").format(name="x")\n'
        'i18n.translate("Shapes", "Through the package")\n'
        'translator("de").translate("Shapes", "Through a translator")\n'
        'translate("Shapes", "Open", "a menu")\n'
        'translate("Shapes", "%n page(s)", None, count)\n'
        'LABELS = [translate_noop("Shapes", "Kept for later")]\n',
        "utf-8",
    )
    problems = _build_script().check(translations_copy, sources)
    lacks = {p.split(": lacks ")[1] for p in problems if "briefing_app_pl.ts: lacks" in p}
    assert lacks == {
        f"'Shapes' {text!r} (run the script)"
        for text in (
            "Plain {name}",
            "Through the package",
            "Through a translator",
            "Open",
            "%n page(s)",
            "Kept for later",
        )
    }
