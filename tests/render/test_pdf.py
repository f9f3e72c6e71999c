"""The PDF export, checked from the outside with poppler's tools (pdftotext, pdffonts,
pdfinfo, pdftoppm) on the built-in briefing."""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from briefing_app.data.datasets import load_datasets
from briefing_app.i18n import format_date
from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import Briefing, LayerState
from briefing_app.render.pdf import ExportCancelled, ExportError, export_pdf

POPPLER = shutil.which("pdftotext") and shutil.which("pdfinfo") and shutil.which("pdffonts")
needs_poppler = pytest.mark.skipif(
    not POPPLER, reason="poppler-utils (pdftotext, pdfinfo, pdffonts) is not installed"
)


@pytest.fixture(scope="module")
def data():
    return load_datasets(None)


@pytest.fixture(scope="module")
def builtin_pdf(tmp_path_factory, data) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "briefing.pdf"
    export_pdf(builtin_briefing(), data, path)
    return path


def run(*args: str | Path) -> str:
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True).stdout


def pages_text(path: Path) -> list[str]:
    return run("pdftotext", "-layout", "-enc", "UTF-8", path, "-").split("\f")[:-1]


def info(path: Path) -> dict[str, str]:
    out = {}
    for line in run("pdfinfo", path).splitlines():
        key, _, value = line.partition(":")
        out[key.strip()] = value.strip()
    return out


@needs_poppler
def test_every_page_is_marked_and_numbered(builtin_pdf):
    pages = pages_text(builtin_pdf)
    total = len(pages)
    assert total >= 1 + 7
    for number, text in enumerate(pages, start=1):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert lines[0] == "UNCLASSIFIED", f"page {number} top: {lines[0]!r}"
        assert lines[-1] == "UNCLASSIFIED", f"page {number} bottom: {lines[-1]!r}"
        assert f"Page {number} of {total}" in text


@needs_poppler
def test_slides_and_names_survive_as_text(builtin_pdf):
    text = "\n".join(pages_text(builtin_pdf))
    for slide in builtin_briefing().slides:
        assert slide.title in text
    assert "Suwałki" in text
    # Polish letters in a deployment label; where western Poland's sites crowd, the labels give
    # way to each other, so any one of them will do.
    assert any(name in text for name in ("Kościuszko", "Łask", "Żagań", "Elbląg"))
    assert "NATO battlegroup" in text


@needs_poppler
def test_fonts_are_embedded(builtin_pdf):
    fonts = run("pdffonts", builtin_pdf).splitlines()[2:]
    assert fonts and any("DejaVuSans" in line for line in fonts)
    for line in fonts:
        assert re.search(r"\byes\s+yes\s+yes\b", line), f"not embedded: {line}"


@needs_poppler
def test_metadata_and_page_size(builtin_pdf):
    meta = info(builtin_pdf)
    assert meta["Title"] == "European security landscape"
    assert meta["Author"] == "Briefing App"
    assert meta["Creator"] == "Briefing App"
    assert meta["Subject"]
    assert meta["CreationDate"]
    assert meta["Page size"].startswith("841.89 x 595.276")


def test_outline_has_one_entry_per_slide(builtin_pdf):
    raw = builtin_pdf.read_bytes()
    assert b"/Outlines" in raw
    try:
        from pypdf import PdfReader
    except ImportError:
        titles = [m.decode("latin-1") for m in re.findall(rb"/Title \((.*?)\)", raw)]
        for slide in builtin_briefing().slides:
            if slide.title.isascii():
                assert titles.count(slide.title) == 1
        return
    outline = [item.title for item in PdfReader(builtin_pdf).outline]
    for slide in builtin_briefing().slides:
        assert outline.count(slide.title) == 1


