"""The state of the bargaining in a case: sessions, rounds, proposals and answers, read-only."""
from __future__ import annotations

from dataclasses import dataclass

from desk.core.enums import ResponseKind
from desk.core.sessions import Proposal, Response, Round, Session, accepted_by_all


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
            if accepted_by_all(self.responses_to(proposal.id), signatory_ids):
                return proposal
        return None

    def latest_proposal(self) -> Proposal | None:
        return self.proposals[-1] if self.proposals else None

    def trajectory(self, author_id: str) -> tuple[Proposal, ...]:
        """The proposals one party tabled, in order (its "negotiation dance")."""
        return tuple(p for p in self.proposals if p.author_id == author_id)

    def round_number(self, proposal: Proposal) -> int:
        return next(r.number for r in self.rounds if r.id == proposal.round_id)

    def answer_summary(self, proposal_id: str) -> dict[str, ResponseKind]:
        """Each party's latest answer to a proposal."""
        latest: dict[str, ResponseKind] = {}
        for response in sorted(self.responses_to(proposal_id), key=lambda r: r.answered_at):
            latest[response.party_id] = response.kind
        return latest
