"""The user manual bundled with the app (HTML with screenshots), shown in the app's own viewer."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from desk.bundled import resource_path
from desk.ui.screen_fit import fitting_size


def manual_file(language: str) -> Path:
    """The manual in ``language`` ("zh_CN" or "en"); Chinese when there is none in that language."""
    folder = resource_path("manual")
    chosen = folder / f"manual_{language}.html"
    return chosen if chosen.is_file() else folder / "manual_zh_CN.html"


class ManualWindow(QWidget):
    """One top-level viewer of the manual."""

    _open: ManualWindow | None = None

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("manualWindow")
        self.setWindowTitle(self.tr("User manual — Concord Desk"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)  # links inside the manual stay here, web links open the browser
        self.browser.setSearchPaths([str(path.parent)])
        if path.is_file():
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        else:
            self.browser.setPlainText(self.tr("The manual is missing from this installation (%1).")
                                      .replace("%1", str(path)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.resize(*fitting_size(900, 760))

    @classmethod
    def show_for(cls, language: str, parent: QWidget | None = None) -> ManualWindow:
        """Show (or raise) the manual window in ``language``."""
        if cls._open is None:
            cls._open = cls(manual_file(language), parent)
            cls._open.destroyed.connect(lambda *_: setattr(cls, "_open", None))
        cls._open.show()
        cls._open.raise_()
        cls._open.activateWindow()
        return cls._open
