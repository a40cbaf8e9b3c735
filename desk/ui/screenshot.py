"""Saving a PNG of a window (``desk --screenshot``), offscreen or under Xvfb."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication

from desk.ui.main_window import MainWindow


def _settle(rounds: int = 5) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def save_screenshot(window: MainWindow, out: Path, page: str | None = None,
                    size: tuple[int, int] = (1280, 800)) -> Path:
    """Show ``window`` at ``size`` on ``page``, let it lay out and paint, and save it as PNG."""
    if page:
        window.show_page(page)
    window.resize(*size)
    window.show()
    _settle()
    pixmap = window.grab()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not pixmap.save(str(out), "PNG"):
        raise OSError(f"could not write {out}")
    window.close()
    QApplication.processEvents()
    return out
