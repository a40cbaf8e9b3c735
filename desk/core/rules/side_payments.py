"""Side payments as rules: the compensation analysis's transfers, capped by what the rules let each payer
and the fund move, proposed as one-off fixed-transfer rules in the money issue's unit."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desk.core.rules.engine import compute
from desk.core.rules.model import BenefitRule, RuleKind
from desk.core.rules.money import ZERO, convert, is_money_unit, plain, round_money
from desk.core.rules.outcome import POOL
from desk.core.rules.params import Resolver, RuleError, Terms
from desk.core.rules.readings import ReadingIndex


@dataclass(frozen=True, slots=True)
class Limits:
    """The most each party pays in a year under the rules, and the largest fund, in ``unit``."""

    unit: str
    payer: Mapping[str, Decimal]
    fund: Decimal | None


def rule_limits(rules: Sequence[BenefitRule], terms: Terms, unit: str) -> Limits:
    """Per payer: its largest yearly outlay under fixed transfers, fund contributions and the largest band it
    may pay under an index rule; the fund: the largest yearly amount paid into any fund."""
    fixed = [r for r in rules if r.kind in (RuleKind.FIXED_TRANSFER, RuleKind.POOL)]
    yearly: dict[tuple[str, str], Decimal] = {}
    fund: Decimal | None = None
    funds: dict[tuple[str, str], Decimal] = {}
    if fixed:
        schedule = compute(fixed, terms, (), ReadingIndex(), {})
        for p in schedule.payments:
            amount = convert(p.amount, p.unit, unit)
            if not p.payer.startswith(POOL):
                yearly[(p.payer, p.period)] = yearly.get((p.payer, p.period), ZERO) + amount
            if p.payee.startswith(POOL):
                funds[(p.payee, p.period)] = funds.get((p.payee, p.period), ZERO) + amount
        fund = max(funds.values(), default=None)
    limits: dict[str, Decimal] = {}
    for (payer, _), amount in yearly.items():
        limits[payer] = max(limits.get(payer, ZERO), amount)
    for rule in rules:
        if rule.kind is not RuleKind.INDEX_TRANSFER:
            continue
        res = Resolver(rule.name, terms)
        for i, band in enumerate(res.bands(rule.params.get("bands"), "bands")):
            if band.get("payer"):
                amount = convert(res.number(band.get("amount", 0), f"bands[{i + 1}].amount", unit=rule.unit),
                                 rule.unit, unit)
                limits[band["payer"]] = max(limits.get(band["payer"], ZERO), amount)
    return Limits(unit, limits, fund)


def cap_transfers(transfers: Mapping[str, float], limits: Limits, names: Mapping[str, str] | None = None
                  ) -> tuple[dict[str, Decimal], Decimal, str]:
    """Transfers (party id → + receives / − pays) scaled by one factor ≤ 1 so that no payer pays more than its
    limit and the total moved never exceeds the fund; returns (scaled, factor, why it was capped or "")."""
    exact = {p: Decimal(repr(float(t))) for p, t in transfers.items()}
    factor, why = Decimal(1), ""
    for party, amount in exact.items():
        limit = limits.payer.get(party)
        if amount < 0 and limit is not None and -amount > limit and limit / -amount < factor:
            who = (names or {}).get(party, party)
            factor, why = limit / -amount, f"{who} pays at most {plain(limit)} {limits.unit} a year under the rules"
    paid = sum((-a for a in exact.values() if a < 0), ZERO)
    if limits.fund is not None and paid * factor > limits.fund:
        factor, why = limits.fund / paid, f"the transfers never exceed the fund ({plain(limits.fund)} {limits.unit})"
    return {p: round_money(a * factor, limits.unit) for p, a in exact.items()}, factor, why


def transfer_rules(case_id: str, payments: Sequence[tuple[str, str, Decimal]], unit: str, due: date,
                   names: Mapping[str, str]) -> list[BenefitRule]:
    """One-off fixed-transfer rules (payer id, payee id, amount in ``unit``) for a settlement, due on ``due``."""
    if not is_money_unit(unit):
        raise RuleError(f"side payments need a money unit (元/万元/亿元), not {unit!r}")
    return [BenefitRule(case_id=case_id, name=f"补偿性转移支付（{names.get(a, a)}→{names.get(b, b)}）",
                        kind=RuleKind.FIXED_TRANSFER, unit=unit, position=100 + n,
                        params={"payer": a, "payee": b, "amount": float(amount),
                                "schedule": {"mode": "once", "date": due.isoformat()}}).validate()
            for n, (a, b, amount) in enumerate(payments) if amount > 0]
