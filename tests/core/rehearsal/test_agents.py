"""Each agent's decision rule worked out by hand on tiny outcome spaces."""
from __future__ import annotations

import numpy as np
import pytest

from desk.core.analytics.tables import model_from_tables
from desk.core.rehearsal.agents import Hardliner, Mediator, TimeDependent, TitForTat, make_agent
from desk.core.rehearsal.arena import Arena
from desk.core.rehearsal.errors import RehearsalError
from desk.core.rehearsal.view import View


def line_arena(disagreement: tuple[float, float] = (0.0, 0.0)) -> Arena:
    """One issue x ∈ {0..4}; A's utility x/4, B's 1 − x/4: every package is on the frontier."""
    model = model_from_tables(
        [{"name": "x", "options": [0, 1, 2, 3, 4]}],
        [{"name": "A", "weights": {"x": 1}, "scores": {"x": [0, .25, .5, .75, 1]}, "disagreement": disagreement[0]},
         {"name": "B", "weights": {"x": 1}, "scores": {"x": [1, .75, .5, .25, 0]}, "disagreement": disagreement[1]}])
    return Arena.build(model)


def view(arena: Arena, round_: int, deadline: int = 5, offers=None, tabled=()) -> View:
    offers = offers or tuple(() for _ in range(arena.size))
    return View(arena, deadline, round_, tuple(tuple(np.asarray(o, dtype=float) for o in party) for party in offers),
                frozenset(tabled))


def test_time_dependent_aspiration_follows_the_formula() -> None:
    arena = line_arena()
    expected = {1.0: [1, .75, .5, .25, 0], 0.5: [1, .9375, .75, .4375, 0],
                2.0: [1, 0.5, 1 - 0.5 ** 0.5, 1 - 0.75 ** 0.5, 0]}
    for exponent, values in expected.items():
        agent = TimeDependent(0, exponent)
        got = [agent.aspiration(view(arena, r), r) for r in range(1, 6)]
        assert got == pytest.approx(values)


def test_aspiration_runs_from_best_to_reservation() -> None:
    arena = line_arena(disagreement=(0.25, 0.0))
    agent = TimeDependent(0, 1.0)
    assert agent.aspiration(view(arena, 1), 1) == pytest.approx(1.0)
    assert agent.aspiration(view(arena, 3), 3) == pytest.approx(0.625)
    assert agent.aspiration(view(arena, 5), 5) == pytest.approx(0.25)
    assert agent.aspiration(view(arena, 5), 9) == pytest.approx(0.25)  # past the deadline: P_min


def test_offer_is_the_frontier_package_at_the_aspiration_best_for_the_other() -> None:
    arena = line_arena()
    linear = TimeDependent(0, 1.0)
    # round 2: aspiration 0.75 → x=3 (0.75) and x=4 (1.0) qualify; x=3 is better for B
    row = linear.propose(view(arena, 2))
    assert arena.choice(row).tolist() == [3]
    # B at aspiration 0.5 (round 3) offers x=2
    assert arena.choice(TimeDependent(1, 1.0).propose(view(arena, 3))).tolist() == [2]


def test_offer_among_three_parties_goes_to_the_nearest_of_the_others_demands() -> None:
    # Two issues; C only cares about y. A at aspiration 0.5 can give B or C the rest:
    model = model_from_tables(
        [{"name": "x", "options": [0, 1]}, {"name": "y", "options": [0, 1]}],
        [{"name": "A", "weights": {"x": .5, "y": .5}, "scores": {"x": [0, 1], "y": [0, 1]}},
         {"name": "B", "weights": {"x": 1}, "scores": {"x": [1, 0]}},
         {"name": "C", "weights": {"y": 1}, "scores": {"y": [1, 0]}}])
    arena = Arena.build(model)
    # packages (x, y) utilities: (0,1) → A .5, B 1, C 0; (1,0) → A .5, B 0, C 1
    agent = TimeDependent(0, 1.0)
    # offers hold each party's proposals as utility vectors (A, B, C)
    b_gave_up = view(arena, 2, deadline=3, offers=((), ([0.5, 0, 1],), ([0.5, 0, 1],)))  # B asks 0, C asks 1
    c_gave_up = view(arena, 2, deadline=3, offers=((), ([0.5, 1, 0],), ([0.5, 1, 0],)))  # B asks 1, C asks 0
    # aspiration at round 2 of 3 is 0.5: (0,1) and (1,0) qualify (plus A's best (1,1))
    assert arena.choice(agent.propose(c_gave_up)).tolist() == [0, 1]  # give B what it asks
    assert arena.choice(agent.propose(b_gave_up)).tolist() == [1, 0]  # give C what it asks
    # when nobody asks for anything any more, A keeps its best
    both_gave_up = view(arena, 2, deadline=3, offers=((), ([1, 0, 0],), ([1, 0, 0],)))
    assert arena.choice(agent.propose(both_gave_up)).tolist() == [1, 1]


def test_ac_next_accepts_what_is_worth_the_next_offer() -> None:
    arena = line_arena()
    agent = TimeDependent(1, 1.0)  # B
    # round 2, B has not tabled yet: its next offer is at 0.75 (x=1)
    assert agent.accepts(view(arena, 2), *arena.evaluate(np.array([1])))
    assert not agent.accepts(view(arena, 2), *arena.evaluate(np.array([2])))
    # after tabling in round 2 its next offer is round 3's (0.5): x=2 now acceptable
    assert agent.accepts(view(arena, 2, tabled={1}), *arena.evaluate(np.array([2])))
    # after its last proposal it accepts anything at or above its reservation
    assert agent.accepts(view(arena, 5, tabled={1}), *arena.evaluate(np.array([4])))


