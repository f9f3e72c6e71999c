"""The whole app through its main flows makes no request that leaves the machine: open the
built-in briefing, toggle every layer, show every slide, present, draw, export HTML and PDF;
then the exported HTML, opened on the same web profile, asks for nothing remote either."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from offline_watch import RemoteWatch
from pagejs import page_eval, page_state
from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import QWebEnginePage

from briefing_app.model.builtin import builtin_briefing
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.settings import Settings
from briefing_app.ui.web_scheme import LOCAL_SCHEMES, WebProfile

RENDER_TIMEOUT_MS = 30_000

pytestmark = pytest.mark.timeout(300)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.csp: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        values = dict(attrs)
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "content-security-policy":
            self.csp.append(values.get("content") or "")
        for name in ("src", "href", "action", "data", "poster", "srcset"):
            if values.get(name):
                self.links.append(values[name])


def _is_local(url: str) -> bool:
    return url.split(":", 1)[0] in LOCAL_SCHEMES


@pytest.fixture
def watch():
    # Sees what the pages' Content-Security-Policy refuses as well as what the guard blocks;
    # tests/ui/test_offline_watch.py shows it catches a remote load on every path.
    watch = RemoteWatch()
    yield watch
    watch.remove()


def test_main_flows_make_no_remote_request(qtbot, tmp_path, watch):
    guard = WebProfile.instance().guard
    guard.seen_urls.clear()

    window = MainWindow(Settings(), builtin_briefing(), builtin=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "countries" in window.map.rendered_layers, timeout=RENDER_TIMEOUT_MS)

    for layer_id in [s.id for s in window.doc.layers]:
        for _ in range(2):  # off and on again (or on and off); the dock rebuilds its items
            item = window.layer_dock.item(layer_id)
            check = item.checkState().__class__
            item.setCheckState(
                check.Unchecked if item.checkState() == check.Checked else check.Checked
            )
    qtbot.waitUntil(
        lambda: (
            sorted(page_state(qtbot, window)["shown"])
            == sorted(s.id for s in window.doc.layers if s.visible)
        )
    )

    for slide in window.doc.slides:
        window.slides.show_slide(slide.id)
        qtbot.wait(50)

    window.slides.present(0)
    presentation = window.slides._presentation
    qtbot.waitUntil(lambda: presentation.map.is_ready, timeout=RENDER_TIMEOUT_MS)
    for index in range(len(window.doc.slides)):
        presentation.go_to(index)
        qtbot.wait(50)
    qtbot.wait(300)
    assert watch.collect(qtbot, presentation.map.page()) == []
    with qtbot.waitSignal(presentation.finished, timeout=10_000):
        presentation.close()

    count = len(window.doc.annotations)
    window.editor._on_page_message(
        {
            "type": "annotation.drawn",
            "kind": "marker",
            "geometry": {"type": "Point", "coordinates": [21, 54]},
        }
    )
    assert len(window.doc.annotations) == count + 1

    html_path, pdf_path = tmp_path / "brief.html", tmp_path / "brief.pdf"
    assert window.hand_off.export_html(html_path)
    assert window.hand_off.export_pdf(pdf_path, options={})
    assert pdf_path.stat().st_size > 10_000
    qtbot.wait(500)  # late requests (tiles, fonts) would show up by now

    assert watch.collect(qtbot, window.map.page()) == []
    assert window.map.page().refused_navigations == []
    assert watch.attempts() == []
    seen = list(guard.seen_urls)
    # The guard saw the page's own requests (the countries come in the page itself).
    assert any(u.endswith("basemap/data.json") for u in seen)
    assert all(_is_local(u) for u in seen), [u for u in seen if not _is_local(u)]

    # The exported file, served on the app's profile (so the guard sees every request).
    html = html_path.read_text(encoding="utf-8")
    WebProfile.instance().scheme_handler.set_page("offline-flows-export.html", html)
    page = QWebEnginePage(WebProfile.instance().profile)
    with qtbot.waitSignal(page.loadFinished, timeout=RENDER_TIMEOUT_MS) as loaded:
        page.load(QUrl("briefing://app/offline-flows-export.html"))
    assert loaded.args[0] is True

    class _Owner:  # page_eval reads `owner.map.page()`
        map = type("M", (), {"page": staticmethod(lambda: page)})()

    qtbot.waitUntil(
        lambda: (
            page_eval(
                qtbot, _Owner, "window.BriefingMap ? BriefingMap.state().counts.countries || 0 : 0"
            )
            > 200
        ),
        timeout=RENDER_TIMEOUT_MS,
    )
    qtbot.wait(300)
    assert watch.collect(qtbot, page) == []
    assert watch.attempts() == []
    page.deleteLater()


def test_exported_html_forbids_remote_loads(tmp_path):
    from briefing_app.data.datasets import load_datasets
    from briefing_app.render.html_export import export_html

    path = tmp_path / "brief.html"
    export_html(builtin_briefing(), load_datasets(), path)
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    assert len(parser.csp) == 1
    directives = dict(part.strip().split(" ", 1) for part in parser.csp[0].split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["connect-src"] == "'none'"
    assert "http" not in parser.csp[0]
    remote = [
        link
        for link in parser.links
        if link.lower().startswith(("http:", "https:", "//", "ftp:", "ws:", "wss:"))
    ]
    assert remote == []
