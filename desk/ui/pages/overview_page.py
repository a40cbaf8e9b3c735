"""Overview page: the case at a glance — parties, issues, completeness of demands, last activity."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.core.changes import Kind
from desk.ui.case_document import CaseDocument
from desk.ui.context import AppContext
from desk.ui.labels import event_label
from desk.ui.models.completeness_model import CompletenessModel, completeness
from desk.ui.page_refresh import subscribe
from desk.ui.pages.registry import PageSpec, register_page


class OverviewPage(QWidget):
    """Read-only summary refreshed after every change."""

    def __init__(self, ctx: AppContext, doc: CaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.doc = ctx, doc
        self.title = QLabel()
        self.title.setObjectName("caseTitle")
        self.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.title.setWordWrap(True)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.path = QLabel()
        self.path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path.setStyleSheet("color: #666;")

        self.counts = {key: QLabel() for key in ("parties", "signatories", "issues", "demands")}
        numbers = QGroupBox(self.tr("At a glance"))
        grid = QGridLayout(numbers)
        captions = {"parties": self.tr("Parties"), "signatories": self.tr("Signatories"),
                    "issues": self.tr("Issues"), "demands": self.tr("Positions stated")}
        for column, (key, caption) in enumerate(captions.items()):
            value = self.counts[key]
            value.setStyleSheet("font-size: 22px; font-weight: 600;")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = QLabel(caption)
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(value, 0, column)
            grid.addWidget(text, 1, column)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("Demands %p% complete"))
        grid.addWidget(self.progress, 2, 0, 1, len(captions))

        self.model = CompletenessModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        box = QGroupBox(self.tr("Who has not stated a position on what"))
        QVBoxLayout(box).addWidget(self.table)
        self.activity = QLabel()
        self.activity.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addWidget(self.path)
        layout.addWidget(numbers)
        layout.addWidget(box, 1)
        layout.addWidget(self.activity)
        self.subscription = subscribe(self, doc, (Kind.CASE, Kind.PARTIES, Kind.ISSUES, Kind.DEMANDS, Kind.AUDIT,
                                                  Kind.PRESENTATION), self.refresh)

    def refresh(self) -> None:
        snap = self.doc.state.shown
        self.title.setText(snap.case.name)
        self.description.setText(snap.case.description)
        self.description.setVisible(bool(snap.case.description))
        self.path.setText(str(self.doc.path))
        self.counts["parties"].setText(str(len(snap.parties)))
        self.counts["signatories"].setText(str(len(snap.signatories)))
        self.counts["issues"].setText(str(len(snap.issues)))
        total = len(snap.parties) * len(snap.issues)
        self.counts["demands"].setText(f"{len(snap.demands)} / {total}")
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(len(snap.demands) if total else 0)
        self.model.set_rows(completeness(snap))
        event = self.doc.state.audit.last
        if event is None:
            self.activity.setText(self.tr("No activity yet."))
        else:
            when = event.at.astimezone().strftime("%Y-%m-%d %H:%M")
            text = self.tr("Last activity: %1 at %2 (%3 changes recorded)")
            text = text.replace("%1", event_label(event.kind)).replace("%2", when) \
                .replace("%3", str(self.doc.state.audit.count))
            if event.actor:
                text += self.tr(" — operator: %1").replace("%1", event.actor)
            self.activity.setText(text)


register_page(PageSpec(
    name="overview", title=lambda: QCoreApplication.translate("Pages", "Overview"), factory=OverviewPage,
    order=10, icon=QStyle.StandardPixmap.SP_FileDialogInfoView,
))
