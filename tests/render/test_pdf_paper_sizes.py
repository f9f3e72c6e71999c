"""Posters: A3 to A0 are the A4 handout enlarged, the same pages with the same text and marking,
filling the sheet (not an A4-sized map in a corner of it)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from briefing_app.cli import PAGE_SIZES as CLI_PAGE_SIZES
from briefing_app.data.datasets import load_datasets
from briefing_app.model.builtin import builtin_briefing
from briefing_app.render.pdf import export_pdf
from briefing_app.render.pdf.layout import PAGE_SIZES, sheet

POPPLER = shutil.which("pdftotext") and shutil.which("pdfinfo") and shutil.which("pdftoppm")
pytestmark = pytest.mark.skipif(not POPPLER, reason="needs poppler-utils")


@pytest.fixture(scope="module")
def exports(tmp_path_factory) -> dict[str, Path]:
    data = load_datasets(None)
    folder = tmp_path_factory.mktemp("sizes")
    out = {}
    for size in ("A4", "A3", "A0"):
        out[size] = folder / f"{size}.pdf"
        export_pdf(builtin_briefing(), data, out[size], page_size=size)
    return out


def _run(*args: str | Path) -> str:
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True).stdout


def _info(path: Path) -> dict[str, str]:
    lines = _run("pdfinfo", path).splitlines()
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in lines)}


def _pages(path: Path) -> list[str]:
    return _run("pdftotext", "-enc", "UTF-8", path, "-").split("\f")[:-1]


def test_every_paper_size_is_offered_on_the_command_line():
    assert tuple(PAGE_SIZES) == CLI_PAGE_SIZES
    assert {"A4", "A3", "A2", "A1", "A0", "Letter"} <= set(PAGE_SIZES)


def test_a0_has_its_media_box_and_the_a4_pages_text_and_marking(exports):
    a4, a0 = _info(exports["A4"]), _info(exports["A0"])
    width, height = (float(v) for v in re.findall(r"[\d.]+", a0["Page size"])[:2])
    assert (round(width), round(height)) == (3370, 2384)  # 1189 x 841 mm, landscape
    assert a0["Pages"] == a4["Pages"]
    for small, big in zip(_pages(exports["A4"]), _pages(exports["A0"]), strict=True):
        # the same words (pdftotext's reading order of map labels varies with the scale)
        assert sorted(big.split()) == sorted(small.split())
    first_map_page = _pages(exports["A0"])[1].splitlines()
    assert first_map_page[0] == "UNCLASSIFIED"
    assert "A transatlantic rift, seen from Greenland" in first_map_page


def test_a0_draws_text_as_text_four_times_larger(exports):
    # pdftotext -bbox gives each word's box in points: a word's height grows with the sheet.
    def title_height(path: Path) -> float:
        boxes = _run("pdftotext", "-bbox", "-f", "2", "-l", "2", path, "-")
        y0, y1 = (
            float(v)
            for v in re.search(
                r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">transatlantic<', boxes
            ).groups()
        )
        return y1 - y0

    scale = sheet("A0", "landscape").scale
    assert title_height(exports["A0"]) == pytest.approx(
        title_height(exports["A4"]) * scale, rel=0.02
    )


def test_a3_page_is_the_a4_page_enlarged_edge_to_edge(exports, tmp_path):
    # A3 at 20 dpi and A4 at 20 * sqrt(2) dpi come out the same size in pixels: the same
    # picture if the A3 page is the A4 page drawn larger, not a small map in white paper.
    def picture(path: Path, dpi: float) -> np.ndarray:
        stem = tmp_path / path.stem
        _run(
            "pdftoppm", "-r", f"{dpi:.4f}", "-f", "2", "-l", "2", "-singlefile", "-png", path, stem
        )
        return np.asarray(Image.open(f"{stem}.png").convert("L"), dtype=float)

    a3 = picture(exports["A3"], 20)
    a4 = picture(exports["A4"], 20 * sheet("A3", "landscape").scale)
    h, w = min(a3.shape[0], a4.shape[0]), min(a3.shape[1], a4.shape[1])
    assert abs(a3.shape[0] - a4.shape[0]) <= 1 and abs(a3.shape[1] - a4.shape[1]) <= 1
    assert np.mean(np.abs(a3[:h, :w] - a4[:h, :w])) < 6  # grey levels of 255
    # The marking band reaches across the page near its top edge.
    band_row = a3[int(0.03 * a3.shape[0])]
    assert np.mean(band_row < 200) > 0.9


def test_links_point_where_the_enlarged_text_is(exports):
    # A link's rectangle is in paper coordinates: on A0 it is the A4 one enlarged.
    def first_link(path: Path) -> list[float]:
        rect = re.search(rb"/Rect \[ ([\d. ]+) \]", path.read_bytes())
        assert rect, f"{path}: no link annotation"
        return [float(v) for v in rect.group(1).split()]

    a0_sheet = sheet("A0", "landscape")
    dx, dy = a0_sheet.offset
    expected = [
        v * a0_sheet.scale + (dx if i % 2 == 0 else dy)
        for i, v in enumerate(first_link(exports["A4"]))
    ]
    assert first_link(exports["A0"]) == pytest.approx(expected, abs=0.05)
