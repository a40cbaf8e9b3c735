"""A BATNA stated in issue terms (its utility under the party's own profile), the utility scale, and why a
feasible set is empty (which parties' BATNAs exclude every package and by how much), checked by brute force."""
from __future__ import annotations

import dataclasses
import itertools

import numpy as np
import pytest

from desk.core.analytics.batna import package_utility, utility_scale
from desk.core.analytics.frontier import exact_frontier
from desk.core.analytics.infeasible import explain_infeasible
from desk.core.analytics.model import Model
from desk.core.analytics.profiles import profiles_from_snapshot
from desk.core.case import Case
from desk.core.demands import Demand
from desk.core.enums import IssueKind
from desk.core.errors import ValidationError
from desk.core.issues import Issue
from desk.core.parties import Party
from desk.core.snapshot import CaseSnapshot


def _snapshot(a_batna: float = 0.0, b_batna: float = 0.0, a_package: dict | None = None,
              c_batna: float = 0.0) -> CaseSnapshot:
    """Three parties over a %-share, an amount and a discrete rule; ``a_package`` by issue name."""
    case = Case("测试 50%")
    share = Issue(case.id, "税收分成", "%", minimum=30, maximum=70, step=10)
    fund = Issue(case.id, "补偿金额", "亿元", minimum=0, maximum=4, step=1)
    rule = Issue(case.id, "拨付规则", kind=IssueKind.DISCRETE, options=("对赌", "分档", "先拨"))
    by_name = {i.name: i.id for i in (share, fund, rule)}
    package = tuple((by_name[name], value) for name, value in (a_package or {}).items())
    a = Party(case.id, "安徽", short_name="皖", batna=a_batna, no_agreement=package)
    b = Party(case.id, "浙江", batna=b_batna)
    c = Party(case.id, "江苏", batna=c_batna)
    demands = (
        Demand(case.id, a.id, share.id, ideal=70.0, priority=2),
        Demand(case.id, a.id, fund.id, ideal=4.0, priority=1, breakpoints=((0.0, 0.0), (2.0, 0.8), (4.0, 1.0))),
        Demand(case.id, a.id, rule.id, ideal="对赌", priority=1,
               option_scores=(("对赌", 1.0), ("分档", 0.5), ("先拨", 0.0))),
        Demand(case.id, b.id, share.id, ideal=30.0, priority=3),
        Demand(case.id, b.id, fund.id, ideal=0.0, priority=1),
        Demand(case.id, c.id, rule.id, ideal="先拨", priority=1),
        Demand(case.id, c.id, fund.id, ideal=2.0, reservation=0.0, priority=1),
    )
    return CaseSnapshot(case, (a, b, c), (share, fund, rule), demands)


def test_the_no_agreement_package_gives_the_disagreement_point_by_the_party_s_own_profile() -> None:
    snap = _snapshot(a_batna=0.9, a_package={"税收分成": 50.0, "补偿金额": 1.0, "拨付规则": "分档"})
    share, fund, rule = (i.id for i in snap.issues)
    space, (a, b, _c) = profiles_from_snapshot(snap)
    # weights 2:1:1 → 0.5 · v(50 %) + 0.25 · v(1 亿) + 0.25 · v(分档) = 0.5·0.5 + 0.25·0.4 + 0.25·0.5 (typed 0.9 unused)
    assert a.disagreement == pytest.approx(0.5 * 0.5 + 0.25 * 0.4 + 0.25 * 0.5)
    assert b.disagreement == 0.0
    # between grid points the value function is followed, not the nearest point: 1.5 亿 → 0.6
    assert package_utility(space.issues, a.weights, a.scores, {fund: 1.5}) == pytest.approx(0.25 * 0.6)
    # an issue left out (or an unknown option) counts as the party's worst
    assert package_utility(space.issues, a.weights, a.scores, {rule: "废止"}) == 0.0


