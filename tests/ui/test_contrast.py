"""WCAG AA contrast (4.5:1) of every text on its background, in every theme: the palette's
pairs, every rule of the style sheets the window carries, what Qt actually paints (dock
titles, the figures panel, the annotations' swatches) and the map page's computed styles."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from pagejs import page_eval, shown_window
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QWidget

from briefing_app.model import commands
from briefing_app.model.builtin import builtin_briefing
from briefing_app.model.document import Annotation
from briefing_app.style.themes import THEMES, WCAG_AA_TEXT, contrast_ratio, get_theme, text_pairs
from briefing_app.ui.theme import apply_theme, theme_palette, window_stylesheet

THEME_NAMES = sorted(THEMES)
# Anti-aliased glyph edges blend into the background; a glyph's core carries the full
# colour. Measured text must reach the wanted ratio less this much.
PAINT_SLACK = 0.92


@pytest.mark.parametrize("name", THEME_NAMES)
def test_palette_pairs_meet_aa(name):
    failing = {
        what: round(contrast_ratio(fg, bg), 2)
        for what, (fg, bg) in text_pairs(THEMES[name]).items()
        if contrast_ratio(fg, bg) < WCAG_AA_TEXT
    }
    assert not failing, f"{name}: {failing}"


# ---------------------------------------------------------------- style sheets

_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_INPUTS = (
    "QLineEdit",
    "QComboBox",
    "QSpinBox",
    "QDateEdit",
    "QListView",
    "QTreeView",
    "QPlainTextEdit",
    "QTextEdit",
    "QTableView",
)
_ROLES = {
    name.lower(): role
    for name, role in (
        ("window", QPalette.ColorRole.Window),
        ("window-text", QPalette.ColorRole.WindowText),
        ("base", QPalette.ColorRole.Base),
        ("alternate-base", QPalette.ColorRole.AlternateBase),
        ("text", QPalette.ColorRole.Text),
        ("button", QPalette.ColorRole.Button),
        ("button-text", QPalette.ColorRole.ButtonText),
        ("dark", QPalette.ColorRole.Dark),
        ("mid", QPalette.ColorRole.Mid),
        ("light", QPalette.ColorRole.Light),
        ("highlight", QPalette.ColorRole.Highlight),
        ("highlighted-text", QPalette.ColorRole.HighlightedText),
        ("placeholder-text", QPalette.ColorRole.PlaceholderText),
    )
}


def _colour(value: str, palette: QPalette) -> str | None:
    value = value.strip().split()[0] if value.strip() else ""
    match = re.fullmatch(r"palette\(([\w-]+)\)", value)
    if match:
        return palette.color(_ROLES[match.group(1).lower()]).name()
    colour = QColor(value)
    return colour.name() if colour.isValid() else None


def sheet_pairs(sheet: str, palette: QPalette) -> list[tuple[str, str, str]]:
    """(selector, text, background) for each rule of `sheet` that sets a colour; the side a
    rule leaves out is the palette's (a field's base, else the window). A dock's title text
    is the dock's own `color` (Qt ignores `color` under ::title)."""
    rules: dict[str, dict[str, str]] = {}
    for selectors, body in _RULE.findall(sheet):
        props = {
            k.strip().lower(): v.strip()
            for k, _, v in (p.partition(":") for p in body.split(";"))
            if v.strip()
        }
        for selector in selectors.split(","):
            rules.setdefault(selector.strip(), {}).update(props)
    out = []
    dock = rules.get("QDockWidget", {})
    for selector, props in rules.items():
        fg = props.get("color")
        bg = props.get("background-color") or props.get("background")
        if selector == "QDockWidget" and "QDockWidget::title" in rules:
            continue  # its colour is the title's, paired there (the contents paint their own)
        if selector.endswith("::title") and selector.startswith("QDockWidget"):
            fg = dock.get("color")  # what Qt paints the title text with
            if bg is None:
                continue
        elif fg is None and bg is None:
            continue
        field = any(selector.startswith(w) for w in _INPUTS)
        fg_colour = (
            _colour(fg, palette)
            if fg
            else palette.color(
                QPalette.ColorRole.Text if field else QPalette.ColorRole.WindowText
            ).name()
        )
        bg_colour = (
            _colour(bg, palette)
            if bg
            else palette.color(
                QPalette.ColorRole.Base if field else QPalette.ColorRole.Window
            ).name()
        )
        if fg_colour and bg_colour:
            out.append((selector, fg_colour, bg_colour))
    return out


