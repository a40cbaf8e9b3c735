"""Running the bargaining: sessions, rounds, proposals, answers, minutes and the concluded package."""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from desk.core.bargaining import BargainingRecord
from desk.core.enums import ResponseKind
from desk.core.errors import DeskError, ValidationError
from desk.core.issues import Value
from desk.core.minutes import minutes_text
from desk.core.sessions import Proposal, Response, Round, Session
from desk.core.validation import utcnow
from desk.services.cases import CaseService


class BargainingClosedError(DeskError):
    """The bargaining is concluded (or the round closed): nothing more can be tabled there."""


class BargainingService:
    """Use cases of the bargaining of one case; each method one transaction with its audit event."""

    def __init__(self, cases: CaseService) -> None:
        self.cases = cases

    @property
    def case_id(self) -> str:
        return self.cases.case_id

    def record(self) -> BargainingRecord:
        """Every session, round, proposal and answer, in time order."""
        with self.cases.transaction() as repos:
            sessions = repos.sessions.list(case_id=self.case_id)
            rounds = [r for s in sessions for r in repos.rounds.list(session_id=s.id)]
            proposals = [p for r in rounds for p in repos.proposals.list(round_id=r.id)]
            responses = [a for p in proposals for a in repos.responses.list(proposal_id=p.id)]
        proposals.sort(key=lambda p: p.tabled_at)
        responses.sort(key=lambda a: a.answered_at)
        return BargainingRecord(tuple(sessions), tuple(rounds), tuple(proposals), tuple(responses))

    def concluded(self) -> Proposal | None:
        """The proposal every signatory accepted, which closes the bargaining; None while open."""
        return self.record().concluded(tuple(p.id for p in self.cases.snapshot().signatories))

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
        self._refuse_if_concluded()
        with self.cases.transaction() as repos:
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
        record, snapshot = self.record(), self.cases.snapshot()
        current = next((r for r in record.rounds if r.id == round_id), None)
        if current is None:
            raise ValidationError("round_id", "round.unknown", "no such round")
        if current.is_closed:
            raise BargainingClosedError(f"round {current.number} is already closed")
        closed = dataclasses.replace(current, closed_at=utcnow(),
                                     minutes=minutes_text(current, notes, record, snapshot, lang=lang)).validate()
        with self.cases.transaction() as repos:
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
        return counter, response

    def _answer(self, response: Response) -> Response:
        response.validate()
        self._refuse_if_concluded()
        with self.cases.transaction() as repos:
            proposal = repos.proposals.require(response.proposal_id)
            repos.parties.require(response.party_id)
            if repos.rounds.require(proposal.round_id).is_closed:
                raise BargainingClosedError("the round of this proposal is closed")
            repos.responses.add(response)
            self.cases.audit(repos, "response.recorded", response.id, response)
        concluded = self.concluded()
        if concluded is not None and concluded.id == response.proposal_id:
            with self.cases.transaction() as repos:
                self.cases.audit(repos, "bargaining.concluded", concluded.id,
                                   {"proposal_id": concluded.id, "package": dict(concluded.package)})
        return response

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
