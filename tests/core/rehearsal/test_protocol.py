"""The round protocol: a negotiation traced by hand, turns, the human seat, individual rationality."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.core.analytics.tables import model_from_tables
from desk.core.rehearsal.agents import Hardliner, Mediator, TimeDependent, make_agent
from desk.core.rehearsal.arena import Arena
from desk.core.rehearsal.errors import RehearsalError
from desk.core.rehearsal.protocol import MEDIATOR, Action, Negotiation, play
from tests.core.rehearsal.test_agents import line_arena


def test_linear_against_linear_traced_by_hand() -> None:
    arena = line_arena()
    outcome = play(arena, {0: TimeDependent(0, 1.0), 1: TimeDependent(1, 1.0)}, deadline=5, order=(0, 1))
    # r1: A asks x=4, B x=0; r2: A x=3, B x=1 (each rejected: below the other's next aspiration);
    # r3: A tables x=2 = 0.5 for B, exactly B's aspiration of round 3 → accepted
    tabled = [(p.round, p.author, p.choice[0], p.answers) for p in outcome.proposals]
    assert tabled == [(1, 0, 4, (True, False)), (1, 1, 0, (False, True)), (2, 0, 3, (True, False)),
                      (2, 1, 1, (False, True)), (3, 0, 2, (True, True))]
    assert outcome.agreement is outcome.proposals[-1] and outcome.rounds == 3


def test_seating_order_decides_who_tables_first() -> None:
    arena = line_arena()
    outcome = play(arena, {0: TimeDependent(0, 1.0), 1: TimeDependent(1, 1.0)}, deadline=5, order=(1, 0))
    assert outcome.proposals[0].author == 1 and outcome.agreement.author == 1
    assert outcome.agreement.choice == (2,)


def test_hardliners_never_agree_and_the_deadline_ends_it() -> None:
    arena = line_arena()
    outcome = play(arena, {0: Hardliner(0), 1: Hardliner(1)}, deadline=4)
    assert outcome.agreement is None and outcome.rounds == 4 and len(outcome.proposals) == 8


def test_mediator_tables_first_and_is_answered_by_everyone() -> None:
    arena = line_arena()
    outcome = play(arena, {0: Hardliner(0), 1: TimeDependent(1, 1.0)}, deadline=3, mediator=Mediator())
    assert [p.author for p in outcome.proposals[:3]] == [MEDIATOR, 0, 1]
    assert all(answer is not None for answer in outcome.proposals[0].answers)
    assert outcome.agreement is not None and outcome.agreement.choice == (4,)  # the hardliner's best at last


def test_a_human_seat_is_asked_and_turns_are_enforced() -> None:
    arena = line_arena()
    negotiation = Negotiation(arena, {1: TimeDependent(1, 1.0)}, deadline=5, order=(0, 1))
    action = negotiation.advance()
    assert (action.kind, action.party) == ("table", 0)
    with pytest.raises(RehearsalError, match="not party 1's turn"):
        negotiation.answer(1, True)
    negotiation.table(0, [1])  # the user offers 0.25 for itself, 0.75 for B
    action = negotiation.advance()
    # B (linear, round 1, not yet tabled) asks 1.0: rejects, tables x=0, and the user must answer
    assert (action.kind, action.party, action.proposal) == ("answer", 0, 1)
    assert negotiation.proposals[0].answers == (True, False)
    negotiation.answer(0, False)
    assert negotiation.advance() == negotiation.next_action()
    negotiation.table(0, None)  # the user passes in round 2
    action = negotiation.advance()
    assert negotiation.proposals[-1].round == 2 and action.kind == "answer"
    negotiation.answer(0, True)
    assert negotiation.finished and negotiation.outcome().agreement.choice == (1,)
    with pytest.raises(RehearsalError, match="ended"):
        negotiation.table(0, [2])


def test_agents_only_needs_every_seat() -> None:
    with pytest.raises(RehearsalError, match="every negotiating party"):
        play(line_arena(), {0: Hardliner(0)}, deadline=3)


def test_no_zone_of_agreement_means_no_agreement() -> None:
    model = model_from_tables(
        [{"name": "x", "options": [0, 1]}],
        [{"name": "A", "weights": {"x": 1}, "scores": {"x": [0, 1]}, "disagreement": 0.5},
         {"name": "B", "weights": {"x": 1}, "scores": {"x": [1, 0]}, "disagreement": 0.5}])
    arena = Arena.build(model)
    assert len(arena.frontier) == 0
    outcome = play(arena, {0: TimeDependent(0, 1.0), 1: TimeDependent(1, 1.0)}, deadline=3)
    assert outcome.agreement is None and outcome.proposals == ()


STRATEGY_NAMES = st.sampled_from(["boulware", "linear", "conceder", "tft", "hardliner", "time:0.5"])


@st.composite
def small_models(draw):
    n_issues = draw(st.integers(1, 3))
    n_parties = draw(st.integers(2, 3))
    issues = [{"name": f"i{i}", "options": list(range(draw(st.integers(2, 4))))} for i in range(n_issues)]
    unit = st.floats(0, 1, allow_nan=False)
    parties = []
    for p in range(n_parties):
        weights = {issue["name"]: draw(unit) for issue in issues}
        scores = {issue["name"]: [draw(unit) for _ in issue["options"]] for issue in issues}
        acceptable = {issue["name"]: [draw(st.booleans()) or k == 0 for k in range(len(issue["options"]))]
                      for issue in issues}
        parties.append({"name": f"P{p}", "weights": weights, "scores": scores, "acceptable": acceptable,
                        "disagreement": draw(st.floats(0, 0.6))})
    return model_from_tables(issues, parties)


@settings(max_examples=60, deadline=None)
@given(model=small_models(), data=st.data())
def test_agents_only_deals_are_rational_and_on_the_exact_frontier(model, data) -> None:
    arena = Arena.build(model)
    agents = {k: make_agent(data.draw(STRATEGY_NAMES), k) for k in range(arena.size)}
    mediator = Mediator() if data.draw(st.booleans()) else None
    outcome = play(arena, agents, deadline=data.draw(st.integers(1, 12)), mediator=mediator)
    deal = outcome.agreement
    if deal is None:
        return
    utilities, rational = arena.evaluate(np.array(deal.choice))
    assert rational.all()  # every hard constraint kept, every party at or above its BATNA
    assert (utilities >= arena.reservation - 1e-9).all()
    assert arena.frontier_distance(utilities) == 0.0
    # on the exact frontier: no package of the whole space dominates it
    # (compared exactly, in the engine's integer quanta: a 1e-9 weight makes a difference of one quantum, which a
    # float tolerance of 1e-9 would count both as equal and as better)
    everything = model.utilities_q(model.space.all_choices())[:, list(model.frontier)]
    ok = model.acceptable(model.space.all_choices())[:, list(model.frontier)].all(axis=1)
    deal_q = model.utilities_q(np.array([deal.choice]))[0, list(model.frontier)]
    better = np.all(everything[ok] >= deal_q, axis=1) & np.any(everything[ok] > deal_q, axis=1)
    assert not better.any()


def test_a_counter_proposal_rejects_and_is_answered_at_once() -> None:
    arena = line_arena()
    negotiation = Negotiation(arena, {1: TimeDependent(1, 1.0)}, deadline=5, order=(1, 0))
    action = negotiation.advance()  # B tables its best (x=0); the user (A) must answer
    assert (action.kind, action.party, action.proposal) == ("answer", 0, 0)
    with pytest.raises(RehearsalError, match="not party 1's turn"):
        negotiation.counter(1, [2])
    negotiation.counter(0, [2])  # A answers with x=2 (0.5 each), tabled at once in round 1
    assert negotiation.proposals[0].answers == (False, True)
    counter = negotiation.proposals[1]
    assert (counter.round, counter.author, counter.choice, counter.answers) == (1, 0, (2,), (True, None))
    assert negotiation.next_action() == Action("answer", 1, 1)  # B answers the counter on its turn
    action = negotiation.advance()
    # B (linear, already tabled in round 1) would next ask 0.75 (x=1): 0.5 is less, so it rejects;
    # the round goes on from the slot after B's proposal: A's own slot in round 1
    assert negotiation.proposals[1].answers == (True, False)
    assert action == Action("table", 0) and negotiation.round == 1 and len(negotiation.proposals) == 2


def test_a_counter_proposal_the_agent_accepts_is_the_deal() -> None:
    arena = line_arena()
    negotiation = Negotiation(arena, {1: TimeDependent(1, 1.0)}, deadline=5, order=(1, 0))
    negotiation.advance()
    negotiation.counter(0, [0])  # A counters with B's own best: B accepts
    assert negotiation.advance() is None and negotiation.finished
    assert negotiation.outcome().agreement is negotiation.proposals[1] and negotiation.outcome().rounds == 1