@pytest.mark.parametrize("name", THEME_NAMES)
def test_window_style_sheet_meets_aa(name):
    theme = get_theme(name)
    pairs = sheet_pairs(window_stylesheet(theme), theme_palette(theme))
    failing = [
        (s, fg, bg, round(contrast_ratio(fg, bg), 2))
        for s, fg, bg in pairs
        if contrast_ratio(fg, bg) < WCAG_AA_TEXT
    ]
    assert not failing, failing
    if name == "high_contrast":
        assert any(s == "QDockWidget::title" for s, _, _ in pairs)


@pytest.fixture
def window(qtbot):
    win = shown_window(qtbot, builtin_briefing(), builtin=True, size=(1280, 800))
    win.figures_dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: bool(win.figures_dock.rows()), timeout=10_000)
    yield win
    apply_theme(QApplication.instance(), "light")  # the application palette outlives the window
    win.undo_stack.setClean()


def _widget_sheets(window) -> list[tuple[QWidget, str]]:
    return [(w, w.styleSheet()) for w in window.findChildren(QWidget) if w.styleSheet()]


@pytest.mark.parametrize("name", THEME_NAMES)
def test_widget_style_sheets_meet_aa(window, name):
    window.theme_actions[name].trigger()
    failing = []
    sheets = _widget_sheets(window)
    assert sheets  # the figures panel's rows and the marking banners at least
    for widget, sheet in sheets:
        for selector, fg, bg in sheet_pairs(sheet, widget.palette()):
            if contrast_ratio(fg, bg) < WCAG_AA_TEXT:
                failing.append((type(widget).__name__, selector, fg, bg))
    assert not failing, failing


# ---------------------------------------------------------------- what Qt paints


def painted_contrast(image: QImage, rect: QRect | None = None) -> float:
    """The contrast of the strongest painted colour against the commonest one (the
    background) inside `rect`."""
    rect = rect or image.rect()
    counts: Counter[str] = Counter()
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            counts[QColor(image.pixel(x, y)).name()] += 1
    background = counts.most_common(1)[0][0]
    return max(contrast_ratio(c, background) for c in counts)