def test_the_scale_names_the_worst_and_the_best_package_of_the_party() -> None:
    space, (a, b, c) = profiles_from_snapshot(_snapshot())
    share, fund, rule = (i.key for i in space.issues)
    scale = utility_scale(space.issues, a.weights, a.scores)
    assert scale.worst == {share: 30.0, fund: 0.0, rule: "先拨"}
    assert scale.best == {share: 70.0, fund: 4.0, rule: "对赌"}
    assert package_utility(space.issues, a.weights, a.scores, scale.best) == 1.0
    assert package_utility(space.issues, a.weights, a.scores, scale.worst) == 0.0
    assert set(utility_scale(space.issues, c.weights, c.scores).best) == {fund, rule}  # only the issues it weighs


def test_a_no_agreement_package_naming_one_issue_twice_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        Party("c", "甲", no_agreement=(("i", 1.0), ("i", 2.0))).validate()
    assert info.value.field == "no_agreement"


def _brute_best(model: Model, party: int) -> float | None:
    """max u_party over every package meeting the reservations and every other frontier party's BATNA."""
    choices = np.array(list(itertools.product(*(range(len(i.values)) for i in model.space.issues))))
    u = model.utilities_q(choices)
    ok = np.all(model.acceptable(choices)[:, list(model.frontier)], axis=1)
    d = model.disagreement_q()
    for p in model.frontier:
        if p != party:
            ok &= u[:, p] >= d[p]
    return float(u[ok, party].max()) * 1e-9 if ok.any() else None


def test_empty_feasible_set_names_the_parties_whose_batna_excludes_everything_and_by_how_much() -> None:
    space, profiles = profiles_from_snapshot(_snapshot(a_batna=0.72, b_batna=0.6))
    model = Model.build(space, profiles, ["安徽", "浙江"])
    assert len(exact_frontier(model)) == 0
    why = explain_infeasible(model)
    assert why is not None and not why.by_reservations
    by_name = {s.name: s for s in why.shortfalls}
    assert set(by_name) == {"安徽", "浙江"}
    for k, name in enumerate(("安徽", "浙江")):
        best = _brute_best(model, k)
        assert by_name[name].best == pytest.approx(best) and by_name[name].best < by_name[name].needs
    assert by_name["安徽"].needs == 0.72
    # a BATNA just out of reach: 浙江 needs only 0.05, which costs 安徽 its top amount (0.975 < 0.99)
    model = Model.build(*profiles_from_snapshot(_snapshot(a_batna=0.99, b_batna=0.05)), ["安徽", "浙江"])
    why = explain_infeasible(model)
    assert why.shortfalls[0].name == "安徽" and why.shortfalls[0].best == pytest.approx(0.975)
    # a feasible set that is not empty has nothing to explain
    assert explain_infeasible(Model.build(*profiles_from_snapshot(_snapshot()), ["安徽", "浙江"])) is None


def test_reservations_that_leave_an_issue_no_value_are_named_with_the_issue() -> None:
    snap = _snapshot()
    fund = snap.issues[1]
    a, b = snap.parties[:2]
    demands = tuple(dataclasses.replace(d, reservation=3.0) if (d.party_id, d.issue_id) == (a.id, fund.id)
                    else dataclasses.replace(d, reservation=1.0) if (d.party_id, d.issue_id) == (b.id, fund.id)
                    else d for d in snap.demands)
    model = Model.build(*profiles_from_snapshot(dataclasses.replace(snap, demands=demands)), ["安徽", "浙江"])
    why = explain_infeasible(model)
    assert why.by_reservations and why.issue == "补偿金额" and set(why.parties) == {"安徽", "浙江"}


def test_three_parties_each_shortfall_matches_brute_force() -> None:
    model = Model.build(*profiles_from_snapshot(_snapshot(a_batna=0.7, b_batna=0.5, c_batna=0.8)),
                        ["安徽", "浙江", "江苏"])
    why = explain_infeasible(model)
    assert why is not None and why.shortfalls
    for shortfall in why.shortfalls:
        k = [p.name for p in model.profiles].index(shortfall.name)
        best = _brute_best(model, k)
        assert (shortfall.best is None and best is None) or shortfall.best == pytest.approx(best)
        assert shortfall.best is None or shortfall.best < shortfall.needs
