"""The window shown when no case is open: new, open, import, the bundled sample cases, recent files, manual."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.ui import file_actions
from desk.ui.context import AppContext

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class WelcomeWindow(QWidget):
    """Start here: create or open a case file, or try a sample case."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("welcomeWindow")
        self.setWindowTitle(self.tr("Concord Desk"))
        title = QLabel(self.tr("Concord Desk — negotiation support for inter-regional coordination"))
        title.setWordWrap(True)
        title.setStyleSheet("font-size: 17px; font-weight: 600;")

        buttons = QVBoxLayout()
        for text, slot in ((self.tr("New case…"), lambda: file_actions.new_case(None, ctx)),
                           (self.tr("Open case file…"), lambda: file_actions.open_case(None, ctx)),
                           (self.tr("Import bundle…"), lambda: file_actions.import_bundle(None, ctx)),
                           (self.tr("User manual"), self.show_manual)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.samples = QListWidget()
        self.samples.setObjectName("sampleCases")
        self.samples.setWordWrap(True)
        self.samples.itemActivated.connect(self.open_sample)
        self._fill_samples()
        self.open_sample_button = QPushButton(self.tr("Open the sample"))
        self.open_sample_button.clicked.connect(lambda: self.open_sample(self.samples.currentItem()))
        samples_box = QGroupBox(self.tr("Sample cases (opened as a copy in %1)")
                                .replace("%1", file_actions.CASE_FOLDER_NAME))
        samples_layout = QVBoxLayout(samples_box)
        samples_layout.addWidget(self.samples)
        samples_layout.addWidget(self.open_sample_button, alignment=Qt.AlignmentFlag.AlignRight)

        self.recent = QListWidget()
        self.recent.setObjectName("recentFiles")
        self.recent.itemActivated.connect(self.open_recent)
        self._fill_recent()
        recent_box = QGroupBox(self.tr("Recent case files"))
        QVBoxLayout(recent_box).addWidget(self.recent)

        layout = QGridLayout(self)
        layout.addWidget(title, 0, 0, 1, 2)
        layout.addLayout(buttons, 1, 0, 2, 1)
        layout.addWidget(samples_box, 1, 1)
        layout.addWidget(recent_box, 2, 1)
        layout.setColumnStretch(1, 1)
        self.resize(780, 540)

    def _fill_samples(self) -> None:
        from desk.services.sample_bundles import sample_bundles

        icon = QIcon.fromTheme("document-open", self.style().standardIcon(self.style().StandardPixmap.SP_FileIcon))
        for sample in sample_bundles():
            item = QListWidgetItem(icon, sample.name)
            item.setToolTip(sample.description[:400])
            item.setData(PATH_ROLE, sample)
            self.samples.addItem(item)
        if self.samples.count():
            self.samples.setCurrentRow(0)
        else:
            self.samples.addItem(self.tr("(no sample cases in this installation)"))
            self.samples.setEnabled(False)

    def _fill_recent(self) -> None:
        """The recent case files that still exist (Settings leaves out the others)."""
        for name in self.ctx.settings.recent_files():
            path = Path(name)
            item = QListWidgetItem(f"{path.name}   —   {path.parent}")
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        if not self.recent.count():
            placeholder = QListWidgetItem(self.tr("(none yet)"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(placeholder)

    def open_recent(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(PATH_ROLE):
            self.ctx.windows.open_case(Path(item.data(PATH_ROLE)), self)

    def open_sample(self, item: QListWidgetItem | None) -> None:
        """Import the sample into the case folder (the first time, in the background) and open that copy."""
        sample = item.data(PATH_ROLE) if item is not None else None
        if sample is None:
            return
        from desk.services.sample_bundles import sample_case_file

        folder = file_actions.case_folder()
        title = QCoreApplication.translate("WelcomeWindow", "Open the sample")

        def work(progress, is_cancelled):
            progress(0.1, title)
            return sample_case_file(sample, folder)

        self.ctx.tasks.run(work, title=title, parent=self, on_done=lambda path: self.ctx.windows.open_case(path, self))

    def show_manual(self) -> None:
        from desk.ui.help_actions import show_manual

        show_manual(self, self.ctx)
