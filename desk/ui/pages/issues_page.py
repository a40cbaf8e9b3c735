"""Issues page: issues with unit, kind, range or options and category; add/edit/delete; reorder by drag."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.core.changes import Kind
from desk.core.issues import Issue
from desk.ui.case_document import CaseDocument
from desk.ui.context import AppContext
from desk.ui.dialogs.issue_dialog import IssueDialog
from desk.ui.models.issue_table_model import IssueTableModel
from desk.ui.page_refresh import subscribe
from desk.ui.pages.registry import PageSpec, register_page
from desk.ui.undo_commands import AddIssue, DeleteIssue, EditIssue, Reorder


class IssuesPage(QWidget):
    """The table is in display order (no sorting) so that dragging a row sets the order."""

    def __init__(self, ctx: AppContext, doc: CaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.doc = ctx, doc
        self.model = IssueTableModel(parent=self)
        self.model.reorder_requested.connect(self.reorder)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropOverwriteMode(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_issue())

        self.add_button = QPushButton(self.tr("Add issue…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.add_button.clicked.connect(self.add_issue)
        self.edit_button.clicked.connect(self.edit_issue)
        self.delete_button.clicked.connect(self.delete_issue)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(+1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.subscription = subscribe(self, doc, (Kind.ISSUES,), self.refresh)

    def refresh(self) -> None:
        current = self.selected_issue()
        self.model.set_rows(self.doc.snapshot.issues)
        if current is not None:
            self.select_issue(current.id)

    def selected_issue(self) -> Issue | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def select_issue(self, issue_id: str) -> None:
        for row, issue in enumerate(self.model.rows()):
            if issue.id == issue_id:
                self.table.selectRow(row)

    def add_issue(self) -> None:
        snap = self.doc.snapshot
        issue = Issue(case_id=snap.case.id, name="", minimum=0.0, maximum=100.0, step=1.0,
                      position=len(snap.issues))
        IssueDialog.ask(self, issue, lambda i: self.doc.execute(AddIssue(self.doc, i)), new=True,
                        parties=snap.parties)

    def edit_issue(self) -> None:
        old = self.selected_issue()
        if old is not None:
            IssueDialog.ask(self, old, lambda new: self.doc.execute(EditIssue(self.doc, old, new)), new=False,
                            parties=self.doc.snapshot.parties)

    def delete_issue(self) -> None:
        issue = self.selected_issue()
        if issue is None:
            return
        stated = sum(1 for d in self.doc.snapshot.demands if d.issue_id == issue.id)
        question = self.tr("Delete %1 and the %2 demands on it? (Edit → Undo brings them back.)")
        if self.ctx.interaction.confirm(self, self.tr("Delete issue"),
                                        question.replace("%1", issue.name).replace("%2", str(stated))):
            self.doc.execute(DeleteIssue(self.doc, issue))

    def move(self, delta: int) -> None:
        issue = self.selected_issue()
        if issue is None:
            return
        ids = [i.id for i in self.model.rows()]
        row = ids.index(issue.id)
        target = row + delta
        if 0 <= target < len(ids):
            ids[row], ids[target] = ids[target], ids[row]
            self.reorder(ids)
            self.select_issue(issue.id)

    def reorder(self, ids: list) -> None:
        old = [i.id for i in self.doc.snapshot.issues]
        if list(ids) != old:
            self.doc.execute(Reorder(self.doc, "issues", old, list(ids)))


register_page(PageSpec(
    name="issues", title=lambda: QCoreApplication.translate("Pages", "Issues"), factory=IssuesPage,
    order=30, icon=QStyle.StandardPixmap.SP_FileDialogListView,
))
