"""Fixed transfer: payer → payee, once on a date, every year over a term (optionally stepping), or by schedule.

Parameters: ``payer``, ``payee`` (party ids), ``amount`` (a parameter), ``schedule``:
``{"mode": "once", "date": "2026-06-30"}``, ``{"mode": "yearly", "first_year": 2026, "years": P, "step": P}``
or ``{"mode": "schedule", "entries": [{"period": "2026", "amount": P}, …]}``.
"""
from __future__ import annotations

from datetime import date

from desk.core.rules.model import BenefitRule
from desk.core.rules.money import ZERO, plain
from desk.core.rules.outcome import Collector, Context, resolver
from desk.core.rules.params import RuleError
from desk.core.rules.periods import parse_period


def evaluate(rule: BenefitRule, ctx: Context, out: Collector) -> None:
    p, res = rule.params, resolver(rule, ctx)
    schedule = p.get("schedule")
    mode = schedule.get("mode") if isinstance(schedule, dict) else None
    payer, payee = p["payer"], p["payee"]
    if mode == "once":
        due = once_date(rule)
        amount = res.number(p.get("amount"), "amount", unit=rule.unit)
        out.pay(rule, str(due.year), payer, payee, amount, f"一次性，{due.isoformat()}前")
    elif mode == "yearly":
        first = schedule.get("first_year")
        if isinstance(first, bool) or not isinstance(first, int):
            raise RuleError(f"rule {rule.name}: schedule.first_year must be a year")
        years = res.whole(schedule.get("years"), "schedule.years")
        amount = res.number(p.get("amount"), "amount", unit=rule.unit)
        step = res.number(schedule["step"], "schedule.step", unit=rule.unit) if "step" in schedule else ZERO
        for k, year in enumerate(range(first, first + years)):
            value = amount + step * k
            basis = "每年" if not step else f"{plain(amount)} + ({plain(step)}) × {k} = {plain(value)}"
            if value < 0:
                out.note(rule, str(year), f"the stepped amount {plain(value)} is negative; nothing is paid",
                         missing=False)
                continue
            out.pay(rule, str(year), payer, payee, value, basis)
    elif mode == "schedule":
        for index, entry in enumerate(schedule.get("entries") or ()):
            period = parse_period(str(entry.get("period", ""))) if isinstance(entry, dict) else None
            if period is None or period == "baseline":
                raise RuleError(f"rule {rule.name}: schedule entry {index + 1} needs a period (a year or month)")
            amount = res.number(entry.get("amount"), f"schedule.entries[{index + 1}].amount", unit=rule.unit)
            out.pay(rule, period, payer, payee, amount, "按约定分期")
    else:
        raise RuleError(f"rule {rule.name}: schedule.mode must be once, yearly or schedule")


def once_date(rule: BenefitRule) -> date:
    """The date of a one-off transfer."""
    try:
        return date.fromisoformat(str(rule.params["schedule"].get("date")))
    except ValueError:
        raise RuleError(f"rule {rule.name}: a one-off transfer needs a date (YYYY-MM-DD)") from None
