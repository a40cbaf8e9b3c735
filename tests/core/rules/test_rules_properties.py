"""Properties of the engine (hypothesis): conservation, nets summing to zero, pools that balance; and checks."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rule_helpers import D, indicator, issue, rule, run

from desk.core.errors import ValidationError
from desk.core.rules.check import check_rules, needed_issues, package_problems
from desk.core.rules.model import RuleKind
from desk.core.rules.outcome import POOL
from desk.core.rules.params import Terms
from desk.core.rules.periods import months

PARTIES = ("yn", "gz", "sc")
ratios = st.lists(st.integers(1, 9), min_size=3, max_size=3)


@settings(max_examples=60, deadline=None)
@given(size=st.integers(1, 10**7), contrib=ratios, alloc=ratios, unit=st.sampled_from(["元", "万元", "亿元"]),
       failures=st.sets(st.tuples(st.sampled_from(["Y1", "Y2", "G1", "S1"]), st.integers(1, 12)), max_size=30),
       share=st.integers(0, 100), values=st.lists(st.integers(-50, 5000), min_size=1, max_size=8))
def test_every_amount_leaves_one_account_and_reaches_another(size, contrib, alloc, unit, failures, share, values):
    met = indicator("达标", target=1, higher=True, id="ok")
    tax, base = indicator("税", unit, id="tax"), indicator("基数", unit, id="base")
    pool = rule(RuleKind.POOL, unit=unit, name="pool", account="基金", first_year=2020, years=2, size=size / 7,
                contributions=[{"party": p, "ratio": r} for p, r in zip(PARTIES, contrib, strict=True)],
                allocations=[{"party": p, "ratio": r} for p, r in zip(PARTIES, alloc, strict=True)])
    sections = {"yn": ["Y1", "Y2"], "gz": ["G1"], "sc": ["S1"]}
    deduction = rule(RuleKind.DEDUCTION, unit=unit, name="ded", position=1, pool=pool.id, indicator="ok",
                     sections=sections, per_failure={"mode": "allocation_share", "divisor": 12})
    shared = rule(RuleKind.REVENUE_SHARE, unit=unit, name="rev", position=2, payer="gz", payee="yn",
                  indicator="tax", share=share / 100, cap_base="base", cap_multiple=1, term_years=3,
                  extension_years=2)
    rows = [("ok", s, m, 0 if (s, int(m[5:])) in failures else 1)
            for y in (2020, 2021) for subs in sections.values() for s in subs for m in months(y)]
    rows += [("base", "E", "baseline", 4000)] + [("tax", "E", str(2020 + i), v) for i, v in enumerate(values)]
    s = run([pool, deduction, shared], rows, [met, tax, base])
    nets = s.nets()
    for period in s.periods():
        assert sum(n.get(period, D(0)) for n in nets.values()) == 0
    account = POOL + pool.id
    pool_in = sum(p.amount for p in s.payments if p.payee == account)
    pool_out = sum(p.amount for p in s.payments if p.payer == account and p.rule == "pool")
    moved = sum(p.amount for p in s.payments if p.rule == "ded")
    assert pool_in == pool_out + moved
    assert all(p.amount > 0 and p.payer != p.payee for p in s.payments)
    assert sum(p.amount for p in s.payments if p.rule == "rev") <= 4000


def test_weights_of_every_option_must_sum_to_one():
    w = issue("权重", options=("平均", "偏a"))
    bad = rule(RuleKind.INDEX_TRANSFER, unit="亿元", first_year=2015, years=1,
               index={"kind": "weighted_ratio", "subject": "", "k0": 1,
                      "weights": {"issue": w.id, "options": {"平均": {"a": 0.5, "b": 0.5},
                                                             "偏a": {"a": 0.35, "b": 0.217 * 3}}}},
               bands=[{"max": 1, "payer": "gz", "payee": "yn", "amount": 1}])
    inds = [indicator("a", id="a"), indicator("b", id="b")]
    with pytest.raises(ValidationError, match=r"option 偏a\) sum to 1.001, not 1"):
        check_rules([bad], PARTIES, [w], inds)


def test_references_and_unmapped_options_are_named():
    w = issue("拨付", options=("对赌", "分档"))
    r = rule(RuleKind.FIXED_TRANSFER, payer="gz", payee="xx", amount=1, schedule={"mode": "once", "date": "2026-01-01"})
    with pytest.raises(ValidationError, match="payee names a party the case does not have"):
        check_rules([r], PARTIES, [], [])
    r2 = rule(RuleKind.FIXED_TRANSFER, payer="gz", payee="yn", amount={"issue": w.id, "options": {"对赌": 1}},
              schedule={"mode": "once", "date": "2026-01-01"})
    with pytest.raises(ValidationError, match="option '分档' of 拨付 has no value"):
        check_rules([r2], PARTIES, [w], [])
    assert needed_issues([r2]) == [w.id]


def test_percent_ratios_must_sum_to_100_and_contributions_make_up_the_fund():
    a, b = issue("云南比例", "%"), issue("贵州比例", "%")
    pool = rule(RuleKind.POOL, account="基金", first_year=2020, years=1, size=100,
                contributions=[{"party": "yn", "amount": 40}, {"party": "gz", "amount": 50}],
                allocations=[{"party": "yn", "ratio": {"issue": a.id}}, {"party": "gz", "ratio": {"issue": b.id}}])
    problems = package_problems([pool], Terms.of([a, b], {a.id: 30, b.id: 60}))
    assert problems == ["rule 规则: the allocations ratios sum to 90 %, not 100 %",
                        "rule 规则: the contributions (90 万元) do not make up the fund (100 万元)"]
    assert package_problems([pool], Terms.of([a, b], {a.id: 40, b.id: 60})) == problems[1:]
