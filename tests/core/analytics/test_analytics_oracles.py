"""The reference cases of ../shared/oracles/oracles.json, whose answers come from outside this project."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from desk.core.analytics.frontier import exact_frontier
from desk.core.analytics.model import Model
from desk.core.analytics.shapley import core_check, shapley_exact, shapley_monte_carlo
from desk.core.analytics.solutions import all_solutions
from desk.core.analytics.tables import model_from_tables
from desk.core.genius import load_genius

SHARED = Path(__file__).resolve().parents[3].parent / "shared"
ORACLES = SHARED / "oracles" / "oracles.json"

pytestmark = pytest.mark.skipif(not ORACLES.is_file(), reason="../shared/oracles is not beside this checkout")


def _oracles(kind: str) -> list[dict]:
    return json.loads(ORACLES.read_text(encoding="utf-8"))[kind] if ORACLES.is_file() else []


@pytest.mark.parametrize("case", _oracles("bargaining"), ids=lambda c: c["name"])
def test_bargaining_oracle(case: dict) -> None:
    model = model_from_tables(case["issues"], case["parties"])
    frontier = exact_frontier(model)
    solutions = all_solutions(frontier)
    d = np.array([p["disagreement"] for p in case["parties"]])
    assert np.all(frontier.frontier_utilities >= d - 1e-9)  # infeasible packages never on the frontier
    for name, expected in case["expected"].items():
        if name not in solutions:
            continue  # hints such as egalitarian_package_hint
        if isinstance(expected, str):  # "every frontier point ties"
            assert len(solutions[name].ties) == len(frontier)
            continue
        assert solutions[name].utilities == pytest.approx(expected, abs=case["tolerance"]), name


def test_linear_pie_every_package_on_frontier_and_utilitarian_ties() -> None:
    case = next(c for c in _oracles("bargaining") if c["name"] == "linear-pie")
    frontier = exact_frontier(model_from_tables(case["issues"], case["parties"]))
    assert len(frontier) == 1001
    assert len(all_solutions(frontier)["utilitarian"].ties) == 1001


def test_outside_option_excludes_infeasible_packages() -> None:
    case = next(c for c in _oracles("bargaining") if c["name"] == "linear-pie-outside-option")
    frontier = exact_frontier(model_from_tables(case["issues"], case["parties"]))
    assert frontier.frontier_utilities[:, 0].min() >= 0.2 - 1e-9
    assert len(frontier) == 801


def test_adjusted_winner_egalitarian_package() -> None:
    """Carol gets Cottage and 5/6 of Retirement; Bob the rest (Brams & Taylor)."""
    case = next(c for c in _oracles("bargaining") if c["name"] == "adjusted-winner-divorce")
    frontier = exact_frontier(model_from_tables(case["issues"], case["parties"]))
    package = all_solutions(frontier)["egalitarian"].package
    assert package["Cottage"] == pytest.approx(1.0)
    assert package["Retirement"] == pytest.approx(5 / 6, abs=0.002)
    for item in ("Home", "Investments", "Other"):
        assert package[item] == pytest.approx(0.0)


@pytest.mark.parametrize("case", _oracles("shapley"), ids=lambda c: c["name"])
def test_shapley_oracle(case: dict) -> None:
    result = shapley_exact(case["players"], case["values"])
    assert result.values == pytest.approx(case["expected_shapley"], rel=case["tolerance"])
    grand = case["values"][",".join(case["players"])]
    assert sum(result.values) == pytest.approx(grand)
    estimate = shapley_monte_carlo(case["players"], case["values"], samples=4000, seed=1)
    for value, half, exact in zip(estimate.values, estimate.half_width, result.values, strict=True):
        assert abs(value - exact) <= 2 * half  # well inside a doubled 95 % interval
    assert core_check(case["players"], case["values"], result.values, kind=case["kind"]).efficient


@pytest.mark.parametrize("case", _oracles("genius"), ids=lambda c: c["name"])
def test_genius_oracle(case: dict) -> None:
    paths = [ORACLES.parent / p for p in case["profiles"]]
    space, profiles = load_genius(paths)
    frontier = exact_frontier(Model.build(space, profiles))
    expected = case["expected"]
    assert space.size == expected["outcomes"]
    assert frontier.distinct_count() == expected["pareto_distinct_utility_vectors"]
    nash = all_solutions(frontier)["nash"]
    assert nash.utilities == pytest.approx(expected["nash"], abs=case["tolerance"])
    assert nash.package == expected["nash_package"]


def test_genius_energy_has_204_distinct_frontier_vectors() -> None:
    """DESIGN.md §3: float noise must not leave 210 points on the Energy frontier."""
    folder = SHARED / "domains" / "genius" / "Energy"
    space, profiles = load_genius(sorted(folder.glob("*.xml")))
    frontier = exact_frontier(Model.build(space, profiles))
    assert space.size == 390_625
    assert frontier.distinct_count() == 204
