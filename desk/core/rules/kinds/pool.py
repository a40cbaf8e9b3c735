"""Pool: contributions by ratio (or by amount) into a joint fund, allocation by ratio, and deductions.

Pool parameters: ``account`` (the fund's name), ``first_year``, ``years``, ``size`` (optional when the
contributions are amounts), ``contributions``: ``[{"party", "ratio": P} | {"party", "amount": P}]`` and
``allocations``: ``[{"party", "ratio": P}]``. Each year every contributor pays the fund and the fund pays
every recipient its share of what came in.

A deduction rule (kind ``deduction``) names its pool: ``pool`` (rule id), ``indicator`` (met or not per
month), ``sections`` ({party id: [subjects it answers for]}), ``per_failure``
(``{"mode": "allocation_share", "divisor": 12}``: the party's year allocation / divisor / its number of
sections; or ``{"mode": "fixed", "amount": P}``) and ``to`` (``"others_by_allocation"`` or a party id).
A section-month with no reading counts as not met. A party's deductions in a year never exceed its
allocation; they are settled in that year, and move to the other recipients by their allocation ratios
even if those also failed.
"""
from __future__ import annotations

from decimal import Decimal

from desk.core.monitoring import Indicator
from desk.core.rules.model import BenefitRule, RuleKind
from desk.core.rules.money import ZERO, plain, round_money, split
from desk.core.rules.outcome import POOL, Collector, Context, resolver, term_years
from desk.core.rules.params import RuleError
from desk.core.rules.periods import months


def evaluate(rule: BenefitRule, ctx: Context, out: Collector) -> None:
    p, res = rule.params, resolver(rule, ctx)
    account = POOL + rule.id
    contributions = _entries(rule, "contributions")
    allocations = _entries(rule, "allocations")
    by_amount = all("amount" in c for c in contributions)
    size = res.number(p["size"], "size", unit=rule.unit) if p.get("size") is not None else None
    if by_amount:
        amounts = [res.number(c["amount"], f"contributions[{i + 1}].amount", unit=rule.unit)
                   for i, c in enumerate(contributions)]
        if size is not None and sum(amounts, ZERO) != size:
            raise RuleError(f"rule {rule.name}: the contributions ({plain(sum(amounts, ZERO))}) do not make up "
                            f"the fund ({plain(size)})")
        bases = ["出资额"] * len(amounts)
    else:
        if size is None:
            raise RuleError(f"rule {rule.name}: contributions by ratio need the fund's size")
        ratios = [res.number(c.get("ratio"), f"contributions[{i + 1}].ratio") for i, c in enumerate(contributions)]
        amounts = split(size, ratios, rule.unit)
        bases = [f"{plain(size)} × {plain(r)}/{plain(sum(ratios, ZERO))}" for r in ratios]
    shares = [res.number(a.get("ratio"), f"allocations[{i + 1}].ratio") for i, a in enumerate(allocations)]
    total_share = sum(shares, ZERO)
    deductions = [r for r in ctx.rules if r.kind is RuleKind.DEDUCTION and r.params.get("pool") == rule.id]
    for year in term_years(rule, ctx):
        period = str(year)
        for c, amount, basis in zip(contributions, amounts, bases, strict=True):
            out.pay(rule, period, c["party"], account, amount, basis)
        fund = sum((round_money(a, rule.unit) for a in amounts), ZERO)
        allotted = dict(zip((a["party"] for a in allocations), split(fund, shares, rule.unit), strict=True))
        moved: dict[str, Decimal] = {}
        for deduction in deductions:
            _deduct(deduction, rule, ctx, year, allotted, shares, out, moved)
        for alloc, share in zip(allocations, shares, strict=True):
            party = alloc["party"]
            due = allotted[party]
            basis = f"{plain(fund)} × {plain(share)}/{plain(total_share)}"
            if party in moved:
                basis += f" − 扣减 {plain(moved[party])}"
            out.pay(rule, period, account, party, due - moved.get(party, ZERO), basis)


def _entries(rule: BenefitRule, key: str) -> list[dict]:
    entries = rule.params.get(key)
    if not isinstance(entries, list) or not entries or not all(isinstance(e, dict) and e.get("party")
                                                                for e in entries):
        raise RuleError(f"rule {rule.name}: {key} must list parties")
    return entries


def _deduct(rule: BenefitRule, pool: BenefitRule, ctx: Context, year: int, allotted: dict[str, Decimal],
            shares: list[Decimal], out: Collector, moved: dict[str, Decimal]) -> None:
    """Deductions of one year for every responsible party: recorded in ``moved``, paid to the others."""
    indicator = ctx.indicator(rule, rule.params.get("indicator"))
    sections = rule.params.get("sections")
    if not isinstance(sections, dict):
        raise RuleError(f"rule {rule.name}: sections must map parties to their assessed sections")
    per = rule.params.get("per_failure") or {}
    parties = list(allotted)
    account = POOL + pool.id
    for party, subjects in sections.items():
        if party not in allotted or not subjects:
            continue
        failed, missing = _failures(indicator, ctx, subjects, year)
        for subject, month in missing:
            out.note(rule, month, f"no reading of {indicator.name}; counted as not met", subject)
        if not failed:
            continue
        allocation = allotted[party]
        if per.get("mode") == "allocation_share":
            divisor = resolver(rule, ctx).number(per.get("divisor", 12), "per_failure.divisor")
            each = allocation / divisor / len(subjects)
            each_text = f"{plain(allocation)}/{plain(divisor)}/{len(subjects)}"
        elif per.get("mode") == "fixed":
            each = resolver(rule, ctx).number(per.get("amount"), "per_failure.amount", unit=pool.unit)
            each_text = plain(each)
        else:
            raise RuleError(f"rule {rule.name}: per_failure.mode must be allocation_share or fixed")
        total = round_money(min(each * failed, allocation - moved.get(party, ZERO)), pool.unit)
        if total <= ZERO:
            continue
        moved[party] = moved.get(party, ZERO) + total
        why = f"{ctx.name(party)} {failed} 个断面·月未达标 × {each_text} = {plain(total)}"
        target = rule.params.get("to", "others_by_allocation")
        if target == "others_by_allocation":
            others = [(q, s) for q, s in zip(parties, shares, strict=True) if q != party]
            if not others:
                raise RuleError(f"rule {rule.name}: nobody else shares the fund to receive the deduction")
            ratio = ":".join(plain(s) for _, s in others)
            for (other, _), part in zip(others, split(total, [s for _, s in others], pool.unit), strict=True):
                out.pay(rule, str(year), account, other, part, f"{why}，按分配比例 {ratio} 转入")
        elif isinstance(target, str) and target in ctx.names:
            out.pay(rule, str(year), account, target, total, why)
        else:
            raise RuleError(f"rule {rule.name}: to must be others_by_allocation or a party")


def _failures(indicator: Indicator, ctx: Context, subjects: list[str], year: int
              ) -> tuple[int, list[tuple[str, str]]]:
    """How many section-months failed in ``year`` (missing ones included) and which were missing."""
    if indicator.target is None:
        raise RuleError(f"indicator {indicator.name} has no standard to meet")
    standard = Decimal(repr(float(indicator.target)))
    failed, missing = 0, []
    for subject in subjects:
        series = ctx.readings.series.get((indicator.id, subject), {})
        for month in months(year):
            value = series.get(month)
            if value is None:
                failed += 1
                missing.append((subject, month))
            elif (value < standard) if indicator.higher_is_better else (value > standard):
                failed += 1
    return failed, missing
