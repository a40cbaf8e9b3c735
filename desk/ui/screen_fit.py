"""Window sizes that fit the screen: a laptop at 1366×768 must show every window whole."""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication

#: The smallest screen the app is made for (the common government laptop).
LAPTOP = QSize(1366, 768)


def fitting_size(width: int, height: int) -> tuple[int, int]:
    """``width``×``height`` shrunk to the available area of the primary screen (minus a margin for the frame)."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return width, height
    available = screen.availableGeometry()
    return min(width, max(640, available.width() - 16)), min(height, max(480, available.height() - 40))
