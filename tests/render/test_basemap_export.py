"""The exported HTML shows the basemap too – relief, water, place dots and the attribution
GeoNames' licence asks for – from data inside the file: it still loads nothing."""

from __future__ import annotations

import json

import pytest

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
    assert "basemap/relief/" not in text   # no tile address: a file cannot fetch tiles
    assert "briefing_basemap" in text


def test_the_exported_page_draws_the_basemap_offline(exported, qtbot):
    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineCore import (
        QWebEnginePage,
        QWebEngineProfile,
        QWebEngineUrlRequestInterceptor,
    )

    class Recorder(QWebEngineUrlRequestInterceptor):
        def __init__(self):
            super().__init__()
            self.urls: list[str] = []

        def interceptRequest(self, info):  # noqa: N802 (Qt API)
            self.urls.append(info.requestUrl().toString())
            if info.requestUrl().scheme() not in ("file", "data"):
                info.block(True)

    profile = QWebEngineProfile()
    recorder = Recorder()
    profile.setUrlRequestInterceptor(recorder)
    page = QWebEnginePage(profile)
    with qtbot.waitSignal(page.loadFinished, timeout=30_000):
        page.load(QUrl.fromLocalFile(str(exported)))

    def basemap():
        result = []
        page.runJavaScript("JSON.stringify(BriefingMap.state().basemap)", 0, result.append)
        qtbot.waitUntil(lambda: bool(result), timeout=10_000)
        return json.loads(result[0])

    qtbot.waitUntil(lambda: (basemap() or {}).get("relief", 0) == 1, timeout=20_000)
    shown = basemap()
    assert shown["places"] > 10 and shown["water"] > 10
    assert "GeoNames" in shown["attribution"]
    assert all(url.split(":", 1)[0] in ("file", "data") for url in recorder.urls), recorder.urls
