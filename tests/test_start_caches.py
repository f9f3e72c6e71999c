"""What a start keeps between starts (derived_cache.py) and ships for the first one (the
symbol seed): the scene is the same as computed afresh, and a start on the built-in briefing
does without pyproj and milsymbol (#17), and without Babel (#19)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from briefing_app.core.derived_cache import DerivedCache, file_stamp
from briefing_app.data.datasets import load_datasets
from briefing_app.model.builtin import builtin_briefing
from briefing_app.scene.build import seed_symbol_codes
from briefing_app.symbols.catalog import draw_symbol, symbol_seed_path

# Builds the built-in briefing's scene as the window's start does and prints it, with the
# heavy modules the start loaded.
SCENE = """
import json, sys
from briefing_app.render import page_protocol
from briefing_app.data.datasets import load_datasets
from briefing_app.model.builtin import builtin_briefing
from briefing_app.scene.build import build_scene
from briefing_app.core.userdirs import data_override_dir
from briefing_app.render import map_page
scene = build_scene(builtin_briefing(), load_datasets(data_override_dir()))
print(json.dumps({"scene": page_protocol.scene_message(scene),
                  "basemap": map_page.basemap_data_json(),
                  "basemap_fresh": map_page._basemap_data_json(),
                  "loaded": sorted(m for m in ("pyproj", "milsymbol", "numpy", "babel")
                                   if m in sys.modules)}))
"""


def _start(data_dir: Path) -> dict:
    env = dict(os.environ, BRIEFING_APP_DATA_DIR=str(data_dir))
    proc = subprocess.run(
        [sys.executable, "-c", SCENE],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(proc.stdout)


def test_a_start_with_the_cache_shows_the_scene_computed_afresh(tmp_path):
    first = _start(tmp_path)  # empty cache: computes and keeps
    assert "pyproj" in first["loaded"]
    assert "milsymbol" not in first["loaded"]  # the shipped seed has the symbols
    assert "babel" not in first["loaded"]  # dates and names in a language: imported on use
    # Country names need no cache: two columns of the GeoPackage are read in 3 ms.
    assert sorted(p.name.split("-")[0] for p in (tmp_path / "cache").iterdir()) == [
        "basemap",
        "flashpoint",
    ]
    again = _start(tmp_path)
    assert again["loaded"] == []
    assert again["scene"] == first["scene"]
    assert again["basemap"] == again["basemap_fresh"] == first["basemap"]


def test_the_symbol_seed_is_what_milsymbol_draws_now():
    """Fails when the built-in data gains a symbol or milsymbol changes: run
    scripts/build_symbol_seed.py."""
    seed = json.loads(symbol_seed_path().read_text(encoding="utf-8"))
    codes = seed_symbol_codes(builtin_briefing(), load_datasets(None))
    assert codes
    assert sorted(seed) == [f"{code}|30" for code in codes]
    for code in codes:
        assert seed[f"{code}|30"] == draw_symbol(code, 30), code


def test_a_changed_data_file_is_a_new_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_APP_DATA_DIR", str(tmp_path))
    data = tmp_path / "names.json"
    data.write_text("[1]", encoding="utf-8")
    old = DerivedCache("test", [file_stamp(data)])
    old.put("names", {"EST": "Estonia"})
    assert DerivedCache("test", [file_stamp(data)]).get("names") == {"EST": "Estonia"}
    data.write_text("[1, 2]", encoding="utf-8")
    changed = DerivedCache("test", [file_stamp(data)])
    assert changed.path != old.path
    assert changed.get("names") is None


def test_an_unreadable_cache_is_computed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_APP_DATA_DIR", str(tmp_path))
    cache = DerivedCache("test", ["v1"])
    cache.path.parent.mkdir(parents=True)
    cache.path.write_text("{not json", encoding="utf-8")
    assert DerivedCache("test", ["v1"]).get("anything") is None
