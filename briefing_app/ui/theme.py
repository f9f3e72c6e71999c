"""Themes in the GUI: a QPalette and a small style sheet made from a theme of
briefing_app/style/themes.py, the map page told with a "theme" message, and the View → Theme menu,
remembered in the settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from briefing_app.style.themes import DEFAULT_THEME, THEMES, Theme, get_theme, theme_style
from briefing_app.ui.accessibility import focus_stylesheet
from briefing_app.ui.i18n import QT_TRANSLATE_NOOP
from briefing_app.ui.settings import THEME, Settings

_THEME_PROPERTY = "briefing_theme"
_BASE_STYLE_PROPERTY = "briefing_base_style"

# Each theme's menu text and tip (View → Theme), by theme name: style/themes.py is Qt-free,
# so the texts to translate are here. A whole sentence per theme, so that a translator can
# decline the name ("im dunklen Design") instead of filling a placeholder.
THEME_TEXTS = {
    "light": (
        QT_TRANSLATE_NOOP("Theme", "&Light"),
        QT_TRANSLATE_NOOP("Theme", "Show the window and the map in the Light theme"),
    ),
    "dark": (
        QT_TRANSLATE_NOOP("Theme", "&Dark"),
        QT_TRANSLATE_NOOP("Theme", "Show the window and the map in the Dark theme"),
    ),
    "high_contrast": (
        QT_TRANSLATE_NOOP("Theme", "&High Contrast"),
        QT_TRANSLATE_NOOP("Theme", "Show the window and the map in the High Contrast theme"),
    ),
}


def theme_texts(name: str) -> tuple[str, str]:
    """A theme's menu text and tip, untranslated (marked in the "Theme" context); a theme
    without texts here shows its own label."""
    theme = get_theme(name)
    return THEME_TEXTS.get(theme.name, (theme.label, ""))


def theme_palette(theme: Theme) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for roles, colour in (
        ((role.Window,), theme.window),
        ((role.WindowText,), theme.window_text),
        ((role.Base,), theme.base),
        ((role.AlternateBase,), theme.alternate_base),
        ((role.Text,), theme.text),
        ((role.Button,), theme.button),
        ((role.ButtonText,), theme.button_text),
        ((role.Highlight,), theme.highlight),
        ((role.HighlightedText,), theme.highlighted_text),
        ((role.ToolTipBase,), theme.tooltip_base),
        ((role.ToolTipText,), theme.tooltip_text),
        ((role.Link,), theme.link),
        # Placeholders and secondary text are read: AA, unlike inactive controls.
        ((role.PlaceholderText,), theme.muted_text),
        ((role.BrightText,), theme.disabled_text),
    ):
        for r in roles:
            palette.setColor(r, QColor(colour))
    # Fusion draws bevels from these: derived from the button colour, as QPalette(button) does.
    button = QColor(theme.button)
    palette.setColor(role.Light, button.lighter(150))
    palette.setColor(role.Midlight, button.lighter(120))
    palette.setColor(role.Mid, button.darker(150))
    palette.setColor(role.Dark, button.darker(200))
    palette.setColor(role.Shadow, QColor("#000000"))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, r, QColor(theme.disabled_text))
    return palette


def window_stylesheet(theme: Theme) -> str:
    """What a palette cannot say. The light theme is the platform's own look, with its own
    focus marking: a style sheet there would stop text from following a change of the system
    font size. The dark themes add a strong keyboard-focus frame."""
    if theme.name == "light":
        return ""
    sheet = (
        f"QToolTip {{ color: {theme.tooltip_text}; background-color: {theme.tooltip_base};"
        f" border: 1px solid {theme.legend_border}; }}"
    )
    if theme.name == "high_contrast":
        sheet += (
            # A dock's title text takes the dock's own colour: `color` under ::title is
            # ignored, which left the titles white on yellow.
            f" QDockWidget {{ color: {theme.highlighted_text}; }}"
            f" QDockWidget::title {{ background: {theme.highlight}; padding: 4px; }}"
            f" QMenu {{ border: 2px solid {theme.highlight}; }}"
            f" QLineEdit, QComboBox, QSpinBox, QDateEdit, QListView, QTreeView, QPlainTextEdit,"
            f" QTextEdit {{ border: 2px solid {theme.window_text}; }}"
            f" QWidget {{ font-weight: bold; }}"
        )
    return sheet + "\n" + focus_stylesheet(theme.highlight)


def theme_message(name: str) -> dict[str, Any]:
    """The map page's "theme" message (see assets/map/briefing_map.js)."""
    theme = get_theme(name)
    return {"type": "theme", "name": theme.name, "style": theme_style(theme.name)}


