"""Profiles from demands (weights, value functions, hard constraints) and the per-issue explanation."""
from __future__ import annotations

import numpy as np
import pytest

from desk.core.analytics.errors import AnalysisError
from desk.core.analytics.explain import explain
from desk.core.analytics.frontier import exact_frontier
from desk.core.analytics.model import Model
from desk.core.analytics.profiles import profiles_from_snapshot
from desk.core.case import Case
from desk.core.demands import Demand
from desk.core.enums import IssueKind, PartyRole
from desk.core.issues import Issue
from desk.core.parties import Party
from desk.core.snapshot import CaseSnapshot


def _snapshot() -> CaseSnapshot:
    case = Case("测试")
    share = Issue(case.id, "税收分成", "%", minimum=30, maximum=70, step=10)
    fund = Issue(case.id, "出资", "亿元", minimum=1, maximum=3, step=0.5)
    rule = Issue(case.id, "拨付规则", kind=IssueKind.DISCRETE, options=("对赌", "分档", "先拨"))
    a = Party(case.id, "安徽", short_name="皖", batna=0.1, bargaining_power=2)
    b = Party(case.id, "浙江", batna=0.0)
    c = Party(case.id, "企业", role=PartyRole.CONSULTED)
    demands = (
        Demand(case.id, a.id, share.id, ideal=70.0, reservation=50.0, priority=3),
        Demand(case.id, a.id, fund.id, ideal=1.0, priority=1, breakpoints=((1.0, 1.0), (2.0, 0.8), (3.0, 0.0))),
        Demand(case.id, b.id, share.id, ideal=30.0, priority=1),
        Demand(case.id, b.id, rule.id, ideal="对赌", reservation="分档", priority=1,
               option_scores=(("对赌", 1.0), ("分档", 0.5), ("先拨", 0.0))),
        Demand(case.id, c.id, share.id, ideal=40.0, priority=0),
    )
    return CaseSnapshot(case, (a, b, c), (share, fund, rule), demands)


def test_weights_value_functions_and_hard_constraints() -> None:
    space, (a, b, c) = profiles_from_snapshot(_snapshot())
    assert a.weights == pytest.approx((0.75, 0.25, 0.0))
    assert b.weights == pytest.approx((0.5, 0.0, 0.5))
    assert c.weights == pytest.approx((1.0, 0.0, 0.0))  # all priorities 0: demanded issues share equally
    assert a.scores[0].tolist() == pytest.approx([0, 0, 0, 0.5, 1])  # linear 50 → 70, clipped below
    assert a.acceptable[0].tolist() == [False, False, True, True, True]  # below the reservation of 50
    assert a.scores[1].tolist() == pytest.approx([1.0, 0.9, 0.8, 0.4, 0.0])  # breakpoints
    assert b.scores[0].tolist() == pytest.approx([1, 0.75, 0.5, 0.25, 0])  # reservation defaults to the far end
    assert b.acceptable[0].all()
    assert b.acceptable[2].tolist() == [True, True, False]  # scores below the reservation option
    assert (a.disagreement, a.power, a.aliases) == (0.1, 2.0, ("皖",))


def test_signatories_define_the_frontier_and_consulted_parties_are_reported() -> None:
    space, profiles = profiles_from_snapshot(_snapshot())
    model = Model.build(space, profiles)
    assert model.frontier_names == ("安徽", "浙江")
    frontier = exact_frontier(model)
    assert frontier.utilities.shape[1] == 3  # the consulted party's utility is reported too
    assert model.with_frontier(["皖", "企业"]).frontier_names == ("安徽", "企业")
    with pytest.raises(AnalysisError, match="no party named"):
        model.with_frontier(["nobody"])


def test_explanation_sums_to_the_utility() -> None:
    space, profiles = profiles_from_snapshot(_snapshot())
    model = Model.build(space, profiles)
    package = {"税收分成": 60.0, "出资": 2.0, "拨付规则": "先拨"}
    rows = explain(model, package)
    utilities = model.utilities(model.space.choice_of(package))[0]
    for row, u in zip(rows, utilities, strict=True):
        assert sum(r.contribution for r in row.rows) == pytest.approx(u, abs=1e-9)
    assert rows[0].utility == pytest.approx(0.75 * 0.5 + 0.25 * 0.8)
    assert not rows[1].acceptable  # 先拨 is below 浙江's reservation
    assert rows[0].to_dict()["issues"][0]["value"] == 60.0
    with pytest.raises(AnalysisError):
        space.choice_of({"税收分成": 65.0, "出资": 2.0, "拨付规则": "先拨"})


def test_all_choices_are_lexicographic() -> None:
    space, _ = profiles_from_snapshot(_snapshot())
    choices = space.all_choices()
    assert len(choices) == space.size == 5 * 5 * 3
    assert np.array_equal(choices[1], [0, 0, 1])
