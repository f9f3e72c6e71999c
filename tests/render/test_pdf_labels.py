"""On every built-in map page no label or symbol lies on another; crowded symbols move aside
on a leader instead of stacking, and the map shows short labels while the long names stay in
the appendix."""

from __future__ import annotations

import subprocess

import pytest

from briefing_app.data.datasets import load_datasets
from briefing_app.model.builtin import builtin_briefing
from briefing_app.render.labels import count_overlaps
from briefing_app.render.pdf.export import export_pdf, prepare_slide_map
from briefing_app.render.pdf.fonts import register_fonts
from briefing_app.render.pdf.furniture import furniture_boxes
from briefing_app.render.pdf.layout import content_frame, map_page_layout, paper_size
from briefing_app.render.pdf.map_drawing import Marker
from briefing_app.render.pdf.map_labels import drawn_boxes


def _prepared(title_part: str):
    register_fonts()
    data = load_datasets()
    doc = builtin_briefing()
    _, _, fw, fh = content_frame(*paper_size("A4", "landscape"))
    layout = map_page_layout(fw, fh)
    for slide in doc.slides:
        if title_part in slide.title:
            return prepare_slide_map(doc, slide, data, "EPSG:3035", layout)[2]
    raise AssertionError(title_part)


@pytest.mark.parametrize("slide", [s.title for s in builtin_briefing().slides])
def test_no_label_or_symbol_overlaps_another(slide: str) -> None:
    prepared = _prepared(slide)
    assert count_overlaps(drawn_boxes(prepared)) == 0


@pytest.mark.parametrize("slide", ["Kaliningrad", "Possible futures", "Eastern flank"])
def test_no_label_goes_under_the_scale_bar_or_north_arrow(slide: str) -> None:
    # APS-2 Powidz's label lay under the scale bar on the slide pictures.
    prepared = _prepared(slide)
    height = prepared.extent.height
    furniture = [
        (x0, height - y1, x1, height - y0)  # y down, as placed, to y up, as drawn
        for x0, y0, x1, y1 in furniture_boxes(prepared.extent)
    ]
    assert len(furniture) == 2
    labels = drawn_boxes(prepared)[-len(prepared.labels) :]
    for box in labels:
        for other in furniture:
            assert count_overlaps([box, other]) == 0, (box, other)


def test_symbols_at_one_place_are_spread_with_a_leader() -> None:
    # The Latvian brigade and Multinational Division North both stand at Ādaži.
    prepared = _prepared("Eastern flank")
    markers = [op for op in prepared.ops if isinstance(op, Marker) and op.icon]
    moved = [m for m in markers if m.anchor is not None]
    assert moved, "no symbol was moved although two share Ādaži"
    assert all(m.leader is not None for m in moved)
    texts = {label.text for label in prepared.labels}
    assert {"MN Brigade Latvia, Ādaži", "MND N, Ādaži"} <= texts


def test_map_labels_are_short_and_the_appendix_keeps_the_long_names(tmp_path) -> None:
    out = tmp_path / "b.pdf"
    export_pdf(builtin_briefing(), load_datasets(), out)
    pages = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    eastern = next(p for p in pages if "The Eastern flank" in p and "Talking points" in p)
    assert "FLF Hungary, Tata" in eastern
    assert "NATO Forward Land Forces battlegroup Hungary" not in eastern
    # Table cells wrap: compare with the line breaks as spaces.
    assert any("NATO Forward Land Forces battlegroup Hungary" in " ".join(p.split()) for p in pages)


def test_the_handout_names_the_places_officials_orient_by(tmp_path) -> None:
    out = tmp_path / "b.pdf"
    export_pdf(builtin_briefing(), load_datasets(), out)
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    for name in ("Vilnius", "Minsk", "Gdańsk", "Białystok", "Suwałki", "Grodno"):
        assert name in text, name
