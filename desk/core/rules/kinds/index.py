"""Conditional transfer on an index of readings: the betting rule and tiers by bands.

Parameters: ``first_year``, ``years`` (the term), ``index`` and ``bands``. The index is structured:
``{"kind": "weighted_ratio", "subject": S, "k0": P, "weights": P}`` is P = K0 · Σ kᵢ · Cᵢ / Cᵢ₀ (Xin'an),
with Cᵢ the year's reading of indicator i at S (or the mean of that year's monthly readings) and Cᵢ₀ its
baseline; ``{"kind": "reading", "indicator": ID, "subject": S}`` is one indicator's year value.
The index is rounded half-up to ``decimals`` places (default 4) before it is compared.
Bands are tried in order: ``{"max": P or null, "payer", "payee", "amount": P}``; the first whose
``max`` is null or ≥ the index applies (a band without payer or payee moves nothing). The list of
bands may itself be chosen by an option of an issue (``{"issue": ID, "options": {label: [bands]}}``).
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from desk.core.rules.model import BenefitRule
from desk.core.rules.money import ZERO, plain
from desk.core.rules.outcome import Collector, Context, resolver, term_years
from desk.core.rules.params import RuleError


def evaluate(rule: BenefitRule, ctx: Context, out: Collector) -> None:
    res = resolver(rule, ctx)
    bands = res.bands(rule.params.get("bands"), "bands")
    limits = [None if b.get("max") is None else res.number(b.get("max"), f"bands[{i + 1}].max")
              for i, b in enumerate(bands)]
    amounts = [res.number(b.get("amount", 0), f"bands[{i + 1}].amount", unit=rule.unit)
               for i, b in enumerate(bands)]
    decimals = int(rule.params.get("decimals", 4))
    for year in term_years(rule, ctx):
        value, symbol = index_value(rule, ctx, year, out)
        if value is None:
            continue
        value = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        shown = f"{value:.{decimals}f}"
        for i, (band, limit) in enumerate(zip(bands, limits, strict=True)):
            if limit is None or value <= limit:
                if limit is not None:
                    basis = f"{symbol} = {shown} ≤ {plain(limit)}"
                else:
                    below = next((x for x in reversed(limits[:i]) if x is not None), None)
                    basis = f"{symbol} = {shown}" + (f" > {plain(below)}" if below is not None else "")
                payer, payee = band.get("payer"), band.get("payee")
                if payer and payee and amounts[i] > ZERO:
                    out.pay(rule, str(year), payer, payee, amounts[i], basis)
                else:
                    out.note(rule, str(year), f"{basis}: no transfer", missing=False)
                break
        else:
            out.note(rule, str(year), f"{symbol} = {shown} lies in no band; nothing is paid", missing=False)


def index_value(rule: BenefitRule, ctx: Context, year: int, out: Collector) -> tuple[Decimal | None, str]:
    """The index for ``year`` (None when a reading is missing, with a note) and its symbol."""
    spec = rule.params.get("index")
    kind = spec.get("kind") if isinstance(spec, dict) else None
    res = resolver(rule, ctx)
    subject = str(spec.get("subject", "")) if isinstance(spec, dict) else ""
    if kind == "reading":
        indicator = ctx.indicator(rule, spec.get("indicator"))
        value, _ = ctx.readings.yearly(indicator.id, subject, year)
        if value is None:
            out.note(rule, str(year), f"no reading of {indicator.name} for {year}", subject)
        return value, indicator.name
    if kind != "weighted_ratio":
        raise RuleError(f"rule {rule.name}: index.kind must be weighted_ratio or reading")
    k0 = res.number(spec.get("k0"), "index.k0")
    weights = res.mapping(spec.get("weights"), "index.weights")
    total = ZERO
    for indicator_id, weight in weights.items():
        indicator = ctx.indicator(rule, indicator_id)
        current, _ = ctx.readings.yearly(indicator_id, subject, year)
        base = ctx.readings.baseline(indicator_id, subject)
        if current is None or base is None or base == 0:
            what = "baseline" if current is not None else str(year)
            out.note(rule, str(year), f"no {what} reading of {indicator.name} at {subject or 'the site'}", subject)
            return None, "P"
        total += weight * current / base
    return k0 * total, "P"
