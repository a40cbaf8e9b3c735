"""Undoable bargaining steps. The record only grows in the audit log; undo withdraws a step from the
case (refused when later steps rest on it) and redo puts the same object back."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.core.enums import ResponseKind
from desk.core.sessions import Proposal, Response, Round, Session
from desk.services.bargaining import BargainingService
from desk.ui.case_document import CaseDocument
from desk.ui.undo_commands import ServiceCommand


class CreateSession(ServiceCommand):
    def __init__(self, doc: CaseDocument, bargaining: BargainingService, session: Session) -> None:
        text = QCoreApplication.translate("BargainingCommands", "New session %1")
        super().__init__(doc, text.replace("%1", session.title))
        self.bargaining, self.session = bargaining, session
        self._created = False

    def apply(self) -> None:
        if self._created:
            self.bargaining.restore_session(self.session)
        else:
            self.session = self.bargaining.create_session(self.session)
            self._created = True

    def revert(self) -> None:
        self.bargaining.withdraw_session(self.session.id)


class EditSession(ServiceCommand):
    def __init__(self, doc: CaseDocument, bargaining: BargainingService, old: Session, new: Session) -> None:
        text = QCoreApplication.translate("BargainingCommands", "Edit session %1")
        super().__init__(doc, text.replace("%1", new.title))
        self.bargaining, self.old, self.new = bargaining, old, new

    def apply(self) -> None:
        self.bargaining.update_session(self.new)

    def revert(self) -> None:
        self.bargaining.update_session(self.old)


class OpenRound(ServiceCommand):
    def __init__(self, doc: CaseDocument, bargaining: BargainingService, session_id: str) -> None:
        super().__init__(doc, QCoreApplication.translate("BargainingCommands", "Open the next round"))
        self.bargaining, self.session_id = bargaining, session_id
        self.round: Round | None = None

    def apply(self) -> None:
        if self.round is None:
            self.round = self.bargaining.open_round(self.session_id)
            text = QCoreApplication.translate("BargainingCommands", "Open round %1")
            self.setText(text.replace("%1", str(self.round.number)))
        else:
            self.bargaining.restore_round(self.round)

    def revert(self) -> None:
        assert self.round is not None
        self.bargaining.withdraw_round(self.round.id)


class CloseRound(ServiceCommand):
    def __init__(self, doc: CaseDocument, bargaining: BargainingService, round_id: str, notes: str,
                 lang: str) -> None:
        super().__init__(doc, QCoreApplication.translate("BargainingCommands", "Close the round and write the minutes"))
        self.bargaining, self.round_id, self.notes, self.lang = bargaining, round_id, notes, lang
        self.closed: Round | None = None

    def apply(self) -> None:
        if self.closed is None:
            self.closed = self.bargaining.close_round(self.round_id, self.notes, lang=self.lang)
        else:
            self.bargaining.restore_closed_round(self.closed)

    def revert(self) -> None:
        self.bargaining.reopen_round(self.round_id)


class TableProposal(ServiceCommand):
    def __init__(self, doc: CaseDocument, bargaining: BargainingService, round_id: str, author_id: str,
                 package: dict, note: str) -> None:
        author = doc.snapshot.party(author_id).label if any(p.id == author_id for p in doc.snapshot.parties) else ""
        text = QCoreApplication.translate("BargainingCommands", "Table a proposal of %1")
        super().__init__(doc, text.replace("%1", author))
        self.bargaining = bargaining
        self.args = (round_id, author_id, package, note)
        self.proposal: Proposal | None = None

    def apply(self) -> None:
        if self.proposal is None:
            self.proposal = self.bargaining.table_proposal(*self.args)
        else:
            self.bargaining.restore_proposal(self.proposal)

    def revert(self) -> None:
        assert self.proposal is not None
        self.bargaining.withdraw_proposal(self.proposal.id)


class AnswerProposal(ServiceCommand):
    """Accept or reject (``package`` None), or counter with ``package``."""

    def __init__(self, doc: CaseDocument, bargaining: BargainingService, proposal_id: str, party_id: str,
                 kind: ResponseKind, comment: str, package: dict | None = None) -> None:
        names = {ResponseKind.ACCEPT: QCoreApplication.translate("BargainingCommands", "Accept"),
                 ResponseKind.REJECT: QCoreApplication.translate("BargainingCommands", "Reject"),
                 ResponseKind.COUNTER: QCoreApplication.translate("BargainingCommands", "Counter-propose")}
        party = next((p.label for p in doc.snapshot.parties if p.id == party_id), "")
        text = QCoreApplication.translate("BargainingCommands", "%1: %2")
        super().__init__(doc, text.replace("%1", party).replace("%2", names[ResponseKind(kind)]))
        self.bargaining = bargaining
        self.args = (proposal_id, party_id, kind, comment, package)
        self.response: Response | None = None
        self.counter: Proposal | None = None

    def apply(self) -> None:
        if self.response is not None:
            self.bargaining.restore_answer(self.response, self.counter)
            return
        proposal_id, party_id, kind, comment, package = self.args
        if package is None:
            self.response = self.bargaining.answer(proposal_id, party_id, kind, comment)
        else:
            self.counter, self.response = self.bargaining.counter(proposal_id, party_id, package, comment)

    def revert(self) -> None:
        assert self.response is not None
        self.bargaining.withdraw_answer(self.response.id)