@pytest.mark.parametrize("name", THEME_NAMES)
def test_dock_titles_are_painted_readable(window, qtbot, name):
    window.theme_actions[name].trigger()
    qtbot.wait(50)
    for dock in window.findChildren(QDockWidget):
        if not dock.isVisible() or dock.isFloating():
            continue
        image = dock.grab().toImage()
        # The title strip, left of the float and close buttons.
        height = dock.widget().geometry().top()
        assert height > 8, dock.objectName()
        strip = QRect(0, 0, max(40, dock.width() // 2), height)
        ratio = painted_contrast(image, strip)
        assert ratio >= WCAG_AA_TEXT * PAINT_SLACK, (dock.windowTitle(), round(ratio, 2))


@pytest.mark.parametrize("name", THEME_NAMES)
def test_figures_text_is_painted_readable(window, qtbot, name):
    window.theme_actions[name].trigger()
    qtbot.wait(50)
    labels = [
        label
        for label in window.figures_dock.findChildren(QLabel)
        if label.isVisible() and label.text().strip()
    ]
    texts = " ".join(label.text() for label in labels)
    assert "As of" in texts and "Members" in texts
    # The member list and each figure's coverage line are secondary text: read them too.
    assert any("Albania" in label.text() or "Belgium" in label.text() for label in labels)
    for label in labels:
        ratio = painted_contrast(label.grab().toImage())
        assert ratio >= WCAG_AA_TEXT * PAINT_SLACK, (label.text()[:40], round(ratio, 2))
    table = window.figures_dock.breakdown
    ratio = painted_contrast(table.viewport().grab().toImage())
    assert ratio >= WCAG_AA_TEXT * PAINT_SLACK, ("By country", round(ratio, 2))


@pytest.mark.parametrize("name", THEME_NAMES)
def test_annotation_swatches_stand_out_of_their_list(window, qtbot, name):
    from briefing_app.style.map_style import ITEM_STYLES

    dark = ITEM_STYLES["annotation"]["color"]  # the default, near black
    window.run(
        commands.AddAnnotations(
            [
                Annotation(
                    "t1",
                    {"type": "Point", "coordinates": [20, 50]},
                    {"kind": "text", "label": "Hold here"},
                    {"color": dark},
                ),
                Annotation(
                    "u1",
                    {"type": "Point", "coordinates": [21, 51]},
                    {"kind": "unit", "label": "1 Bde"},
                    {"color": "#000000"},
                ),
            ]
        )
    )
    window.theme_actions[name].trigger()
    base = window.palette().color(QPalette.ColorRole.Base).name()
    dock_list = window.editor.dock.list
    assert dock_list.count() == 2
    for row in range(dock_list.count()):
        icon = dock_list.item(row).icon().pixmap(14, 14).toImage()
        colours = {
            QColor(icon.pixel(x, y)).name()
            for x in range(icon.width())
            for y in range(icon.height())
        }
        assert max(contrast_ratio(c, base) for c in colours) >= WCAG_AA_TEXT, row


# ---------------------------------------------------------------- the map page

# Every element with text of its own, its colour and the background it is read on: the
# first opaque background up the tree (translucent ones blended on the way), or the halo of
# a label drawn straight on the map. Samples of what appears only on hover or click
# (tooltip, popup, measure read-out, title and slide panels of an exported page) are added
# first, with the page's own classes.
PAGE_PAIRS = r"""(function () {
  var box = BriefingMap.map().getContainer();
  var legend = document.querySelector('.briefing-legend-header');
  if (legend && legend.textContent.indexOf('\u25b8') >= 0) { legend.click(); }
  var old = document.getElementById('contrast-samples');
  if (old) { old.remove(); }
  var samples = document.createElement('div');
  samples.id = 'contrast-samples';
  samples.innerHTML =
    '<div class="leaflet-tooltip briefing-country-tip">Poland</div>' +
    '<div class="leaflet-popup"><div class="leaflet-popup-content-wrapper">' +
    '<div class="leaflet-popup-content"><div class="briefing-popup">' +
    '<div class="briefing-popup-title">Title</div><table class="briefing-popup-rows">' +
    '<tr><th>Key</th><td>Value</td></tr></table>' +
    '<div class="briefing-popup-source">Source</div></div></div></div></div>' +
    '<div class="briefing-measure" style="display: block">12 km</div>' +
    '<div class="briefing-title"><div class="briefing-title-main">Briefing</div>' +
    '<div class="briefing-title-sub">Sub</div></div>' +
    '<div class="briefing-slides"><div class="briefing-legend-title">Slides</div>' +
    '<div class="briefing-slide-notes">Notes</div></div>';
  box.appendChild(samples);
  function rgba(text) {
    var m = text.match(/rgba?\(([^)]+)\)/);
    if (!m) { return null; }
    var p = m[1].split(',').map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  }
  function over(top, under) {
    var a = top[3];
    return [0, 1, 2].map(function (i) { return top[i] * a + under[i] * (1 - a); });
  }
  function backdrop(el) {
    var layers = [];
    for (var e = el; e; e = e.parentElement) {
      var c = rgba(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) { break; } }
      if (e === box) { break; }
    }
    var colour = [255, 255, 255];
    if (layers.length && layers[layers.length - 1][3] >= 1) { colour = layers.pop(); }
    else if (!layers.length || e === box) { return null; }
    for (var i = layers.length - 1; i >= 0; i--) { colour = over(layers[i], colour); }
    return colour.slice(0, 3);
  }
  var out = [];
  box.querySelectorAll('*').forEach(function (el) {
    var own = Array.prototype.some.call(el.childNodes, function (n) {
      return n.nodeType === 3 && n.textContent.trim();
    });
    if (!own || !el.getClientRects().length || el.style.color) { return; }
    var style = getComputedStyle(el);
    if (style.visibility === 'hidden' || Number(style.opacity) === 0) { return; }
    var bg = backdrop(el);
    var via = 'background';
    if (!bg) {
      var halo = rgba(style.textShadow);
      if (!halo) { bg = null; via = 'nothing (on the map)'; }
      else { bg = halo.slice(0, 3); via = 'halo'; }
    }
    out.push({cls: String(el.className), text: el.textContent.trim().slice(0, 30),
              fg: rgba(style.color).slice(0, 3), bg: bg, via: via});
  });
  return out;
})()"""


def _hex(rgb: list[float]) -> str:
    return "#" + "".join(f"{round(v):02x}" for v in rgb)


@pytest.mark.parametrize("name", THEME_NAMES)
def test_page_text_meets_aa(window, qtbot, name):
    window.theme_actions[name].trigger()
    qtbot.waitUntil(
        lambda: page_eval(
            qtbot, window, f"document.body.classList.contains('briefing-theme-{name}')"
        ),
        timeout=10_000,
    )
    qtbot.wait(300)
    pairs = page_eval(qtbot, window, PAGE_PAIRS)
    classes = " ".join(p["cls"] for p in pairs)
    for wanted in (
        "briefing-legend-label",
        "briefing-popup-source",
        "leaflet-tooltip",
        "briefing-map-label-text",
        "leaflet-control-attribution",
    ):
        assert wanted in classes, wanted
    failing = []
    for pair in pairs:
        if pair["bg"] is None:
            failing.append((pair["cls"], pair["text"], "no background or halo"))
            continue
        fg, bg = _hex(pair["fg"]), _hex(pair["bg"])
        ratio = contrast_ratio(fg, bg)
        if ratio < WCAG_AA_TEXT:
            failing.append((pair["cls"], pair["text"], fg, bg, pair["via"], round(ratio, 2)))
    assert not failing, failing
