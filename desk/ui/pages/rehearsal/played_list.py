"""The case's played rehearsals (sandbox files beside it): start a new one, open one, delete one."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from desk.core.errors import DeskError
from desk.core.rehearsal.files import is_sandbox
from desk.ui.case_document import CaseDocument
from desk.ui.context import AppContext
from desk.ui.tasks import describe_error

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class PlayedRehearsals(QGroupBox):
    """A list of the sandbox files in ``<case>.rehearsals``, newest first."""

    def __init__(self, ctx: AppContext, doc: CaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.doc = ctx, doc
        self.setTitle(self.tr("Played rehearsals of this case"))
        self.files = QListWidget()
        self.files.setObjectName("playedRehearsals")
        self.files.setMinimumHeight(40)  # the what-if table and chart below need the page's height more
        self.files.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.new_button = QPushButton(self.tr("New rehearsal…"))
        self.new_button.setObjectName("newRehearsalPageButton")
        self.new_button.setToolTip(self.tr("Play your side against agents in the Sessions page of a copy of this "
                                           "case"))
        self.new_button.clicked.connect(self.new)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.files, 1)
        layout.addLayout(buttons)
        self.files.currentRowChanged.connect(lambda _row: self._update_enabled())
        if is_sandbox(doc.path):
            self.setEnabled(False)
            self.setToolTip(self.tr("This file is a rehearsal: start new ones from the real case."))

    def showEvent(self, event: QShowEvent) -> None:  # files appear from other windows: list them when shown
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        from desk.services.rehearsal_game import read_settings
        from desk.services.rehearsal_sandbox import list_rehearsals

        current = self.selected()
        self.files.clear()
        if is_sandbox(self.doc.path):
            return
        names = {p.id: p.name for p in self.doc.snapshot.parties}
        for path in reversed(list_rehearsals(self.doc.path)):
            try:
                settings = read_settings(path)
            except DeskError:
                settings = None
            if settings is None:
                text = self.tr("%1 — agents only").replace("%1", path.stem)
            else:
                you = "、".join(names.get(pid, "?") for pid in settings.players)
                text = self.tr("%1 — you played %2").replace("%1", path.stem).replace("%2", you)
            item = QListWidgetItem(text)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.files.addItem(item)
            if current is not None and path == current:
                self.files.setCurrentItem(item)
        self._update_enabled()

    def selected(self) -> Path | None:
        item = self.files.currentItem()
        return Path(item.data(PATH_ROLE)) if item is not None else None

    def _update_enabled(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def new(self) -> None:
        from desk.ui.pages.rehearsal.launch import new_rehearsal

        if new_rehearsal(self.ctx, self.doc, self) is not None:
            self.refresh()

    def open_selected(self) -> None:
        path = self.selected()
        if path is not None and self.ctx.windows is not None:
            window = self.ctx.windows.open_case(path, self)
            if window is not None:
                window.show_page("sessions")

    def delete_selected(self) -> None:
        from desk.services.rehearsal_sandbox import delete_rehearsal

        path = self.selected()
        if path is None:
            return
        title = self.tr("Delete rehearsal")
        if self.ctx.windows is not None and self.ctx.windows.window_for(path) is not None:
            self.ctx.interaction.error(self, title, self.tr("The rehearsal is open in a window: close it first."))
            return
        if not self.ctx.interaction.confirm(self, title, self.tr("Delete the rehearsal %1? The real case is not "
                                                                 "touched.").replace("%1", path.name)):
            return
        try:
            delete_rehearsal(path)
        except (DeskError, OSError) as exc:
            self.ctx.interaction.error(self, title, describe_error(exc))
        self.refresh()
