"""Small colour swatches (party colours) used as icons in lists, tables and trees."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap


@lru_cache(maxsize=64)
def _swatch(rgb: str, size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(rgb))
    painter.setPen(QColor(rgb).darker(130))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


def swatch_icon(colour: QColor, size: int = 14) -> QIcon:
    """A rounded square filled with ``colour`` (cached per colour)."""
    return _swatch(colour.name(), size)
