"""Agents-only runs: determinism by seed, perturbation within its range, the grid summary, GENIUS domains."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from desk.core.analytics.model import Model
from desk.core.analytics.tables import model_from_tables
from desk.core.genius import load_genius
from desk.core.rehearsal.errors import RehearsalError
from desk.core.rehearsal.perturb import perturb_model
from desk.core.rehearsal.runs import Runner, summarise
from tests.core.rehearsal.test_agents import line_arena


def test_same_seed_same_run_and_the_seed_picks_the_seating() -> None:
    runner = Runner(line_arena().model, deadline=5)
    first = runner.run(["linear", "linear"], 0)
    assert runner.run(["linear", "linear"], 0) == first
    authors = {runner.run(["linear", "linear"], seed).author for seed in range(8)}
    assert authors == {"A", "B"}  # who tables first (and so closes at x=2) depends on the seed
    assert first.agreement and first.package == {"x": 2} and first.utilities == (0.5, 0.5)
    assert first.rounds == 3 and first.frontier_distance == 0.0 and first.nash_distance == 0.0


def test_no_deal_reports_batna_utilities() -> None:
    result = Runner(line_arena((0.1, 0.2)).model, deadline=3).run(["hardliner", "hardliner"], 1)
    assert not result.agreement and result.utilities == (0.1, 0.2) and result.nash_distance is None
    assert result.to_dict(["A", "B"])["utilities"] == {"A": 0.1, "B": 0.2}


def test_one_strategy_per_negotiating_party() -> None:
    with pytest.raises(RehearsalError, match="one strategy for each of the 2"):
        Runner(line_arena().model).run(["linear"], 0)


def test_perturbation_stays_within_its_range_and_is_seeded() -> None:
    model = line_arena((0.2, 0.3)).model
    two_issues = Model.build(model.space, model.profiles)
    a = perturb_model(two_issues, 0.2, np.random.default_rng(5))
    b = perturb_model(two_issues, 0.2, np.random.default_rng(5))
    assert [p.weights for p in a.profiles] == [p.weights for p in b.profiles]
    for before, after in zip(two_issues.profiles, a.profiles, strict=True):
        assert sum(after.weights) == pytest.approx(sum(before.weights))
        assert abs(after.disagreement - before.disagreement) <= 0.2 + 1e-12
    assert perturb_model(two_issues, 0.0, np.random.default_rng(5)).profiles == two_issues.profiles
    with pytest.raises(RehearsalError, match=r"between 0 and 0\.5"):
        perturb_model(two_issues, 0.7, np.random.default_rng(0))


def test_perturbed_runs_differ_by_seed() -> None:
    model = model_from_tables(
        [{"name": "x", "options": [0, 1, 2, 3]}, {"name": "y", "options": [0, 1, 2]}],
        [{"name": "A", "weights": {"x": .6, "y": .4}, "scores": {"x": [0, .3, .7, 1], "y": [0, .5, 1]}},
         {"name": "B", "weights": {"x": .3, "y": .7}, "scores": {"x": [1, .6, .2, 0], "y": [1, .5, 0]}}])
    runner = Runner(model, deadline=10, perturbation=0.3)
    results = [runner.run(["linear", "linear"], seed) for seed in range(6)]
    assert len({r.utilities for r in results}) > 1
    assert runner.run(["linear", "linear"], 3) == results[3]


def test_summary_of_a_grid() -> None:
    runner = Runner(line_arena().model, deadline=5)
    results = runner.grid([("linear", "linear"), ("hardliner", "hardliner")], range(3))
    rows = {tuple(r["strategies"]): r for r in summarise(results, runner.model.frontier)}
    assert rows["linear", "linear"]["agreement_rate"] == 1.0
    assert rows["linear", "linear"]["mean_utilities"] == [0.5, 0.5]
    assert rows["linear", "linear"]["on_frontier_rate"] == 1.0 and rows["linear", "linear"]["mean_rounds"] == 3
    assert rows["hardliner", "hardliner"]["agreement_rate"] == 0.0
    assert rows["hardliner", "hardliner"]["mean_nash_distance"] is None


@pytest.mark.parametrize("domain", ["Laptop", "ItexvsCypress", "Amsterdam"])
def test_genius_deals_lie_on_the_exact_frontier(shared_dir: Path, domain: str) -> None:
    space, profiles = load_genius(sorted((shared_dir / "domains" / "genius" / domain).glob("*.xml")))
    runner = Runner(Model.build(space, profiles), deadline=20)
    names = ["boulware", "linear", "conceder", "tft"]
    results = runner.grid([(a, b) for a in names for b in names], range(2))
    deals = [r for r in results if r.agreement]
    assert len(deals) >= 0.9 * len(results)
    assert all(r.frontier_distance == 0.0 for r in deals)
