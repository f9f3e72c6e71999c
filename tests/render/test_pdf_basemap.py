"""The basemap on the PDF's maps (issue #14 item 2): the shaded relief as one image per map
page, warped into the page's projection at 150 dpi or more; rivers and lakes as vector
paths; the places in the frame for their dots and names."""

from __future__ import annotations

import copy
import io
import shutil
import subprocess

import numpy as np
import pytest
from PIL import Image
from reportlab.lib.colors import HexColor
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas

from briefing_app.data.datasets import load_datasets
from briefing_app.model.builtin import builtin_briefing
from briefing_app.render.pdf import export_pdf
from briefing_app.render.pdf.fonts import register_fonts
from briefing_app.render.pdf.map_drawing import Basemap, draw_map, prepare_map
from briefing_app.render.pdf.projection import extent_for_view
from briefing_app.render.pdf.relief import DPI, relief_for
from briefing_app.scene.build import scene_for_slide
from briefing_app.style.map_style import PDF_STYLE

needs_pdfimages = pytest.mark.skipif(
    not shutil.which("pdfimages"), reason="pdfimages (poppler-utils) is not installed"
)


@pytest.fixture(scope="module")
def data():
    register_fonts()
    return load_datasets(None)


def slide(title: str):
    return next(s for s in builtin_briefing().slides if s.title == title)


def prepared_page(data, title: str, basemap: bool = True):
    doc = builtin_briefing()
    shown = slide(title)
    extent = extent_for_view(shown.view, "EPSG:3035", 540, 447)
    return prepare_map(scene_for_slide(doc, shown, data), extent, basemap)


def images(pdf) -> list[dict[str, str]]:
    out = subprocess.run(
        ["pdfimages", "-list", str(pdf)], check=True, capture_output=True, text=True
    ).stdout.splitlines()
    head = out[0].split()
    return [dict(zip(head, line.split(), strict=False)) for line in out[2:]]


@needs_pdfimages
@pytest.mark.parametrize("basemap", [True, False])
def test_each_map_page_has_its_relief_image_at_print_resolution(tmp_path, data, basemap):
    doc = copy.deepcopy(builtin_briefing())
    doc.slides = doc.slides[3:6]
    path = tmp_path / "relief.pdf"
    export_pdf(doc, data, path, appendix=False, basemap=basemap)
    found = images(path)
    if not basemap:
        assert found == []
        return
    assert [int(i["page"]) for i in found] == [2, 3, 4]
    for image in found:
        assert image["enc"] == "jpeg" and image["color"] == "gray"
        assert int(image["x-ppi"]) >= 150 and int(image["y-ppi"]) >= 150


def test_the_relief_is_warped_into_the_page_projection(data):
    # On the Eastern-flank page the Tatra (49.2N 20.0E) is shaded and the plain east of
    # Warsaw (52.2N 22.0E) is flat: sampled where the page's projection puts them.
    extent = extent_for_view(slide("The Eastern flank").view, "EPSG:3035", 540, 447)
    image = relief_for(extent)
    assert image is not None
    pixels = np.asarray(Image.open(io.BytesIO(image.jpeg)).convert("L"), dtype=float)
    assert pixels.shape == (image.height_px, image.width_px)
    assert image.width_px >= 540 * DPI / 72 - 1

    def around(lon: float, lat: float) -> np.ndarray:
        ((x, y),) = extent.lonlat_to_pt(np.array([[lon, lat]]))
        col, row = int(x * DPI / 72), int((extent.height - y) * DPI / 72)
        return pixels[row - 6 : row + 7, col - 6 : col + 7]

    tatra, plain, sea = around(20.0, 49.2), around(22.0, 52.2), around(19.0, 55.5)
    assert tatra.min() < 200 and tatra.std() > 8
    assert plain.min() > 225
    assert sea.min() > 245  # the Baltic: no shading, the multiply leaves the sea as it is


def test_water_is_drawn_as_vector_paths_over_the_fills(data, tmp_path):
    prepared = prepared_page(data, "The Eastern flank")
    basemap = [op for op in prepared.ops if isinstance(op, Basemap)]
    assert len(basemap) == 1
    rivers = [a for a in basemap[0].water if a.geom.geom_type.endswith("LineString")]
    lakes = [a for a in basemap[0].water if a.geom.geom_type.endswith("Polygon")]
    assert len(rivers) >= 10 and len(lakes) >= 3
    # After the membership fills, before the deployments.
    at = prepared.ops.index(basemap[0])
    assert any(
        op.style.get("pattern") is not None for op in prepared.ops[:at] if hasattr(op, "style")
    )
    assert all(not hasattr(op, "icon") for op in prepared.ops[:at])
    path = tmp_path / "map.pdf"
    canvas = Canvas(str(path), pagesize=(600, 500), pageCompression=0)
    draw_map(canvas, prepared, 20, 20)
    canvas.save()
    stream = path.read_bytes().decode("latin-1")
    water_stroke = fp_str(*HexColor(PDF_STYLE["water"]).rgb()) + " RG"
    assert stream.count(water_stroke) >= len(rivers)
    assert "/BM /Multiply" in stream


def test_the_places_in_the_frame_are_given_in_frame_points(data):
    prepared = prepared_page(data, "Kaliningrad, the Suwałki Gap and Belarus")
    names = [shown.place.name for shown in prepared.places]
    assert {"Minsk", "Grodno", "Białystok", "Gdańsk", "Kaliningrad"} <= set(names)
    assert prepared.places[0].place.kind == "capital"
    # Every place drawn is named: a dot whose name found no room is left out.
    labels = {label.text for label in prepared.labels}
    assert set(names) <= labels
    extent = prepared.extent
    for shown in prepared.places:
        ((x, y),) = extent.lonlat_to_pt(np.array([[shown.place.lon, shown.place.lat]]))
        assert (shown.x, shown.y) == pytest.approx((x, y))
        assert 0 <= shown.x <= extent.width and 0 <= shown.y <= extent.height
    # The close-up shows towns; the wide view only capitals.
    assert any(p.place.kind == "city" for p in prepared.places)
    wide = prepared_page(data, "The Coalition of the Willing")
    assert all(p.place.kind == "capital" for p in wide.places)


def test_without_the_basemap_nothing_of_it_is_drawn(data):
    prepared = prepared_page(data, "The Eastern flank", basemap=False)
    assert not any(isinstance(op, Basemap) for op in prepared.ops)
    assert prepared.places == []
    assert all(title != "Basemap" for title, _ in prepared.sources)
