"""Themes: every theme gives the page every style key it reads, and each theme's category
colours stay distinguishable for viewers with the common colour-vision deficiencies."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from briefing_app.style.map_style import MAP_STYLE, MEMBERSHIP_STYLE
from briefing_app.style.themes import (
    MEMBERSHIP_CATEGORIES,
    PAGE_COLOURS,
    THEMES,
    colour_difference,
    delta_e2000,
    get_theme,
    legend_item_colours,
    membership_swatches,
    page_theme_css,
    simulate_deuteranopia,
    simulate_protanopia,
    simulate_tritanopia,
    theme_style,
)

MAP_JS = Path(__file__).resolve().parents[1] / "assets" / "map" / "briefing_map.js"

# CIEDE2000 of 1-2.3 is a just-noticeable difference between large patches side by side.
# Map categories are read across the map and matched against small legend swatches, where
# differences must be several times that (Szafir 2017, "Modeling Color Difference for
# Visualization Design"); palette checkers such as Viz Palette flag pairs below about 10 as
# hard to tell apart. 10 it is.
MIN_DELTA_E = 10.0
DEFICIENCIES = ("deuteranopia", "protanopia")


@pytest.mark.parametrize(
    ("lab1", "lab2", "expected"),
    [
        # Sharma, Wu & Dalal (2005), test data pairs 1, 7 and 17.
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ],
)
def test_ciede2000_matches_published_values(lab1, lab2, expected):
    assert delta_e2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)
    assert delta_e2000(lab2, lab1) == pytest.approx(expected, abs=1e-4)


def test_simulations_keep_greys_and_merge_red_with_green():
    for grey in ("#000000", "#808080", "#ffffff"):
        for simulate in (simulate_deuteranopia, simulate_protanopia, simulate_tritanopia):
            assert colour_difference(simulate(grey), grey) < 1.0
    red, green = "#d62728", "#2ca02c"
    normal = colour_difference(red, green)
    for deficiency in DEFICIENCIES:
        assert colour_difference(red, green, deficiency) < normal / 2


@pytest.mark.parametrize("name", sorted(THEMES))
@pytest.mark.parametrize("deficiency", DEFICIENCIES)
def test_membership_categories_stay_apart(name, deficiency):
    swatches = membership_swatches(THEMES[name])
    for (a, colour_a), (b, colour_b) in itertools.combinations(swatches.items(), 2):
        difference = colour_difference(colour_a, colour_b, deficiency)
        assert difference >= MIN_DELTA_E, f"{name}: {a} vs {b} under {deficiency}"


@pytest.mark.parametrize("name", sorted(THEMES))
@pytest.mark.parametrize("deficiency", DEFICIENCIES)
def test_legend_item_colours_stay_apart_and_visible(name, deficiency):
    theme = THEMES[name]
    items = legend_item_colours()
    for (a, colour_a), (b, colour_b) in itertools.combinations(items.items(), 2):
        assert colour_difference(colour_a, colour_b, deficiency) >= MIN_DELTA_E, (a, b)
    for item, colour in items.items():
        assert colour_difference(colour, theme.land, deficiency) >= MIN_DELTA_E, item


@pytest.mark.parametrize("name", sorted(THEMES))
def test_theme_gives_every_style_key_the_page_reads(name):
    style = theme_style(name)
    assert style["theme"] == name
    assert style["background"].startswith("#")
    assert set(MAP_STYLE["countries"]) <= set(style["countries"])
    assert set(MAP_STYLE["countries_hover"]) <= set(style["countries_hover"])
    assert {*MEMBERSHIP_CATEGORIES, "fillOpacity", "color", "weight"} <= set(style["membership"])
    assert isinstance(style["label_size"], int) and style["label_size"] >= 10
    # Every membership category the scenes assign has this theme's colour, by key.
    for category in MEMBERSHIP_CATEGORIES:
        assert style["membership"][category].startswith("#")
    # The page reads what the theme sets.
    script = MAP_JS.read_text(encoding="utf-8")
    assert "handlers.theme = applyTheme" in script
    for key in ("membership", "label_size", "background"):
        assert f"style.{key}" in script


def test_light_theme_is_the_style_definition():
    style = theme_style("light")
    assert style["background"] == MAP_STYLE["background"]
    assert style["countries"] == MAP_STYLE["countries"]
    assert {k: style["membership"][k] for k in MEMBERSHIP_STYLE} == MEMBERSHIP_STYLE


def test_categories_sharing_a_default_colour_share_the_themed_one():
    # "member" and "first_only" are one colour in the scenes: a theme may not split them.
    for theme in THEMES.values():
        assert theme.membership["member"] == theme.membership["first_only"]


def test_unknown_theme_falls_back_to_light():
    assert get_theme("sepia").name == "light"
    assert theme_style("sepia")["theme"] == "light"


def test_high_contrast_is_stronger_than_light():
    light, high = get_theme("light"), get_theme("high_contrast")
    assert high.border_weight >= 2 * light.border_weight
    assert high.label_size > light.label_size
    assert colour_difference(high.sea, high.land) > colour_difference(light.sea, light.land)


# ---------------------------------------------------------------- the page's CSS

MAP_CSS = MAP_JS.with_name("briefing_map.css")
_COLOUR_LITERAL = re.compile(r"#[0-9a-fA-F]{3,8}\b|rgba?\(")
# Set by briefing_map.js, not by a theme's colours.
_PAGE_SET = {"label-size", "text-scale"}


def _rules(css: str) -> list[tuple[str, str]]:
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    return [(m[1].strip(), m[2]) for m in re.finditer(r"([^{}]+)\{([^{}]*)\}", css)]


def test_the_page_css_holds_no_colour_of_a_theme():
    """Theme colours have one source, themes.py (PAGE_COLOURS, which names the Theme fields
    it shares): a rule for one theme says where it draws differently, never in what colour,
    and every colour a theme changes is one of its custom properties."""
    rules = _rules(MAP_CSS.read_text(encoding="utf-8"))
    themed = [(selector, body) for selector, body in rules if "briefing-theme-" in selector]
    assert themed
    assert [(s, b) for s, b in themed if _COLOUR_LITERAL.search(b)] == []
    for name in THEMES:
        defined = set(PAGE_COLOURS["light"]) | set(PAGE_COLOURS[name])
        for selector, body in rules:
            if "briefing-theme-" in selector and f"briefing-theme-{name} " not in selector:
                continue
            used = set(re.findall(r"var\(--briefing-([a-z-]+)\)", body)) - _PAGE_SET
            assert used <= defined, (name, selector, used - defined)


def test_every_theme_colour_reaches_the_page_before_its_css():
    from briefing_app.model.document import MapView
    from briefing_app.render.map_page import build_map_page

    page = build_map_page(lambda path: path, MapView())
    assert f"<style>{page_theme_css()}</style>" in page
    assert page.index(page_theme_css()) < page.index("briefing_map.css")
    for name, colours in PAGE_COLOURS.items():
        assert name in THEMES
        block = ":root" if name == "light" else f"body.briefing-theme-{name}"
        for role, value in colours.items():
            assert f"--briefing-{role}: {value};" in page_theme_css().split(block, 1)[1]