@needs_poppler
def test_letter_portrait(tmp_path, data):
    path = tmp_path / "letter.pdf"
    export_pdf(
        builtin_briefing(), data, path, page_size="Letter", orientation="portrait", appendix=False
    )
    assert info(path)["Page size"].startswith("612 x 792")
    pages = pages_text(path)
    # The cover, a page per slide (talking points too long for a portrait page's box go
    # on the next), and the list of the sources the maps cite by number.
    slides = builtin_briefing().slides
    for slide in slides:
        assert sum(slide.title in text for text in pages) >= 1, slide.title
    last_map = max(i for i, text in enumerate(pages) if "Sources (full list" in text)
    assert any(re.search(r"^\s*Sources\s*$", text, re.M) for text in pages[last_map + 1 :])
    assert len(pages) <= 1 + 2 * len(slides) + 2


def _one_slide(doc: Briefing, index: int) -> Briefing:
    doc = copy.deepcopy(doc)
    doc.slides = [doc.slides[index]]
    return doc


@needs_poppler
def test_hidden_layer_leaves_its_page(tmp_path, data):
    doc = _one_slide(builtin_briefing(), 4)  # the Eastern flank
    shown = tmp_path / "shown.pdf"
    export_pdf(doc, data, shown, appendix=False)
    assert "NATO battlegroup" in pages_text(shown)[1]
    doc.slides[0].layers = [
        LayerState(s.id, s.id != "deployments", s.opacity, dict(s.options)) for s in doc.layers
    ]
    hidden = tmp_path / "hidden.pdf"
    export_pdf(doc, data, hidden, appendix=False)
    page = pages_text(hidden)[1]
    assert "NATO battlegroup" not in page
    assert "The Eastern flank" in page


@needs_poppler
def test_user_text_appears_literally(tmp_path, data):
    doc = _one_slide(builtin_briefing(), 0)
    doc.title = "<script>alert(1)</script> & <b>"
    doc.summary = "Ādaži, Rūdninkai, Калининград & <i>not italic</i>"
    path = tmp_path / "escaped.pdf"
    export_pdf(doc, data, path)
    text = run("pdftotext", "-raw", "-enc", "UTF-8", path, "-")
    assert "<script>alert(1)</script> & <b>" in text
    assert "Ādaži" in text and "Rūdninkai" in text and "Калининград" in text
    assert "<i>not italic</i>" in text
    assert info(path)["Title"] == "<script>alert(1)</script> & <b>"


def test_document_without_slides_has_one_map_page(tmp_path, data):
    doc = builtin_briefing()
    doc.slides = []
    path = tmp_path / "view.pdf"
    export_pdf(doc, data, path, appendix=False)
    if POPPLER:
        pages = pages_text(path)
        # The cover, the map, and the list of its sources (two pages: it shows every item).
        assert "Sources (full list p. 3)" in " ".join(pages[1].split())
        assert re.search(r"^\s*Sources\s*$", pages[2], re.M)
        assert not any("Sources (full list" in text for text in pages[2:])


def test_cancelling_leaves_no_file(tmp_path, data):
    path = tmp_path / "cancelled.pdf"
    calls = []

    def progress(done: int, total: int, message: str) -> bool:
        calls.append((done, total, message))
        return done < 2

    with pytest.raises(ExportCancelled):
        export_pdf(builtin_briefing(), data, path, progress=progress)
    assert calls and calls[-1][0] == 2
    assert list(tmp_path.iterdir()) == []


def test_unwritable_path_raises_export_error(tmp_path, data):
    path = tmp_path / "no such folder" / "out.pdf"
    with pytest.raises(ExportError) as caught:
        export_pdf(_one_slide(builtin_briefing(), 0), data, path, appendix=False)
    assert str(path) in str(caught.value)
    assert not path.parent.exists()


def test_unknown_page_size_is_refused(tmp_path, data):
    with pytest.raises(ValueError, match="B5"):
        export_pdf(builtin_briefing(), data, tmp_path / "x.pdf", page_size="B5")


@pytest.mark.skipif(
    not shutil.which("pdftoppm"), reason="pdftoppm (poppler-utils) is not installed"
)
def test_pages_rasterise(builtin_pdf, tmp_path):
    run("pdftoppm", "-r", "60", "-f", "1", "-l", "3", "-png", builtin_pdf, tmp_path / "page")
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert len(pngs) == 3 and all(p.stat().st_size > 0 for p in pngs)


