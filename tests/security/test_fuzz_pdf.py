"""Fuzzing the PDF export with hostile briefings: `pdftotext` finds every text as typed
(markup shown as its characters, so none took effect), the PDF uses only the app's fonts
and links, and the export writes nothing but its file."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import time
from functools import lru_cache
from pathlib import Path

import pytest
from hostile_briefings import (
    AS_OF,
    FUZZ,
    NOTES_PROBE,
    RELATIVE_SENTINEL,
    TITLE_PROBE,
    Texts,
    hostile_briefing,
    letters,
    listing,
    probe_briefing,
)
from hypothesis import given
from hypothesis import strategies as st

import briefing_app.render.pdf.export as pdf_export
from briefing_app.data.datasets import load_datasets
from briefing_app.model.document import Briefing
from briefing_app.render.pdf import export_pdf
from briefing_app.render.pdf.layout import content_frame, paper_size
from briefing_app.render.pdf.map_drawing import PreparedMap

pytestmark = [
    pytest.mark.timeout(1800),
    pytest.mark.skipif(
        shutil.which("pdftotext") is None,
        reason="pdftotext (poppler-utils, installed by scripts/setup test) missing",
    ),
]

# Not a fixture: hypothesis prints a failing test's arguments, and the data sets are long.
datasets = lru_cache(maxsize=1)(load_datasets)
FONT = re.compile(rb"/BaseFont\s*/([^\s/<>\[\]]+)")
URI = re.compile(rb"/URI\s*\(([^)]*)\)")
COVER_LABELS = re.compile("Classification|Author|Organisation")


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pdf-fuzz")


class Maps(list):
    """The maps an export drew, as it prepared them (to know which labels had room)."""

    def __repr__(self) -> str:  # hypothesis prints a failing test's arguments
        return f"<{len(self)} prepared maps>"


@pytest.fixture
def maps(monkeypatch) -> Maps:
    prepared = Maps()
    prepare = pdf_export.prepare_map

    def recording(*args, **kwargs):
        prepared.append(prepare(*args, **kwargs))
        return prepared[-1]

    monkeypatch.setattr(pdf_export, "prepare_map", recording)
    return prepared


@lru_cache(maxsize=1)
def app_fonts() -> frozenset[bytes]:
    """The fonts a plain export embeds: the only ones any export may use."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "plain.pdf"
        export_pdf(Briefing(title="Plain", summary="Plain", as_of=AS_OF), datasets(), path)
        return frozenset(FONT.findall(path.read_bytes()))


def exported_text(doc: Briefing, folder: Path) -> tuple[str, bytes]:
    """Export `doc` into `folder` (the working folder too); its text as pdftotext reads it
    and its bytes, checking that nothing else appeared there."""
    out = folder / "out.pdf"
    out.unlink(missing_ok=True)
    before = listing(folder)
    export_pdf(doc, datasets(), out)
    assert listing(folder) == sorted([*before, out.name])
    # Only the content frame: a paragraph that continues on the next page would otherwise
    # have that page's header and footer in the middle of its text. -raw: in the order
    # drawn, and a hyphen that ends a line is kept (else pdftotext joins the word).
    x, y, width, height = content_frame(*paper_size("A4", "landscape"))
    page_height = paper_size("A4", "landscape")[1]
    crop = [
        "-x",
        str(int(x) - 2),
        "-y",
        str(int(page_height - y - height) - 2),
        "-W",
        str(int(width) + 4),
        "-H",
        str(int(height) + 4),
    ]
    text = subprocess.run(
        ["pdftotext", "-q", "-raw", "-enc", "UTF-8", *crop, str(out), "-"],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    return text, out.read_bytes()


def check_pdf(text: str, pdf: bytes, texts: Texts, maps: list[PreparedMap]) -> int:
    """Every text the PDF shows, found as typed; returns how many texts were checked."""
    # A cover row longer than a page splits, and its label (vertically centred) is drawn
    # in the middle of the value: the labels are not part of any text checked here.
    shown = COVER_LABELS.sub("", letters(text))
    expected = [
        *texts.doc,
        *texts.slide_titles,
        # A map page keeps the talking points that fit its column, whole paragraphs, and
        # continues with the rest on the next page: each paragraph reads as typed.
        *(part for notes in texts.slide_notes for part in notes.split("\n\n")),
        texts.grouping_name,
        texts.layer_name,
    ]
    for original in expected:
        assert letters(original) in shown, _near(letters(original), shown)
    # A map label is drawn where it has room (the view is over the sea: no country names);
    # each one drawn is an annotation's label as typed.
    placed = [letters(label.text) for prepared in maps for label in prepared.labels]
    assert set(placed) <= set(map(letters, texts.labels.values()))
    for label in placed:
        assert label in shown
    # Markup took no effect: no font but the app's, no link but to the web, no script.
    assert set(FONT.findall(pdf)) <= app_fonts()
    assert all(uri.startswith((b"http://", b"https://")) for uri in URI.findall(pdf))
    assert b"/JavaScript" not in pdf and b"/Launch" not in pdf
    return len(expected) + len(placed)


def _near(wanted: str, shown: str) -> str:
    """Where the longest start of `wanted` is in `shown`, for a failure message."""
    size = len(wanted)
    while size and wanted[:size] not in shown:
        size //= 2
    at = shown.find(wanted[:size])
    return ascii(
        f"wanted {wanted[:300]!r}; shown from the first {size} characters on: "
        f"{shown[at : at + len(wanted) + 40][:300]!r}"
    )


@FUZZ
@given(draw=st.data())
def test_pdf_shows_every_text_literally(draw, workdir, maps, monkeypatch):
    monkeypatch.chdir(workdir)  # a relative path in a payload would land here
    sentinel = workdir / "sentinel"
    doc, texts = draw.draw(hostile_briefing(str(sentinel)))
    maps.clear()
    text, pdf = exported_text(doc, workdir)
    check_pdf(text, pdf, texts, maps)
    assert not sentinel.exists()


def test_issue_12_strings_come_out_literally_and_no_payload_runs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    sentinel = tmp_path / "sentinel"
    text, _ = exported_text(probe_briefing(str(sentinel)), tmp_path)
    flat = " ".join(text.split())
    assert TITLE_PROBE in flat and NOTES_PROBE in flat
    assert "T 49 T" not in flat and "N 42 N" not in flat
    assert not sentinel.exists() and not (tmp_path / RELATIVE_SENTINEL).exists()
    assert listing(tmp_path) == ["out.pdf"]


def test_every_text_field_ten_thousand_characters_long_exports_in_seconds(tmp_path):
    # Once a 10,000-character title took minutes (the header's ellipsis) and a long author
    # stopped the export (a cover row taller than a page).
    long = ("Suwałki <b>{{ 7*7 }}</b> Калининград-Šalčininkai " * 250)[:10_000]
    doc = probe_briefing(str(tmp_path / "sentinel"))
    for name in ("title", "subtitle", "author", "organisation", "classification", "summary"):
        setattr(doc, name, long)
    doc.slides[0].title = doc.slides[0].notes = long
    started = time.monotonic()
    text, _ = exported_text(doc, tmp_path)
    assert time.monotonic() - started < 30
    # Eight fields on the cover and the slide; each one whole.
    assert COVER_LABELS.sub("", letters(text)).count(letters(long)) >= 8
