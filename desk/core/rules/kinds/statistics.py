"""Statistics sharing (no money): an indicator's yearly total (e.g. a park's GDP) counted for parties by ratio.

Parameters: ``indicator``, ``ratios`` (``[{"party", "ratio": P}]``), optional ``subjects`` (default: all).
A year's total is the sum over subjects of the yearly reading (or the sum of monthly readings).
"""
from __future__ import annotations

from decimal import Decimal

from desk.core.rules.kinds.revenue import _yearly
from desk.core.rules.model import BenefitRule
from desk.core.rules.money import ZERO, plain, split
from desk.core.rules.outcome import Collector, Context, Share, resolver
from desk.core.rules.params import RuleError

STEP = Decimal("0.0001")


def evaluate(rule: BenefitRule, ctx: Context, out: Collector) -> None:
    res = resolver(rule, ctx)
    indicator = ctx.indicator(rule, rule.params["indicator"])
    entries = rule.params.get("ratios")
    if not isinstance(entries, list) or not entries:
        raise RuleError(f"rule {rule.name}: ratios must list parties")
    ratios = [res.number(e.get("ratio"), f"ratios[{i + 1}].ratio") for i, e in enumerate(entries)]
    wanted = rule.params.get("subjects")
    subjects = list(wanted) if wanted else ctx.readings.subjects(indicator.id)
    totals: dict[int, Decimal] = {}
    for subject in subjects:
        for year, value in _yearly(ctx.readings.series.get((indicator.id, subject), {})).items():
            totals[year] = totals.get(year, ZERO) + value
    ratio_text = ":".join(plain(r) for r in ratios)
    for year in sorted(totals):
        for entry, part in zip(entries, split(totals[year], ratios, step=STEP), strict=True):
            out.shares.append(Share(str(year), rule.id, rule.name, entry["party"], indicator.name, part,
                                    indicator.unit, f"{plain(totals[year])} 按 {ratio_text}"))
