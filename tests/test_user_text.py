"""User text is data, never markup: a briefing whose every text field holds markup, entities,
quotes, a right-to-left override and a 10,000-character label exports to HTML with no element
of its own and to PDF with the text as written. (The window and its map: tests/ui/
test_user_text_ui.py.)"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from briefing_app.data.datasets import load_datasets
from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import Annotation, Briefing, Grouping

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
AMP = "Tom &amp; Jerry & co"
QUOTES = "\"double\" 'single' `back`"
RLO = "abc\u202edef"
LONG = "L" * 9_990 + "-the-end!"  # 10,000 characters
HOSTILE = f"{SCRIPT} {IMG} {AMP} {QUOTES} {RLO}"

pytestmark = pytest.mark.timeout(300)


def hostile_briefing() -> Briefing:
    doc = builtin_briefing()
    doc = dataclasses.replace(
        doc,
        title=f"T {HOSTILE}",
        subtitle=f"S {HOSTILE}",
        author=IMG,
        organisation=AMP,
        summary=HOSTILE,
    )
    doc.slides[0].title = f"Slide {HOSTILE}"
    doc.slides[0].notes = f"Notes {HOSTILE}"
    doc.annotations = [
        Annotation(
            "a1",
            {"type": "Point", "coordinates": [21.0, 54.0]},
            {
                "kind": "marker",
                "label": f"Label {HOSTILE}",
                "description": f"Description {HOSTILE}",
            },
            {},
        ),
        Annotation(
            "a2",
            {"type": "Point", "coordinates": [23.0, 52.0]},
            {"kind": "text", "label": LONG},
            {},
        ),
    ]
    doc.groupings = [
        Grouping(
            "g1", f"Group {HOSTILE}", ["POL", "LTU"], description=f"Group description {HOSTILE}"
        )
    ]
    return doc


class _Elements(HTMLParser):
    """Every element with its attributes, and the text of each script."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self.title = ""
        self._in: str | None = None

    def handle_starttag(self, tag, attrs) -> None:
        self.elements.append((tag, dict(attrs)))
        self._in = tag

    def handle_endtag(self, tag) -> None:
        self._in = None

    def handle_data(self, data) -> None:
        if self._in == "script":
            self.scripts.append(data)
        elif self._in == "title":
            self.title += data


def _parse(text: str) -> _Elements:
    parser = _Elements()
    parser.feed(text)
    return parser


@pytest.fixture(scope="module")
def data():
    return load_datasets()


def test_html_export_holds_user_text_as_data(tmp_path, data):
    from briefing_app.render.html_export import export_html

    plain, hostile = tmp_path / "plain.html", tmp_path / "hostile.html"
    export_html(builtin_briefing(), data, plain)
    export_html(hostile_briefing(), data, hostile)
    text = hostile.read_text(encoding="utf-8")
    found, baseline = _parse(text), _parse(plain.read_text(encoding="utf-8"))
    # The same elements as a plain export: nothing the user typed became an element.
    assert [tag for tag, _ in found.elements] == [tag for tag, _ in baseline.elements]
    assert not any("onerror" in attrs for _, attrs in found.elements)
    assert not any(tag == "img" and attrs.get("src") == "x" for tag, attrs in found.elements)
    assert not any(script.strip().startswith("alert") for script in found.scripts)
    assert "<script>alert" not in text and "onerror=alert(1)>" not in text.replace("\\u003c", "")
    # The window title of the page is the text as typed.
    assert found.title.startswith(f"T {HOSTILE}")
    assert LONG in text  # carried whole, as data


@pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="pdftotext (poppler-utils, installed by scripts/setup test) missing",
)
def test_pdf_shows_user_text_literally(tmp_path, data):
    from briefing_app.render.pdf import export_pdf

    path = tmp_path / "hostile.pdf"
    export_pdf(hostile_briefing(), data, path)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    for fragment in (SCRIPT, IMG, AMP, '"double"', "'single'"):
        assert fragment in flat, fragment
    assert "&lt;" not in flat and "&amp;amp;" not in flat  # not escaped twice
    assert "def" in flat


def test_long_label_and_markup_in_every_text_field_export_in_bounded_time(tmp_path, data):
    import time

    from briefing_app.render.pdf import export_pdf

    started = time.monotonic()
    export_pdf(hostile_briefing(), data, tmp_path / "out.pdf")
    assert time.monotonic() - started < 120
