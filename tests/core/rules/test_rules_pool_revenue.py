"""Pools with deductions, revenue sharing with cap/term/extension, statistics sharing — by hand."""
from __future__ import annotations

import pytest
from rule_helpers import D, flows, indicator, issue, rule, run

from desk.core.rules.model import RuleKind
from desk.core.rules.params import RuleError
from desk.core.rules.periods import months

SECTIONS = {"yn": ["Y1", "Y2"], "gz": ["G1", "G2", "G3"], "sc": ["S1", "S2"]}
MET = indicator("断面达标", target=1, higher=True, id="ok")


def _pool(**extra):
    params = {"account": "赤水河基金", "first_year": 2018, "years": 1, "size": 20000,
              "contributions": [{"party": "yn", "ratio": 1}, {"party": "gz", "ratio": 5}, {"party": "sc", "ratio": 4}],
              "allocations": [{"party": "yn", "ratio": 3}, {"party": "gz", "ratio": 4}, {"party": "sc", "ratio": 3}]}
    params.update(extra)
    return rule(RuleKind.POOL, name="资金", **params)


def _deduction(pool):
    return rule(RuleKind.DEDUCTION, name="扣减", position=1, pool=pool.id, indicator="ok", sections=SECTIONS,
                per_failure={"mode": "allocation_share", "divisor": 12}, to="others_by_allocation")


def _all_met(year=2018, skip=(), fail=()):
    rows = []
    for subjects in SECTIONS.values():
        for subject in subjects:
            for month in months(year):
                if (subject, month) in skip:
                    continue
                rows.append(("ok", subject, month, 0 if (subject, month) in fail else 1))
    return rows


def test_pool_without_failures_contributes_1_5_4_and_allocates_3_4_3():
    pool = _pool()
    s = run([pool, _deduction(pool)], _all_met(), [MET])
    assert flows(s) == [
        ("2018", "云南", "赤水河基金", D(2000)), ("2018", "贵州", "赤水河基金", D(10000)),
        ("2018", "四川", "赤水河基金", D(8000)),
        ("2018", "赤水河基金", "云南", D(6000)), ("2018", "赤水河基金", "贵州", D(8000)),
        ("2018", "赤水河基金", "四川", D(6000))]
    assert s.notes == ()


def test_deductions_per_failed_section_month_go_to_the_others_by_allocation_ratio():
    pool = _pool()
    rows = _all_met(skip={("Y2", "2018-12")}, fail={("Y1", "2018-03"), ("G2", "2018-05")})
    s = run([pool, _deduction(pool)], rows, [MET])
    got = {(payer, payee): amount for _, payer, payee, amount in flows(s)}
    # 云南: 2 failures (one missing) × 6000/12/2 = 500 → 贵州 4/7, 四川 3/7
    assert got[("赤水河基金", "云南")] == D(5500)
    # 贵州: 1 failure × 8000/12/3 = 222.222222 → 云南 and 四川 half each
    assert got[("赤水河基金", "贵州")] == D("7777.777778")
    assert got[("赤水河基金", "四川")] == D(6000)
    moved = [(p.payee, p.amount) for p in s.payments if p.rule == "扣减"]
    assert moved == [("gz", D("285.714286")), ("sc", D("214.285714")), ("yn", D("111.111111")),
                     ("sc", D("111.111111"))]
    nets = {s.name(a): sum(v.values()) for a, v in s.nets().items()}
    assert nets == {"云南": D("3611.111111"), "贵州": D("-1936.507936"), "四川": D("-1674.603175"),
                    "赤水河基金": D(0)}
    assert [(n.subject, n.period) for n in s.notes] == [("Y2", "2018-12")]


def test_a_province_that_fails_every_month_loses_its_whole_allocation_and_no_more():
    pool = _pool()
    fail = {(s, m) for s in SECTIONS["yn"] for m in months(2018)}
    s = run([pool, _deduction(pool)], _all_met(fail=fail), [MET])
    assert not any(p.payee == "yn" and p.rule == "资金" for p in s.payments)
    assert sum(p.amount for p in s.payments if p.rule == "扣减") == D(6000)


