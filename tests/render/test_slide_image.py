"""A slide as a picture of its own (issue #16 item 2): the marking at top and bottom, the
title, the map with legend and scale bar, the date; large enough text to read at 1920 x 1080."""

from __future__ import annotations

import copy
import io
import re
import shutil
import subprocess

import numpy as np
import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from briefing_app.data.datasets import load_datasets
from briefing_app.i18n import format_date
from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import MapView
from briefing_app.render.slide_image import rasterise_pdf, slide_pdf, slide_png
from briefing_app.style.map_style import marking_colours

needs_pdftotext = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) is not installed"
)


@pytest.fixture(scope="module")
def data():
    return load_datasets(None)


@pytest.fixture(scope="module")
def doc():
    return builtin_briefing()


def pdf_text(pdf: bytes, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", *options, "-", "-"], input=pdf, capture_output=True, check=True, timeout=60
    ).stdout.decode()


def test_png_is_full_hd_with_a_drawn_map_and_the_marking_bands(doc, data):
    image = Image.open(io.BytesIO(slide_png(doc, data, doc.slides[1])))
    assert image.size == (1920, 1080)
    pixels = np.asarray(image.convert("RGB"))
    packed = pixels.astype(np.int32) @ np.array([1 << 16, 1 << 8, 1], dtype=np.int32)
    colours = np.unique(packed)
    assert len(colours) > 2000, "a map with relief, fills and labels has many colours"
    band = np.array(
        [int(marking_colours(doc.classification).background[i : i + 2], 16) for i in (1, 3, 5)]
    )
    for rows in (pixels[:80], pixels[-80:]):  # a band at the top and one at the bottom
        assert (np.abs(rows.astype(int) - band).sum(axis=2) < 6).sum() > 1920 * 20


@needs_pdftotext
def test_pdf_carries_marking_top_and_bottom_title_date_and_legend(doc, data):
    marked = copy.copy(doc)
    marked.classification = "NATO RESTRICTED"
    slide = doc.slides[5]
    text = pdf_text(slide_pdf(marked, data, slide))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines[0] == "NATO RESTRICTED"
    assert lines[-1] == "NATO RESTRICTED"
    assert slide.title in text
    assert f"As of {format_date(slide.as_of or doc.as_of)}" in text  # "6 January 2026"
    assert "Legend" in text and "Sources:" in text
    assert "km" in text  # the scale bar


@needs_pdftotext
def test_no_text_smaller_than_14_px_at_1920(doc, data):
    pdf = slide_pdf(doc, data, doc.slides[5])
    words = re.findall(
        r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">',
        pdf_text(pdf, "-bbox"),
    )
    assert len(words) > 50
    px_per_pt = 1920 / 960
    smallest = min(float(y1) - float(y0) for y0, y1 in words) * px_per_pt
    assert smallest >= 14, f"a word only {smallest:.1f} px high"


@needs_pdftotext
def test_current_view_view_override_caption_and_hostile_title(doc, data):
    plain = copy.copy(doc)
    plain.title = "<b>&amp;{{7*7}}</b>"
    # Copy Map of what the user looks at: zoomed in on Vilnius, whatever the document's view.
    text = pdf_text(
        slide_pdf(plain, data, None, view=MapView(54.7, 25.3, 8.0), caption="1999-03-12")
    )
    assert "<b>&amp;{{7*7}}</b>" in text
    assert "1999-03-12" in text
    assert "Vilnius" in text
    scale = re.search(r"(\d+) km", text)
    assert scale is not None and int(scale.group(1)) <= 50
    assert f"As of {format_date(doc.as_of)}" in text


def test_rasterise_gives_one_image_per_page_at_the_width_asked():
    out = io.BytesIO()
    c = Canvas(out, pagesize=(400, 300))
    for _ in range(2):
        c.rect(10, 10, 100, 100, fill=1)
        c.showPage()
    c.save()
    images = rasterise_pdf(out.getvalue(), 800)
    assert [im.size for im in images] == [(800, 600), (800, 600)]
    assert images[0].getpixel((100, 500)) == (0, 0, 0)  # the square, bottom left
