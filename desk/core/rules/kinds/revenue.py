"""Revenue sharing with a cap, a term and one extension (e.g. a relocated enterprise's taxes).

Parameters: ``payer`` (destination), ``payee`` (origin), ``indicator`` (the revenue, per subject, yearly),
``share`` s, ``cap_base`` (indicator whose ``baseline`` reading per subject is the cap's base, e.g. the
pre-move 3-year total), ``cap_multiple`` c, ``term_years`` T, ``extension_years`` E.

For each subject: year 1 is the year of its first reading; the term is T calendar years from it, gaps
included. Each year the payer pays s × that year's revenue until the cumulative amount reaches c × base;
the year that crosses the cap pays only up to it, later years pay 0. If the cap is not reached by the
end of the term (reaching it exactly counts as reached), the term is extended once by E years.
A year's revenue is its yearly reading, or the sum of its monthly readings.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from desk.core.rules.model import BenefitRule
from desk.core.rules.money import ZERO, convert, is_money_unit, plain, quantum, round_money
from desk.core.rules.outcome import Collector, Context, resolver


def evaluate(rule: BenefitRule, ctx: Context, out: Collector) -> None:
    p, res = rule.params, resolver(rule, ctx)
    share = res.number(p["share"], "share", fraction=True)
    multiple = res.number(p["cap_multiple"], "cap_multiple")
    term = res.whole(p["term_years"], "term_years")
    extension = res.whole(p["extension_years"], "extension_years")
    revenue = ctx.indicator(rule, p["indicator"])
    base = ctx.indicator(rule, p["cap_base"])
    scale = _scale(revenue.unit, rule.unit)
    base_scale = _scale(base.unit, rule.unit)
    payer, payee, unit = p["payer"], p["payee"], rule.unit
    share_text = f"{plain(share * 100)}%"
    factor = share * scale
    q = quantum(unit)
    for subject in ctx.readings.subjects(revenue.id):
        years = _yearly(ctx.readings.series[(revenue.id, subject)])
        if not years:
            continue
        cap_base = ctx.readings.baseline(base.id, subject)
        if cap_base is None:
            out.note(rule, "baseline", f"no baseline reading of {base.name}; its revenue is not shared", subject)
            continue
        cap = round_money(multiple * cap_base * base_scale, unit)
        first = min(years)
        end = first + term - 1
        paid, year, extended = ZERO, first, False
        while True:
            if year > end:
                if paid < cap and extension > 0 and not extended:
                    end, extended = end + extension, True
                else:
                    break
            value = years.get(year)
            if value is not None and paid < cap and value > 0:
                due = (factor * value).quantize(q, rounding=ROUND_HALF_UP)
                amount = min(due, cap - paid)
                basis = f"{share_text} × {plain(value)} = {plain(due)}"
                if amount < due:
                    basis += f"，达上限 {plain(cap)}（此前累计 {plain(paid)}），付 {plain(amount)}"
                if extended:
                    basis += "（延长期）"
                paid += out.pay(rule, str(year), payer, payee, amount, basis, subject, rounded=True)
            year += 1


def _scale(source: str, target: str) -> Decimal:
    return convert(Decimal(1), source, target) if is_money_unit(source) and is_money_unit(target) else Decimal(1)


def _yearly(series: dict[str, Decimal]) -> dict[int, Decimal]:
    """Year → revenue: the yearly reading, else the sum of that year's monthly readings."""
    years: dict[int, Decimal] = {}
    monthly: dict[int, Decimal] = {}
    for period, value in series.items():
        if len(period) == 4:
            years[int(period)] = value
        elif len(period) == 7:
            y = int(period[:4])
            monthly[y] = monthly.get(y, ZERO) + value
    for y, total in monthly.items():
        years.setdefault(y, total)
    return years
