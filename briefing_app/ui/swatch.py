"""The colour swatch lists and buttons show for a colour."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap


def ringed_swatch(colour: str, size: int = 14) -> QIcon:
    # A black ring round a white one: whatever the theme's background, one of them stands
    # out (21:1), so a dark colour's swatch does not vanish into a dark list or button.
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor("#000000"))
    painter = QPainter(pixmap)
    painter.fillRect(1, 1, size - 2, size - 2, QColor("#ffffff"))
    painter.fillRect(3, 3, size - 6, size - 6, QColor(colour))
    painter.end()
    return QIcon(pixmap)
