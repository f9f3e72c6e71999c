"""One clean line for every failure: what the loader refuses the saver refuses too, at the
same place; `validate` shows control characters as escapes; polygon repair stops at its
budget; views the loader accepts are drawn by the PDF export."""

from __future__ import annotations

import json
import math
import os
import random
import subprocess
import sys
import time

import pytest

from briefing_app.geofiles import GeoFileError, read_geofile
from briefing_app.model import fileformat
from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import Annotation, Briefing

pytestmark = pytest.mark.timeout(120)


@pytest.mark.parametrize(
    ("change", "where", "problem"),
    [
        (lambda d: setattr(d, "title", "a\ud800b"), "title", "lone UTF-16 surrogate"),
        (
            lambda d: d.annotations.append(
                Annotation(
                    "a", {"type": "Point", "coordinates": [1, 2]}, style={"weight": math.inf}
                )
            ),
            "annotations[0].style.weight",
            "expected a finite number",
        ),
        (
            lambda d: d.annotations.append(
                Annotation(
                    "a",
                    {"type": "Point", "coordinates": [1, 2]},
                    {"kind": "circle", "radius_km": 20_000},
                )
            ),
            "annotations[0].properties.radius_km",
            "less than 20,000 km",
        ),
    ],
)
def test_save_refuses_what_a_load_would_at_the_same_place(tmp_path, change, where, problem):
    doc = Briefing(title="t")
    change(doc)
    path = tmp_path / "x.briefing"
    with pytest.raises(fileformat.BriefingFileError) as caught:
        fileformat.save(doc, path)
    message = str(caught.value)
    assert message.startswith(f"{path} at {where}: cannot be saved: "), message
    assert problem in message
    assert list(tmp_path.iterdir()) == []


def test_validate_shows_control_characters_escaped(tmp_path):
    data = json.loads(fileformat.dumps(builtin_briefing()))
    data["title"] = "evil \x1b]0;owned\x07 \x00 \u202e end"
    path = tmp_path / "name\x1b[31m.briefing"
    path.write_text(json.dumps(data), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    result = subprocess.run(
        [sys.executable, "-m", "briefing_app", "validate", str(path)],
        capture_output=True,
        env=env,
        timeout=60,
    )
    out = result.stdout + result.stderr
    assert result.returncode == 0
    for raw in (b"\x1b", b"\x07", b"\x00", "\u202e".encode()):
        assert raw not in out
    text = result.stdout.decode()
    assert "name\\x1b[31m.briefing: a usable briefing" in text
    assert "evil \\x1b]0;owned\\x07 \\x00 \\u202e end" in text
    missing = tmp_path / "gone\x07.kml"
    result = subprocess.run(
        [sys.executable, "-m", "briefing_app", "validate", str(missing)],
        capture_output=True,
        env=env,
        timeout=60,
    )
    shown = f"briefing-app: {tmp_path}/gone\\x07.kml: does not exist"
    assert result.stderr.decode().strip() == shown


def test_repairs_stop_at_the_budget_of_a_file(tmp_path):
    rng = random.Random(2)
    features = []
    for n in range(60):  # each ring crosses itself nearly 10,000 times: under the limit
        ring = [[rng.uniform(10, 30), rng.uniform(40, 60)] for _ in range(290)]
        features.append(
            {
                "type": "Feature",
                "properties": {"name": f"r{n}"},
                "geometry": {"type": "Polygon", "coordinates": [[*ring, ring[0]]]},
            }
        )
    path = tmp_path / "tangles.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    started = time.monotonic()
    with pytest.raises(GeoFileError, match="more than 50,000 self-crossings to repair"):
        read_geofile(path)
    assert time.monotonic() - started < 10


def test_a_real_border_with_one_crossing_is_repaired_whatever_its_size(tmp_path):
    angles = [2 * math.pi * n / 50_000 for n in range(50_000)]
    ring = [[20 + 5 * math.cos(a), 50 + 3 * math.sin(a)] for a in angles]
    ring[100], ring[101] = ring[101], ring[100]  # one small bow tie
    path = tmp_path / "border.geojson"
    path.write_text(json.dumps({"type": "Polygon", "coordinates": [[*ring, ring[0]]]}))
    found = read_geofile(path)
    assert found.feature_count() == 1
    assert any("self-intersection repaired" in text for text in found.layers[0].repairs)


def test_world_and_pole_views_are_drawn_in_the_pdf(tmp_path):
    from briefing_app.data.datasets import load_datasets
    from briefing_app.render.pdf import export_pdf

    data = json.loads(fileformat.dumps(builtin_briefing()))
    slide = data["slides"][0]
    data["slides"] = [
        dict(slide, id=f"s{n}", view={"center": center, "zoom": 0})
        for n, center in enumerate([[-90, 0], [0, 0]])
    ]
    doc = fileformat.loads(json.dumps(data))
    export_pdf(doc, load_datasets(), tmp_path / "out.pdf", appendix=False)
    assert (tmp_path / "out.pdf").stat().st_size > 1000


def test_import_says_what_the_file_declares_but_was_not_read(qtbot, tmp_path):
    from corpus import CASES

    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.settings import Settings

    case = next(c for c in CASES if c.filename == "short-dbf.shp")
    path = case.path(tmp_path)
    window = MainWindow(Settings(), Briefing(title="t"))
    qtbot.addWidget(window)
    assert window.import_export.import_file(path)
    said = "the .shp holds 3 shapes but its .dbf only 1 attribute record"
    assert said in window.statusBar().currentMessage()
    assert f"Declared and read: {said}; 2 shapes were not read" in window.doc.imported[0].notes
