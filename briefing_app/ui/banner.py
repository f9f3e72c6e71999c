"""The classification marking as a coloured banner, as accredited systems show it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenuBar,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from briefing_app.style.map_style import marking_colours
from briefing_app.ui.i18n import translate


class ClassificationBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a marking is text, never markup
        self.setAccessibleName(translate("Banner", "Classification marking"))

    def set_marking(self, classification: str) -> None:
        colours = marking_colours(classification)
        self.setText(classification)
        self.setStyleSheet(
            f"QLabel {{ background: {colours.background}; color: {colours.foreground};"
            " font-weight: bold; padding: 2px; letter-spacing: 1px; }"
        )


def install_marking_rows(
    window: QMainWindow,
) -> tuple[QMenuBar, ClassificationBanner, ClassificationBanner]:
    """The marking spans the whole window, above the menus' contents and below everything
    else, as on accredited systems: the top banner under the window's own menu bar (returned:
    QMainWindow.menuBar() would replace the menu widget set here), the bottom one in a fixed
    tool bar row outside the docks that cannot be hidden."""
    top_banner = ClassificationBanner()
    bottom_banner = ClassificationBanner()
    top = QWidget()
    column = QVBoxLayout(top)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    menu_bar = QMenuBar(top)
    column.addWidget(menu_bar)
    column.addWidget(top_banner)
    window.setMenuWidget(top)
    bottom = QToolBar(translate("Banner", "Classification marking"), window)
    bottom.setObjectName("classification_bottom")
    bottom.setMovable(False)
    bottom.setFloatable(False)
    bottom.toggleViewAction().setVisible(False)  # the marking cannot be hidden
    bottom.setStyleSheet("QToolBar { border: 0; padding: 0; margin: 0; spacing: 0; }")
    bottom.addWidget(bottom_banner)
    bottom_banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, bottom)
    return menu_bar, top_banner, bottom_banner