def apply_map_theme(map_widget: Any, name: str) -> None:
    """Restyle a MapWidget's page, now (or once it is ready) and after its page restarts."""
    first = map_widget.property(_THEME_PROPERTY) is None
    map_widget.setProperty(_THEME_PROPERTY, get_theme(name).name)
    if first and hasattr(map_widget, "renderer_restored"):
        map_widget.renderer_restored.connect(
            lambda: map_widget.send(theme_message(map_widget.property(_THEME_PROPERTY)))
        )
    map_widget.send(theme_message(name))


def _maps_of(widget: QWidget) -> list[Any]:
    """The maps of a window: its own and, while one is open, its presentation's."""
    maps = []
    for owner in (widget, getattr(widget, "_presentation", None)):
        map_widget = getattr(owner, "map", None) if owner is not None else None
        if map_widget is not None and hasattr(map_widget, "send"):
            maps.append(map_widget)
    return maps


def apply_theme(target: QApplication | QWidget, name: str) -> None:
    """Give an application (every window, dialogs included) or one window the theme, and
    restyle the maps in it."""
    theme = get_theme(name)
    if isinstance(target, QApplication):
        _set_style(target, theme)
        target.setPalette(theme_palette(theme))
        target.setStyleSheet(window_stylesheet(theme))
        windows = target.topLevelWidgets()
    else:
        target.setPalette(theme_palette(theme))
        target.setStyleSheet(window_stylesheet(theme))
        windows = [target]
    for window in windows:
        for map_widget in _maps_of(window):
            apply_map_theme(map_widget, theme.name)


def _set_style(app: QApplication, theme: Theme) -> None:
    # Some platform styles (Windows, macOS) draw with their own colours whatever the palette
    # says; Fusion follows it. The platform's style comes back with the light theme.
    base = app.property(_BASE_STYLE_PROPERTY)
    if base is None:
        base = app.style().name()
        app.setProperty(_BASE_STYLE_PROPERTY, base)
    wanted = base if theme.name == "light" else "fusion"
    if app.style().name().lower() != wanted.lower():
        app.setStyle(wanted)


def current_theme(settings: Settings) -> str:
    name = settings.get(THEME)
    return name if name in THEMES else DEFAULT_THEME


def install_theme(window: QMainWindow) -> None:
    """View → Theme (entries of ui/actions.py): the theme from the settings applied now and
    checked in the menu. The window needs `settings` and `actions`."""
    chosen = current_theme(window.settings)
    window.theme_actions = {name: window.actions[f"view.theme_{name}"] for name in THEMES}
    window.theme_actions[chosen].setChecked(True)
    _apply_everywhere(window, chosen)


def choose_theme(window: QMainWindow, name: str) -> None:
    """The user's choice: applied everywhere and remembered."""
    window.settings.set(THEME, name)
    window.theme_actions[name].setChecked(True)
    _apply_everywhere(window, name)


def _apply_everywhere(window: QWidget, name: str) -> None:
    # On the application, so that dialogs follow; that reaches the window's maps too.
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, name)
    else:
        apply_theme(window, name)
