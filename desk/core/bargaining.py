"""The state of the bargaining in a case: sessions, rounds, proposals and answers, read-only."""
from __future__ import annotations

from dataclasses import dataclass

from desk.core.enums import ResponseKind
from desk.core.sessions import Proposal, Response, Round, Session, accepted_by_all, latest_answers


@dataclass(frozen=True, slots=True)
class AnswerState:
    """Where a proposal stands: each party's standing answer, whose acceptance is its tabling, and which
    signatories have not answered yet (the bargaining concludes when every signatory accepts)."""

    answers: dict[str, ResponseKind]
    by_tabling: str | None
    awaited: tuple[str, ...]
    concluded: bool


@dataclass(frozen=True, slots=True)
class BargainingRecord:
    """Every session, round, proposal and answer of a case, each tuple in time order."""

    sessions: tuple[Session, ...]
    rounds: tuple[Round, ...]
    proposals: tuple[Proposal, ...]
    responses: tuple[Response, ...]

    def rounds_of(self, session_id: str) -> tuple[Round, ...]:
        return tuple(r for r in self.rounds if r.session_id == session_id)

    def proposals_in(self, round_id: str) -> tuple[Proposal, ...]:
        return tuple(p for p in self.proposals if p.round_id == round_id)

    def responses_to(self, proposal_id: str) -> tuple[Response, ...]:
        return tuple(r for r in self.responses if r.proposal_id == proposal_id)

    def open_round(self, session_id: str) -> Round | None:
        """The session's round that is not closed yet, if any."""
        return next((r for r in self.rounds_of(session_id) if not r.is_closed), None)

    def concluded(self, signatory_ids: tuple[str, ...]) -> Proposal | None:
        """The first proposal every signatory accepted (their latest answers), or None."""
        for proposal in self.proposals:
            if accepted_by_all(proposal, self.responses_to(proposal.id), signatory_ids):
                return proposal
        return None

    def latest_proposal(self) -> Proposal | None:
        return self.proposals[-1] if self.proposals else None

    def trajectory(self, author_id: str) -> tuple[Proposal, ...]:
        """The proposals one party tabled, in order (its "negotiation dance")."""
        return tuple(p for p in self.proposals if p.author_id == author_id)

    def round_number(self, proposal: Proposal) -> int:
        return next(r.number for r in self.rounds if r.id == proposal.round_id)

    def proposal(self, proposal_id: str) -> Proposal | None:
        return next((p for p in self.proposals if p.id == proposal_id), None)

    def answer_summary(self, proposal_id: str) -> dict[str, ResponseKind]:
        """Each party's standing answer to a proposal (its author's is the acceptance its tabling counts as)."""
        proposal = self.proposal(proposal_id)
        return {} if proposal is None else latest_answers(proposal, self.responses_to(proposal_id))

    def answer_state(self, proposal_id: str, signatory_ids: tuple[str, ...]) -> AnswerState:
        """Who has answered the proposal and how, and which signatories are still awaited."""
        proposal = self.proposal(proposal_id)
        if proposal is None:
            return AnswerState({}, None, tuple(signatory_ids), False)
        responses = self.responses_to(proposal_id)
        answers = latest_answers(proposal, responses)
        explicit = {r.party_id for r in responses}
        by_tabling = proposal.author_id if proposal.author_id not in explicit else None
        awaited = tuple(pid for pid in signatory_ids if pid not in answers)
        return AnswerState(answers, by_tabling, awaited, accepted_by_all(proposal, responses, signatory_ids))
