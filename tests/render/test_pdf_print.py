"""A printed briefing is readable (issue #14 item 4): no text below 6 pt on any page, each
map page cites its sources by numbers that the one full list at the end resolves, and the
map labels are outlined so that they stay legible over fills and patterns."""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

import briefing_app.render.pdf.map_drawing as map_drawing
from briefing_app.data.datasets import load_datasets
from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import Briefing
from briefing_app.render.pdf import export_pdf
from briefing_app.render.pdf.fonts import REGULAR, register_fonts
from briefing_app.render.pdf.sources import number_ranges

pytestmark = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) is not installed"
)
WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
    r"(.*?)</word>"
)
PAGE = re.compile(r"<page .*?</page>", re.S)
REFERENCES = re.compile(r"Sources \(full list p\. (\d+)\):(.*)")


@pytest.fixture(scope="module")
def data():
    return load_datasets(None)


@pytest.fixture(scope="module")
def builtin_pdf(tmp_path_factory, data) -> Path:
    path = tmp_path_factory.mktemp("print") / "briefing.pdf"
    export_pdf(builtin_briefing(), data, path)
    return path


def pdftotext(pdf: Path, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", *options, "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def words(pdf: Path) -> list[list[tuple[float, str]]]:
    """Per page, each word's height (as pdftotext measures it) and text."""
    out = pdftotext(pdf, "-bbox")
    return [
        [(float(m[3]) - float(m[1]), m[4]) for m in WORD.findall(page)]
        for page in PAGE.findall(out)
    ]


@pytest.fixture(scope="module")
def six_pt_height(tmp_path_factory) -> float:
    """The height pdftotext gives a word set at 6 pt in the app's font (it measures the
    font's size, not the letters' ink): measured, not assumed, and checked to tell 5.5 pt
    apart."""
    register_fonts()
    path = tmp_path_factory.mktemp("calibration") / "sizes.pdf"
    canvas = Canvas(str(path), pagesize=(200, 100))
    for y, size in ((20, 6.0), (60, 5.5)):
        canvas.setFont(REGULAR, size)
        canvas.drawString(10, y, f"Białystok{size}")
    canvas.save()
    heights = {text: h for h, text in words(path)[0]}
    six, five_and_a_half = heights["Białystok6.0"], heights["Białystok5.5"]
    assert five_and_a_half < six - 0.3
    return six - 0.05


def too_small(pdf: Path, six_pt: float) -> list[tuple[int, float, str]]:
    return [
        (page, round(h, 2), text)
        for page, found in enumerate(words(pdf), start=1)
        for h, text in found
        if h < six_pt
    ]


def test_no_text_under_six_points_on_any_page(builtin_pdf, six_pt_height):
    assert too_small(builtin_pdf, six_pt_height) == []
    assert len(words(builtin_pdf)) > 8


def test_a_label_at_five_and_a_half_points_is_caught(tmp_path, data, six_pt_height, monkeypatch):
    monkeypatch.setattr(map_drawing, "ITEM_LABEL_PT", 5.5)
    doc = copy.deepcopy(builtin_briefing())
    doc.slides = [s for s in doc.slides if s.title == "The Eastern flank"]
    path = tmp_path / "small.pdf"
    export_pdf(doc, data, path, appendix=False)
    small = too_small(path, six_pt_height)
    assert small and all(page == 2 for page, _, _ in small)
    assert any("FLF" in text for _, _, text in small)  # the battlegroups' map labels


def test_the_smallest_print_of_a_crowded_page_stays_readable(tmp_path, data, six_pt_height):
    # Talking points far longer than the column: they move on, they do not shrink.
    doc = copy.deepcopy(builtin_briefing())
    doc.slides = [s for s in doc.slides if s.title == "The Eastern flank"]
    doc.slides[0].notes = "\n\n".join(
        f"Point {i}: " + "the battlegroups rotate. " * 30 for i in range(12)
    )
    doc.slides[0].title = "A title that goes on " * 20
    path = tmp_path / "crowded.pdf"
    export_pdf(doc, data, path, appendix=False)
    assert too_small(path, six_pt_height) == []
    text = pdftotext(path)
    flat = " ".join(text.split())
    assert "Point 11: the battlegroups rotate." in flat
    assert "Continued on the next page." in flat or "Talking points: on the next page." in flat
    assert flat.count(("A title that goes on " * 20).strip()) >= 1


# ---------------------------------------------------------------- numbered sources


def page_texts(pdf: Path) -> list[str]:
    out = pdftotext(pdf, "-layout")
    return out.split("\f")[:-1]


def expand(numbers: str) -> list[int]:
    out: list[int] = []
    for part in numbers.split(","):
        first, _, last = part.strip().partition("–")
        out += list(range(int(first), int(last or first) + 1))
    return out


def references(text: str) -> tuple[int, dict[str, list[int]]]:
    """A map page's list page and, by layer, the numbers it cites."""
    match = REFERENCES.search(" ".join(text.split()))
    assert match, "no source references on the page"
    cited = {
        title.strip(): expand(numbers)
        for title, numbers in re.findall(r"([^·\[\]]+)\[([\d,– ]+)\]", match[2])
    }
    return int(match[1]), cited


def sources_list(pages: list[str]) -> tuple[int, dict[int, str]]:
    """The page the full list starts on and its rows: number -> the row's first line."""
    start = next(i for i, text in enumerate(pages) if re.search(r"^\s*Sources\s*$", text, re.M))
    rows: dict[int, str] = {}
    for text in pages[start:]:
        for number, rest in re.findall(r"^\s*\[(\d+)\]\s+(.*)$", text, re.M):
            assert int(number) not in rows, f"[{number}] listed twice"
            rows[int(number)] = rest
    return start + 1, rows


def map_pages(pages: list[str], doc: Briefing) -> list[str]:
    titles = [s.title for s in doc.slides]
    return [
        text
        for text in pages
        if any(re.search(r"^\s*" + re.escape(t) + r"\s*$", text, re.M) for t in titles)
    ]


@pytest.mark.parametrize("appendix", [True, False])
def test_every_reference_on_a_map_page_is_in_the_one_list(builtin_pdf, tmp_path, data, appendix):
    if appendix:
        path = builtin_pdf
    else:
        path = tmp_path / "no-appendix.pdf"
        export_pdf(builtin_briefing(), data, path, appendix=False)
    pages = page_texts(path)
    list_page, rows = sources_list(pages)
    assert sorted(rows) == list(range(1, len(rows) + 1))
    maps = map_pages(pages, builtin_briefing())
    assert len(maps) == len(builtin_briefing().slides)
    countries = set()
    for text in maps:
        page, cited = references(text)
        assert page == list_page
        assert cited and all(set(ns) <= set(rows) for ns in cited.values()), cited
        countries.add(tuple(cited["Countries"]))
    # The same source on several pages has the one number: the 1:50m countries on all the
    # wide maps, the 1:10m ones on the close-up.
    assert len(countries) == 2
    assert sum("1:50m" in rows[n] for (n,) in countries) == 1
    # Each source once in the list.
    assert len(set(rows.values())) == len(rows)


def test_the_appendix_tables_cite_the_same_numbers(builtin_pdf, data):
    pages = page_texts(builtin_pdf)
    _, rows = sources_list(pages)
    estonia = next(d for d in data.deployments if d.id == "flf_estonia")
    number = next(n for n, row in rows.items() if row.startswith(estonia.source[:30]))
    appendix = "\f".join(
        pages[next(i for i, t in enumerate(pages) if "Deployments on the maps" in t) :]
    )
    assert re.search(r"\[" + str(number) + r"\]\s+" + re.escape(estonia.source[:20]), appendix)


def test_number_ranges():
    assert number_ranges([7, 1, 2, 3, 5, 8]) == "1–3, 5, 7, 8"
    assert number_ranges([4]) == "4"
    assert number_ranges([]) == ""


# ---------------------------------------------------------------- halo


def test_every_country_name_is_outlined_under_its_letters(tmp_path, data):
    from briefing_app.render.pdf.map_drawing import draw_map, prepare_map
    from briefing_app.render.pdf.projection import extent_for_view
    from briefing_app.scene.build import scene_for_slide

    register_fonts()
    doc = builtin_briefing()
    slide = next(s for s in doc.slides if s.title == "NATO and the Coalition side by side")
    extent = extent_for_view(slide.view, "EPSG:3035", 560, 420)
    prepared = prepare_map(scene_for_slide(doc, slide, data), extent)
    names = [label for label in prepared.labels if not label.halo]
    assert len(names) >= 10
    path = tmp_path / "map.pdf"
    canvas = Canvas(str(path), pagesize=(600, 460), pageCompression=0)
    draw_map(canvas, prepared, 20, 20)
    canvas.save()
    stream = path.read_bytes().decode("latin-1")
    # Each name: stroked in the outline colour (render mode 1), then filled (mode 0) in a
    # state of its own, so the fill is not stroked white too.
    outlined = re.findall(r"1 1 1 RG\s+[\d.]+ w\s+1 j\s+BT .*? 1 Tr .*?ET\s+Q", stream)
    assert len(outlined) == len(names)
    assert stream.count(" 1 Tr ") == len(names)


def test_a_very_long_layer_name_and_description_still_export_whole(tmp_path, data):
    # A table row cannot break across pages: a layer named with 2,000 characters made the
    # legend's row taller than any page (found by tests/security/test_fuzz_pdf.py).
    from briefing_app.model.document import Briefing, ImportedLayer, LayerState, Slide
    from briefing_app.scene.build import imported_layer_id

    name = " ".join(f"word{i}" for i in range(330))  # about 2,500 characters
    layer = ImportedLayer(
        "imp1",
        name,
        "x.geojson",
        "GeoJSON",
        builtin_briefing().as_of,
        features=[
            {
                "type": "Feature",
                "properties": {"name": "p"},
                "geometry": {"type": "Point", "coordinates": [21, 54]},
            }
        ],
        notes=[name],
    )
    view = builtin_briefing().view
    doc = Briefing(
        title="Long",
        layers=[LayerState("countries"), LayerState(imported_layer_id(layer))],
        slides=[Slide("s0", "One", view=view, notes=name)],
        imported=[layer],
        view=view,
    )
    path = tmp_path / "long.pdf"
    export_pdf(doc, data, path)
    flat = " ".join(pdftotext(path).split())
    assert "word0 word1" in flat and "word328 word329" in flat
