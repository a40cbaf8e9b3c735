"""Demands page: the party × issue grid, the demand form behind each cell, and the history of changes."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.core.changes import Kind
from desk.core.demands import Demand
from desk.core.errors import DeskError
from desk.services.attachments import Attachment
from desk.ui.case_document import CaseDocument
from desk.ui.context import AppContext
from desk.ui.dialogs.demand_dialog import ALL_FILES, DemandDialog
from desk.ui.models.demand_grid_model import DemandGridModel
from desk.ui.models.history_model import RESERVATION, DemandHistoryModel
from desk.ui.page_refresh import subscribe
from desk.ui.pages.registry import PageSpec, register_page
from desk.ui.tasks import describe_error
from desk.ui.undo_commands import DeleteDemand, SetDemand


class DemandsPage(QWidget):
    """Double-click (or Enter on) a cell to state or change that party's position on that issue."""

    def __init__(self, ctx: AppContext, doc: CaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.doc = ctx, doc
        self.model = DemandGridModel(self)
        self.grid = QTableView()
        self.grid.setModel(self.model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setMinimumSectionSize(110)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.setWordWrap(True)
        self.grid.doubleClicked.connect(self.edit_cell)
        self.grid.activated.connect(self.edit_cell)

        self.edit_button = QPushButton(self.tr("State or change position…"))
        self.withdraw_button = QPushButton(self.tr("Withdraw position"))
        self.edit_button.clicked.connect(lambda: self.edit_cell(self.grid.currentIndex()))
        self.withdraw_button.clicked.connect(self.withdraw)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.withdraw_button)
        self.weights_button = QPushButton(self.tr("Weights…"))
        self.weights_button.setToolTip(self.tr("Weights of the selected party's issues, by swing weighting or "
                                               "pairwise comparison"))
        self.weights_button.clicked.connect(self.elicit_weights)
        buttons.addWidget(self.weights_button)
        self.scores_button = QPushButton(self.tr("Scores…"))
        self.scores_button.setToolTip(self.tr("Rate every option (discrete issue) or shape the value function "
                                              "(numeric issue) of the selected cell's party"))
        self.scores_button.clicked.connect(self.elicit_scores)
        buttons.addWidget(self.scores_button)
        self.batna_button = QPushButton(self.tr("BATNA…"))
        self.batna_button.setToolTip(self.tr("What the selected party gets if no agreement is reached (confidential): "
                                             "the outcome issue by issue, or the utility"))
        self.batna_button.clicked.connect(self.set_batna)
        buttons.addWidget(self.batna_button)
        buttons.addStretch(1)

        self.history_model = DemandHistoryModel(self)
        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.only_selected = QCheckBox(self.tr("Only the selected cell"))
        self.only_selected.toggled.connect(self.refresh_history)
        history_box = QGroupBox(self.tr("History of demands (who changed what, when)"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.only_selected)
        history_layout.addWidget(self.history)

        splitter = QSplitter(Qt.Orientation.Vertical)
        grid_box = QWidget()
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addLayout(buttons)
        grid_layout.addWidget(self.grid)
        splitter.addWidget(grid_box)
        splitter.addWidget(history_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.grid.selectionModel().currentChanged.connect(lambda *_: self.refresh_history())
        self.subscription = subscribe(self, doc, (Kind.PARTIES, Kind.ISSUES, Kind.DEMANDS, Kind.PRESENTATION),
                                      self.refresh)

    def refresh(self) -> None:
        state = self.doc.state
        shown = state.shown  # the public demands while presenting: no reservation, no breakpoints
        current = self.grid.currentIndex()
        self.model.set_data(shown.parties, shown.issues, shown.demands)
        if current.isValid() and current.row() < self.model.rowCount() and current.column() < self.model.columnCount():
            self.grid.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.history.setColumnHidden(RESERVATION, state.presenting)  # the shown history holds none
        for button in (self.weights_button, self.scores_button, self.batna_button):  # confidential answers
            button.setEnabled(not state.presenting)
        self.refresh_history()

    def refresh_history(self) -> None:
        snap = self.doc.state.shown
        demand_id = None
        if self.only_selected.isChecked():
            index = self.grid.currentIndex()
            demand = self.model.demand_at(index) if index.isValid() else None
            demand_id = demand.id if demand else "-"
        revisions = [] if demand_id == "-" else self.doc.state.history(demand_id)
        self.history_model.set_history(revisions, {p.id: p for p in snap.parties}, {i.id: i for i in snap.issues})

    def _stored(self, index: QModelIndex) -> Demand | None:
        """The demand of a grid cell as stored (the grid shows the public one while presenting)."""
        if not index.isValid():
            return None
        party, issue = self.model.parties[index.row()], self.model.issues[index.column()]
        return self.doc.snapshot.demand(party.id, issue.id)

    # -- actions -----------------------------------------------------------------------------
    def edit_cell(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        party, issue = self.model.parties[index.row()], self.model.issues[index.column()]
        old = self._stored(index)  # the form keeps what it does not show
        demand = old or Demand(case_id=self.doc.snapshot.case.id, party_id=party.id, issue_id=issue.id, ideal="")
        attachments = self.doc.attachments.list(old.id) if old else []

        def submit(new: Demand, files, removed) -> None:
            self.doc.execute(SetDemand(self.doc, old, new, files, removed))

        dialog = DemandDialog(party, issue, demand, attachments, submit, self.doc.state.presenting,
                              pick_file=lambda: self.ctx.interaction.open_path(self, self.tr("Attach evidence"),
                                                                               ALL_FILES),
                              open_attachment=self.open_attachment, parent=self)
        dialog.exec()

    def open_attachment(self, attachment: Attachment) -> None:
        path = self.doc.attachments.extract(attachment.id)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def elicit_weights(self) -> None:
        """Ask the selected party's weights (swing or pairwise) and write them into its demands, undoably."""
        from desk.ui.dialogs.weights_dialog import WeightsDialog
        from desk.ui.elicitation_commands import ElicitWeights

        index = self.grid.currentIndex()
        if not index.isValid() or self.doc.state.presenting:
            return
        snap = self.doc.snapshot
        party = self.model.parties[index.row()]
        own = {d.issue_id: d for d in snap.demands if d.party_id == party.id}
        issues = [i for i in snap.issues if i.id in own]
        if len(issues) < 2:
            self.ctx.interaction.error(self, self.tr("Weights"), self.tr("%1 has stated fewer than two positions: "
                                                                         "there is nothing to weigh yet.")
                                       .replace("%1", party.label))
            return
        from desk.services.batna_view import BatnaView

        scale = BatnaView.of(snap, party.id).scale()  # each swing: the party's worst → best value of the issue
        ranges = {i.id: (scale.worst[i.id], scale.best[i.id]) for i in issues if i.id in scale.best}
        answer = WeightsDialog.ask(party.label, issues, {i.id: own[i.id].priority for i in issues}, self, ranges)
        if answer is not None:
            try:
                self.doc.execute(ElicitWeights(self.doc, party.id, answer.weights, answer.method, answer.answers))
            except DeskError as exc:
                self.ctx.interaction.error(self, self.tr("Weights"), describe_error(exc))

    def elicit_scores(self) -> None:
        """Ratings or value-function points for the selected cell's party and issue, undoably."""
        from desk.ui.dialogs.scores_dialog import ScoresDialog
        from desk.ui.elicitation_commands import ElicitScores

        index = self.grid.currentIndex()
        demand = self._stored(index)
        if demand is None or self.doc.state.presenting:
            return
        party, issue = self.model.parties[index.row()], self.model.issues[index.column()]
        answer = ScoresDialog.ask(party.label, issue, demand, self)
        if answer is not None:
            try:
                self.doc.execute(ElicitScores(self.doc, party.id, issue.id, answer.ratings, answer.points))
            except DeskError as exc:
                self.ctx.interaction.error(self, self.tr("Scores"), describe_error(exc))

    def set_batna(self) -> None:
        """The selected party's no-agreement outcome (or typed utility), undoably; hidden while presenting."""
        from desk.services.batna_view import BatnaView
        from desk.ui.dialogs.batna_dialog import BatnaDialog
        from desk.ui.elicitation_commands import SetNoAgreement

        index = self.grid.currentIndex()
        if not index.isValid() or self.doc.state.presenting:
            return
        snap = self.doc.snapshot
        party = self.model.parties[index.row()]
        if not snap.issues:
            return
        answer = BatnaDialog.ask(party, list(snap.issues), BatnaView.of(snap, party.id), self)
        if answer is not None:
            try:
                self.doc.execute(SetNoAgreement(self.doc, party.id, answer.package, answer.batna))
            except DeskError as exc:
                self.ctx.interaction.error(self, self.tr("BATNA"), describe_error(exc))

    def withdraw(self) -> None:
        index = self.grid.currentIndex()
        demand = self._stored(index)
        if demand is not None:
            self.doc.execute(DeleteDemand(self.doc, demand))


register_page(PageSpec(
    name="demands", title=lambda: QCoreApplication.translate("Pages", "Demands"), factory=DemandsPage,
    order=40, icon=QStyle.StandardPixmap.SP_FileDialogDetailedView,
))
