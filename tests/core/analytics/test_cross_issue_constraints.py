"""Cross-issue constraints (ratios summing to 100 %, contributions making up a fund) shape the outcome space:
the exact frontier leaves out the packages that break them, and equals brute force with the same constraints."""
from __future__ import annotations

import dataclasses

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.core.analytics.frontier import exact_frontier
from desk.core.analytics.model import Model
from desk.core.analytics.sampling import brute_force_frontier, sample_choices
from desk.core.analytics.space import Constraint
from desk.core.analytics.tables import model_from_tables

RATIOS = [20, 30, 40, 50]


def _model(scores: list[list[list[float]]], constraints: tuple[Constraint, ...]) -> Model:
    issues = [{"name": "a", "options": RATIOS}, {"name": "b", "options": RATIOS}, {"name": "c", "options": RATIOS},
              {"name": "d", "options": ["x", "y", "z"]}]
    parties = [{"name": f"p{k}", "weights": {i["name"]: 1.0 for i in issues},
                "scores": {i["name"]: scores[k][n][:len(i["options"])] for n, i in enumerate(issues)}}
               for k in range(len(scores))]
    model = model_from_tables(issues, parties)
    return Model.build(model.space.with_constraints(constraints), model.profiles)


SUM_100 = Constraint(("a", "b", "c"), lambda v: sum(v) == 100, "a + b + c = 100")


def _rows(frontier) -> set[tuple[int, ...]]:
    return {tuple(int(x) for x in row) for row in frontier.choices}


def test_the_frontier_keeps_only_packages_whose_ratios_sum_to_100():
    # each party wants its own ratio high: without the constraint, (50, 50, 50) is the one frontier package
    own = [[[0, 0.3, 0.6, 1]] + [[0] * 4] * 3, [[0] * 4, [0, 0.3, 0.6, 1]] + [[0] * 4] * 2,
           [[0] * 4] * 2 + [[0, 0.3, 0.6, 1], [0] * 4]]
    free = exact_frontier(_model(own, ()))
    assert {tuple(free.model.space.package(r).values())[:3] for r in free.choices} == {(50, 50, 50)}
    tied = exact_frontier(_model(own, (SUM_100,)))
    ratios = {tuple(tied.model.space.package(r).values())[:3] for r in tied.choices}
    assert ratios and all(sum(r) == 100 for r in ratios)
    assert (20, 30, 50) in ratios and (40, 40, 20) in ratios  # every split is Pareto optimal here
    assert _rows(tied) == _rows(brute_force_frontier(tied.model))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.lists(st.floats(0, 1), min_size=4, max_size=4), min_size=4, max_size=4),
                min_size=2, max_size=4))
def test_exact_frontier_equals_brute_force_under_a_constraint(scores):
    model = _model(scores, (SUM_100, Constraint(("a", "d"), lambda v: not (v[0] == 50 and v[1] == "z"), "")))
    exact, brute = exact_frontier(model), brute_force_frontier(model)
    assert _rows(exact) == _rows(brute)
    assert model.space.valid(exact.choices).all()


def test_no_combination_meets_the_constraint_says_so():
    never = Constraint(("a", "b"), lambda v: v[0] + v[1] == 7, "a + b = 7")
    frontier = exact_frontier(_model([[[0.5] * 4] * 4, [[0.5] * 4] * 4], (never,)))
    assert len(frontier.choices) == 0 and "a + b = 7" in frontier.reason


def test_a_constraint_on_issues_the_space_lacks_is_dropped():
    model = _model([[[0.5] * 4] * 4, [[0.5] * 4] * 4], ())
    space = model.space.with_constraints([Constraint(("a", "gone"), lambda v: False, "")])
    assert space.constraints == () and dataclasses.replace(space).valid(np.zeros((1, 4), dtype=int)).all()


def test_the_space_counts_lists_and_samples_only_the_packages_that_meet_the_constraints():
    other = Constraint(("a", "d"), lambda v: not (v[0] == 50 and v[1] == "z"), "")
    model = _model([[[0.5] * 4] * 4, [[0.5] * 4] * 4], (SUM_100, other))
    space = model.space
    everything = space.all_choices()
    valid = everything[space.valid(everything)]
    assert space.size == 4**3 * 3 and space.feasible_size() == len(valid) < space.size
    assert {tuple(r) for r in space.feasible_choices()} == {tuple(r) for r in valid}
    assert len(space.feasible_choices()) == len(valid)  # each once

    sample = sample_choices(model, 6_000, seed=3)
    assert space.valid(sample).all()
    counts = np.unique(sample, axis=0, return_counts=True)[1]
    assert len(counts) == len(valid) and counts.min() > 6_000 / len(valid) / 2  # every valid package, about evenly


def test_no_package_meeting_the_constraints_counts_zero_and_samples_nothing():
    never = Constraint(("a", "b"), lambda v: v[0] + v[1] == 7, "a + b = 7")
    model = _model([[[0.5] * 4] * 4, [[0.5] * 4] * 4], (never,))
    assert model.space.feasible_size() == 0 and len(model.space.feasible_choices()) == 0
    assert sample_choices(model, 10).shape == (0, 4)
