"""A text label's font size reaches every renderer through the typed scene: the PDF's map,
the slide pictures of the PPTX deck, and the exported HTML page (the app's map page too)."""

from __future__ import annotations

import pytest
from offline_page import OfflinePage

from briefing_app.data.datasets import load_datasets
from briefing_app.model.document import Annotation, Briefing, MapView, Slide
from briefing_app.render.html_export import export_html
from briefing_app.render.pdf.export import prepare_frame_map
from briefing_app.render.pdf.fonts import register_fonts
from briefing_app.render.pdf.map_drawing import ITEM_LABEL_PT
from briefing_app.render.slide_image import prepare_slide_picture
from briefing_app.scene.build import build_scene
from briefing_app.style.map_style import PDF_STYLE

VIEW = MapView(54.0, 21.0, 6.0)


def _text(annotation_id: str, lon: float, label: str, size: float | None) -> Annotation:
    properties = {"kind": "text", "label": label}
    if size is not None:
        properties["font_size"] = size
    return Annotation(annotation_id, {"type": "Point", "coordinates": [lon, 54.0]}, properties)


@pytest.fixture(scope="module")
def doc() -> Briefing:
    return Briefing(
        title="Sizes",
        view=VIEW,
        annotations=[
            _text("plain", 19.0, "Plain", None),
            _text("big", 21.0, "Big", 33),
            _text("small", 23.0, "Small", 6),
        ],
        slides=[Slide("s1", "One", view=VIEW)],
    )


@pytest.fixture(scope="module")
def data():
    return load_datasets(None)


def test_the_scene_carries_each_labels_size(doc, data):
    scene = build_scene(doc, data)
    items = {item.id: item for layer in scene.layers for item in layer.items if item.id}
    assert items["plain"].text_scale == 1.0
    assert items["big"].text_scale == 3.0
    assert items["big"].message()["text_scale"] == 3.0
    assert "text_scale" not in items["plain"].message()  # older pages see what they saw


def _label_sizes(prepared) -> dict[str, float]:
    return {label.text: label.size for label in prepared.labels}


def test_the_pdf_map_sets_a_label_at_its_size(doc, data):
    register_fonts()
    _, _, prepared = prepare_frame_map(doc, doc.slides[0], data, "EPSG:3035", (700.0, 450.0))
    sizes = _label_sizes(prepared)
    assert sizes["Plain"] == ITEM_LABEL_PT
    assert sizes["Big"] == pytest.approx(3 * ITEM_LABEL_PT)
    # Smaller than the default, but never below the smallest text any page sets.
    assert sizes["Small"] == PDF_STYLE["min_text_pt"]


def test_the_pptx_slide_picture_sets_a_label_at_its_size(doc, data):
    picture = prepare_slide_picture(doc, data, doc.slides[0], (720.0, 405.0), basemap=False)
    sizes = _label_sizes(picture.prepared)
    assert sizes["Big"] == pytest.approx(3 * sizes["Plain"])


def test_the_exported_page_draws_a_label_at_its_size(doc, data, qtbot, tmp_path):
    path = tmp_path / "sizes.html"
    export_html(doc, data, path)
    page = OfflinePage(qtbot, path)
    script = (
        "Array.prototype.map.call(document.querySelectorAll('.briefing-text-inner'), "
        "function (e) { return [e.textContent, parseFloat(getComputedStyle(e).fontSize)]; })"
    )
    qtbot.waitUntil(lambda: len(page.eval_json(script)) == 3, timeout=30_000)
    sizes = dict(page.eval_json(script))
    assert sizes["Plain"] == pytest.approx(14.0)  # the page's label text, as before
    assert sizes["Big"] == pytest.approx(42.0)
    assert sizes["Small"] == pytest.approx(14.0 * 6 / 11, abs=0.01)


@pytest.mark.parametrize(
    ("written", "scale"),
    [("40px; color: red", 1.0), (float("nan"), 1.0), (1e300, 72 / 11), (True, 1.0), (-5, 6 / 11)],
)
def test_a_size_from_elsewhere_reaches_no_renderer_unchecked(written, scale):
    # The clipboard, an import or code may put anything in a label's properties: what a
    # renderer gets is a number within the sizes there are.
    from briefing_app.scene.build import annotation_items

    [item] = annotation_items(_text("x", 20.0, "Hostile", written))
    assert item.text_scale == pytest.approx(scale, abs=1e-4)
    assert isinstance(item.message().get("text_scale", 1.0), float)
