"""Membership categories on the PDF map carry patterns as well as colours, so a print in black
and white still separates "both" / "first only" / "second only"; the legend swatches show
the same patterns. Checked on pixels: pages rendered in grey by poppler's pdftoppm."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from briefing_app.data.datasets import load_datasets
from briefing_app.model.builtin import builtin_briefing
from briefing_app.render.pdf import export_pdf
from briefing_app.render.pdf.fonts import register_fonts
from briefing_app.render.pdf.furniture import Swatch
from briefing_app.render.pdf.map_drawing import (
    MEMBERSHIP_PATTERNS,
    Area,
    PatternedEntry,
    countries_in_frame,
    draw_map,
    prepare_map,
)
from briefing_app.render.pdf.projection import extent_for_view
from briefing_app.scene.build import build_scene

needs_pdftoppm = pytest.mark.skipif(
    not shutil.which("pdftoppm"), reason="poppler-utils (pdftoppm) is not installed"
)
DPI = 288
PX_PER_PT = DPI / 72


@pytest.fixture(scope="module")
def data():
    register_fonts()  # label sizes are measured with the embedded fonts
    return load_datasets(None)


@pytest.fixture(scope="module")
def comparison_doc():
    doc = builtin_briefing()
    for state in doc.layers:
        if state.id == "membership":
            state.options = {"grouping": "nato", "compare": "eu"}
    doc.slides = []
    return doc


@pytest.fixture(scope="module")
def prepared(comparison_doc, data):
    scene = build_scene(comparison_doc, data)
    extent = extent_for_view(comparison_doc.view, "EPSG:3035", 760, 560)
    return prepare_map(scene, extent)


def render_grey(pdf: Path) -> np.ndarray:
    """The first page as grey levels (0 black .. 255 white), one row per pixel row."""
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(DPI),
            "-gray",
            "-png",
            "-singlefile",
            str(pdf),
            str(pdf.with_suffix("")),
        ],
        check=True,
    )
    return np.asarray(Image.open(pdf.with_suffix(".png")).convert("L"), dtype=float)


def line_directions(window: np.ndarray) -> str:
    """Which way the lines in a patch run: "-" (rows differ, columns alike), "|", "+" (both
    differ) or "" (a plain fill)."""
    rows = window.mean(axis=1).std()
    cols = window.mean(axis=0).std()
    threshold = 4.0  # grey levels; a plain fill varies by less than one
    if rows > threshold and cols > threshold:
        return "+"
    if rows > threshold:
        return "-"
    if cols > threshold:
        return "|"
    return ""


def test_prepared_map_patterns_each_category(prepared):
    membership = [op for op in prepared.ops if isinstance(op, Area) and "pattern" in op.style]
    patterns = {op.style["pattern"] for op in membership}
    assert patterns == {"+", "-", "|"}
    assert len(set(MEMBERSHIP_PATTERNS.values())) == len(MEMBERSHIP_PATTERNS)
    _, entries = next(s for s in prepared.legend if s[0].startswith("NATO and EU"))
    assert all(isinstance(e, PatternedEntry) for e in entries)
    by_label = {e.label.split(" (")[0]: e.pattern for e in entries}
    assert by_label == {"NATO and EU": "+", "NATO, not EU": "-", "EU, not NATO": "|"}


def test_single_grouping_is_a_plain_fill(data):
    doc = builtin_briefing()
    doc.slides = []
    for state in doc.layers:
        if state.id == "membership":
            state.options = {"grouping": "nato"}
    scene = build_scene(doc, data)
    extent = extent_for_view(doc.view, "EPSG:3035", 520, 380)
    ops = [
        op
        for op in prepare_map(scene, extent).ops
        if isinstance(op, Area) and "pattern" in op.style
    ]
    assert ops and {op.style["pattern"] for op in ops} == {""}


@needs_pdftoppm
def test_categories_tell_apart_in_grey_on_the_map(prepared, tmp_path):
    # The membership areas alone (labels, symbols and hatched areas would cover the samples).
    prepared.labels = []
    prepared.ops = [op for op in prepared.ops if isinstance(op, Area) and not op.style.get("hatch")]
    extent = prepared.extent
    pdf = tmp_path / "map.pdf"
    canvas = Canvas(str(pdf), pagesize=(extent.width, extent.height))
    draw_map(canvas, prepared, 0, 0)
    canvas.save()
    grey = render_grey(pdf)
    height = grey.shape[0]
    shapes = {iso: geom for iso, _, geom in countries_in_frame(extent, prepared.scale)}
    expected = {"FRA": "+", "DEU": "+", "TUR": "-", "NOR": "-", "AUT": "|", "IRL": "|", "CHE": ""}
    seen = {}
    for iso in expected:
        inner = shapes[iso].buffer(-5)
        largest = max(getattr(inner, "geoms", [inner]), key=lambda g: g.area)
        point = largest.representative_point()
        x, y = point.x * PX_PER_PT, height - point.y * PX_PER_PT
        half = 4 * PX_PER_PT
        window = grey[int(y - half) : int(y + half), int(x - half) : int(x + half)]
        seen[iso] = line_directions(window)
    assert seen == expected


@needs_pdftoppm
def test_legend_swatches_show_the_same_patterns(prepared, tmp_path):
    _, entries = next(s for s in prepared.legend if s[0].startswith("NATO and EU"))
    pdf = tmp_path / "legend.pdf"
    canvas = Canvas(str(pdf), pagesize=(100, 40 * len(entries)))
    for i, entry in enumerate(entries):
        Swatch(entry, 16, 10).drawOn(canvas, 10, 40 * i + 10)
    canvas.save()
    grey = render_grey(pdf)
    height = grey.shape[0]
    for i, entry in enumerate(entries):
        # Inside the swatch's outline (16 x 10 pt at (10, 40 i + 10)).
        top = height - (40 * i + 19) * PX_PER_PT
        window = grey[
            int(top) : int(top + 8 * PX_PER_PT), int(11 * PX_PER_PT) : int(25 * PX_PER_PT)
        ]
        assert line_directions(window) == entry.pattern, entry.label


@needs_pdftoppm
def test_exported_comparison_page_has_the_patterns(comparison_doc, data, tmp_path):
    pdf = tmp_path / "comparison.pdf"
    export_pdf(comparison_doc, data, pdf, appendix=False)
    text = subprocess.run(
        ["pdftotext", "-f", "2", "-l", "2", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert "NATO, not EU" in text and "EU, not NATO" in text
    # Page 2 in grey at 60 dpi, as an official would print it: the legend's three membership
    # swatches differ from each other.
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "60",
            "-gray",
            "-png",
            "-f",
            "2",
            "-l",
            "2",
            "-singlefile",
            str(pdf),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    assert (tmp_path / "page.png").stat().st_size > 10_000
