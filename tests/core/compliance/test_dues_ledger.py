"""Commitments derived from rules and readings, and their standing by date, payment and reading — by hand."""
from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal as D
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "rules"))
from rule_helpers import CASE, indicator, readings, rule, run

from desk.core.compliance.dues import Due, DueKind, payment_dues, reading_dues
from desk.core.compliance.ledger import PaymentRecord, Standing, assess, balances
from desk.core.compliance.terms import MonitoringTerms, period_end
from desk.core.rules.model import RuleKind

TERMS = MonitoringTerms(CASE)  # payments 90 days after the period, readings 60, due soon 30, breach 90
SECTIONS = {"yn": ["Y1", "Y2"], "gz": ["G1", "G2", "G3"], "sc": ["S1", "S2"]}


def test_period_ends_and_due_dates():
    assert period_end("2016") == date(2016, 12, 31)
    assert period_end("2016-02") == date(2016, 2, 29) and period_end("2019-02") == date(2019, 2, 28)
    assert period_end("baseline") is None and period_end("2016-13") is None
    assert TERMS.payment_due("2015") == date(2016, 3, 30) and TERMS.reading_due("2018-12") == date(2019, 3, 1)


def chishui():
    pool = rule(RuleKind.POOL, name="资金", account="赤水河基金", first_year=2018, years=1, size=20000,
                contributions=[{"party": "yn", "ratio": 1}, {"party": "gz", "ratio": 5}, {"party": "sc", "ratio": 4}],
                allocations=[{"party": "yn", "ratio": 3}, {"party": "gz", "ratio": 4}, {"party": "sc", "ratio": 3}])
    deduction = rule(RuleKind.DEDUCTION, name="扣减", position=1, pool=pool.id, indicator="ok", sections=SECTIONS,
                     per_failure={"mode": "allocation_share", "divisor": 12}, to="others_by_allocation")
    return [pool, deduction], indicator("断面达标", target=1, higher=True, id="ok")


def test_monthly_section_readings_are_due_from_the_province_answering_for_the_section():
    rules, ok = chishui()
    rows = [("ok", s, f"2018-{m:02d}", 1) for ss in SECTIONS.values() for s in ss for m in range(1, 13)
            if (s, m) != ("Y2", 12)]
    rows = [(i, s, p, 0 if (s, p) == ("Y1", "2018-03") else v) for i, s, p, v in rows]
    dues = reading_dues(rules, [ok], readings(rows), [2018], TERMS, secretariat="office")
    assert len(dues) == 7 * 12
    assert {(d.subject, d.party) for d in dues} == {(s, p) for p, ss in SECTIONS.items() for s in ss}
    statuses = {(s.due.subject, s.due.period): s for s in
                assess(dues, [], readings(rows), [ok], {}, date(2019, 3, 15), TERMS)}
    missing = statuses[("Y2", "2018-12")]
    assert (missing.standing, missing.due.due_on, missing.basis) == (
        Standing.OVERDUE, date(2019, 3, 1), "not reported; due 2019-03-01")
    assert (statuses[("Y1", "2018-03")].standing, statuses[("Y1", "2018-03")].basis) == (
        Standing.BREACHED, "0 < standard 1")
    assert sum(s.standing is Standing.MET for s in statuses.values()) == 82
    terms = MonitoringTerms(CASE, reporters={"ok": "env-monitor"})
    assert {d.party for d in reading_dues(rules, [ok], readings(rows), [2018], terms)} == {"env-monitor"}


def test_payment_dues_follow_the_schedule_and_skip_zero_amounts():
    rules, ok = chishui()
    rows = [("ok", s, f"2018-{m:02d}", 1) for ss in SECTIONS.values() for s in ss for m in range(1, 13)]
    dues = payment_dues(run(rules, rows, [ok]), TERMS)
    assert [(d.party, d.counterparty, d.amount, d.due_on) for d in dues][:4] == [
        ("yn", dues[0].counterparty, D(2000), date(2019, 3, 31)), ("gz", dues[0].counterparty, D(10000),
                                                                     date(2019, 3, 31)),
        ("sc", dues[0].counterparty, D(8000), date(2019, 3, 31)), (dues[0].counterparty, "yn", D(6000),
                                                                    date(2019, 3, 31))]
    assert dues[0].counterparty.startswith("pool:") and len({d.key for d in dues}) == len(dues) == 6
    assert len({d.ref for d in dues}) == 6 and all(len(d.ref) == 8 for d in dues)


