"""The small window shown when no case is open: new case, open, import bundle, recent files."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from desk.ui import file_actions
from desk.ui.context import AppContext


class WelcomeWindow(QWidget):
    """Start here: create or open a case file."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Concord Desk"))
        self.setMinimumWidth(420)
        title = QLabel(self.tr("Concord Desk — negotiation support for inter-regional coordination"))
        title.setWordWrap(True)
        title.setStyleSheet("font-size: 16px; font-weight: 600;")
        new = QPushButton(self.tr("New case…"))
        new.clicked.connect(lambda: file_actions.new_case(None, ctx))
        open_ = QPushButton(self.tr("Open case file…"))
        open_.clicked.connect(lambda: file_actions.open_case(None, ctx))
        import_ = QPushButton(self.tr("Import bundle…"))
        import_.clicked.connect(lambda: file_actions.import_bundle(None, ctx))
        self.recent = QListWidget()
        self.recent.addItems(ctx.settings.recent_files())
        self.recent.itemActivated.connect(lambda item: ctx.windows.open_case(Path(item.text()), self))
        layout = QVBoxLayout(self)
        layout.addWidget(title, alignment=Qt.AlignmentFlag.AlignTop)
        for button in (new, open_, import_):
            layout.addWidget(button)
        layout.addWidget(QLabel(self.tr("Recent case files")))
        layout.addWidget(self.recent)
