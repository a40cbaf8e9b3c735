"""Parties page: the table of parties with add/edit/delete, and the hierarchy tree edited by drag and drop."""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desk.core.changes import Kind
from desk.core.parties import Party
from desk.ui.case_document import CaseDocument
from desk.ui.context import AppContext
from desk.ui.dialogs.party_dialog import PartyDialog, next_colour
from desk.ui.models.party_table_model import BATNA, PartyTableModel
from desk.ui.models.party_tree_model import PartyTreeModel
from desk.ui.models.roles import RowRole, SortRole
from desk.ui.page_refresh import subscribe
from desk.ui.pages.registry import PageSpec, register_page
from desk.ui.tasks import describe_error
from desk.ui.undo_commands import AddParty, DeleteParty, EditParty


class PartiesPage(QWidget):
    """Edits go through undo commands; the table and tree are rebuilt from each new snapshot."""

    def __init__(self, ctx: AppContext, doc: CaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.doc = ctx, doc
        self.model = PartyTableModel(parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_party())

        self.tree_model = PartyTreeModel(self)
        self.tree_model.superior_requested.connect(self.set_superior)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree_box = QWidget()
        tree_layout = QVBoxLayout(tree_box)
        tree_layout.setContentsMargins(0, 0, 0, 0)
        tree_layout.addWidget(self.tree)
        hint = QLabel(self.tr("Drag a party onto its superior; drop it on empty space to make it top-level."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        tree_layout.addWidget(hint)

        self.add_button = QPushButton(self.tr("Add party…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(self.add_party)
        self.edit_button.clicked.connect(self.edit_party)
        self.delete_button.clicked.connect(self.delete_party)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(tree_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 340])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        # a BATNA stated as a no-agreement outcome is priced with the party's demands
        self.subscription = subscribe(self, doc, (Kind.PARTIES, Kind.ISSUES, Kind.DEMANDS, Kind.PRESENTATION),
                                      self.refresh)

    def refresh(self) -> None:
        state = self.doc.state
        from desk.services.batna_view import batna_utilities

        self.model.set_batnas(batna_utilities(state.shown))  # from the public rows while presenting
        self.model.set_rows(state.shown.parties)
        self.tree_model.set_parties(state.shown.parties)
        self.tree.expandAll()
        self.table.setColumnHidden(BATNA, state.presenting)  # the public rows hold no BATNA to show

    def selected_party(self) -> Party | None:
        """The selected party as stored (the table shows the public one while presenting)."""
        rows = self.table.selectionModel().selectedRows()
        shown = rows[0].data(RowRole) if rows else None
        return None if shown is None else next((p for p in self.doc.snapshot.parties if p.id == shown.id), None)

    # -- actions -----------------------------------------------------------------------------
    def add_party(self) -> None:
        snap = self.doc.snapshot
        party = Party(case_id=snap.case.id, name="", colour=next_colour(snap.parties), position=len(snap.parties))
        PartyDialog.ask(self, party, snap.parties, lambda p: self.doc.execute(AddParty(self.doc, p)),
                        self.doc.state.presenting, new=True)

    def edit_party(self) -> None:
        old = self.selected_party()
        if old is None:
            return
        PartyDialog.ask(self, old, self.doc.snapshot.parties,
                        lambda new: self.doc.execute(EditParty(self.doc, old, new)),
                        self.doc.state.presenting, new=False)

    def delete_party(self) -> None:
        party = self.selected_party()
        if party is None:
            return
        stated = sum(1 for d in self.doc.snapshot.demands if d.party_id == party.id)
        question = self.tr("Delete %1 and its %2 demands? (Edit → Undo brings them back.)")
        if self.ctx.interaction.confirm(self, self.tr("Delete party"),
                                        question.replace("%1", party.name).replace("%2", str(stated))):
            self.doc.execute(DeleteParty(self.doc, party))

    def set_superior(self, party_id: str, superior_id: str) -> None:
        """Make ``superior_id`` ('' for none) the superior of ``party_id`` (from a drop in the tree)."""
        old = next((p for p in self.doc.snapshot.parties if p.id == party_id), None)
        if old is None or (old.superior_id or "") == superior_id:
            return
        new = dataclasses.replace(old, superior_id=superior_id or None)
        try:
            self.doc.execute(EditParty(self.doc, old, new))
        except Exception as exc:
            self.ctx.interaction.error(self, self.tr("Cannot move party"), describe_error(exc))


register_page(PageSpec(
    name="parties", title=lambda: QCoreApplication.translate("Pages", "Parties"), factory=PartiesPage,
    order=20, icon=QStyle.StandardPixmap.SP_DirHomeIcon,
))