def due(amount: str = "2", unit: str = "亿元", due_on: date = date(2016, 3, 30), key: str = "k") -> Due:
    return Due(key, DueKind.PAYMENT, "zj", "ah", "2015", due_on, "浙江 → 安徽", D(amount), unit)


def paid(amount: float, on: date, unit: str = "亿元", key: str = "k") -> PaymentRecord:
    return PaymentRecord(CASE, key, "zj", "ah", amount, unit, on).validate()


def standing(dues, records, on, waived=None):
    return [(s.standing, s.paid, s.late_days) for s in assess(dues, records, readings([]), [], waived or {}, on,
                                                                 TERMS)]


def test_money_standing_by_date():
    d = [due()]
    assert standing(d, [], date(2016, 2, 28)) == [(Standing.ON_TRACK, 0, 0)]  # 31 days before
    assert standing(d, [], date(2016, 2, 29)) == [(Standing.DUE_SOON, 0, 0)]  # 30 days before
    assert standing(d, [], date(2016, 3, 30)) == [(Standing.DUE_SOON, 0, 0)]  # on the due date
    assert standing(d, [], date(2016, 3, 31)) == [(Standing.OVERDUE, 0, 0)]
    assert standing(d, [], date(2016, 6, 28)) == [(Standing.OVERDUE, 0, 0)]  # 90 days late
    assert standing(d, [], date(2016, 6, 29)) == [(Standing.BREACHED, 0, 0)]  # 91 days late


def test_payments_in_other_units_in_instalments_count_only_once_made():
    records = [paid(5000, date(2016, 3, 1), "万元"), paid(149_999_999.999, date(2016, 4, 9), "元")]
    d = [due()]
    assert standing(d, records, date(2016, 3, 15)) == [(Standing.DUE_SOON, D("0.5"), 0)]
    assert standing(d, records, date(2016, 4, 8)) == [(Standing.OVERDUE, D("0.5"), 0)]
    # less than a fen short of 2亿 counts as paid in full, on the day the last instalment arrived: 10 days late
    [(state, total, late)] = standing(d, records, date(2016, 5, 1))
    assert (state, late, D(2) - total) == (Standing.MET, 10, D("0.00000000001"))
    assert standing(d, [paid(1.9999999999, date(2016, 3, 1))], date(2016, 5, 1))[0][0] is Standing.OVERDUE  # 1 fen
    # 1.995亿 of 2亿 is 50万 short: not paid in full (the one-fen tolerance is 0.01元, not 0.01亿元)
    assert standing(d, [paid(1.995, date(2016, 3, 1))], date(2016, 5, 1)) == [(Standing.OVERDUE, D("1.995"), 0)]
    assert standing(d, [paid(2, date(2016, 3, 30))], date(2016, 3, 30)) == [(Standing.MET, 2, 0)]
    assert standing(d, [paid(1, date(2016, 3, 1), key="other")], date(2016, 5, 1))[0][0] is Standing.OVERDUE


def test_balances_leave_out_waivers_and_what_has_not_fallen_due():
    dues = [due("2", key="a"), due("3", key="b", due_on=date(2017, 3, 31)), due("1", key="c")]
    records = [paid(1, date(2016, 3, 1), key="a"), paid(1, date(2016, 3, 1), key="b")]
    statuses = assess(dues, records, readings([]), [], {"c": "豁免"}, date(2016, 6, 1), TERMS)
    assert [s.standing for s in statuses] == [Standing.OVERDUE, Standing.ON_TRACK, Standing.WAIVED]
    assert [s.outstanding for s in statuses] == [1, 2, 0]
    by = balances(statuses, date(2016, 6, 1), "万元")
    assert (by["zj"].due, by["zj"].paid, by["zj"].outstanding) == (20000, 20000, 0)  # b paid early
    assert (by["ah"].receivable, by["ah"].received, by["ah"].owed_to) == (20000, 20000, 0)
