"""Country names in the reader's language wherever the app names a country: the PDF's map
labels, the screen's placed labels, the map page's tooltips and the data's lookups."""

from __future__ import annotations

import subprocess

import pytest

from briefing_app.data.datasets import load_datasets
from briefing_app.i18n import using_language
from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import MapView
from briefing_app.render import screen_labels
from briefing_app.render.map_page import page_config
from briefing_app.render.pdf import export_pdf
from briefing_app.scene.build import build_scene


def _pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    if out.returncode != 0:
        pytest.skip("pdftotext is not installed")
    return out.stdout


@pytest.mark.slow
def test_a_german_handout_names_countries_in_german_and_cites_cldr(tmp_path):
    doc = builtin_briefing()
    doc.slides = doc.slides[:2]
    out = tmp_path / "de.pdf"
    with using_language("de"):
        export_pdf(doc, load_datasets(), out, appendix=False)
    text = _pdf_text(out)
    assert "Polen" in text and "Russland" in text
    assert "Seite 1 von" in text
    assert "Unicode CLDR" in text


def test_the_screen_labels_and_the_page_tooltips_use_the_language():
    view = MapView(center_lat=52.0, center_lon=20.0, zoom=4.0)
    scene = build_scene(builtin_briefing(), load_datasets())
    with using_language("pl"):
        labels = screen_labels.screen_labels(
            scene, screen_labels.ScreenView(view.center_lat, view.center_lon, view.zoom, 1200, 800)
        )
        config = page_config(view)
    countries = {label["text"] for label in labels["labels"] if label["kind"] == "country"}
    assert {"Szwecja", "Norwegia", "Finlandia"} <= countries
    assert config["country_names"]["LTU"] == "Litwa"
    with using_language("en"):
        assert page_config(view)["country_names"] == {}  # the file's own English names


def test_the_data_names_countries_in_the_active_language():
    with using_language("fr"):
        assert load_datasets().country_names["POL"] == "Pologne"
    assert load_datasets().country_names["POL"] == "Poland"
