"""The pointer's position in the status bar, in the notation the official works in.

View → Coordinates and the label's own context menu switch between decimal degrees,
degrees-minutes-seconds and MGRS; the choice is remembered. The formatting is the Qt-free
`geo.coordinates`, the same that reads typed positions.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from briefing_app.geo.coordinates import STYLE_NAMES, STYLES, Style, format_position
from briefing_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from briefing_app.ui.settings import COORDINATE_STYLE, Settings

# Each notation's name and tip in the View → Coordinates menu, by style (geo/coordinates.py
# is Qt-free: its STYLE_NAMES are the English names, shown for a style not listed here).
_STYLE_TEXTS = {
    "decimal": (
        QT_TRANSLATE_NOOP("CoordinateDisplay", "Decimal degrees"),
        QT_TRANSLATE_NOOP("CoordinateDisplay", "Show the pointer's position as Decimal degrees"),
    ),
    "dms": (
        QT_TRANSLATE_NOOP("CoordinateDisplay", "Degrees, minutes, seconds"),
        QT_TRANSLATE_NOOP(
            "CoordinateDisplay", "Show the pointer's position as Degrees, minutes, seconds"
        ),
    ),
    "mgrs": (
        QT_TRANSLATE_NOOP("CoordinateDisplay", "MGRS"),
        QT_TRANSLATE_NOOP("CoordinateDisplay", "Show the pointer's position as MGRS"),
    ),
}


class CoordinateDisplay:
    """Owns the status bar's position label; the window needs `settings`, `view_menu`, `map`."""

    def __init__(self, window: QMainWindow, label: QLabel) -> None:
        self.label = label
        self.settings: Settings = window.settings
        chosen = self.settings.get(COORDINATE_STYLE)
        self.style: Style = chosen if chosen in STYLES else "decimal"
        self._last: tuple[float, float] | None = None
        self.menu = QMenu(translate("CoordinateDisplay", "&Coordinates"), window)
        self.group = QActionGroup(self.menu)
        self.group.setExclusive(True)
        self.actions: dict[Style, QAction] = {}
        for style in STYLES:
            name, tip = _STYLE_TEXTS.get(style, (STYLE_NAMES[style], ""))
            action = QAction(translate("CoordinateDisplay", name), self.menu)
            action.setCheckable(True)
            action.setChecked(style == self.style)
            action.setData(style)
            if tip:
                action.setStatusTip(translate("CoordinateDisplay", tip))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[style] = action
        self.group.triggered.connect(lambda action: self.set_style(str(action.data())))
        window.view_menu.addMenu(self.menu)
        label.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        label.customContextMenuRequested.connect(
            lambda pos: self.menu.exec(label.mapToGlobal(QPoint(pos)))
        )
        label.setToolTip(
            translate(
                "CoordinateDisplay",
                "The position under the pointer; right-click to choose the notation",
            )
        )
        window.map.cursor_moved.connect(self.show)

    def set_style(self, style: str) -> None:
        if style not in STYLES:
            return
        self.style = style  # type: ignore[assignment]
        self.settings.set(COORDINATE_STYLE, style)
        self.actions[self.style].setChecked(True)
        if self._last is not None:
            self.show(*self._last)

    def show(self, lat: float, lon: float) -> None:
        self._last = (lat, lon)
        self.label.setText(format_position(lat, lon, self.style))
