"""Sessions page (协商会议): the bargaining record beside the frontier view, editor and analysis panels."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QSplitter, QStyle, QTabWidget, QWidget

from desk.core.changes import Kind
from desk.core.enums import PartyRole
from desk.core.issues import Value
from desk.core.sessions import Proposal
from desk.core.snapshot import CaseSnapshot
from desk.ui.case_document import CaseDocument
from desk.ui.context import AppContext
from desk.ui.dialogs.explain_dialog import ExplainDialog
from desk.ui.page_refresh import subscribe
from desk.ui.pages.registry import PageSpec, register_page
from desk.ui.pages.rehearsal.play import attach_to_sessions
from desk.ui.pages.sessions.bargaining_panel import BargainingPanel
from desk.ui.pages.sessions.compensation_panel import CompensationPanel
from desk.ui.pages.sessions.frontier_view import FrontierView
from desk.ui.pages.sessions.improvement_panel import ImprovementPanel
from desk.ui.pages.sessions.money_panel import MoneyPanel
from desk.ui.pages.sessions.proposal_editor import ProposalEditor


class SessionsPage(QWidget):
    """Left: the record and the proposal editor; right: the frontier, what is left on the table, compensation."""

    def __init__(self, ctx: AppContext, doc: CaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.doc = ctx, doc
        self.views = doc.views
        self.bargaining = doc.bargaining
        self._presenting = doc.state.presenting
        self.selected_package: dict[str, Value] | None = None
        self.editor = ProposalEditor(self.views)
        self.panel = BargainingPanel(ctx, doc, self.bargaining, self.editor.package)
        self.frontier = FrontierView(ctx, self.views)
        self.improvement = ImprovementPanel()
        self.compensation = CompensationPanel()
        self.money = MoneyPanel(ctx.tasks)

        self.left = QTabWidget()
        self.left.addTab(self.panel, self.tr("Sessions and rounds"))
        self.left.addTab(self.editor, self.tr("Proposal editor"))
        self.right = QTabWidget()
        self.right.addTab(self.frontier, self.tr("Pareto frontier"))
        self.right.addTab(self.improvement, self.tr("What is left on the table"))
        self.right.addTab(self.compensation, self.tr("Compensation"))
        self.right.addTab(self.money, self.tr("In money"))
        self.right.currentChanged.connect(lambda _i: self._update_panels())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([430, 650])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.conductor = attach_to_sessions(ctx, self)  # a played rehearsal (演练): its agents answer here
        layout.addWidget(splitter)

        self.frontier.picked.connect(self.load_package)
        self.improvement.picked.connect(self.load_package)
        self.frontier.job.ready.connect(lambda _data: self._update_panels())
        self.editor.table_requested.connect(self.table)
        self.editor.explain_requested.connect(self.explain)
        self.editor.package_changed.connect(self._editor_changed)
        self.panel.proposal_selected.connect(self._proposal_selected)
        self.panel.concluded_now.connect(self._announce)
        self.compensation.adopt.connect(self.adopt_rule)
        self.subscription = subscribe(self, doc, (Kind.CASE, Kind.PARTIES, Kind.ISSUES, Kind.DEMANDS,
                                                  Kind.BARGAINING, Kind.RULES, Kind.MONITORING, Kind.SCENARIOS,
                                                  Kind.PRESENTATION),
                                      self.refresh)

    def adopt_rule(self, rule) -> None:
        """Add a side payment proposed by the compensation panel to the case's rules (undoable, audited)."""
        from desk.core.errors import DeskError
        from desk.ui.rule_commands import AddRuleCommand
        from desk.ui.tasks import describe_error

        if any(r.id == rule.id or r.name == rule.name for r in self.doc.snapshot.rules):
            self.ctx.interaction.error(self, self.tr("Rule not added"),
                                       self.tr("%1 is already a rule of the case.").replace("%1", rule.name))
            return
        try:
            self.doc.execute(AddRuleCommand(self.doc, rule))
        except DeskError as exc:
            self.ctx.interaction.error(self, self.tr("Rule not added"), describe_error(exc))
            return
        self.ctx.interaction.info(self, self.tr("Rule added"), self.tr("%1 is now a rule of the case (page %2).")
                                  .replace("%1", rule.name).replace("%2", QCoreApplication.translate(
                                      "Pages", "Sharing and compensation")))

    def refresh(self) -> None:
        state = self.doc.state
        if state.presenting != self._presenting:
            self._presenting = state.presenting
            self.frontier.drop_chart()
        snapshot = self.analysed_snapshot()
        self.panel.refresh()
        self.editor.set_snapshot(snapshot)
        self.editor.set_presenting(state.presenting)
        self.frontier.set_case(snapshot, state.record)
        self._update_panels()

    def analysed_snapshot(self) -> CaseSnapshot:
        """What the chart, the bars and the panels compute from: while presenting, the public snapshot
        (no reservation, BATNA or breakpoint), so nothing on screen is derived from a confidential value."""
        return self.doc.state.shown

    # -- wiring ------------------------------------------------------------------------------
    def load_package(self, package: Mapping[str, Value]) -> None:
        """A point picked in the chart (or the best improvement) goes into the editor, tabled by the mediator."""
        self.editor.set_package(dict(package))
        mediator = next((p for p in self.doc.snapshot.parties if p.role is PartyRole.MEDIATOR), None)
        if mediator is not None:
            self.editor.set_author(mediator.id)
        self.left.setCurrentWidget(self.editor)

    def table(self) -> None:
        if self.panel.table(self.editor.author.currentData(), self.editor.package(), self.editor.note.text().strip()):
            self.editor.note.clear()
            self.left.setCurrentWidget(self.panel)

    def explain(self, party_id: str) -> None:
        snapshot = self.doc.snapshot
        index = next((k for k, p in enumerate(snapshot.parties) if p.id == party_id), None)
        if index is None or index >= len(self.editor.explanations):
            return
        from desk.ui.elicitation_text import origin_text

        # from the read model, like everything the page shows (loaded with the demands, one query)
        origin = origin_text(self.doc.state.answers(party_id), {i.id: i.name for i in snapshot.issues})
        dialog = ExplainDialog(snapshot.parties[index].label, self.editor.explanations[index],
                               self.doc.state.presenting, self, origin)
        dialog.exec()

    def _announce(self, text: str) -> None:
        """The conclusion is said where the user looks next: the window's status line (the banner stays)."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 20000)

    def _proposal_selected(self, proposal: Proposal | None) -> None:
        self.selected_package = dict(proposal.package) if proposal is not None else None
        self._update_panels()

    def _editor_changed(self, package: dict) -> None:
        self.selected_package = package
        self._update_panels()

    def _update_panels(self) -> None:
        snapshot, presenting = self.doc.snapshot, self.doc.state.presenting
        ids = self.frontier.party_ids()
        if self.selected_package is None:
            self.improvement.show_nothing()
        else:
            self.improvement.update_for(self.frontier.data, snapshot, self.selected_package, presenting)
        self.compensation.update_for(snapshot, self.selected_package, ids, presenting)
        if self.right.currentWidget() is self.money:
            self.money.update_for(self.doc.state, self.selected_package)


register_page(PageSpec(
    name="sessions", title=lambda: QCoreApplication.translate("Pages", "Sessions"), factory=SessionsPage,
    order=50, icon=QStyle.StandardPixmap.SP_FileDialogContentsView,
))