def appendix_text(path: Path) -> str:
    pages = pages_text(path)
    start = next(i for i, text in enumerate(pages) if re.search(r"^\s*Appendix\s*$", text, re.M))
    return "\f".join(pages[start:])


@needs_poppler
def test_appendix_lists_the_deployments_on_the_maps_with_their_sources(builtin_pdf, data):
    text = appendix_text(builtin_pdf)
    assert "Deployments on the maps" in text
    section = text.split("Deployments on the maps", 1)[1].split("Flashpoints and ranges", 1)[0]
    assert re.search(
        r"Deployment\s+Host\s+Location\s+Framework(\s+nation)?\s+Since\s+Source"
        r"\s+As of",
        section,
    )
    # One row, read across: host, location, framework nation, since, source, as of.
    estonia = next(d for d in data.deployments if d.id == "flf_estonia")
    assert re.search(
        r"Estonia\s+Tapa \(town\)\s+United Kingdom\s+2017\s+(\[\d+\] )?"
        + re.escape(estonia.source.split(",")[0])
        + r".*"
        + format_date(estonia.as_of),  # "1 July 2025"
        section,
        re.S,
    )

    # The built-in slides show every deployment of the built-in data.
    def words(text: str) -> set[str]:
        return set(re.findall(r"\w+", text))

    shown = words(section)  # table cells wrap their text over several lines
    for deployment in data.deployments:
        location = f"{deployment.location} ({deployment.location_precision})"
        assert words(location) <= shown, location
        assert words(deployment.source.split(";")[0]) <= shown, deployment.source


@needs_poppler
def test_appendix_lists_the_flashpoints_and_ranges_on_the_maps(builtin_pdf, data):
    text = appendix_text(builtin_pdf)
    assert "Flashpoints and ranges on the maps" in text
    section = text.split("Flashpoints and ranges on the maps", 1)[1]
    assert re.search(r"Flashpoint\s+Details\s+Source\s+As of", section)
    baltiysk = next(f for f in data.flashpoints if f.id == "baltiysk")
    assert re.search(
        r"Baltiysk naval base\s+Main naval base of Russia's Baltic Fleet.*"
        + re.escape(baltiysk.source.split(",")[0])
        + r".*"
        + format_date(baltiysk.as_of),
        section,
        re.S,
    )
    assert re.search(r"Iskander-M nominal range from\s+Radius: 500 km \(geodesic\)", section)
    # Those without a sourced location are listed, said not to be drawn.
    assert re.search(r"Zapad-2025 exercise\s+No sourced location: not drawn", section)


@needs_poppler
def test_appendix_gives_each_shown_groupings_figures_with_sources(builtin_pdf, data):
    text = " ".join(appendix_text(builtin_pdf).split())
    assert "Figures of NATO on 6 January 2026" in text
    assert "Figures of Coalition of the Willing on 6 January 2026" in text
    section = text.split("Figures of NATO on 6 January 2026", 1)[1][:3000]
    for metric in data.figures.metrics.values():
        assert metric.label in section
    # A sum over some members says so; it never reads as the grouping's total.
    assert "partial:" in section
    assert "sipri.org" in section


@needs_poppler
def test_appendix_gives_the_comparison_slides_groupings_figures(builtin_pdf):
    # The comparison slide's map shows NATO Europe and Canada against Russia and Belarus; the
    # appendix gives both totals with their coverage (the Coalition's is under its own slide).
    text = " ".join(appendix_text(builtin_pdf).split())
    for name, members in (("NATO Europe and Canada", 31), ("Russia and Belarus", 2)):
        section = text.split(f"Figures of {name} on 23 January 2026", 1)[1][:2500]
        assert f"{members} of {members} members" in section
        assert "worldbank.org" in section
    # NATO Europe and Canada includes Iceland: no armed forces, so no defence or personnel figure.
    europe = text.split("Figures of NATO Europe and Canada on 23 January 2026", 1)[1][:2500]
    assert "missing" in europe and "Iceland" in europe
