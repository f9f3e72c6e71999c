"""The exported HTML opens offline, draws the briefing, and shows user text as text."""

from __future__ import annotations

import html
import re

import pytest
from offline_page import OfflinePage

from briefing_app.data.datasets import load_datasets
from briefing_app.model.builtin import builtin_briefing
from briefing_app.render.html_export import ExportError, export_html

HOSTILE = "<script>alert(1)</script> & <b>bold</b> \u2028 Suwałki"


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    doc = builtin_briefing()
    doc.title = HOSTILE
    doc.slides[0].notes = "</script><img src=x onerror=alert(2)>"
    path = tmp_path_factory.mktemp("html") / "briefing.html"
    export_html(doc, load_datasets(None), path)
    return path


def test_file_is_self_contained_with_csp(exported):
    text = exported.read_text(encoding="utf-8")
    policy = html.unescape(
        re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', text).group(1)
    )
    rules = dict(rule.strip().split(" ", 1) for rule in policy.split(";"))
    assert rules["default-src"] == "'none'"
    assert rules["connect-src"] == "'none'"
    # Only the bundled scripts run, each admitted by its hash; inline code that got into
    # the page some other way would not.
    assert "'unsafe-inline'" not in rules["script-src"]
    assert rules["script-src"].count("'sha256-") == text.count("<script>")
    for tag in ("<script src", '<link rel="stylesheet" href', '<img src="http'):
        assert tag not in text
    # The hostile strings only ever appear escaped.
    assert "<script>alert(1)" not in text
    assert "<img src=x" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text  # in <title>


def test_unwritable_path_names_it(tmp_path):
    target = tmp_path / "missing" / "x.html"
    with pytest.raises(ExportError, match="missing"):
        export_html(builtin_briefing(), load_datasets(None), target)


def test_opens_offline_and_draws_layers(exported, qtbot):
    page = OfflinePage(qtbot, exported)

    def state():
        return page.eval_json(
            "{s: BriefingMap.state(), "
            "t: document.querySelector('.briefing-title-main').textContent, "
            "b: document.querySelectorAll('.briefing-banner').length, "
            "slides: document.querySelectorAll('.briefing-slide-button').length}"
        )

    qtbot.waitUntil(lambda: state()["s"]["counts"].get("membership", 0) > 20, timeout=20_000)
    shown = state()
    assert shown["t"] == HOSTILE  # shown literally, as text
    assert shown["b"] == 2  # classification banner top and bottom
    assert shown["slides"] == len(builtin_briefing().slides)
    assert "deployments" in shown["s"]["shown"]
    remote = [u for u in page.urls if not u.startswith(("file:", "data:"))]
    assert remote == []
    page.page.deleteLater()
