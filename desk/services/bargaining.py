"""Running the bargaining: sessions, rounds, proposals, answers, minutes and the concluded package."""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from desk.core.bargaining import AnswerState, BargainingRecord
from desk.core.enums import ResponseKind
from desk.core.errors import DeskError, ValidationError
from desk.core.issues import Value
from desk.core.minutes import minutes_text
from desk.core.sessions import Proposal, Response, Round, Session
from desk.core.validation import utcnow
from desk.services.cases import CaseService


class BargainingClosedError(DeskError):
    """The bargaining is concluded (or the round closed): nothing more can be tabled there."""


class BargainingUndoError(ValidationError):
    """A step of the bargaining cannot be withdrawn because later steps rest on it (``code`` says which)."""

    def __init__(self, code: str, message: str, **params) -> None:
        super().__init__("undo", code, message, **params)


class BargainingService:
    """Use cases of the bargaining of one case; each method one transaction with its audit event."""

    def __init__(self, cases: CaseService) -> None:
        self.cases = cases

    @property
    def case_id(self) -> str:
        return self.cases.case_id

    def record(self) -> BargainingRecord:
        """Every session, round, proposal and answer, in time order (four statements, whatever the size)."""
        with self.cases.transaction() as repos:
            return repos.reads.bargaining(self.case_id)

    def concluded(self) -> Proposal | None:
        """The proposal every signatory accepted, which closes the bargaining; None while open."""
        with self.cases.transaction():
            return self.record().concluded(self._signatory_ids())

    def answer_state(self, proposal_id: str) -> AnswerState:
        """Who has answered a proposal (its author by tabling it) and which signatories are awaited."""
        with self.cases.transaction():
            return self.record().answer_state(proposal_id, self._signatory_ids())

    def _signatory_ids(self) -> tuple[str, ...]:
        with self.cases.transaction() as repos:
            return tuple(p.id for p in repos.parties.list(case_id=self.case_id) if p.is_signatory)

    # -- sessions and rounds -------------------------------------------------------------------
    def create_session(self, session: Session) -> Session:
        if session.case_id != self.case_id:
            raise ValidationError("case_id", "case.mismatch", "the session belongs to another case")
        session.validate()
        with self.cases.transaction() as repos:
            repos.sessions.add(session)
            self.cases.audit(repos, "session.created", session.id, session)
        return session

    def update_session(self, session: Session) -> Session:
        session.validate()
        with self.cases.transaction() as repos:
            repos.sessions.update(session)
            self.cases.audit(repos, "session.updated", session.id, session)
        return session

    def open_round(self, session_id: str) -> Round:
        """Open the next numbered round of a session; the previous one must be closed."""
        with self.cases.transaction() as repos:
            self._refuse_if_concluded()
            repos.sessions.require(session_id)
            rounds = repos.rounds.list(session_id=session_id)
            if any(not r.is_closed for r in rounds):
                raise BargainingClosedError("close the current round before opening the next one")
            new = Round(session_id=session_id, number=len(rounds) + 1).validate()
            repos.rounds.add(new)
            self.cases.audit(repos, "round.opened", new.id, new)
        return new

    def close_round(self, round_id: str, notes: str = "", *, lang: str = "zh") -> Round:
        """Close a round, writing its minutes: the free-text notes plus the proposals and answers."""
        with self.cases.transaction() as repos:
            record, snapshot = self.record(), self.cases.snapshot()
            current = next((r for r in record.rounds if r.id == round_id), None)
            if current is None:
                raise ValidationError("round_id", "round.unknown", "no such round")
            if current.is_closed:
                raise BargainingClosedError(f"round {current.number} is already closed")
            closed = dataclasses.replace(current, closed_at=utcnow(),
                                         minutes=minutes_text(current, notes, record, snapshot, lang=lang)).validate()
            repos.rounds.update(closed)
            self.cases.audit(repos, "round.closed", closed.id, closed)
        return closed

    # -- proposals and answers -----------------------------------------------------------------
    def table_proposal(self, round_id: str, author_id: str, package: Mapping[str, Value], note: str = "",
                       parent_id: str | None = None) -> Proposal:
        """Table a complete package in an open round."""
        proposal = Proposal(round_id=round_id, author_id=author_id, package=dict(package), note=note,
                            parent_id=parent_id)
        with self.cases.transaction() as repos:
            self._check_tabling(repos, proposal)
            repos.proposals.add(proposal)
            self.cases.audit(repos, "proposal.tabled", proposal.id, proposal)
            self._audit_if_concluded(repos, proposal.id)  # tabling is the author's acceptance
        return proposal

    def answer(self, proposal_id: str, party_id: str, kind: ResponseKind, comment: str = "") -> Response:
        """Record a party's accept or reject; concludes the bargaining when every signatory accepted."""
        if ResponseKind(kind) is ResponseKind.COUNTER:
            raise ValidationError("kind", "response.use_counter", "a counter answer comes with a counter-proposal")
        return self._answer(Response(proposal_id=proposal_id, party_id=party_id, kind=kind, comment=comment))

    def counter(self, proposal_id: str, party_id: str, package: Mapping[str, Value], comment: str = "",
                note: str = "") -> tuple[Proposal, Response]:
        """Answer a proposal with a counter-proposal tabled in the same round, linked to it."""
        with self.cases.transaction() as repos:
            original = repos.proposals.require(proposal_id)
            counter = Proposal(round_id=original.round_id, author_id=party_id, package=dict(package),
                               note=note, parent_id=proposal_id)
            self._check_tabling(repos, counter)
            repos.proposals.add(counter)
            self.cases.audit(repos, "proposal.tabled", counter.id, counter)
            response = Response(proposal_id=proposal_id, party_id=party_id, kind=ResponseKind.COUNTER,
                                comment=comment, counter_id=counter.id).validate()
            repos.responses.add(response)
            self.cases.audit(repos, "response.recorded", response.id, response)
            self._audit_if_concluded(repos, counter.id)
        return counter, response

    def _answer(self, response: Response) -> Response:
        response.validate()
        with self.cases.transaction() as repos:  # one transaction, the conclusion included
            self._refuse_if_concluded()
            proposal = repos.proposals.require(response.proposal_id)
            repos.parties.require(response.party_id)
            if repos.rounds.require(proposal.round_id).is_closed:
                raise BargainingClosedError("the round of this proposal is closed")
            repos.responses.add(response)
            self.cases.audit(repos, "response.recorded", response.id, response)
            self._audit_if_concluded(repos, response.proposal_id)
        return response

    def _audit_if_concluded(self, repos, proposal_id: str) -> None:
        """Record the conclusion when the step just taken on ``proposal_id`` made it the concluded package
        (called inside that step's transaction, so the step and its conclusion commit together)."""
        concluded = self.concluded()
        if concluded is not None and concluded.id == proposal_id:
            self.cases.audit(repos, "bargaining.concluded", concluded.id,
                             {"proposal_id": concluded.id, "package": dict(concluded.package)})

    # -- undo: withdrawing a step and putting it back (the audit log keeps both) -----------------
    def withdraw_session(self, session_id: str) -> Session:
        """Remove a session that has no rounds (the undo of its creation)."""
        with self.cases.transaction() as repos:
            session = repos.sessions.require(session_id)
            if repos.rounds.list(session_id=session_id):
                raise BargainingUndoError("undo.session_has_rounds",
                                         f"session {session.title!r} has rounds; withdraw them first",
                                         session=session.title)
            repos.sessions.delete(session_id)
            self.cases.audit(repos, "session.withdrawn", session_id, session)
        return session

    def restore_session(self, session: Session) -> Session:
        """Put a withdrawn session back, as it was (same id)."""
        with self.cases.transaction() as repos:
            repos.sessions.add(session.validate())
            self.cases.audit(repos, "session.restored", session.id, session)
        return session

    def withdraw_round(self, round_id: str) -> Round:
        """Remove an open round in which nothing was tabled (the undo of opening it)."""
        with self.cases.transaction() as repos:
            rnd = repos.rounds.require(round_id)
            if rnd.is_closed or repos.proposals.list(round_id=round_id):
                raise BargainingUndoError("undo.round_in_use",
                                         f"round {rnd.number} holds proposals or minutes; withdraw them first",
                                         number=rnd.number)
            repos.rounds.delete(round_id)
            self.cases.audit(repos, "round.withdrawn", round_id, rnd)
        return rnd

    def restore_round(self, rnd: Round) -> Round:
        with self.cases.transaction() as repos:
            repos.rounds.add(rnd.validate())
            self.cases.audit(repos, "round.restored", rnd.id, rnd)
        return rnd

    def reopen_round(self, round_id: str) -> Round:
        """Open a closed round again, dropping its minutes (the undo of closing it)."""
        with self.cases.transaction() as repos:
            rnd = repos.rounds.require(round_id)
            if any(r.number > rnd.number for r in repos.rounds.list(session_id=rnd.session_id)):
                raise BargainingUndoError("undo.round_followed",
                                         f"round {rnd.number} is followed by another round; withdraw that first",
                                         number=rnd.number)
            reopened = dataclasses.replace(rnd, closed_at=None, minutes="")
            repos.rounds.update(reopened)
            self.cases.audit(repos, "round.reopened", round_id, reopened)
        return reopened

    def restore_closed_round(self, closed: Round) -> Round:
        """Close a round again with the minutes it had (the redo of closing it)."""
        with self.cases.transaction() as repos:
            repos.rounds.require(closed.id)
            repos.rounds.update(closed.validate())
            self.cases.audit(repos, "round.closed", closed.id, closed)
        return closed

    def withdraw_proposal(self, proposal_id: str) -> Proposal:
        """Remove a proposal nobody answered yet (the undo of tabling it); a proposal its tabling alone
        concluded (a sole signatory's) reopens the bargaining, unless an agreement was drafted from it."""
        with self.cases.transaction() as repos:
            was_concluded = self.concluded()
            proposal = repos.proposals.require(proposal_id)
            self._check_withdrawable(repos, proposal)
            if was_concluded is not None and was_concluded.id == proposal_id:
                self._check_no_agreement_on(repos, proposal_id)
            repos.proposals.delete(proposal_id)
            self.cases.audit(repos, "proposal.withdrawn", proposal_id, proposal)
            self._audit_if_reopened(repos, was_concluded)
        return proposal

    def restore_proposal(self, proposal: Proposal) -> Proposal:
        """Table a withdrawn proposal again, as it was (same id and time)."""
        with self.cases.transaction() as repos:
            self._check_tabling(repos, proposal)
            repos.proposals.add(proposal)
            self.cases.audit(repos, "proposal.restored", proposal.id, proposal)
            self._audit_if_concluded(repos, proposal.id)
        return proposal

    def withdraw_answer(self, response_id: str) -> tuple[Response, Proposal | None]:
        """Remove an answer (with its counter-proposal, if any): the undo of answering.

        Withdrawing an acceptance that concluded the bargaining reopens it, unless an agreement
        was already drafted from the concluded package.
        """
        with self.cases.transaction() as repos:
            was_concluded = self.concluded()
            response = repos.responses.require(response_id)
            counter = repos.proposals.require(response.counter_id) if response.counter_id else None
            if was_concluded is not None and was_concluded.id == response.proposal_id:
                self._check_no_agreement_on(repos, was_concluded.id)
            if counter is not None:
                self._check_withdrawable(repos, counter)
            repos.responses.delete(response_id)
            self.cases.audit(repos, "response.withdrawn", response_id, response)
            if counter is not None:
                repos.proposals.delete(counter.id)
                self.cases.audit(repos, "proposal.withdrawn", counter.id, counter)
            self._audit_if_reopened(repos, was_concluded)
        return response, counter

    def _check_no_agreement_on(self, repos, proposal_id: str) -> None:
        if any(v.proposal_id == proposal_id for v in repos.agreements.list(case_id=self.case_id)):
            raise BargainingUndoError("undo.agreement_drafted", "an agreement was drafted from the concluded "
                                      "package; withdraw its versions before this acceptance")

    def _audit_if_reopened(self, repos, was_concluded: Proposal | None) -> None:
        """Record the reopening when the step just taken (inside its transaction) undid the conclusion."""
        if was_concluded is not None and self.concluded() is None:
            self.cases.audit(repos, "bargaining.reopened", was_concluded.id, {"proposal_id": was_concluded.id})

    def restore_answer(self, response: Response, counter: Proposal | None = None) -> Response:
        """Record a withdrawn answer again (with its counter-proposal): the redo of answering."""
        with self.cases.transaction():
            if counter is not None:
                self.restore_proposal(counter)
            return self._answer(response)

    def _check_withdrawable(self, repos, proposal: Proposal) -> None:
        if repos.responses.list(proposal_id=proposal.id):
            raise BargainingUndoError("undo.proposal_answered",
                                     "the proposal has been answered; withdraw the answers first")
        if repos.rounds.require(proposal.round_id).is_closed:
            raise BargainingUndoError("undo.round_closed", "the proposal's round is closed; reopen it first")

    def _check_tabling(self, repos, proposal: Proposal) -> None:
        self._refuse_if_concluded()
        issues = repos.issues.list(case_id=self.case_id)
        proposal.validate(issues)
        repos.parties.require(proposal.author_id)
        if repos.rounds.require(proposal.round_id).is_closed:
            raise BargainingClosedError("this round is closed; open a new round to table proposals")

    def _refuse_if_concluded(self) -> None:
        if self.concluded() is not None:
            raise BargainingClosedError("the bargaining is concluded: every signatory accepted a proposal")
