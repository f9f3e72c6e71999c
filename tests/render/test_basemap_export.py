"""The exported HTML shows the basemap too – relief, water, place dots and the attribution
GeoNames' licence asks for – from data inside the file: it still loads nothing."""

from __future__ import annotations

import pytest
from offline_page import OfflinePage

from briefing_app.data.basemap import relief_overlay
from briefing_app.data.datasets import load_datasets
from briefing_app.model.builtin import builtin_briefing
from briefing_app.render.html_export import export_html


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    path = tmp_path_factory.mktemp("html") / "basemap.html"
    export_html(builtin_briefing(), load_datasets(None), path)
    return path


def test_the_file_inlines_one_small_relief_image(exported):
    text = exported.read_text(encoding="utf-8")
    assert text.count("data:image/jpeg;base64,") == 1
    assert relief_overlay().path.stat().st_size < 400_000
    assert "basemap/relief/" not in text  # no tile address: a file cannot fetch tiles
    assert "briefing_basemap" in text


def test_the_exported_page_draws_the_basemap_offline(exported, qtbot):
    page = OfflinePage(qtbot, exported)

    def basemap():
        return page.eval_json("BriefingMap.state().basemap")

    qtbot.waitUntil(lambda: (basemap() or {}).get("relief", 0) == 1, timeout=20_000)
    shown = basemap()
    assert shown["places"] > 10 and shown["water"] > 10
    assert "GeoNames" in shown["attribution"]
    assert all(url.split(":", 1)[0] in ("file", "data") for url in page.urls), page.urls