def test_contributions_by_amount_must_make_up_the_fund():
    pool = _pool(contributions=[{"party": "yn", "amount": 2000}, {"party": "gz", "amount": 9000},
                                {"party": "sc", "amount": 8000}])
    with pytest.raises(RuleError, match="do not make up the fund"):
        run([pool])


REVENUE = indicator("三税地方分成", "万元", id="tax")
BASE = indicator("迁移前三年三税合计", "万元", id="base")


def _share(**extra):
    params = {"payer": "gz", "payee": "yn", "indicator": "tax", "share": 0.5, "cap_base": "base",
              "cap_multiple": 1, "term_years": 3, "extension_years": 2}
    params.update(extra)
    return rule(RuleKind.REVENUE_SHARE, name="税收分享", **params)


def _by_subject(schedule):
    out: dict[str, list[tuple[str, D]]] = {}
    for p in schedule.payments:
        out.setdefault(p.subject, []).append((p.period, p.amount))
    return out


def test_revenue_share_cap_crossing_gap_extension_and_exact_cap():
    rows = [
        # A: cap 1000; 300 + 400 + (500 → 300, crosses the cap); 2023 pays nothing
        ("base", "A", "baseline", 1000), ("tax", "A", "2020", 600), ("tax", "A", "2021", 800),
        ("tax", "A", "2022", 1000), ("tax", "A", "2023", 900),
        # B: cap 2000; term 2020–2022 with a gap in 2021: 200 + 300 < 2000 → extended to 2024; 2025 is out
        ("base", "B", "baseline", 2000), ("tax", "B", "2020", 400), ("tax", "B", "2022", 600),
        ("tax", "B", "2023", 1000), ("tax", "B", "2024", 1000), ("tax", "B", "2025", 2000),
        # C: cap 500 reached exactly in the last term year: no extension, nothing after
        ("base", "C", "baseline", 500), ("tax", "C", "2020", 400), ("tax", "C", "2021", 400),
        ("tax", "C", "2022", 200), ("tax", "C", "2023", 1000),
        # D: first reading 2022 → term 2022–2024, cap never reached, extension 2025–2026
        ("base", "D", "baseline", 100000), ("tax", "D", "2022", 10), ("tax", "D", "2026", 10),
        ("tax", "D", "2027", 10),
    ]
    s = run([_share()], rows, [REVENUE, BASE])
    got = _by_subject(s)
    assert got["A"] == [("2020", D(300)), ("2021", D(400)), ("2022", D(300))]
    assert got["B"] == [("2020", D(200)), ("2022", D(300)), ("2023", D(500)), ("2024", D(500))]
    assert got["C"] == [("2020", D(200)), ("2021", D(200)), ("2022", D(100))]
    assert got["D"] == [("2022", D(5)), ("2026", D(5))]
    crossing = next(p for p in s.payments if p.subject == "A" and p.period == "2022")
    assert "达上限 1000" in crossing.basis
    assert s.payments[-1].basis.endswith("（延长期）")


def test_revenue_share_bound_to_percent_issue_and_missing_base_is_noted():
    share = issue("分享比例", "%", 0, 100, 5)
    rows = [("tax", "A", "2020", 100), ("tax", "B", "2020", 100), ("base", "A", "baseline", 1000)]
    s = run([_share(share={"issue": share.id})], rows, [REVENUE, BASE], [share], {share.id: 40})
    assert [(p.subject, p.amount) for p in s.payments] == [("A", D(40))]
    assert [(n.subject, n.period) for n in s.notes] == [("B", "baseline")]


def test_statistics_share_counts_by_ratio_and_moves_no_money():
    gdp = indicator("园区GDP", "亿元", id="gdp")
    r = rule(RuleKind.STATISTICS_SHARE, name="统计分成", indicator="gdp",
             ratios=[{"party": "yn", "ratio": 6}, {"party": "gz", "ratio": 4}])
    s = run([r], [("gdp", "园区", "2020", 10), ("gdp", "园区", "2021-01", 1), ("gdp", "园区", "2021-02", 2)], [gdp])
    assert s.payments == ()
    assert [(x.period, x.party, x.amount) for x in s.shares] == [
        ("2020", "yn", D(6)), ("2020", "gz", D(4)), ("2021", "yn", D("1.8")), ("2021", "gz", D("1.2"))]
