"""The evaluation by hand: scope, money per account (waived and other years left out), fairness per person and
against revenue, outcomes against standards, the weaker party."""
from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal as D

import pytest

from desk.core.compliance.dues import Due, DueKind
from desk.core.compliance.evaluation import accounts, evaluate, fairness, in_scope, outcomes, scope_years
from desk.core.compliance.ledger import Standing, Status
from desk.core.errors import DeskError
from desk.core.monitoring import Dispute, Indicator
from desk.core.parties import Party
from desk.core.rules.readings import Reading, ReadingIndex

CASE = "c" * 32
AH = Party(CASE, "安徽省人民政府", short_name="安徽", population=6000.0, fiscal_revenue=2400.0, id="a" * 32)
ZJ = Party(CASE, "浙江省人民政府", short_name="浙江", population=5000.0, fiscal_revenue=5000.0, id="b" * 32)
CENTRE = Party(CASE, "中央", id="d" * 32)


def money(key, payer, payee, period, amount, standing, paid, due_on, unit="亿元") -> Status:
    due = Due(key, DueKind.PAYMENT, payer, payee, period, due_on, key, D(amount), unit)
    return Status(due, standing, D(paid), "")


STATUSES = [
    money("p1", CENTRE.id, AH.id, "2015", "4", Standing.MET, "4", date(2016, 3, 30)),
    money("p2", ZJ.id, AH.id, "2015", "2", Standing.OVERDUE, "0.5", date(2016, 3, 30)),
    money("p3", AH.id, ZJ.id, "2016", "2", Standing.ON_TRACK, "0", date(2017, 3, 31)),
    money("p4", ZJ.id, AH.id, "2015", "5000", Standing.WAIVED, "0", date(2016, 3, 30), unit="万元"),
    money("p5", ZJ.id, AH.id, "2015-06", "3000", Standing.DUE_SOON, "1000", date(2016, 9, 28), unit="万元"),
]


def test_scope():
    assert scope_years("", [2015, 2016, 2017]) == (2015, 2016, 2017) and scope_years("2016", [2015]) == (2016,)
    for period in ("2016-03", "baseline", "二〇一六"):
        with pytest.raises(DeskError, match="must be a year"):
            scope_years(period, [2016])
    with pytest.raises(DeskError, match="no term"):
        scope_years("", [])
    assert in_scope("2015-06", (2015,)) and not in_scope("baseline", (2015,)) and not in_scope("", (2015,))


def test_money_per_account_in_the_scope_on_the_date():
    found = {a.account: a for a in accounts(STATUSES, (2015,), date(2016, 6, 1), "亿元", {AH.id: "安徽"})}
    # 2015 only; the waived 5000万 left out; 3000万 (0.3亿) of a month of 2015 in, 0.1 paid, not yet due
    zj = found[ZJ.id]
    assert (zj.due, zj.paid, zj.overdue, zj.receivable, zj.received) == (D("2.3"), D("0.6"), D("1.5"), 0, 0)
    ah = found[AH.id]
    assert (ah.name, ah.due, ah.receivable, ah.received, ah.net_agreed, ah.net_actual) == (
        "安徽", 0, D("6.3"), D("4.6"), D("6.3"), D("4.6"))
    assert found[CENTRE.id].net_agreed == -4 and found[CENTRE.id].overdue == 0  # met: nothing overdue


def test_fairness_per_person_and_against_revenue():
    found = accounts(STATUSES, (2015, 2016), date(2017, 12, 31), "亿元", {})
    rows = {f.party: f for f in fairness([CENTRE, AH, ZJ], found, "亿元", years=2)}
    assert set(rows) == {"安徽", "浙江"}  # the centre has no statistics: left out
    ah = rows["安徽"]  # receives 6.3, pays 2 → 4.3亿 = 430,000,000元 over 60,000,000 people
    assert ah.net == D("4.3") and ah.per_capita == D("430000000") / D("60000000")
    assert ah.of_revenue == D("4.3") / (D("2400") * 2) * 100  # % of two years of revenue
    assert ah.capacity == D("2400") * D("1e8") / D("6000e4")  # 4,000 元 of revenue per person
    zj = rows["浙江"]
    assert zj.net == D("-0.3") and zj.capacity == D("10000")


def test_outcomes_against_standards_and_the_weaker_party():
    nitrogen = Indicator(CASE, "总氮", "mg/L", target=1.0, id="n" * 32)
    coverage = Indicator(CASE, "森林覆盖率", "%", target=60.0, higher_is_better=True, subjects=("黄山",), id="f" * 32)
    untargeted = Indicator(CASE, "来水量", "亿m³", id="w" * 32)
    index = ReadingIndex([Reading(CASE, nitrogen.id, "2015", 1.2, "街口"),
                          *(Reading(CASE, nitrogen.id, f"2016-{m:02d}", 0.9, "街口") for m in range(1, 13)),
                          Reading(CASE, coverage.id, "2016", 61.5, "黄山")])
    found = outcomes([nitrogen, coverage, untargeted], index, (2015, 2016))
    assert [(o.indicator, o.subject, o.year, o.value, o.how, o.met) for o in found] == [
        ("总氮", "街口", 2015, D("1.2"), "yearly", False), ("总氮", "街口", 2016, D("0.9"), "mean of 12 months", True),
        ("森林覆盖率", "黄山", 2015, None, "missing", None), ("森林覆盖率", "黄山", 2016, D("61.5"), "yearly", True)]
    dispute = Dispute(CASE, AH.id, ZJ.id, "逾期", raised_at=datetime(2016, 6, 10, tzinfo=UTC))
    report = evaluate("新安江", "", [2015, 2016], date(2017, 12, 31), "亿元", STATUSES, [nitrogen], index,
                      [CENTRE, AH, ZJ], [dispute], {}, "意见")
    assert report.weakest.party == "安徽" and report.disputes == (dispute,) and report.findings == "意见"
    assert report.total_due == D("8.3") and report.total_paid == D("4.6")
    assert evaluate("新安江", "2015", [2015, 2016], date(2017, 12, 31), "亿元", STATUSES, [], index, [], [dispute],
                    {}).disputes == ()  # raised in 2016
