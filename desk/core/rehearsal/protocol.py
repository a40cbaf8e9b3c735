"""The round protocol of a rehearsal, as in real sessions: in each round parties table proposals, every party answers.

Round r: the mediator (if any) tables its text, then each negotiating party in the
seating order tables one proposal (or passes); after each proposal every other
negotiating party answers accept or reject — or, as in real sessions, counters: rejects and
tables its own package at once, in the same round, for every other party to answer (the
countered proposal needs no more answers: it cannot pass without the counter's author); the
round then goes on from the slot after the countered proposal. The first proposal accepted by
every negotiating party closes the negotiation; after the deadline round there is no agreement.
Agents act at once; a party without an agent (the user) is asked through
:meth:`Negotiation.next_action`.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np

from desk.core.rehearsal.agents import Agent, Mediator
from desk.core.rehearsal.arena import Arena
from desk.core.rehearsal.errors import RehearsalError
from desk.core.rehearsal.view import View

#: Author index of the mediator's texts.
MEDIATOR = -1


@dataclass(frozen=True, slots=True)
class Proposal:
    """A tabled package: ``answers[k]`` is party k's answer (True for the author, None while unanswered)."""

    round: int
    author: int
    choice: tuple[int, ...]
    utilities: tuple[float, ...]
    answers: tuple[bool | None, ...]

    @property
    def accepted(self) -> bool:
        return all(answer is True for answer in self.answers)


@dataclass(frozen=True, slots=True)
class Action:
    """What the negotiation waits for: ``kind`` "table" or "answer" by ``party`` (answer: to ``proposal``)."""

    kind: str
    party: int
    proposal: int | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """How a negotiation ended: the accepted proposal (None: no agreement) and the rounds used."""

    agreement: Proposal | None
    rounds: int
    proposals: tuple[Proposal, ...]


class Negotiation:
    """One negotiation between agents and (optionally) human-played parties, stepped action by action."""

    def __init__(self, arena: Arena, agents: Mapping[int, Agent], *, deadline: int,
                 order: Sequence[int] | None = None, mediator: Mediator | None = None) -> None:
        if deadline < 1:
            raise RehearsalError(f"the deadline must be at least one round, not {deadline}")
        n = arena.size
        order = tuple(range(n)) if order is None else tuple(order)
        if sorted(order) != list(range(n)):
            raise RehearsalError("the seating order must name every negotiating party once")
        if any(k not in range(n) for k in agents):
            raise RehearsalError("an agent was given for a party that does not negotiate")
        self.arena, self.agents, self.deadline, self.mediator = arena, dict(agents), deadline, mediator
        self.tablers: tuple[int, ...] = ((MEDIATOR,) if mediator is not None else ()) + order
        self.proposals: list[Proposal] = []
        self.round, self._slot = 1, 0
        self._tabled: set[int] = set()
        self._offers: list[list[np.ndarray]] = [[] for _ in range(n)]
        self._pending: list[int] = []
        self.agreement: int | None = None
        self.finished = len(arena.frontier) == 0  # nothing is acceptable to everyone: no agreement possible

    def view(self) -> View:
        """The state as an agent sees it."""
        return View(self.arena, self.deadline, self.round, tuple(tuple(o) for o in self._offers),
                    frozenset(self._tabled))

    def next_action(self) -> Action | None:
        """The action the negotiation waits for, or None once it has finished."""
        if self.finished:
            return None
        if self._pending:
            return Action("answer", self._pending[0], len(self.proposals) - 1)
        return Action("table", self.tablers[self._slot])

    def table(self, party: int, choice: Sequence[int] | np.ndarray | None) -> None:
        """``party`` tables a package (option indices), or passes with None."""
        self._expect("table", party)
        if choice is None:
            self._next_slot()
            return
        self._add(party, choice)

    def counter(self, party: int, choice: Sequence[int] | np.ndarray) -> None:
        """``party`` answers the proposal on the table with a counter-proposal: it rejects it and tables ``choice``
        at once for every other party to answer; the countered proposal's other answers are not asked."""
        self._expect("answer", party)
        proposal = self.proposals[-1]
        answers = list(proposal.answers)
        answers[party] = False
        self.proposals[-1] = replace(proposal, answers=tuple(answers))
        self._pending = []
        self._add(party, choice)  # its close moves to the next slot, once, for both

    def _add(self, party: int, choice: Sequence[int] | np.ndarray) -> None:
        choice = np.asarray(choice, dtype=np.intp)
        utilities, _ = self.arena.evaluate(choice)
        answers = tuple(True if k == party else None for k in range(self.arena.size))
        self.proposals.append(Proposal(self.round, party, tuple(int(c) for c in choice),
                                       tuple(float(u) for u in utilities), answers))
        if party != MEDIATOR:
            self._offers[party].append(utilities)
            self._tabled.add(party)
        self._pending = [k for k in range(self.arena.size) if k != party]
        if not self._pending:
            self._close_proposal()

    def answer(self, party: int, accept: bool) -> None:
        """``party`` answers the proposal on the table."""
        self._expect("answer", party)
        proposal = self.proposals[-1]
        answers = list(proposal.answers)
        answers[party] = bool(accept)
        self.proposals[-1] = replace(proposal, answers=tuple(answers))
        self._pending.pop(0)
        if not self._pending:
            self._close_proposal()

    def advance(self) -> Action | None:
        """Let the agents act until a human-played party must act (returned) or the negotiation ends (None)."""
        while (action := self.next_action()) is not None:
            if action.kind == "table":
                if action.party == MEDIATOR:
                    self.table(MEDIATOR, self.arena.choice(self.mediator.propose(self.view())))
                elif action.party in self.agents:
                    self.table(action.party, self.arena.choice(self.agents[action.party].propose(self.view())))
                else:
                    return action
            elif action.party in self.agents:
                proposal = self.proposals[action.proposal]
                utilities, rational = self.arena.evaluate(np.asarray(proposal.choice))
                self.answer(action.party, self.agents[action.party].accepts(self.view(), utilities, rational))
            else:
                return action
        return None

    def outcome(self) -> Outcome:
        """The result so far (final once :attr:`finished`)."""
        agreement = None if self.agreement is None else self.proposals[self.agreement]
        rounds = agreement.round if agreement is not None else min(self.round, self.deadline)
        return Outcome(agreement, rounds, tuple(self.proposals))

    def _expect(self, kind: str, party: int) -> None:
        action = self.next_action()
        if action is None:
            raise RehearsalError("the negotiation has ended")
        if action.kind != kind or action.party != party:
            raise RehearsalError(f"it is not party {party}'s turn to {kind} (waiting for: {action.kind} by "
                                 f"party {action.party})")

    def _close_proposal(self) -> None:
        if self.proposals[-1].accepted:
            self.agreement = len(self.proposals) - 1
            self.finished = True
            return
        self._next_slot()

    def _next_slot(self) -> None:
        self._slot += 1
        if self._slot >= len(self.tablers):
            self._slot, self._tabled = 0, set()
            self.round += 1
            if self.round > self.deadline:
                self.round = self.deadline
                self.finished = True


def play(arena: Arena, agents: Mapping[int, Agent], *, deadline: int, order: Sequence[int] | None = None,
         mediator: Mediator | None = None) -> Outcome:
    """An agents-only negotiation played to the end."""
    if set(agents) != set(range(arena.size)):
        raise RehearsalError("an agents-only run needs an agent for every negotiating party")
    negotiation = Negotiation(arena, agents, deadline=deadline, order=order, mediator=mediator)
    negotiation.advance()
    return negotiation.outcome()
