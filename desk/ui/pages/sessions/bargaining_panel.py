"""The bargaining record of a case: sessions, numbered rounds, proposals, answers, minutes, conclusion."""
from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.core.bargaining import BargainingRecord
from desk.core.enums import ResponseKind
from desk.core.errors import DeskError
from desk.core.issues import Value
from desk.core.language import text_language
from desk.core.rehearsal.files import is_sandbox
from desk.core.sessions import Proposal, Session
from desk.services.bargaining import BargainingService
from desk.ui.bargaining_commands import AnswerProposal, CloseRound, CreateSession, EditSession, OpenRound, TableProposal
from desk.ui.case_document import CaseDocument
from desk.ui.context import AppContext
from desk.ui.dialogs.session_dialog import SessionDialog
from desk.ui.models.proposal_table_model import ProposalTableModel
from desk.ui.tasks import describe_error
from desk.ui.undo_commands import ServiceCommand

CONCLUDED_STYLE = "background: #E8F5E9; color: #1B5E20; font-weight: 600; padding: 6px; border: 1px solid #A5D6A7;"


class BargainingPanel(QWidget):
    """Shows and edits the record; every action is one service call (one transaction, one audit event)."""

    proposal_selected = Signal(object)  # Proposal or None
    concluded_now = Signal(str)  # the announcement, when a step just concluded the bargaining

    def __init__(self, ctx: AppContext, doc: CaseDocument, bargaining: BargainingService,
                 editor_package: Callable[[], dict[str, Value]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.doc, self.bargaining = ctx, doc, bargaining
        self.editor_package = editor_package
        self.record: BargainingRecord | None = None
        self.concluded: Proposal | None = None
        self.signatory_ids: tuple[str, ...] = ()
        self.rounds_shown = 0
        #: A played rehearsal's guard: turns the user's step into its turn, or refuses it out of turn.
        self.wrap: Callable[[ServiceCommand], ServiceCommand] = lambda command: command

        self.session = QComboBox()
        self.session.setObjectName("sessionChooser")
        self.session.currentIndexChanged.connect(lambda _i: self._show_session())
        self.new_session_button = QPushButton(self.tr("New session…"))
        self.new_session_button.clicked.connect(self.new_session)
        self.edit_session_button = QPushButton(self.tr("Edit…"))
        self.edit_session_button.clicked.connect(self.edit_session)
        self.rehearse_button = QPushButton(self.tr("New rehearsal…"))
        self.rehearse_button.setObjectName("newRehearsalButton")
        self.rehearse_button.setToolTip(self.tr("Rehearse: play your side against agents in a copy of this case, kept "
                                                "apart from the real record"))
        self.rehearse_button.clicked.connect(self.new_rehearsal)
        self.rehearse_button.setVisible(not is_sandbox(doc.path))  # a rehearsal starts from the real case
        self.session_info = QLabel()
        self.session_info.setWordWrap(True)
        self.rounds = QListWidget()
        self.rounds.setMaximumHeight(90)
        self.rounds.currentRowChanged.connect(lambda _r: self._show_round())
        self.open_round_button = QPushButton(self.tr("Open next round"))
        self.open_round_button.clicked.connect(self.open_round)
        self.model = ProposalTableModel(self)
        self.proposals = QTableView()
        self.proposals.setObjectName("proposalTable")
        self.proposals.setModel(self.model)
        self.proposals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.proposals.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.proposals.verticalHeader().hide()
        self.proposals.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.proposals.horizontalHeader().setStretchLastSection(True)
        self.proposals.selectionModel().currentRowChanged.connect(lambda *_: self._proposal_changed())
        self.answer_party = QComboBox()
        self.answer_party.setObjectName("answerParty")
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("Comment (goes into the minutes)"))
        self.accept_button = QPushButton(self.tr("Accept"))
        self.reject_button = QPushButton(self.tr("Reject"))
        self.counter_button = QPushButton(self.tr("Counter with the editor's package"))
        self.accept_button.clicked.connect(lambda: self.answer(ResponseKind.ACCEPT))
        self.reject_button.clicked.connect(lambda: self.answer(ResponseKind.REJECT))
        self.counter_button.clicked.connect(self.counter)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Notes for the minutes of this round (会议纪要)"))
        self.notes.setMaximumHeight(70)
        self.close_round_button = QPushButton(self.tr("Close round and write the minutes"))
        self.close_round_button.clicked.connect(self.close_round)
        self.minutes = QPlainTextEdit()
        self.minutes.setReadOnly(True)
        self.minutes_pdf_button = QPushButton(self.tr("Export minutes as PDF…"))
        self.minutes_pdf_button.setToolTip(self.tr("The minutes of the selected (closed) round, in the official "
                                                   "document layout"))
        self.minutes_pdf_button.clicked.connect(self.export_minutes)
        self.concluded_label = QLabel()
        self.concluded_label.setObjectName("concludedBanner")
        self.concluded_label.setWordWrap(True)
        self.concluded_label.setStyleSheet(CONCLUDED_STYLE)

        session_row = QHBoxLayout()
        session_row.addWidget(self.session, 1)
        session_row.addWidget(self.new_session_button)
        session_row.addWidget(self.edit_session_button)
        round_row = QHBoxLayout()
        round_row.addWidget(self.rounds, 1)
        round_buttons = QVBoxLayout()
        round_buttons.addWidget(self.open_round_button)
        round_buttons.addWidget(self.rehearse_button)  # here, not beside "New session…": the row would widen the page
        round_buttons.addStretch(1)
        round_row.addLayout(round_buttons)
        self.answers = answers = QGroupBox(self.tr("Answer the selected proposal"))
        answers.setObjectName("answerBox")
        answer_layout = QVBoxLayout(answers)
        first = QHBoxLayout()
        first.addWidget(self.answer_party)
        first.addWidget(self.comment, 1)
        second = QHBoxLayout()
        second.addWidget(self.accept_button)
        second.addWidget(self.reject_button)
        answer_layout.addLayout(first)
        answer_layout.addLayout(second)
        answer_layout.addWidget(self.counter_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.concluded_label)
        layout.addLayout(session_row)
        layout.addWidget(self.session_info)
        layout.addLayout(round_row)
        layout.addWidget(self.proposals, 2)
        layout.addWidget(answers)
        layout.addWidget(self.notes)
        layout.addWidget(self.close_round_button)
        minutes_row = QHBoxLayout()
        minutes_row.addWidget(QLabel(self.tr("Minutes of the selected round:")), 1)
        minutes_row.addWidget(self.minutes_pdf_button)
        layout.addLayout(minutes_row)
        layout.addWidget(self.minutes, 1)

    # -- showing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the record of the document's state, keeping the selected session and round."""
        was_open = self.record is not None and self.concluded is None
        state = self.doc.state
        self.record, snapshot, self.concluded = state.record, state.snapshot, state.concluded
        self.signatory_ids = tuple(p.id for p in snapshot.signatories)
        self.labels = {p.id: p.label for p in snapshot.parties}
        current = self.session.currentData()
        self.session.blockSignals(True)
        self.session.clear()
        for session in self.record.sessions:
            self.session.addItem(session.title, session.id)
        index = self.session.findData(current)
        self.session.setCurrentIndex(index if index >= 0 else self.session.count() - 1)
        self.session.blockSignals(False)
        party = self.answer_party.currentData()
        self.answer_party.clear()
        # signatories first: theirs are the answers that conclude the bargaining
        for p in sorted(snapshot.parties, key=lambda p: not p.is_signatory):
            self.answer_party.addItem(p.label, p.id)
        self.answer_party.setCurrentIndex(max(0, self.answer_party.findData(party)))
        self.concluded_label.setVisible(self.concluded is not None)
        if self.concluded is not None:
            self.concluded_label.setText(self.tr("Concluded: every signatory accepted the proposal of %1 "
                                                 "in round %2. It is the basis of the agreement.")
                                         .replace("%1", self.labels.get(self.concluded.author_id, "?"))
                                         .replace("%2", str(self.record.round_number(self.concluded))))
        self._show_session(keep_round=True)
        if was_open and self.concluded is not None:
            self.concluded_now.emit(self.concluded_label.text())

    def current_session(self) -> Session | None:
        if self.record is None:
            return None
        return next((s for s in self.record.sessions if s.id == self.session.currentData()), None)

    def current_round(self):
        session = self.current_session()
        if session is None or self.record is None:
            return None
        rounds = self.record.rounds_of(session.id)
        row = self.rounds.currentRow()
        return rounds[row] if 0 <= row < len(rounds) else None

    def _show_session(self, keep_round: bool = False) -> None:
        session = self.current_session()
        row = self.rounds.currentRow()
        self.rounds.blockSignals(True)
        self.rounds.clear()
        if session is not None and self.record is not None:
            parts = [session.held_on.isoformat() if session.held_on else "", session.place,
                     self.tr("chair: %1").replace("%1", session.chair) if session.chair else "",
                     "、".join(session.attendees)]
            self.session_info.setText(" · ".join(p for p in parts if p))
            rounds = self.record.rounds_of(session.id)
            for rnd in rounds:
                state = self.tr("closed") if rnd.is_closed else self.tr("open")
                self.rounds.addItem(self.tr("Round %1 (%2)").replace("%1", str(rnd.number)).replace("%2", state))
            if rounds:  # a new round (or another session) shows its latest round
                same = keep_round and len(rounds) == self.rounds_shown and 0 <= row < len(rounds)
                self.rounds.setCurrentRow(row if same else len(rounds) - 1)
            self.rounds_shown = len(rounds)
        else:
            self.session_info.setText(self.tr("No session yet: create one to start recording the bargaining."))
        self.rounds.blockSignals(False)
        self._show_round()

    def _show_round(self) -> None:
        rnd = self.current_round()
        selected = self.selected_proposal()
        proposals = list(self.record.proposals_in(rnd.id)) if rnd is not None and self.record else []
        self.model.set_proposals(proposals, self.record, self.labels, self.concluded.id if self.concluded else None,
                                 self.signatory_ids)
        self.minutes.setPlainText(rnd.minutes if rnd is not None else "")
        ids = [p.id for p in proposals]
        if selected is not None and selected.id in ids:
            self.proposals.selectRow(ids.index(selected.id))
        elif proposals:
            self.proposals.selectRow(len(proposals) - 1)
        self._update_enabled()
        self._proposal_changed()

    def selected_proposal(self) -> Proposal | None:
        index = self.proposals.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() and index.row() < self.model.rowCount() else None

    def select_proposal(self, proposal_id: str) -> None:
        """Show the proposal's round and select it (a proposal just tabled is the one answered next)."""
        if self.record is None:
            return
        proposal = self.record.proposal(proposal_id)
        if proposal is None:
            return
        rnd = next(r for r in self.record.rounds if r.id == proposal.round_id)
        self.session.setCurrentIndex(self.session.findData(rnd.session_id))
        self.rounds.setCurrentRow(self.record.rounds_of(rnd.session_id).index(rnd))
        ids = [p.id for p in self.model.rows()]
        if proposal_id in ids:
            self.proposals.selectRow(ids.index(proposal_id))

    def _proposal_changed(self) -> None:
        proposal = self.selected_proposal()
        if proposal is None:
            self.answers.setTitle(self.tr("Answer the selected proposal"))
        else:
            self.answers.setTitle(self.tr("Answer proposal %1 of %2 (round %3)")
                                  .replace("%1", str(self.model.number(proposal)))
                                  .replace("%2", self.labels.get(proposal.author_id, "?"))
                                  .replace("%3", str(self.record.round_number(proposal) if self.record else "")))
        self._update_enabled()
        self.proposal_selected.emit(self.selected_proposal())

    def _update_enabled(self) -> None:
        open_round = self.current_round()
        writable = open_round is not None and not open_round.is_closed and self.concluded is None
        has_proposal = self.selected_proposal() is not None
        for button in (self.accept_button, self.reject_button, self.counter_button):
            button.setEnabled(writable and has_proposal)
        self.close_round_button.setEnabled(open_round is not None and not open_round.is_closed)
        self.minutes_pdf_button.setEnabled(open_round is not None and open_round.is_closed)
        session = self.current_session()
        self.open_round_button.setEnabled(session is not None and self.concluded is None and
                                          (self.record is None or self.record.open_round(session.id) is None))
        self.edit_session_button.setEnabled(session is not None)

    # -- actions -----------------------------------------------------------------------------
    def _run(self, command: ServiceCommand) -> bool:
        """Do a step now and put it on the window's undo stack; a refusal is shown, nothing changes."""
        try:
            self.doc.execute(self.wrap(command))
        except DeskError as exc:
            self.ctx.interaction.error(self, self.tr("Bargaining"), describe_error(exc))
            return False
        made = getattr(command, "made", None)
        tabled = made if isinstance(made, Proposal) else (made[1] if isinstance(made, tuple) else None)
        if tabled is not None:  # a tabled or counter proposal: the next answers are for it, from whom awaited
            self.select_proposal(tabled.id)
            awaited = self.record.answer_state(tabled.id, self.signatory_ids).awaited if self.record else ()
            if awaited:
                self.answer_party.setCurrentIndex(max(0, self.answer_party.findData(awaited[0])))
        return True

    def new_session(self) -> None:
        sessions = self.record.sessions if self.record else ()
        pattern = re.compile(re.escape(self.tr("Session %1")).replace("%1", r"(\d+)") + "$")
        numbered = [int(m.group(1)) for s in sessions if (m := pattern.match(s.title))]
        number = max([len(sessions), *numbered]) + 1  # after the highest number in use, never a repeat
        draft = Session(case_id=self.doc.snapshot.case.id, title=self.tr("Session %1").replace("%1", str(number)))
        session = SessionDialog.ask(draft, self)
        if session is not None and self._run(CreateSession(self.doc, self.bargaining, session)):
            self.session.setCurrentIndex(self.session.findData(session.id))

    def new_rehearsal(self) -> None:
        from desk.ui.pages.rehearsal.launch import new_rehearsal

        new_rehearsal(self.ctx, self.doc, self)

    def edit_session(self) -> None:
        current = self.current_session()
        session = SessionDialog.ask(current, self) if current else None
        if session is not None:
            self._run(EditSession(self.doc, self.bargaining, current, session))

    def open_round(self) -> None:
        session = self.current_session()
        if session is not None:
            self._run(OpenRound(self.doc, self.bargaining, session.id))

    def table(self, author_id: str, package: dict[str, Value], note: str) -> bool:
        """Table ``package`` in the open round of the current session."""
        rnd = self.current_round()
        if rnd is None or rnd.is_closed:
            self.ctx.interaction.error(self, self.tr("Bargaining"), self.tr("Open a round first."))
            return False
        return self._run(TableProposal(self.doc, self.bargaining, rnd.id, author_id, package, note))

    def answer(self, kind: ResponseKind) -> None:
        proposal = self.selected_proposal()
        party = self.answer_party.currentData()
        if proposal is not None and party and self._run(
                AnswerProposal(self.doc, self.bargaining, proposal.id, party, kind, self.comment.text().strip())):
            self.comment.clear()

    def counter(self) -> None:
        proposal = self.selected_proposal()
        party = self.answer_party.currentData()
        package = self.editor_package()
        if proposal is not None and party and self._run(
                AnswerProposal(self.doc, self.bargaining, proposal.id, party, ResponseKind.COUNTER,
                               self.comment.text().strip(), package)):
            self.comment.clear()

    def close_round(self) -> None:
        rnd = self.current_round()
        lang = text_language(self.ctx.language)
        if rnd is not None and self._run(CloseRound(self.doc, self.bargaining, rnd.id, self.notes.toPlainText(),
                                                    lang)):
            self.notes.clear()

    def export_minutes(self) -> None:
        """Save the selected closed round's minutes as a PDF (same layout as the agreements)."""
        from desk.services.minutes_export import export_minutes_pdf

        rnd, session = self.current_round(), self.current_session()
        if rnd is None or session is None:
            return
        suggested = f"{session.title}-{rnd.number}.pdf"
        path = self.ctx.interaction.save_path(self, self.tr("Export minutes"), "PDF (*.pdf)", suggested)
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        lang = text_language(self.ctx.language)
        try:
            export_minutes_pdf(self.doc.service, rnd.id, path, lang=lang)
        except (DeskError, OSError) as exc:
            self.ctx.interaction.error(self, self.tr("Export minutes"), describe_error(exc))
