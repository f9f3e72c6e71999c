"""The PowerPoint export (issue #16 item 1): a deck that reads back with a cover and one
slide per briefing slide, each with the classification marking at top and bottom, the map
as a sharp picture, the talking points as speaker notes; user text comes out as typed; the
deck opens in LibreOffice Impress."""

from __future__ import annotations

import copy
import shutil
import subprocess

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from briefing_app.data.datasets import load_datasets
from briefing_app.i18n import format_date
from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import MapView, Slide
from briefing_app.render.errors import ExportCancelled
from briefing_app.render.pptx_export import export_pptx

P_NS = "{http://schemas.openxmlformats.org/presentationml/2006/main}"


@pytest.fixture(scope="module")
def data():
    return load_datasets(None)


@pytest.fixture(scope="module")
def builtin_deck(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("deck") / "landscape.pptx"
    export_pptx(builtin_briefing(), data, path)
    return path


def markings(deck_slide, height: int) -> tuple[list[str], list[str]]:
    """The texts of the shapes in the top and the bottom tenth of a slide."""
    top = [
        s.text_frame.text
        for s in deck_slide.shapes
        if s.has_text_frame and s.top + s.height < height * 0.1
    ]
    bottom = [
        s.text_frame.text for s in deck_slide.shapes if s.has_text_frame and s.top > height * 0.9
    ]
    return top, bottom


def test_builtin_deck_reads_back_slide_by_slide(builtin_deck):
    doc = builtin_briefing()
    deck = Presentation(str(builtin_deck))
    assert len(deck.slides) == len(doc.slides) + 1
    assert deck.slide_width * 9 == deck.slide_height * 16  # 16:9
    cover, *maps = deck.slides
    assert cover.slide_layout.name == "Title Slide"
    assert cover.shapes.title.text_frame.text == doc.title
    cover_text = " ".join(s.text_frame.text for s in cover.shapes if s.has_text_frame)
    assert doc.subtitle in cover_text and format_date(doc.as_of) in cover_text
    for deck_slide in deck.slides:
        top, bottom = markings(deck_slide, deck.slide_height)
        assert top == [doc.classification] and bottom == [doc.classification]
    for slide, deck_slide in zip(doc.slides, maps, strict=True):
        assert deck_slide.slide_layout.name == "Title Only"
        assert deck_slide.shapes.title.text_frame.text == slide.title
        pictures = [s for s in deck_slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
        assert len(pictures) == 1
        width_px, _ = pictures[0].image.size
        assert width_px >= 2400
        text = " ".join(s.text_frame.text for s in deck_slide.shapes if s.has_text_frame)
        assert f"As of {format_date(slide.as_of or doc.as_of)}" in text
        assert "Sources:" in text
        if slide.notes.strip():
            notes = deck_slide.notes_slide.notes_text_frame.text
            assert notes.split() == slide.notes.split()


def test_no_shape_casts_the_themes_shadow(builtin_deck):
    deck = Presentation(str(builtin_deck))
    for deck_slide in deck.slides:
        for shape in deck_slide.shapes:
            # A <p:style> refers to the theme's effect style, which has a shadow.
            assert shape._element.find(f"{P_NS}style") is None, shape.name


def test_user_text_comes_out_literally(tmp_path, data):
    doc = copy.deepcopy(builtin_briefing())
    hostile = "<b>&amp;{{7*7}}</b> ${x} %s"
    doc.title = hostile
    doc.classification = "SECRET <i>&lt;</i>"
    doc.organisation = "A\x00B\x1b[31m\ud800C\ufffe"
    doc.slides = [
        Slide(
            "one",
            hostile,
            view=MapView(54.7, 25.3, 6.0),
            notes="First\x0b point <script>\n\nSecond & last",
        )
    ]
    path = tmp_path / "hostile.pptx"
    export_pptx(doc, data, path)
    deck = Presentation(str(path))
    cover, first = deck.slides
    assert cover.shapes.title.text_frame.text == hostile
    assert first.shapes.title.text_frame.text == hostile
    cover_text = " ".join(s.text_frame.text for s in cover.shapes if s.has_text_frame)
    assert "AB[31m\ufffdC" in cover_text  # controls and non-characters gone, nothing else
    top, bottom = markings(first, deck.slide_height)
    assert top == bottom == ["SECRET <i>&lt;</i>"]
    notes = first.notes_slide.notes_text_frame.text
    assert "point <script>" in notes and "Second & last" in notes


def test_briefing_without_slides_gets_one_of_its_view(tmp_path, data):
    doc = copy.deepcopy(builtin_briefing())
    doc.slides = []
    doc.view = MapView(50.0, 20.0, 5.0)
    path = tmp_path / "current.pptx"
    export_pptx(doc, data, path)
    deck = Presentation(str(path))
    assert len(deck.slides) == 2
    assert deck.slides[1].shapes.title.text_frame.text == doc.title
    assert any(s.shape_type == MSO_SHAPE_TYPE.PICTURE for s in deck.slides[1].shapes)


def test_cancel_keeps_the_file_that_was_there(tmp_path, data):
    path = tmp_path / "deck.pptx"
    path.write_bytes(b"the deck from yesterday")
    seen = []

    def progress(done, total, message):
        seen.append((done, total, message))
        return done < 2

    with pytest.raises(ExportCancelled):
        export_pptx(builtin_briefing(), data, path, progress=progress)
    assert path.read_bytes() == b"the deck from yesterday"
    assert [done for done, _, _ in seen] == [0, 1, 2]
    assert seen[0][1] == len(builtin_briefing().slides) + 2
    assert list(tmp_path.iterdir()) == [path]


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed")
@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext is not installed")
def test_libreoffice_opens_the_deck(builtin_deck, tmp_path):
    out = tmp_path / "pdf"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(builtin_deck),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    pdf = out / "landscape.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = int(
        next(line.split()[-1] for line in info.stdout.splitlines() if line.startswith("Pages:"))
    )
    doc = builtin_briefing()
    assert pages == len(doc.slides) + 1
    for page in range(1, pages + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert lines[0] == doc.classification and lines[-1] == doc.classification, page
        title = doc.title if page == 1 else doc.slides[page - 2].title
        assert " ".join(title.split()) in " ".join(text.split()), page
