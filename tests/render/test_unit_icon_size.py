"""A unit symbol's size is written once (style.UNIT_ICON_SIZE): the scene, the page, the
screen's label placement and the PDF all take it from there."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from briefing_app.data.datasets import load_datasets
from briefing_app.model.builtin import builtin_briefing
from briefing_app.render.map_page import page_config
from briefing_app.render.screen_labels import _symbol_size
from briefing_app.scene.build import scene_for_slide
from briefing_app.style.map_style import ITEM_STYLES, UNIT_ICON_SIZE

ROOT = Path(__file__).resolve().parents[2]


def _symbol_items() -> list:
    doc = builtin_briefing()
    data = load_datasets()
    return [
        item
        for slide in doc.slides
        for layer in scene_for_slide(doc, slide, data).layers
        for item in layer.items
        if item.icon
    ]


def test_the_scene_gives_every_symbol_the_one_size() -> None:
    items = _symbol_items()
    assert items
    assert {item.icon_size for item in items} == {UNIT_ICON_SIZE}


def test_a_symbol_without_a_size_is_placed_at_the_one_size() -> None:
    # The screen's placement used 34 x 34 for such a symbol, the scene 36 x 27.
    item = _symbol_items()[0]
    bare = dataclasses.replace(item, icon_size=None)
    assert _symbol_size(bare) == _symbol_size(item) == tuple(map(float, UNIT_ICON_SIZE))


def test_the_page_reads_the_size_from_the_style_definition() -> None:
    view = builtin_briefing().slides[0].view
    assert page_config(view)["style"]["unit_icon_size"] == list(UNIT_ICON_SIZE)
    assert "icon_size" not in ITEM_STYLES["deployment"]
    script = (ROOT / "assets" / "map" / "briefing_map.js").read_text(encoding="utf-8")
    assert "item.icon_size || config.style.unit_icon_size" in script
    assert not re.search(r"icon_size\s*\|\|\s*\[", script)
