"""Page preview of an agreement, painted in the background by the same renderer as the PDF."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from desk.agreement.document import Document
from desk.agreement.pdf import render_images
from desk.ui.tasks import TaskRunner

PREVIEW_DPI = 72.0


def _render(document: Document, dpi: float, progress, is_cancelled):
    progress(0.1, "")
    return render_images(document, dpi)


class AgreementPreview(QWidget):
    """Shows every page; a newer request makes an older result be dropped when it arrives."""

    rendered = Signal(int)

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self._generation = 0
        self.pages: list[QLabel] = []
        self.status = QLabel(self.tr("Choose a version to preview it."))
        self.container = QWidget()
        self.container.setStyleSheet("background: #8A8A8A;")
        self.column = QVBoxLayout(self.container)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.column.setSpacing(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.container)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

    def show_document(self, document: Document | None) -> None:
        """Render ``document`` in the background (None clears the preview)."""
        self._generation += 1
        generation = self._generation
        if document is None:
            self._set_pages([])
            self.status.setText(self.tr("Choose a version to preview it."))
            return
        self.status.setText(self.tr("Rendering the pages…"))
        self.tasks.run(_render, document, PREVIEW_DPI, title=self.tr("Rendering the preview"), parent=self,
                       show_progress=False, on_done=lambda images: self._done(generation, images))

    def _done(self, generation: int, images) -> None:
        if generation != self._generation:
            return
        self._set_pages([QPixmap.fromImage(image) for image in images])
        self.status.setText(self.tr("%1 pages, as they print").replace("%1", str(len(images))))
        self.rendered.emit(len(images))

    def _set_pages(self, pixmaps: list[QPixmap]) -> None:
        for label in self.pages:
            self.column.removeWidget(label)
            label.deleteLater()
        self.pages = []
        for pixmap in pixmaps:
            label = QLabel()
            label.setPixmap(pixmap)
            label.setStyleSheet("background: white;")
            self.column.addWidget(label)
            self.pages.append(label)
