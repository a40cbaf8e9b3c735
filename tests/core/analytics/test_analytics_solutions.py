"""Bargaining solutions lie on the frontier and satisfy their defining property; improvement analysis."""
from __future__ import annotations

import numpy as np
from hypothesis import given, settings

from desk.core.analytics.frontier import exact_frontier
from desk.core.analytics.improvement import improvement
from desk.core.analytics.model import Model
from desk.core.analytics.sampling import enumerate_utilities
from desk.core.analytics.solutions import all_solutions
from desk.core.analytics.tables import model_from_tables

from .test_analytics_frontier import domains


def _feasible(model: Model) -> np.ndarray:
    """Utilities (frontier parties, float) of every feasible package, by enumeration."""
    cols = list(model.frontier)
    u = enumerate_utilities(model)[:, cols]
    ok = np.all(u >= model.disagreement_q()[cols], axis=1)
    ok &= np.all(model.acceptable(model.space.all_choices())[:, cols], axis=1)
    return u[ok] * 1e-9


@settings(max_examples=120, deadline=None)
@given(domains())
def test_solutions_lie_on_the_frontier_and_optimise_their_objective(model: Model) -> None:
    frontier = exact_frontier(model)
    solutions = all_solutions(frontier)
    feasible = _feasible(model)
    d = model.disagreement()[list(model.frontier)]
    for solution in solutions.values():
        if solution.index is None:
            continue
        assert solution.index in solution.ties
        u = np.array(solution.utilities)
        assert np.all(u >= d - 1e-12)
        assert any(np.array_equal(frontier.frontier_utilities[i], u) for i in range(len(frontier)))
        assert solution.package == frontier.package(solution.index)
        assert solution.disagreement == tuple(d)
        assert solution.normalisation
    if len(feasible) == 0:
        return
    gains = feasible - d
    if solutions["utilitarian"].index is not None:
        assert sum(solutions["utilitarian"].utilities) >= feasible.sum(axis=1).max() - 1e-9
    if solutions["egalitarian"].index is not None:
        assert min(np.array(solutions["egalitarian"].utilities) - d) >= gains.min(axis=1).max() - 1e-9
    positive = np.all(gains > 1e-12, axis=1)
    if solutions["nash"].index is not None:
        best = np.prod(gains[positive], axis=1).max()
        assert np.prod(np.array(solutions["nash"].utilities) - d) >= best * (1 - 1e-9)
    else:
        assert not positive.any()


def _pie() -> Model:
    options = [round(0.1 * k, 1) for k in range(11)]
    return model_from_tables([{"name": "x", "options": options}, {"name": "y", "options": ["a", "b"]}], [
        {"name": "A", "weights": {"x": 0.8, "y": 0.2}, "scores": {"x": options, "y": [1, 0]}},
        {"name": "B", "weights": {"x": 0.8, "y": 0.2}, "scores": {"x": options[::-1], "y": [1, 0]}}])


def test_improvement_finds_what_is_left_on_the_table() -> None:
    model = _pie()
    frontier = exact_frontier(model)
    report = improvement(frontier, {"x": 0.5, "y": "b"})
    assert not report.on_frontier and len(report.dominating) > 0
    assert report.best_gain[0] > 0 and report.best_gain[1] > 0
    assert report.common_gain > 0.19  # y = a gives both 0.2 more
    assert report.distance > 0
    on = improvement(frontier, {"x": 0.5, "y": "a"})
    assert on.on_frontier and len(on.dominating) == 0 and on.distance == 0.0
    assert report.to_dict(frontier)["better_packages"]


def test_weighted_nash_follows_bargaining_power() -> None:
    options = [round(0.01 * k, 2) for k in range(101)]
    model = model_from_tables([{"name": "x", "options": options}], [
        {"name": "A", "weights": {"x": 1}, "scores": {"x": options}, "power": 3},
        {"name": "B", "weights": {"x": 1}, "scores": {"x": options[::-1]}, "power": 1}])
    solutions = all_solutions(exact_frontier(model))
    assert solutions["nash"].utilities[0] == 0.5
    assert solutions["weighted_nash"].utilities[0] == 0.75  # argmax x^0.75 (1-x)^0.25
