"""`briefing-app export --language`: the app's own texts of a handout in the reader's
language (headings, page numbers, sources, legend, dates, country names), the author's
texts as written."""

from __future__ import annotations

import subprocess
import sys

import pytest
from pptx import Presentation

from briefing_app.cli import main
from briefing_app.core import logsetup
from briefing_app.i18n import active_language, set_language
from briefing_app.model.builtin import builtin_briefing


@pytest.fixture(autouse=True)
def _english_after():
    yield
    set_language("en")
    logsetup.shutdown_logging()  # the CLI set the log up in this test's data folder


def _pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    if out.returncode != 0:
        pytest.skip("pdftotext is not installed")
    return out.stdout


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "wanted"),
    [
        ("de", ["Seite 1 von", "Quellen", "Polen", "Litauen", "Legende", "Stand: 6. Januar 2026"]),
        ("fr", ["Page 1 sur", "Pologne", "Lituanie", "Légende", "6 janvier 2026"]),
        ("pl", ["Strona 1 z", "Litwa", "Polska", "Źródła", "Legenda", "6 stycznia 2026"]),
    ],
)
def test_a_pdf_in_a_language(tmp_path, language, wanted):
    out = tmp_path / f"{language}.pdf"
    assert main(["export", "-o", str(out), "--language", language]) == 0
    text = _pdf_text(out)
    for word in wanted:
        assert word in text, word
    doc = builtin_briefing()
    assert doc.title in text and doc.slides[0].title in text.replace("\n", " ")  # as written
    assert "Page 1 of" not in text


@pytest.mark.slow
def test_a_deck_and_a_map_page_in_a_language(tmp_path):
    deck = tmp_path / "pl.pptx"
    assert main(["export", "-o", str(deck), "--language", "pl"]) == 0
    texts = [
        shape.text_frame.text
        for slide in Presentation(str(deck)).slides
        for shape in slide.shapes
        if shape.has_text_frame
    ]
    assert any("Stan na 6 stycznia 2026" in t for t in texts)
    assert any("Źródła:" in t for t in texts)
    page = tmp_path / "de.html"
    assert main(["export", "-o", str(page), "--language", "de"]) == 0
    html = page.read_text(encoding="utf-8")
    assert '<html lang="de">' in html
    assert '"legend":"Legende"' in html.replace(" ", "") and "Litauen" in html


def test_the_language_is_one_the_app_has(capsys):
    with pytest.raises(SystemExit):
        main(["export", "-o", "x.pdf", "--language", "xx"])
    assert "invalid choice" in capsys.readouterr().err
    assert active_language() == "en"


def test_no_language_given_is_the_systems(tmp_path):
    out = tmp_path / "sys.pdf"
    env = {"LANG": "fr_FR.UTF-8", "PATH": "/usr/bin:/bin"}
    code = (
        "import sys; from briefing_app.cli import main; from briefing_app.i18n import "
        "active_language; main(['export', '-o', sys.argv[1], '--no-appendix']); "
        "print(active_language())"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(out)], env=env, capture_output=True, text=True
    )
    assert done.stdout.split()[-1] == "fr", done.stderr
