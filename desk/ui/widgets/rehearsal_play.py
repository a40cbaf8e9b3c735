"""Playing a rehearsal: the user is one signatory, agents the others; the same rounds, proposals and answers.

Every user action can be undone (the negotiation, agents included, is restored as it was
before it). Nothing is written to the case file.
"""
from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.core.errors import DeskError
from desk.ui.case_document import CaseDocument
from desk.ui.context import AppContext


class RehearsalPlay(QWidget):
    """The user plays one signatory against agents; undo; a debrief when it ends."""

    def __init__(self, ctx: AppContext, doc: CaseDocument, options: Callable[[], dict[str, Any]],
                 draw: Callable[[Any, Any, dict[str, Any]], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desk.services.frontier_view import FrontierViewService
        from desk.ui.pages.sessions.proposal_editor import ProposalEditor

        self.ctx, self.doc, self.options, self.draw = ctx, doc, options, draw
        self.negotiation: Any = None
        self.history: list[Any] = []
        self.you = QComboBox()
        self.seed = QSpinBox()
        self.seed.setRange(0, 10_000)
        self.start_button = QPushButton(self.tr("Start a new rehearsal"))
        self.start_button.clicked.connect(self.start)
        setup = QFormLayout()
        setup.addRow(self.tr("You play"), self.you)
        setup.addRow(self.tr("Seed"), self.seed)
        setup.addRow(self.start_button)
        self.editor = ProposalEditor(FrontierViewService())
        self.editor.author.setEnabled(False)
        self.editor.table_requested.connect(self.table)
        self.pass_button = QPushButton(self.tr("Pass this round"))
        self.pass_button.clicked.connect(lambda: self._act(lambda n: n.table(self._you, None)))
        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_button.clicked.connect(lambda: self._act(lambda n: n.answer(self._you, True)))
        self.reject_button = QPushButton(self.tr("Reject"))
        self.reject_button.clicked.connect(lambda: self._act(lambda n: n.answer(self._you, False)))
        self.undo_button = QPushButton(self.tr("Undo my last step"))
        self.undo_button.clicked.connect(self.undo)
        self.keep_button = QPushButton(self.tr("Keep as a rehearsal file…"))
        self.keep_button.setToolTip(self.tr("Saved beside the case in its .rehearsals folder, never in the case "
                                            "file; open it to see the rounds and minutes, delete it when done."))
        self.keep_button.clicked.connect(self.keep)
        self.report_button = QPushButton(self.tr("Debrief report (PDF)…"))
        self.report_button.clicked.connect(self.export_report)
        self.prompt = QLabel(self.tr("Choose whom you play and start."))
        self.prompt.setWordWrap(True)
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.reject_button, self.pass_button, self.undo_button):
            buttons.addWidget(button)
        left = QVBoxLayout()
        left.addLayout(setup)
        left.addWidget(self.prompt)
        left.addLayout(buttons)
        left.addWidget(self.log, 1)
        after = QHBoxLayout()
        after.addWidget(self.keep_button)
        after.addWidget(self.report_button)
        after.addStretch(1)
        left.addLayout(after)
        scroll = QScrollArea()  # the editor is as tall as the case has issues; the page must fit 768 px
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(scroll, 1)
        self.refresh()
        self._update()

    @property
    def _you(self) -> int:
        return self.negotiation.arena.model.frontier_names.index(self.you.currentText()) if self.negotiation else 0

    def refresh(self) -> None:
        """Signatories to choose from and the editor's issues, after the case changed."""
        names = [p.name for p in self.doc.snapshot.signatories]
        if [self.you.itemText(i) for i in range(self.you.count())] != names:
            self.you.clear()
            self.you.addItems(names)
        self.editor.set_snapshot(self.doc.snapshot)

    def start(self) -> None:
        """A new negotiation: agents for the other signatories with the strategies chosen above."""
        from desk.core.rehearsal.agents import Mediator, make_agent
        from desk.core.rehearsal.arena import Arena
        from desk.core.rehearsal.perturb import perturb_model
        from desk.core.rehearsal.protocol import Negotiation
        from desk.services.rehearsal import model_of_snapshot

        options = self.options()
        try:
            model = model_of_snapshot(self.doc.snapshot)
            you = model.frontier_names.index(self.you.currentText())
            agents = {}
            for k, name in enumerate(model.frontier_names):
                spec = options["strategies"].get(name, "linear")
                if k != you:
                    if "|" in spec:
                        raise DeskError(self.tr("Choose one strategy for each agent to play against it."))
                    agents[k] = make_agent(spec, k)
            rng = np.random.default_rng(self.seed.value())
            order = [int(k) for k in rng.permutation(len(model.frontier))]
            if options["perturbation"] > 0:
                others = [p for k, p in enumerate(model.frontier) if k != you]
                model = perturb_model(model, options["perturbation"], rng, others)
            self.negotiation = Negotiation(Arena.build(model), agents, deadline=options["rounds"], order=order,
                                           mediator=Mediator() if options["mediator"] else None)
        except DeskError as exc:
            self.prompt.setText(str(exc))
            return
        self.history = []
        self.editor.set_author(self.doc.snapshot.signatories[you].id)
        self.negotiation.advance()
        self._update()

    def table(self) -> None:
        if self.negotiation is None:
            return
        choice = self.negotiation.arena.model.space.choice_of(self.editor.package())
        self._act(lambda n: n.table(self._you, choice))

    def undo(self) -> None:
        if self.history:
            self.negotiation = self.history.pop()
            self._update()

    def _act(self, step: Callable[[Any], None]) -> None:
        """Run the user's step, then let the agents answer and counter at once."""
        if self.negotiation is None:
            return
        saved = copy.deepcopy(self.negotiation, {id(self.negotiation.arena): self.negotiation.arena})
        try:
            step(self.negotiation)
        except DeskError as exc:
            self.prompt.setText(str(exc))
            return
        self.history.append(saved)
        self.negotiation.advance()
        self._update()

    def _terms(self, choice: tuple[int, ...]) -> str:
        model = self.negotiation.arena.model
        package = model.space.package(np.asarray(choice), by="key")
        issues = {i.id: i for i in self.doc.snapshot.issues}
        sep = "; " if self.ctx.language.startswith("en") else "；"
        return sep.join(f"{issues[k].name} {issues[k].format_value(v)}" for k, v in package.items() if k in issues)

    def _update(self) -> None:
        negotiation = self.negotiation
        action = None if negotiation is None else negotiation.next_action()
        answering = action is not None and action.kind == "answer"
        self.accept_button.setEnabled(answering)
        self.reject_button.setEnabled(answering)
        self.pass_button.setEnabled(action is not None and action.kind == "table")
        self.editor.table_button.setEnabled(action is not None and action.kind == "table")
        self.undo_button.setEnabled(bool(self.history))
        self.keep_button.setEnabled(negotiation is not None and negotiation.finished)
        self.report_button.setEnabled(negotiation is not None and negotiation.finished)
        self.you.setEnabled(negotiation is None or negotiation.finished)
        if negotiation is None:
            return
        names = negotiation.arena.names
        lines = []
        accepts, rejects = self.tr("%1 accepts"), self.tr("%1 rejects")
        for p in negotiation.proposals:
            author = self.tr("Mediator") if p.author < 0 else names[p.author]
            answers = "; ".join((accepts if a else rejects).replace("%1", names[k])
                                for k, a in enumerate(p.answers) if a is not None and k != p.author)
            lines.append(self.tr("Round %1, %2: %3 (your utility %4). %5").replace("%1", str(p.round))
                         .replace("%2", author).replace("%3", self._terms(p.choice))
                         .replace("%4", f"{p.utilities[self._you]:.3f}").replace("%5", answers))
        self.log.setPlainText("\n".join(lines))
        self.log.verticalScrollBar().setValue(self.log.verticalScrollBar().maximum())
        if negotiation.finished:
            self._finish()
        elif answering:
            p = negotiation.proposals[action.proposal]
            self.prompt.setText(self.tr("Round %1: answer the proposal (your utility %2).")
                                .replace("%1", str(p.round)).replace("%2", f"{p.utilities[self._you]:.3f}"))
        else:
            self.prompt.setText(self.tr("Round %1 of %2: table a package with the editor, or pass.")
                                .replace("%1", str(negotiation.round)).replace("%2", str(negotiation.deadline)))

    def _finish(self) -> None:
        from desk.core.rehearsal.debrief import debrief

        outcome = self.negotiation.outcome()
        lesson = debrief(self.negotiation.arena, outcome).to_dict()
        if outcome.agreement is None:
            self.prompt.setText(self.tr("No agreement by the deadline. The debrief is below."))
        else:
            self.prompt.setText(self.tr("Agreement in round %1: your utility %2. The debrief is below.")
                                .replace("%1", str(outcome.rounds))
                                .replace("%2", f"{outcome.agreement.utilities[self._you]:.3f}"))
        self.draw(self.negotiation.arena.utilities, self.negotiation.arena.names, lesson)

    def keep(self) -> Path | None:
        """Record the finished rehearsal in a new sandbox case file beside the case (never in the case)."""
        from desk.services.rehearsal_sandbox import create_sandbox, record_outcome

        if self.negotiation is None or not self.negotiation.finished:
            return None
        snapshot = self.doc.snapshot
        chair = next((p for p in snapshot.parties if p.role.value == "mediator"), None)
        you = self.negotiation.arena.names[self._you]
        try:
            service = create_sandbox(self.doc.path, "play")
            try:
                record_outcome(service, self.negotiation.arena, self.negotiation.outcome(),
                               title=f"演练：{you}", notes=self.tr("played by the user as %1").replace("%1", you),
                               mediator=chair)
                path = service.path
            finally:
                service.close()
        except DeskError as exc:
            self.prompt.setText(str(exc))
            return None
        self.prompt.setText(self.tr("Kept in %1").replace("%1", str(path)))
        return path

    def report_data(self) -> dict[str, Any]:
        """The finished rehearsal in the shape of a ``desk rehearse`` result with one run."""
        from desk.core.rehearsal.debrief import debrief

        negotiation = self.negotiation
        outcome = negotiation.outcome()
        names = negotiation.arena.names
        deal = outcome.agreement
        strategies = [self.tr("(you)") if k == self._you else negotiation.agents[k].label for k in range(len(names))]
        author = None if deal is None else (self.tr("Mediator") if deal.author < 0 else names[deal.author])
        run = {"seed": self.seed.value(), "agreement": deal is not None, "rounds": outcome.rounds,
               "proposed_by": author,
               "package": None if deal is None else negotiation.arena.model.space.package(np.asarray(deal.choice)),
               "strategies": strategies, "debrief": debrief(negotiation.arena, outcome).to_dict()}
        return {"parties": list(names), "rounds": negotiation.deadline, "runs": [run]}

    def export_report(self) -> None:
        if self.negotiation is None or not self.negotiation.finished:
            return
        suggested = str(self.doc.path.with_name(self.doc.path.stem + "-复盘.pdf"))
        path = self.ctx.interaction.save_path(self, self.tr("Debrief report"), "PDF (*.pdf)", suggested)
        if path is not None:
            self.write_report(path)

    def write_report(self, path: Path) -> None:
        from desk.services.rehearsal_report import write_debrief_pdf

        try:
            write_debrief_pdf(self.report_data(), self.negotiation.arena.model, self.doc.snapshot.case.name, path,
                              "en" if self.ctx.language.startswith("en") else "zh")
        except DeskError as exc:
            self.prompt.setText(str(exc))
            return
        self.prompt.setText(self.tr("Wrote %1").replace("%1", str(path)))
