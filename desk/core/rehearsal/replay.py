"""A played rehearsal rebuilt from its record: every recorded proposal and answer fed to a fresh negotiation.

The record (sessions, rounds, proposals, answers of the sandbox case) is the only state of a
played rehearsal, so undo, redo and reopening the file all come back to the right turn. A
party the user plays that did not table in its slot passed: that shows in the record as a
later proposal, as its round being closed, or (while the agents have not answered yet) as
a pass the caller remembers. A counter-proposal (a proposal recorded as the answer of its author
to the proposal it counters, ``Recorded.counters``) is fed as that answer.
"""
from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from desk.core.rehearsal.errors import RehearsalError
from desk.core.rehearsal.protocol import MEDIATOR, Negotiation


@dataclass(frozen=True, slots=True)
class Recorded:
    """A recorded proposal: its id, round number, author index (:data:`MEDIATOR` for the mediator's texts),
    option indices, the standing answers of the negotiating parties (index → accepted), and the id of the
    proposal it counters (None: tabled in its author's slot)."""

    key: str
    round: int
    author: int
    choice: tuple[int, ...]
    answers: Mapping[int, bool] = field(default_factory=dict)
    counters: str | None = None


@dataclass(frozen=True, slots=True)
class Move:
    """One agent's step to record: ``kind`` "table" (``choice`` in ``round``) or "answer" (to the
    negotiation's proposal number ``proposal``, ``accept``)."""

    kind: str
    party: int
    round: int
    proposal: int
    choice: tuple[int, ...] = ()
    accept: bool = False


def replay(negotiation: Negotiation, recorded: Sequence[Recorded], *, closed_rounds: Collection[int] = (),
           passes: Collection[tuple[int, int]] = ()) -> list[str]:
    """Feed the record to a fresh ``negotiation``; returns the record's proposal id of each negotiation proposal.

    ``passes`` are (round, party) pairs the user passed that the record does not show yet. A record the
    protocol could not have produced (a proposal out of turn, a missing answer) is a RehearsalError.
    """
    names = negotiation.arena.names
    ids: list[str] = []
    replies = {(item.counters, item.author): item for item in recorded if item.counters is not None}
    for item in recorded:
        if item.key not in ids:  # (a counter-proposal was tabled as its author's answer to the one it counters)
            _table(negotiation, item, names)
            ids.append(item.key)
        while (action := negotiation.next_action()) is not None and action.kind == "answer":
            reply = replies.get((item.key, action.party))
            if reply is not None:
                negotiation.counter(action.party, np.asarray(reply.choice))
                ids.append(reply.key)
                break
            if action.party not in item.answers:
                break
            negotiation.answer(action.party, item.answers[action.party])
    while (action := negotiation.next_action()) is not None and action.kind == "table" \
            and action.party != MEDIATOR and action.party not in negotiation.agents \
            and (negotiation.round in closed_rounds or (negotiation.round, action.party) in passes):
        negotiation.table(action.party, None)
    return ids


def _table(negotiation: Negotiation, item: Recorded, names: Sequence[str]) -> None:
    """Table a recorded proposal in its author's slot (the user's slots before it passed)."""
    while True:
        action = negotiation.next_action()
        if action is None:
            raise RehearsalError(f"round {item.round}: a proposal after the rehearsal had ended")
        if action.kind == "answer":
            raise RehearsalError(f"round {item.round}: {_name(names, action.party)} had not answered the "
                                 "proposal on the table before the next was tabled")
        if action.party == item.author and negotiation.round == item.round:
            break
        if action.party == MEDIATOR or action.party in negotiation.agents or negotiation.round > item.round:
            raise RehearsalError(f"round {item.round}: {_name(names, item.author)} tabled out of turn (the "
                                 f"turn was {_name(names, action.party)}'s in round {negotiation.round})")
        negotiation.table(action.party, None)  # the user did not table in this slot: a pass
    if item.author == MEDIATOR and negotiation.mediator is not None:
        negotiation.mediator.propose(negotiation.view())
    elif item.author in negotiation.agents:
        negotiation.agents[item.author].propose(negotiation.view())  # agents with memory (tit-for-tat) learn
    negotiation.table(item.author, np.asarray(item.choice))


def agent_moves(negotiation: Negotiation) -> list[Move]:
    """Let the agents act until a party the user plays must act or the negotiation ends; the moves made."""
    before = len(negotiation.proposals)
    answered = negotiation.proposals[-1].answers if before else ()
    negotiation.advance()
    moves: list[Move] = []
    if before:
        last = negotiation.proposals[before - 1]
        moves += [Move("answer", k, last.round, before - 1, accept=bool(a))
                  for k, a in enumerate(last.answers) if a is not None and answered[k] is None]
    for index in range(before, len(negotiation.proposals)):
        proposal = negotiation.proposals[index]
        moves.append(Move("table", proposal.author, proposal.round, index, proposal.choice))
        moves += [Move("answer", k, proposal.round, index, accept=bool(a))
                  for k, a in enumerate(proposal.answers) if a is not None and k != proposal.author]
    return moves


def _name(names: Sequence[str], party: int) -> str:
    return "the mediator" if party == MEDIATOR else names[party]
