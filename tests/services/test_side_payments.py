"""Compensation analysis with rules: side payments capped by the fund and each payer's outlay, as transfer rules."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from desk.core.rules.model import RuleKind
from desk.core.rules.side_payments import Limits, cap_transfers
from desk.services.improvement_view import compensation_view
from desk.services.payments import package_by_names
from desk.services.samples import build_sample


def test_cap_by_payer_limit_and_by_fund():
    limits = Limits("亿元", {"a": Decimal(1), "b": Decimal(5)}, Decimal("1.5"))
    capped, factor, why = cap_transfers({"a": -4.0, "b": -1.0, "c": 5.0}, limits, {"a": "甲"})
    assert factor == Decimal("0.25") and capped == {"a": Decimal(-1), "b": Decimal("-0.25"), "c": Decimal("1.25")}
    assert why == "甲 pays at most 1 亿元 a year under the rules"
    capped, factor, why = cap_transfers({"a": -1.0, "b": -1.0, "c": 2.0}, limits)
    assert capped == {"a": Decimal("-0.75"), "b": Decimal("-0.75"), "c": Decimal("1.5")}
    assert why.startswith("the transfers never exceed the fund (1.5 亿元)")


def test_pooled_case_side_payments_stay_within_the_fund_and_become_rules(tmp_path: Path):
    service = build_sample("chishui", tmp_path / "c.desk")
    try:
        snapshot = service.snapshot()
    finally:
        service.close()
    package = package_by_names(snapshot, {"年度补偿资金规模": 2, "补偿资金分配比例（云南:贵州:四川）": "3:4:3"})
    ids = [p.id for p in snapshot.signatories]
    view = compensation_view(snapshot, package, ids)
    assert view.compensation.feasible and view.unit == "亿元"
    paid = -sum(t for t in view.compensation.transfers if t < 0)
    assert 0 < paid <= 2 + 1e-9  # never more than the 2亿元 fund
    limits = {"云南": 0.2, "贵州": 1.0, "四川": 0.8}  # each province's yearly contribution (1:5:4 of 2亿元)
    for party, transfer in zip(snapshot.signatories, view.compensation.transfers, strict=True):
        assert -transfer <= limits[party.short_name] + 1e-9
    assert view.rules and all(r.kind is RuleKind.FIXED_TRANSFER and r.unit == "亿元"
                              and r.params["schedule"]["mode"] == "once" for r in view.rules)
    assert abs(sum(r.params["amount"] for r in view.rules) - sum(a for _, _, a in view.settlement.payments)) < 1e-9
