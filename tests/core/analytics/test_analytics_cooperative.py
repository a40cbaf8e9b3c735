"""Shapley values and the core, compensation with side payments, settlement graphs, the arbiter."""
from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.core.analytics.compensation import compensate, split_surplus
from desk.core.analytics.errors import AnalysisError
from desk.core.analytics.hierarchy import arbiter
from desk.core.analytics.settlement import settle
from desk.core.analytics.shapley import core_check, shapley, shapley_exact
from desk.core.analytics.tables import model_from_tables
from desk.core.enums import PartyKind
from desk.core.parties import Party


@st.composite
def games(draw) -> tuple[list[str], dict[str, float]]:
    n = draw(st.integers(1, 6))
    players = [f"p{i}" for i in range(n)]
    values = {}
    for size in range(1, n + 1):
        for coalition in itertools.combinations(players, size):
            values[",".join(coalition)] = draw(st.integers(-50, 100))
    return players, values


@settings(max_examples=80, deadline=None)
@given(games())
def test_shapley_is_efficient(game) -> None:
    players, values = game
    result = shapley_exact(players, values)
    assert sum(result.values) == pytest.approx(values[",".join(players)])


@settings(max_examples=60, deadline=None)
@given(st.integers(2, 6), st.lists(st.integers(0, 30), min_size=6, max_size=6), st.data())
def test_shapley_is_symmetric_for_symmetric_players(n: int, by_size: list[int], data) -> None:
    players = [f"p{i}" for i in range(n)]
    values = {",".join(c): float(by_size[len(c) - 1] * len(c))
              for size in range(1, n + 1) for c in itertools.combinations(players, size)}
    extra = data.draw(st.integers(0, 10))  # p0 adds a premium to every coalition it joins: breaks only its symmetry
    values = {k: v + (extra if "p0" in k.split(",") else 0) for k, v in values.items()}
    phi = shapley_exact(players, values).values
    assert np.allclose(phi[1:], phi[1])


def test_monte_carlo_beyond_fifteen_players() -> None:
    players = [f"p{i}" for i in range(18)]
    weight = {p: i + 1 for i, p in enumerate(players)}

    def value(coalition: frozenset[str]) -> float:  # additive game: φ_i = w_i exactly
        return float(sum(weight[p] for p in coalition))

    result = shapley(players, value, samples=200, seed=2)
    assert not result.exact and result.values == pytest.approx([weight[p] for p in players])
    assert result.to_dict()["ci95_half_width"]


def test_core_check_reports_the_coalition_that_would_leave() -> None:
    values = {"a": 0, "b": 0, "c": 0, "a,b": 90, "a,c": 0, "b,c": 0, "a,b,c": 90}
    assert core_check("abc", values, [45, 45, 0]).stable
    check = core_check("abc", values, [30, 30, 30])
    assert not check.stable and check.violations[0] == (("a", "b"), 30.0)
    costs = {"a": 10, "b": 10, "a,b": 15}
    assert core_check("ab", costs, [7.5, 7.5], kind="cost").stable
    assert not core_check("ab", costs, [12, 3], kind="cost").stable
    with pytest.raises(AnalysisError, match="no value given"):
        shapley_exact("ab", {"a": 1, "a,b": 2})


@settings(max_examples=80, deadline=None)
@given(st.lists(st.integers(-1000, 1000), min_size=1, max_size=9))
def test_settlement_payments_net_to_each_balance(amounts: list[int]) -> None:
    amounts = [*amounts, -sum(amounts)]
    balances = {f"p{i}": a / 100 for i, a in enumerate(amounts)}
    result = settle(balances)
    graph = result.graph
    for name, balance in balances.items():
        received = sum(d["amount"] for _, _, d in graph.in_edges(name, data=True))
        paid = sum(d["amount"] for _, _, d in graph.out_edges(name, data=True))
        assert received - paid == pytest.approx(balance, abs=1e-6)
    assert all(amount > 0 for _, _, amount in result.payments)
    assert len(result.payments) <= max(0, sum(1 for a in amounts if a) - 1)


def test_settlement_uses_the_fewest_payments() -> None:
    result = settle({"A": -3, "B": 3, "C": -2, "D": 1, "E": 1})
    assert len(result.payments) == 3 and result.minimal  # {A,B} and {C,D,E}: 1 + 2 payments


def test_surplus_rules_and_infeasibility() -> None:
    equal = split_surplus(["A", "B"], [6.0, -2.0])
    assert equal.shares == (2.0, 2.0) and equal.transfers == (-4.0, 4.0)
    assert split_surplus(["A", "B"], [6.0, -2.0], "proportional").shares == (4.0, 0.0)
    assert split_surplus(["A", "B"], [6.0, -2.0], "power", [3, 1]).shares == (3.0, 1.0)
    assert not split_surplus(["A", "B"], [1.0, -2.0]).feasible


def test_compensation_with_a_money_issue() -> None:
    fund = [1.0, 2.0, 3.0]
    model = model_from_tables([{"name": "fund", "options": fund}, {"name": "site", "options": ["up", "down"]}], [
        {"name": "Up", "weights": {"fund": 0.5, "site": 0.5}, "scores": {"fund": [0, 0.5, 1], "site": [0, 1]}},
        {"name": "Down", "weights": {"fund": 0.5, "site": 0.5}, "scores": {"fund": [1, 0.5, 0], "site": [1, 0]},
         "disagreement": 0.6}])
    result = compensate(model, {"fund": 2.0, "site": "down"}, "fund")
    # rates 0.25 per unit each; gains (0.75, -0.35)/0.25 = (3, -1.4); surplus 1.6 split equally
    assert result.gains == pytest.approx((3.0, -1.4))
    assert result.transfers == pytest.approx((-2.2, 2.2))
    assert settle(result.balances()).payments == (("Up", "Down", pytest.approx(2.2)),)


def test_arbiter_is_the_lowest_common_superior() -> None:
    central = Party("c", "中央", kind=PartyKind.CENTRAL)
    anhui = Party("c", "安徽", superior_id=central.id)
    zhejiang = Party("c", "浙江", superior_id=central.id)
    huangshan = Party("c", "黄山", kind=PartyKind.MUNICIPAL, superior_id=anhui.id)
    xuancheng = Party("c", "宣城", kind=PartyKind.MUNICIPAL, superior_id=anhui.id)
    ngo = Party("c", "环保组织", kind=PartyKind.NGO)
    parties = [central, anhui, zhejiang, huangshan, xuancheng, ngo]
    assert arbiter(parties, [huangshan.id, xuancheng.id]).arbiter == anhui
    assert arbiter(parties, ["黄山", "浙江"]).arbiter == central
    assert arbiter(parties, ["安徽", "黄山"]).arbiter == central  # a party never judges its own dispute
    outcome = arbiter(parties, ["黄山", "环保组织"])
    assert outcome.arbiter is None and "no common superior" in outcome.reason
