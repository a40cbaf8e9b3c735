"""Window sizes that fit the screen: a laptop at 1366×768 must show every window whole."""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication

#: The smallest screen the app is made for (the common government laptop).
LAPTOP = QSize(1366, 768)
#: Room left for the window frame (title bar and borders).
FRAME = QSize(16, 40)


def available_size() -> QSize | None:
    """The primary screen's area without panels and docks (None without a screen)."""
    screen = QGuiApplication.primaryScreen()
    return None if screen is None else screen.availableGeometry().size()


def fitting_size(width: int, height: int) -> tuple[int, int]:
    """``width``×``height`` shrunk to the available screen area, minus the window frame."""
    available = available_size()
    if available is None:
        return width, height
    return (min(width, max(640, available.width() - FRAME.width())),
            min(height, max(480, available.height() - FRAME.height())))
