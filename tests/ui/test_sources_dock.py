"""The Sources view shows, for every source on the map, when its fact is known true (as of) and
when it was last checked."""

from __future__ import annotations

import datetime as dt

from briefing_app.data.datasets import load_datasets
from briefing_app.model.builtin import builtin_briefing
from briefing_app.scene.build import build_scene
from briefing_app.ui.sources_dock import QtSourcesDock


def test_sources_view_shows_as_of_and_checked(qtbot):
    data = load_datasets()
    dock = QtSourcesDock()
    qtbot.addWidget(dock)
    dock.set_datasets(data)
    dock.show_scene(build_scene(builtin_briefing(), data))
    rows = dock.rows()
    assert dock.HEADERS[3:] == ("As of", "Checked")
    nato = next(r for r in rows if "topics_52044" in r[2])
    assert nato[3] == "2024-03-07" and nato[4] == "2026-12-02"
    # Every dated data source shows both dates, and never a check before the fact.
    dated = [r for r in rows if r[3] and r[4]]
    assert len(dated) > 10
    for _layer, _source, url, as_of, checked in dated:
        assert dt.date.fromisoformat(as_of) <= dt.date.fromisoformat(checked), url


def test_sources_view_reads_the_data_itself_when_not_given_it(qtbot, monkeypatch, tmp_path):
    monkeypatch.setenv("BRIEFING_APP_DATA_DIR", str(tmp_path))
    data = load_datasets()
    dock = QtSourcesDock()
    qtbot.addWidget(dock)
    dock.show_scene(build_scene(builtin_briefing(), data))
    assert any(r[4] for r in dock.rows())
