"""Fixed transfers (one-off / yearly / stepped / schedule) and index transfers (betting, tiers), by hand."""
from __future__ import annotations

import pytest
from rule_helpers import D, flows, indicator, issue, rule, run

from desk.core.rules.model import RuleKind
from desk.core.rules.params import MissingParameter, RuleError

FIXED = RuleKind.FIXED_TRANSFER


def test_one_off_is_paid_once_not_every_year():
    r = rule(FIXED, unit="亿元", payer="gz", payee="yn", amount=4, schedule={"mode": "once", "date": "2026-06-30"})
    s = run([r])
    assert flows(s) == [("2026", "贵州", "云南", D(4))]
    assert s.payments[0].basis == "一次性，2026-06-30前"


def test_yearly_over_a_term_bound_to_issues_with_unit_conversion():
    amount, term = issue("年度补偿", "亿元", 1, 5, 0.5), issue("期限", "年", 1, 10)
    r = rule(FIXED, unit="万元", payer="gz", payee="yn", amount={"issue": amount.id},
             schedule={"mode": "yearly", "first_year": 2026, "years": {"issue": term.id}})
    s = run([r], issues=[amount, term], package={amount.id: 1.5, term.id: 3})
    assert flows(s) == [(y, "贵州", "云南", D(15000)) for y in ("2026", "2027", "2028")]


def test_yearly_step_descends_like_the_central_funds():
    r = rule(FIXED, unit="亿元", payer="sc", payee="yn", amount=4,
             schedule={"mode": "yearly", "first_year": 2015, "years": 3, "step": -1})
    assert [p.amount for p in run([r]).payments] == [D(4), D(3), D(2)]
    assert run([r]).payments[2].basis == "4 + (-1) × 2 = 2"


def test_schedule_pays_each_entry_in_its_period():
    r = rule(FIXED, payer="gz", payee="yn",
             schedule={"mode": "schedule", "entries": [{"period": "2026", "amount": 100},
                                                       {"period": "2028-3", "amount": 50.5}]})
    assert flows(run([r])) == [("2026", "贵州", "云南", D(100)), ("2028-03", "贵州", "云南", D("50.5"))]


def test_a_parameter_bound_to_an_issue_the_package_lacks_is_named():
    amount = issue("补偿金额", "万元")
    r = rule(FIXED, payer="gz", payee="yn", amount={"issue": amount.id},
             schedule={"mode": "once", "date": "2026-01-01"})
    with pytest.raises(MissingParameter, match="amount is bound to the issue 补偿金额"):
        run([r], issues=[amount], package={})


def _index_rule(bands, weights=None, k0=1):
    return rule(RuleKind.INDEX_TRANSFER, unit="亿元", first_year=2015, years=2,
                index={"kind": "weighted_ratio", "subject": "街口", "k0": k0,
                       "weights": {"value": weights or {"a": 0.5, "b": 0.5}}}, bands=bands)


BET = [{"max": 1, "payer": "gz", "payee": "yn", "amount": 2}, {"max": None, "payer": "yn", "payee": "gz", "amount": 2}]
INDICATORS = [indicator("a", "mg/L"), indicator("b", "mg/L")]


def test_betting_rule_uses_yearly_or_monthly_mean_and_rounds_p_to_four_places():
    rows = [("a", "街口", "baseline", 2), ("b", "街口", "baseline", 4),
            # 2015: a yearly 2, b yearly 4 → P = 0.5·1 + 0.5·1 = 1.0000 ≤ 1: met
            ("a", "街口", "2015", 2), ("b", "街口", "2015", 4),
            # 2016: a months 2.1 and 2.3 → mean 2.2; b 4 → P = 0.5·1.1 + 0.5 = 1.05 > 1
            ("a", "街口", "2016-01", 2.1), ("a", "街口", "2016-07", 2.3), ("b", "街口", "2016", 4)]
    s = run([_index_rule(BET)], rows, INDICATORS)
    assert flows(s) == [("2015", "贵州", "云南", D(2)), ("2016", "云南", "贵州", D(2))]
    assert s.payments[0].basis == "P = 1.0000 ≤ 1"
    assert s.payments[1].basis == "P = 1.0500 > 1"


def test_p_just_above_one_before_rounding_counts_as_met():
    # k0 · (a/a0) = 1.00004 → rounds to 1.0000
    rows = [("a", "街口", "baseline", 1), ("b", "街口", "baseline", 1), ("a", "街口", "2015", 1.00008),
            ("b", "街口", "2015", 1), ("a", "街口", "2016", 1.0001), ("b", "街口", "2016", 1)]
    s = run([_index_rule(BET)], rows, INDICATORS)
    assert [p.payee for p in s.payments] == ["yn", "gz"]  # 2016: P = 1.00005 → 1.0001 > 1


def test_tiers_by_bands():
    bands = [{"max": 0.9, "payer": "gz", "payee": "yn", "amount": 3},
             {"max": 1, "payer": "gz", "payee": "yn", "amount": 1},
             {"max": None, "payer": "yn", "payee": "gz", "amount": 1}]
    rows = [("a", "街口", "baseline", 10), ("b", "街口", "baseline", 10), ("a", "街口", "2015", 8),
            ("b", "街口", "2015", 9), ("a", "街口", "2016", 9.5), ("b", "街口", "2016", 10)]
    s = run([_index_rule(bands)], rows, INDICATORS)  # 2015: P = 0.85 → 3; 2016: 0.975 → 1
    assert flows(s) == [("2015", "贵州", "云南", D(3)), ("2016", "贵州", "云南", D(1))]


def test_missing_reading_skips_the_year_with_a_note():
    rows = [("a", "街口", "baseline", 1), ("b", "街口", "baseline", 1), ("a", "街口", "2015", 1)]
    s = run([_index_rule(BET)], rows, INDICATORS)
    assert s.payments == ()
    assert {n.period for n in s.notes} == {"2015", "2016"} and all(n.missing for n in s.notes)


def test_an_index_bound_to_a_weights_option_and_k0_issue():
    w = issue("权重", options=("平均", "偏a"))
    k0 = issue("K0", "", 0.8, 1, 0.01)
    weights = {"issue": w.id, "options": {"平均": {"a": 0.5, "b": 0.5}, "偏a": {"a": 0.8, "b": 0.2}}}
    r = rule(RuleKind.INDEX_TRANSFER, unit="亿元", first_year=2015, years=1,
             index={"kind": "weighted_ratio", "subject": "", "k0": {"issue": k0.id}, "weights": weights}, bands=BET)
    rows = [("a", "", "baseline", 1), ("b", "", "baseline", 1), ("a", "", "2015", 1.1), ("b", "", "2015", 1)]
    met = run([r], rows, INDICATORS, [w, k0], {w.id: "平均", k0.id: 0.9})  # 0.9 · 1.05 = 0.945
    assert met.payments[0].payee == "yn" and met.payments[0].basis == "P = 0.9450 ≤ 1"
    failed = run([r], rows, INDICATORS, [w, k0], {w.id: "偏a", k0.id: 0.95})  # 0.95 · 1.08 = 1.026
    assert failed.payments[0].payee == "gz"


def test_bad_schedule_mode_is_a_rule_error():
    r = rule(FIXED, payer="gz", payee="yn", amount=1, schedule={"mode": "weekly"})
    with pytest.raises(RuleError, match=r"schedule\.mode"):
        run([r])