def test_never_below_reservation_or_a_hard_constraint() -> None:
    model = model_from_tables(
        [{"name": "x", "options": [0, 1, 2, 3, 4]}],
        [{"name": "A", "weights": {"x": 1}, "scores": {"x": [0, .25, .5, .75, 1]}, "disagreement": 0.3},
         {"name": "B", "weights": {"x": 1}, "scores": {"x": [1, .75, .5, .25, 0]},
          "acceptable": {"x": [True, True, True, True, False]}}])
    arena = Arena.build(model)
    assert arena.choice(0).tolist() in ([2], [3])
    a, b = TimeDependent(0, 1.0), TimeDependent(1, 1.0)
    late = view(arena, 5, tabled={0, 1})
    assert not a.accepts(late, *arena.evaluate(np.array([1])))  # 0.25 < BATNA 0.3
    assert a.accepts(late, *arena.evaluate(np.array([2])))
    assert not b.accepts(late, *arena.evaluate(np.array([4])))  # breaks B's hard constraint
    assert sorted(arena.choice(r).tolist()[0] for r in range(len(arena.frontier))) == [2, 3]


def test_hardliner_asks_and_accepts_only_its_best() -> None:
    arena = line_arena()
    agent = Hardliner(0)
    assert arena.choice(agent.propose(view(arena, 5))).tolist() == [4]
    assert not agent.accepts(view(arena, 5, tabled={0}), *arena.evaluate(np.array([3])))
    assert agent.accepts(view(arena, 5, tabled={0}), *arena.evaluate(np.array([4])))


def test_tit_for_tat_mirrors_the_opponents_concession() -> None:
    arena = line_arena()
    agent = TitForTat(0, opening=0.05)
    assert agent.aspiration(view(arena, 1), 1) == 1.0
    agent.propose(view(arena, 1))
    assert agent.aspiration(view(arena, 2), 2) == pytest.approx(0.95)  # opening concession
    agent.propose(view(arena, 2))
    # B went from asking 1.0 to 0.75 of its own utility: a quarter of its range → A gives a quarter
    b_conceded = ((), ([0, 1.0], [0.25, 0.75]))
    assert agent.aspiration(view(arena, 3, offers=b_conceded), 3) == pytest.approx(0.70)
    # B hardened (0.75 → 1.0): A hardens as much, capped at its best
    b_hardened = ((), ([0.25, 0.75], [0, 1.0]))
    assert agent.aspiration(view(arena, 3, offers=b_hardened), 3) == pytest.approx(1.0)
    # within the round it already tabled in, its aspiration stays put
    assert agent.aspiration(view(arena, 2, offers=b_conceded), 2) == pytest.approx(0.95)


def test_mediator_moves_from_the_middle_of_the_positions_to_nash() -> None:
    model = model_from_tables(
        [{"name": "x", "options": [0, 1, 2, 3, 4]}],
        [{"name": "A", "weights": {"x": 1}, "scores": {"x": [0, .5, .7, .9, 1]}},
         {"name": "B", "weights": {"x": 1}, "scores": {"x": [1, .5, .3, .1, 0]}}])
    arena = Arena.build(model)
    assert arena.choice(arena.nash_row).tolist() == [1]  # products 0, .25, .21, .09, 0
    mediator = Mediator()
    # round 1 of 5, no offers: positions are the two ideals (1,0) and (0,1); middle (.5,.5) → x=1
    assert arena.choice(mediator.propose(view(arena, 1))).tolist() == [1]
    # A asks x=4, B has moved to x=3: mean position (0.95, 0.05); at t = 0 the text is the frontier point nearest
    offers = (([1, 0],), ([1, 0], [.9, .1]))
    assert arena.choice(mediator.propose(view(arena, 1, offers=offers))).tolist() == [4]
    # from half time (round 3 of 5) the text is Nash whatever the positions
    assert arena.choice(mediator.propose(view(arena, 3, offers=offers))).tolist() == [1]


def test_strategy_names() -> None:
    assert make_agent("Boulware", 0).label == "boulware"
    assert make_agent("time:0.5", 1).label == "time:0.5"
    assert isinstance(make_agent("tit-for-tat", 0), TitForTat)
    with pytest.raises(RehearsalError, match="unknown strategy 'stubborn'"):
        make_agent("stubborn", 0)
    with pytest.raises(RehearsalError, match="positive"):
        make_agent("time:0", 0)
    with pytest.raises(RehearsalError, match="not a number"):
        make_agent("time:x", 0)


def test_tit_for_tat_concessions_show_on_a_coarse_frontier() -> None:
    arena = line_arena()  # A's utility levels on the frontier: 0, .25, .5, .75, 1
    agent = TitForTat(0, opening=0.05)
    agent.propose(view(arena, 1, offers=(([1.0, 0.0],), ())))
    # the opening concession (0.05) would leave the offer at x=4: it goes to the next level, 0.75
    assert agent.aspiration(view(arena, 2, offers=(([1.0, 0.0],), ())), 2) == pytest.approx(0.75)
    # without a concession to make, no step down
    agent.propose(view(arena, 2, offers=(([1.0, 0.0],), ())))
    b_still = (([1.0, 0.0], [0.75, 0.25]), ([0, 1.0], [0, 1.0]))
    assert agent.aspiration(view(arena, 3, offers=b_still), 3) == pytest.approx(0.75)


def test_two_tit_for_tat_agents_reach_a_deal() -> None:
    from desk.core.rehearsal.protocol import play

    arena = line_arena()
    outcome = play(arena, {0: TitForTat(0), 1: TitForTat(1)}, deadline=10, order=(0, 1))
    assert outcome.agreement is not None and outcome.agreement.choice == (2,)
