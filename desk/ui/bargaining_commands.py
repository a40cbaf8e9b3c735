"""Undoable bargaining steps. The record only grows in the audit log; undo withdraws a step from the
case (refused when later steps rest on it) and redo puts the same object back."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.core.changes import Kind
from desk.core.enums import ResponseKind
from desk.core.sessions import Session
from desk.services.bargaining import BargainingService
from desk.ui.case_document import CaseDocument
from desk.ui.undo_commands import RecordCommand, ServiceCommand


class _Step(RecordCommand):
    kinds = (Kind.BARGAINING,)

    def __init__(self, doc: CaseDocument, bargaining: BargainingService, text: str) -> None:
        super().__init__(doc, text)
        self.bargaining = bargaining


class CreateSession(_Step):
    def __init__(self, doc: CaseDocument, bargaining: BargainingService, session: Session) -> None:
        text = QCoreApplication.translate("BargainingCommands", "New session %1")
        super().__init__(doc, bargaining, text.replace("%1", session.title))
        self.session = session

    def do(self) -> Session:
        return self.bargaining.create_session(self.session)

    def restore(self, made: Session) -> None:
        self.bargaining.restore_session(made)

    def withdraw(self, made: Session) -> None:
        self.bargaining.withdraw_session(made.id)


class EditSession(ServiceCommand):
    kinds = (Kind.BARGAINING,)

    def __init__(self, doc: CaseDocument, bargaining: BargainingService, old: Session, new: Session) -> None:
        text = QCoreApplication.translate("BargainingCommands", "Edit session %1")
        super().__init__(doc, text.replace("%1", new.title))
        self.bargaining, self.old, self.new = bargaining, old, new

    def apply(self) -> None:
        self.bargaining.update_session(self.new)

    def revert(self) -> None:
        self.bargaining.update_session(self.old)


class OpenRound(_Step):
    def __init__(self, doc: CaseDocument, bargaining: BargainingService, session_id: str) -> None:
        super().__init__(doc, bargaining, QCoreApplication.translate("BargainingCommands", "Open the next round"))
        self.session_id = session_id

    def do(self):
        made = self.bargaining.open_round(self.session_id)
        text = QCoreApplication.translate("BargainingCommands", "Open round %1")
        self.setText(text.replace("%1", str(made.number)))
        return made

    def restore(self, made) -> None:
        self.bargaining.restore_round(made)

    def withdraw(self, made) -> None:
        self.bargaining.withdraw_round(made.id)


class CloseRound(_Step):
    def __init__(self, doc: CaseDocument, bargaining: BargainingService, round_id: str, notes: str,
                 lang: str) -> None:
        super().__init__(doc, bargaining,
                         QCoreApplication.translate("BargainingCommands", "Close the round and write the minutes"))
        self.round_id, self.notes, self.lang = round_id, notes, lang

    def do(self):
        return self.bargaining.close_round(self.round_id, self.notes, lang=self.lang)

    def restore(self, made) -> None:
        self.bargaining.restore_closed_round(made)

    def withdraw(self, made) -> None:
        self.bargaining.reopen_round(made.id)


class TableProposal(_Step):
    def __init__(self, doc: CaseDocument, bargaining: BargainingService, round_id: str, author_id: str,
                 package: dict, note: str) -> None:
        author = next((p.label for p in doc.snapshot.parties if p.id == author_id), "")
        text = QCoreApplication.translate("BargainingCommands", "Table a proposal of %1")
        super().__init__(doc, bargaining, text.replace("%1", author))
        self.args = (round_id, author_id, package, note)

    def do(self):
        return self.bargaining.table_proposal(*self.args)

    def restore(self, made) -> None:
        self.bargaining.restore_proposal(made)

    def withdraw(self, made) -> None:
        self.bargaining.withdraw_proposal(made.id)


class AnswerProposal(_Step):
    """Accept or reject (``package`` None), or counter with ``package``; what it makes is
    (response, counter-proposal or None)."""

    def __init__(self, doc: CaseDocument, bargaining: BargainingService, proposal_id: str, party_id: str,
                 kind: ResponseKind, comment: str, package: dict | None = None) -> None:
        names = {ResponseKind.ACCEPT: QCoreApplication.translate("BargainingCommands", "Accept"),
                 ResponseKind.REJECT: QCoreApplication.translate("BargainingCommands", "Reject"),
                 ResponseKind.COUNTER: QCoreApplication.translate("BargainingCommands", "Counter-propose")}
        party = next((p.label for p in doc.snapshot.parties if p.id == party_id), "")
        text = QCoreApplication.translate("BargainingCommands", "%1: %2")
        super().__init__(doc, bargaining, text.replace("%1", party).replace("%2", names[ResponseKind(kind)]))
        self.args = (proposal_id, party_id, kind, comment, package)

    def do(self):
        proposal_id, party_id, kind, comment, package = self.args
        if package is None:
            return self.bargaining.answer(proposal_id, party_id, kind, comment), None
        counter, response = self.bargaining.counter(proposal_id, party_id, package, comment)
        return response, counter

    def restore(self, made) -> None:
        self.bargaining.restore_answer(*made)

    def withdraw(self, made) -> None:
        self.bargaining.withdraw_answer(made[0].id)
