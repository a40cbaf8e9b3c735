"""The debrief worked out by hand on the one-issue line (A: x/4, B: 1 − x/4)."""
from __future__ import annotations

import numpy as np
import pytest

from desk.core.analytics.tables import model_from_tables
from desk.core.rehearsal.agents import TimeDependent
from desk.core.rehearsal.arena import Arena
from desk.core.rehearsal.debrief import debrief
from desk.core.rehearsal.protocol import Negotiation, play
from tests.core.rehearsal.test_agents import line_arena


def test_debrief_of_linear_against_linear() -> None:
    arena = line_arena()
    outcome = play(arena, {0: TimeDependent(0, 1.0), 1: TimeDependent(1, 1.0)}, deadline=5, order=(0, 1))
    result = debrief(arena, outcome)
    assert result.agreement and result.deal == (0.5, 0.5) and result.rounds == 3
    assert result.concessions == (((1, 1.0), (2, 0.75), (3, 0.5)), ((1, 1.0), (2, 0.75)))
    assert [d[:2] for d in result.dance] == [(1, 0), (1, 1), (2, 0), (2, 1), (3, 0)]
    # x=2 is the Nash, KS and egalitarian package here: distance 0, nobody gained or lost
    for name in ("nash", "kalai_smorodinsky", "egalitarian"):
        assert result.solutions[name]["distance"] == 0.0 and result.solutions[name]["gains"] == [0.0, 0.0]
    assert result.needless == ()  # nobody ever offered to take less than it got
    assert result.left_on_table == {"dominated_by": 0, "best_gain": [0.0, 0.0], "common_gain": 0.0}
    assert result.to_dict()["concessions"]["A"] == [[1, 1.0], [2, 0.75], [3, 0.5]]


def test_a_needless_concession_and_value_left_on_the_table() -> None:
    # two issues: y is worth nothing to A and everything to B unless left at 0 (a wasteful package)
    model = model_from_tables(
        [{"name": "x", "options": [0, 1, 2]}, {"name": "y", "options": [0, 1]}],
        [{"name": "A", "weights": {"x": 1}, "scores": {"x": [0, .5, 1]}},
         {"name": "B", "weights": {"x": .5, "y": .5}, "scores": {"x": [1, .5, 0], "y": [0, 1]}}])
    arena = Arena.build(model)
    negotiation = Negotiation(arena, {}, deadline=3, order=(0, 1))
    negotiation.table(0, [0, 1])   # A offers x=0: 0 for itself — far more than needed
    negotiation.answer(1, False)
    negotiation.table(1, [1, 0])   # B offers x=1, y=0: A .5, B .25 (y=1 would give B .75 at no cost to A)
    negotiation.answer(0, True)
    result = debrief(arena, negotiation.outcome())
    assert result.deal == (0.5, 0.25)
    assert result.needless == ({"party": 0, "round": 1, "offered": 0.0, "deal": 0.5, "amount": 0.5},)
    # (x=1, y=1) gives B +.5 at no cost to A; (x=2, y=1) gives A +.5 and B +.25
    assert result.left_on_table == {"dominated_by": 2, "best_gain": [0.5, 0.5], "common_gain": 0.25}
    nash = result.solutions["nash"]  # products 0, .375, .5 on the frontier rows
    assert nash["utilities"] == [1.0, 0.5] and nash["gains"] == pytest.approx([-0.5, -0.25])


def test_without_a_deal_the_batnas_stand_for_it() -> None:
    arena = line_arena((0.1, 0.2))
    negotiation = Negotiation(arena, {}, deadline=1, order=(0, 1))
    negotiation.table(0, None)
    negotiation.table(1, None)
    result = debrief(arena, negotiation.outcome())
    assert not result.agreement and result.deal == (0.1, 0.2) and result.needless == ()
    assert result.left_on_table == {} and result.solutions["nash"]["gains"][0] < 0
    assert np.isclose(result.solutions["nash"]["distance"], np.hypot(*(np.array(result.solutions["nash"]["utilities"]) -
                                                                       [0.1, 0.2])))
