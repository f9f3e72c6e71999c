"""The screen map's label placement for a view, headless."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from briefing_app.data.datasets import load_datasets
from briefing_app.model.builtin import builtin_briefing
from briefing_app.render.labels import count_overlaps
from briefing_app.render.screen_labels import (
    ScreenView,
    label_points_path,
    screen_labels,
)
from briefing_app.scene import scene_for_slide

ROOT = Path(__file__).resolve().parents[2]


def _message(part: str, zoom_step: float = 0.0, size=(1000, 700)):
    doc = builtin_briefing()
    slide = next(s for s in doc.slides if part in s.title)
    scene = scene_for_slide(doc, slide, load_datasets())
    v = slide.view
    return screen_labels(scene, ScreenView(v.center_lat, v.center_lon, v.zoom + zoom_step, *size))


def test_the_kaliningrad_close_up_names_the_towns_around_the_gap() -> None:
    message = _message("Kaliningrad")
    names = {lab["text"] for lab in message["labels"]}
    assert {"Kaliningrad", "Baltiysk", "Suwałki", "Grodno", "Białystok", "Gdańsk"} <= names


def test_europe_shows_capitals_not_towns() -> None:
    message = _message("Coalition of the Willing")
    kinds = {lab["kind"] for lab in message["labels"]}
    assert "city" not in kinds  # at the overview zoom only capitals and country names


def test_placed_labels_never_overlap_at_any_nearby_zoom() -> None:
    for step in (-1, -0.5, 0, 0.5, 1, 2):
        message = _message("Eastern flank", step)
        # Offsets are from each label's own anchor: compare in map pixels.
        assert count_overlaps(_absolute(message, step)) == 0, step


def _absolute(message, step):
    doc = builtin_briefing()
    slide = next(s for s in doc.slides if "Eastern flank" in s.title)
    v = slide.view
    view = ScreenView(v.center_lat, v.center_lon, v.zoom + step, 1000, 700)
    out = []
    for lab in message["labels"]:
        x, y = view.to_px(lab["lon"], lab["lat"])
        out.append(
            (x + lab["dx"], y + lab["dy"], x + lab["dx"] + lab["w"], y + lab["dy"] + lab["h"])
        )
    return out


def test_label_points_file_is_what_the_build_script_makes() -> None:
    spec = importlib.util.spec_from_file_location(
        "build_label_points", ROOT / "geodata" / "build_label_points.py"
    )
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    assert label_points_path().read_text(encoding="utf-8") == module.build_text()
