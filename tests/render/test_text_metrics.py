"""The window's labels are measured with the PDF's numbers, from a kept table instead of
reportlab (render/text_metrics.py, #17)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app.data.basemap import places
from briefing_app.render import text_metrics
from briefing_app.render.pdf.fonts import register_fonts
from briefing_app.render.pdf.fonts import text_width as reportlab_width

SAMPLES = [
    "",
    " ",
    "Kabul",
    "Łask – Świdwin",
    "Ādaži",
    "Chişinău",
    "Αθήνα",
    "Київ",
    "東京",
    "FLF Romania, Cincu",
    "Chernyakhovsk – 152nd Guards Missile Brigade",
    "\u00a0x\u200b",
    "\U0001f600 emoji",
    "tab\tand\nline",
]


@pytest.mark.parametrize("bold", [False, True])
def test_widths_are_reportlabs_to_the_last_bit(bold, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_APP_DATA_DIR", str(tmp_path))
    text_metrics.faces.cache_clear()
    register_fonts()
    try:
        texts = SAMPLES + [p.name for p in places()][:2000]
        for size in (9.7, 11, 13.5, 16, 22):
            for text in texts:
                assert text_metrics.text_width(text, size, bold) == reportlab_width(
                    text, size, bold
                ), (text, size)
        assert len(list((tmp_path / "cache" / "pdf-fonts").iterdir())) == 2  # the PDF's too
    finally:
        text_metrics.faces.cache_clear()


PLACE = """
import json, sys
from briefing_app.data.datasets import load_datasets
from briefing_app.model.builtin import builtin_briefing
from briefing_app.render.screen_labels import ScreenView, screen_labels
from briefing_app.scene.build import build_scene
scene = build_scene(builtin_briefing(), load_datasets(None))
placed = screen_labels(scene, ScreenView(53.5, 17.0, 4.0, 1100, 700, 11))
print(json.dumps({"labels": len(placed["labels"]), "reportlab": "reportlab" in sys.modules}))
"""


def test_placing_the_windows_labels_needs_no_reportlab_once_kept(tmp_path):
    env = dict(os.environ, BRIEFING_APP_DATA_DIR=str(tmp_path))
    runs = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", PLACE],
                env=env,
                check=True,
                capture_output=True,
                text=True,
                timeout=120,
            ).stdout
        )
        for _ in range(2)
    ]
    assert runs[0]["labels"] == runs[1]["labels"] > 10
    assert runs[0]["reportlab"]  # the first start measures the fonts once
    assert not runs[1]["reportlab"]


def test_the_window_and_the_pdf_keep_one_store_of_the_fonts_metrics(tmp_path, monkeypatch):
    from briefing_app.render.pdf.font_faces import load_face
    from briefing_app.render.pdf.fonts import _FILES

    monkeypatch.setenv("BRIEFING_APP_DATA_DIR", str(tmp_path))
    text_metrics.faces.cache_clear()
    try:
        text_metrics.faces()
        kept = sorted((tmp_path / "cache").rglob("*"))
        assert [p.name for p in kept if p.is_dir()] == ["pdf-fonts"]
        for name in _FILES.values():  # the PDF's faces come from the same entries
            load_face(text_metrics.assets_dir() / "fonts" / name)
        assert sorted((tmp_path / "cache").rglob("*")) == kept
    finally:
        text_metrics.faces.cache_clear()


def test_font_entries_are_keyed_in_a_desktop_build_too(monkeypatch):
    # PyInstaller keeps reportlab in its archive: its __init__.py is no file on disk, and the
    # PDF export of the built app stopped on that (FileNotFoundError).
    import importlib.machinery
    import importlib.util
    import sys

    from briefing_app.render.pdf import font_faces

    archived = importlib.machinery.ModuleSpec("reportlab", None, origin="/no/such/reportlab.py")
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: archived)
    font_faces._reportlab_version.cache_clear()
    try:
        assert font_faces._reportlab_version()[0] == Path(sys.executable).name
    finally:
        font_faces._reportlab_version.cache_clear()
