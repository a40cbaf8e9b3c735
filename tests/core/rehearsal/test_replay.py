"""A played rehearsal rebuilt from its record: the same negotiation, passes inferred, a foreign record refused."""
from __future__ import annotations

import pytest

from desk.core.rehearsal.agents import TimeDependent, TitForTat, make_agent
from desk.core.rehearsal.errors import RehearsalError
from desk.core.rehearsal.protocol import MEDIATOR, Negotiation
from desk.core.rehearsal.replay import Recorded, agent_moves, replay
from tests.core.rehearsal.test_agents import line_arena


def _record(negotiation: Negotiation) -> list[Recorded]:
    """A negotiation's proposals as a record would hold them (every given answer, by party)."""
    return [Recorded(f"p{i}", p.round, p.author, p.choice,
                     {k: a for k, a in enumerate(p.answers) if a is not None and k != p.author})
            for i, p in enumerate(negotiation.proposals)]


def test_replaying_a_played_record_gives_the_same_negotiation() -> None:
    arena = line_arena()
    agents = {0: TimeDependent(0, 1.0), 1: TitForTat(1)}
    played = Negotiation(arena, agents, deadline=6, order=(0, 1))
    played.advance()
    fresh = Negotiation(arena, {0: TimeDependent(0, 1.0), 1: TitForTat(1)}, deadline=6, order=(0, 1))
    ids = replay(fresh, _record(played))
    assert ids == [f"p{i}" for i in range(len(played.proposals))]
    assert fresh.proposals == played.proposals and fresh.finished == played.finished
    assert fresh.outcome() == played.outcome()


def test_agent_moves_are_what_the_agents_did_until_the_user_must_act() -> None:
    arena = line_arena()
    negotiation = Negotiation(arena, {1: TimeDependent(1, 1.0)}, deadline=5, order=(1, 0))
    moves = agent_moves(negotiation)  # B tables first; A (the user) must answer
    assert [(m.kind, m.party, m.round) for m in moves] == [("table", 1, 1)]
    assert moves[0].choice == (0,)  # B's best
    negotiation.answer(0, False)
    moves = agent_moves(negotiation)  # now A's turn to table: nothing for the agents
    assert moves == [] and negotiation.next_action().kind == "table"
    negotiation.table(0, (4,))
    moves = agent_moves(negotiation)  # B answers A's proposal, then tables in round 2
    assert [(m.kind, m.party, m.round, m.proposal) for m in moves] == [("answer", 1, 1, 1), ("table", 1, 2, 2)]
    assert moves[0].accept is False


def test_a_slot_the_user_let_go_is_a_pass() -> None:
    arena = line_arena()
    live = Negotiation(arena, {1: make_agent("hardliner", 1)}, deadline=3, order=(0, 1))
    live.table(0, None)  # the user passes round 1
    live.advance()
    # the record shows only B's proposal in round 1: A's empty slot before it was a pass
    fresh = Negotiation(arena, {1: make_agent("hardliner", 1)}, deadline=3, order=(0, 1))
    replay(fresh, _record(live))
    assert fresh.next_action() == live.next_action()
    # the user passes again, with nothing recorded yet: remembered as (round, party) until the agents reply
    pending = Negotiation(arena, {1: make_agent("hardliner", 1)}, deadline=3, order=(0, 1))
    replay(pending, _record(live), passes={(1, 0)})
    assert pending.next_action() == live.next_action()  # A must answer B's proposal: no pass applies there
    live.answer(0, False)
    at_table = Negotiation(arena, {1: make_agent("hardliner", 1)}, deadline=3, order=(0, 1))
    record = _record(live)
    replay(at_table, record)
    assert at_table.next_action().kind == "table" and at_table.round == 2
    passed = Negotiation(arena, {1: make_agent("hardliner", 1)}, deadline=3, order=(0, 1))
    replay(passed, record, passes={(2, 0)})
    assert passed.next_action().party == 1 and passed.round == 2  # B's turn after A's pass
    closed = Negotiation(arena, {1: make_agent("hardliner", 1)}, deadline=3, order=(0, 1))
    replay(closed, record, closed_rounds={2})  # a closed round: A's slot in it went unused
    assert closed.next_action().party == 1


def test_a_record_the_protocol_could_not_make_is_refused() -> None:
    arena = line_arena()
    agents = {1: TimeDependent(1, 1.0)}
    with pytest.raises(RehearsalError, match="out of turn"):  # B (an agent) tables before its turn
        replay(Negotiation(arena, dict(agents), deadline=3, order=(1, 0)), [Recorded("x", 1, 0, (2,), {1: False}),
                                                                          Recorded("y", 1, 0, (2,))])
    with pytest.raises(RehearsalError, match="had not answered"):  # A tabled before answering B
        replay(Negotiation(arena, dict(agents), deadline=3, order=(1, 0)),
               [Recorded("x", 1, 1, (0,)), Recorded("y", 1, 0, (2,))])
    with pytest.raises(RehearsalError, match="out of turn"):  # the mediator, who takes no part here
        replay(Negotiation(arena, dict(agents), deadline=3, order=(1, 0)), [Recorded("x", 1, MEDIATOR, (2,))])


def test_a_counter_proposal_is_replayed_as_its_authors_answer() -> None:
    from dataclasses import replace

    arena = line_arena()
    live = Negotiation(arena, {1: TimeDependent(1, 1.0)}, deadline=5, order=(1, 0))
    live.advance()
    live.counter(0, [2])
    record = _record(live)
    record[1] = replace(record[1], counters="p0")  # the record: A's answer to p0 is its counter p1
    # the counter tabled, its answer by B not yet recorded (the agent is still thinking)
    fresh = Negotiation(arena, {1: TimeDependent(1, 1.0)}, deadline=5, order=(1, 0))
    assert replay(fresh, record) == ["p0", "p1"]
    assert fresh.proposals == live.proposals and fresh.next_action() == live.next_action()
    moves = agent_moves(fresh)  # B answers the counter, then the user tables in its own slot
    assert [(m.kind, m.party, m.round, m.proposal, m.accept) for m in moves] == [("answer", 1, 1, 1, False)]
    live.advance()
    live.table(0, (3,))
    live.advance()
    record = _record(live)
    record[1] = replace(record[1], counters="p0")
    again = Negotiation(arena, {1: TimeDependent(1, 1.0)}, deadline=5, order=(1, 0))
    assert replay(again, record) == [f"p{i}" for i in range(len(live.proposals))]
    assert again.proposals == live.proposals and again.next_action() == live.next_action()
