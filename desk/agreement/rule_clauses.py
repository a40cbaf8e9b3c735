"""The sharing and compensation articles stated from the case's rules: who pays whom, how much, when, by
what formula, the indicators and baselines, the cap and the term — in Chinese or English.

A parameter the rule cannot resolve raises MissingParameter/RuleError (naming the rule and parameter);
drafting reports it rather than writing a placeholder.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desk.agreement.numerals import chinese_number
from desk.core.monitoring import Indicator
from desk.core.rules.kinds.fixed import once_date
from desk.core.rules.model import BenefitRule, RuleKind
from desk.core.rules.money import ZERO, grouped, plain, round_money, split
from desk.core.rules.params import Resolver, RuleError, Terms

SHARING_KINDS = (RuleKind.REVENUE_SHARE, RuleKind.STATISTICS_SHARE)


@dataclass(frozen=True)
class RuleFacts:
    """What stating rules needs: the terms, party and indicator names, baseline readings, the language."""

    terms: Terms
    parties: Mapping[str, str]
    indicators: Mapping[str, Indicator]
    baselines: Mapping[tuple[str, str], float]
    language: str = "zh"
    rules: tuple[BenefitRule, ...] = ()

    @property
    def zh(self) -> bool:
        return self.language == "zh"

    def party(self, party_id: object) -> str:
        if not isinstance(party_id, str) or party_id not in self.parties:
            raise RuleError("a rule names a party the case does not have")
        return self.parties[party_id]

    def indicator(self, indicator_id: object) -> Indicator:
        if not isinstance(indicator_id, str) or indicator_id not in self.indicators:
            raise RuleError("a rule names an indicator the case does not have")
        return self.indicators[indicator_id]

    def join(self, items: list[str]) -> str:
        return ("、" if self.zh else ", ").join(items)


def money(amount: Decimal, unit: str, zh: bool = True) -> str:
    """An amount as the agreement writes it: 2000万元, 2亿元 (for 20000万元), 222.222222万元."""
    amount = round_money(amount, unit)
    if unit == "万元" and abs(amount) >= 10_000 and (amount / 10_000) == (amount / 10_000).quantize(Decimal("0.0001")):
        return f"{plain(amount / 10_000)}亿元" if zh else f"{plain(amount / 10_000)} 亿元"
    return f"{grouped(amount)}{unit}" if zh else f"{grouped(amount)} {unit}"


def measure(value: float | Decimal, unit: str) -> str:
    """A measured value with its unit: 6 mg/L (a Latin unit after a space, as SI writes it), 20%, 3万元."""
    number = plain(value if isinstance(value, Decimal) else Decimal(repr(float(value))))
    unit = unit.strip()
    return f"{number} {unit}" if unit and unit[0].isascii() and unit != "%" else f"{number}{unit}"


def _day(value: date, zh: bool) -> str:
    return f"{value.year}年{value.month}月{value.day}日" if zh else value.isoformat()


def _ratio(values: list[Decimal]) -> str:
    return ":".join(plain(v) for v in values)


def state(rule: BenefitRule, facts: RuleFacts) -> str:
    """The text of one rule (a paragraph, possibly several sentences)."""
    res = Resolver(rule.name, facts.terms)
    writer = {RuleKind.FIXED_TRANSFER: _fixed, RuleKind.POOL: _pool, RuleKind.DEDUCTION: _deduction,
              RuleKind.INDEX_TRANSFER: _index, RuleKind.REVENUE_SHARE: _revenue,
              RuleKind.STATISTICS_SHARE: _statistics}[rule.kind]
    return writer(rule, facts, res)


def _years(rule: BenefitRule, res: Resolver, params: Mapping | None = None) -> tuple[int, int]:
    p = params if params is not None else rule.params
    first = p.get("first_year")
    if isinstance(first, bool) or not isinstance(first, int):
        raise RuleError(f"rule {rule.name}: first_year must be a year")
    return first, first + res.whole(p.get("years"), "years") - 1


def rule_years(rule: BenefitRule, terms: Terms) -> tuple[int, int] | None:
    """The calendar years a rule runs (None when it has no fixed term, e.g. a one-off or a revenue share)."""
    res = Resolver(rule.name, terms)
    if rule.kind in (RuleKind.POOL, RuleKind.INDEX_TRANSFER):
        return _years(rule, res)
    schedule = rule.params.get("schedule")
    if rule.kind is RuleKind.FIXED_TRANSFER and isinstance(schedule, Mapping) and schedule.get("mode") == "yearly":
        return _years(rule, res, schedule)
    return None


def _span(first: int, last: int, zh: bool) -> str:
    if zh:
        return f"{first}年" if first == last else f"{first}年至{last}年"
    return str(first) if first == last else f"{first} to {last}"


def _fixed(rule: BenefitRule, facts: RuleFacts, res: Resolver) -> str:
    p, zh = rule.params, facts.zh
    payer, payee = facts.party(p["payer"]), facts.party(p["payee"])
    schedule = p["schedule"]
    mode = schedule.get("mode")
    if mode == "once":
        amount = money(res.number(p.get("amount"), "amount", unit=rule.unit), rule.unit, zh)
        when = _day(once_date(rule), zh)
        return (f"{payer}于{when}前一次性向{payee}支付{amount}，此后不再支付。" if zh else
                f"{payer} pays {payee} a one-off amount of {amount} by {when}; nothing further is due.")
    if mode == "yearly":
        first, last = _years(rule, res, schedule)
        amount = res.number(p.get("amount"), "amount", unit=rule.unit)
        step = res.number(schedule["step"], "schedule.step", unit=rule.unit) if "step" in schedule else ZERO
        if not step:
            value = money(amount, rule.unit, zh)
            span = _span(first, last, zh)
            return (f"{payer}自{span}每年向{payee}支付{value}，每年6月30日前支付当年款项。" if zh else
                    f"{payer} pays {payee} {value} a year from {span}, each year's amount by 30 June.")
        amounts = [(y, amount + step * k) for k, y in enumerate(range(first, last + 1))]
        listed = facts.join([f"{y}年{money(max(a, ZERO), rule.unit, zh)}" if zh else
                             f"{money(max(a, ZERO), rule.unit, zh)} in {y}" for y, a in amounts])
        change = ("减少" if step < 0 else "增加") if zh else ("less" if step < 0 else "more")
        return (f"{payer}自{_span(first, last, zh)}每年向{payee}支付资金，首年{money(amount, rule.unit, zh)}，此后每年"
                f"{change}{money(abs(step), rule.unit, zh)}，即{listed}；每年6月30日前支付当年款项。" if zh else
                f"{payer} pays {payee} each year from {_span(first, last, zh)}: {money(amount, rule.unit, zh)} in the "
                f"first year and {money(abs(step), rule.unit, zh)} {change} each following year, that is {listed}; "
                "each year's amount by 30 June.")
    entries = []
    for i, entry in enumerate(schedule.get("entries") or ()):
        value = money(res.number(entry.get("amount"), f"schedule.entries[{i + 1}].amount", unit=rule.unit),
                      rule.unit, zh)
        period = str(entry.get("period"))
        entries.append(f"{period.replace('-', '年')}{'月' if '-' in period else '年'}{value}" if zh
                       else f"{value} in {period}")
    return (f"{payer}按下列计划向{payee}支付：{facts.join(entries)}。" if zh else
            f"{payer} pays {payee} on this schedule: {facts.join(entries)}.")


def _pool(rule: BenefitRule, facts: RuleFacts, res: Resolver) -> str:
    p, zh = rule.params, facts.zh
    first, last = _years(rule, res)
    account = str(p.get("account") or rule.name)
    contributors = [facts.party(c.get("party")) for c in p["contributions"]]
    recipients = [facts.party(a.get("party")) for a in p["allocations"]]
    shares = [res.number(a.get("ratio"), "allocations.ratio") for a in p["allocations"]]
    if all("amount" in c for c in p["contributions"]):
        amounts = [res.number(c["amount"], "contributions.amount", unit=rule.unit) for c in p["contributions"]]
        size = sum(amounts, ZERO)
        paid = facts.join([f"{n}{money(a, rule.unit, zh)}" if zh else f"{n} {money(a, rule.unit, zh)}"
                           for n, a in zip(contributors, amounts, strict=True)])
        total = money(size, rule.unit, zh)
        intro = (f"设立{account}，{_span(first, last, zh)}每年由{paid}出资，合计每年{total}。" if zh
                 else f"A fund, {account}, is set up for {_span(first, last, zh)}; each year {paid} pay into it, "
                 f"{money(size, rule.unit, zh)} in all.")
    else:
        size = res.number(p.get("size"), "size", unit=rule.unit)
        ratios = [res.number(c.get("ratio"), "contributions.ratio") for c in p["contributions"]]
        parts = split(size, ratios, rule.unit)
        paid = facts.join([f"{n}{money(a, rule.unit, zh)}" if zh else f"{n} {money(a, rule.unit, zh)}"
                           for n, a in zip(contributors, parts, strict=True)])
        intro = (f"设立{account}，{_span(first, last, zh)}每年规模{money(size, rule.unit, zh)}，"
                 f"由{facts.join(contributors)}按{_ratio(ratios)}的比例出资，"
                 f"即每年{paid}，于每年6月30日前拨入。" if zh else
                 f"A fund, {account}, of {money(size, rule.unit, zh)} a year is set up for {_span(first, last, zh)}, "
                 f"contributed by {facts.join(contributors)} in the ratio {_ratio(ratios)}, that is {paid} a year, "
                 "paid in by 30 June.")
    allotted = split(size, shares, rule.unit)
    got = facts.join([f"{n}{money(a, rule.unit, zh)}" if zh else f"{n} {money(a, rule.unit, zh)}"
                      for n, a in zip(recipients, allotted, strict=True)])
    return intro + (f"资金按{_ratio(shares)}的比例分配给{facts.join(recipients)}，"
                    f"即每年{got}（扣减另按本条约定）。" if zh
                    else f" The fund is allocated to {facts.join(recipients)} in the ratio {_ratio(shares)}, that is "
                    f"{got} a year (before the deductions set out in this article).")


def _deduction(rule: BenefitRule, facts: RuleFacts, res: Resolver) -> str:
    p, zh = rule.params, facts.zh
    indicator = facts.indicator(p.get("indicator"))
    pool = next((r for r in facts.rules if r.id == p.get("pool")), None)
    if pool is None:
        raise RuleError(f"rule {rule.name}: it must name a pool rule of the case")
    pres = Resolver(pool.name, facts.terms)
    size = (res.number(pool.params.get("size"), "size", unit=pool.unit) if pool.params.get("size") is not None
            else sum((pres.number(c["amount"], "amount", unit=pool.unit) for c in pool.params["contributions"]), ZERO))
    shares = [pres.number(a.get("ratio"), "allocations.ratio") for a in pool.params["allocations"]]
    allotted = dict(zip((a["party"] for a in pool.params["allocations"]), split(size, shares, pool.unit),
                        strict=True))
    per = p.get("per_failure") or {}
    lines = []
    for party, sections in p["sections"].items():
        name = facts.party(party)
        if per.get("mode") == "allocation_share":
            divisor = res.number(per.get("divisor", 12), "per_failure.divisor")
            each = money(allotted.get(party, ZERO) / divisor / len(sections), pool.unit, zh)
        else:
            each = money(res.number(per.get("amount"), "per_failure.amount", unit=pool.unit), pool.unit, zh)
        lines.append(f"{name}负责{facts.join(list(sections))}共{len(sections)}个断面，每断面·月扣减{each}" if zh else
                     f"{name} answers for {len(sections)} sections ({facts.join(list(sections))}), {each} per "
                     "section-month")
    if per.get("mode") == "allocation_share":
        number = res.number(per.get("divisor", 12), "per_failure.divisor")
        divisor = plain(number)
        whole = number == number.to_integral_value() and 0 < number < 10**8
        fraction = f"{chinese_number(int(number))}分之一" if whole else f"1/{divisor}"
        how = (f"扣减额为该方当年分配额的{fraction}除以其考核断面数" if zh else
               f"the deduction is the party's yearly allocation / {divisor} / its number of sections")
    else:
        how = "扣减额为约定的固定金额" if zh else "the deduction is the fixed amount agreed"
    target = p.get("to", "others_by_allocation")
    where = ("扣减资金按其余各方的分配比例拨付其余各方（其余各方当月也未达标的，亦同）" if zh else
             "the amount deducted goes to the other recipients in proportion to their allocation ratios (even if "
             "they also failed)") if target == "others_by_allocation" else (
        f"扣减资金拨付{facts.party(target)}" if zh else f"the amount deducted goes to {facts.party(target)}")
    standard = _standard(indicator, zh)
    return (f"以“{indicator.name}”为考核指标（{standard}），按月考核。考核断面某月未达到考核标准的（缺测按未达标计），"
            f"扣减负责该断面一方当年的分配资金，{how}：{'；'.join(lines)}。扣减在当年结算，{where}。" if zh else
            f"The indicator {indicator.name} ({standard}) is assessed monthly. For every section-month that misses "
            f"the standard (a missing reading counts as missed), the responsible party's allocation for that year "
            f"is reduced; {how}: {'; '.join(lines)}. Deductions are settled in their year; {where}.")


def _standard(indicator: Indicator, zh: bool) -> str:
    if indicator.target is None:
        return indicator.description or indicator.name
    sign = "≥" if indicator.higher_is_better else "≤"
    target = measure(indicator.target, indicator.unit)
    text = f"达标标准：{sign} {target}" if zh else f"standard: {sign} {target}"
    return f"{indicator.description}；{text}" if zh and indicator.description else (
        f"{indicator.description}; {text}" if indicator.description else text)


def _index(rule: BenefitRule, facts: RuleFacts, res: Resolver) -> str:
    p, zh = rule.params, facts.zh
    first, last = _years(rule, res)
    spec = p["index"]
    subject = str(spec.get("subject", ""))
    decimals = int(p.get("decimals", 4))
    if spec.get("kind") == "weighted_ratio":
        k0 = res.number(spec.get("k0"), "index.k0")
        weights = res.mapping(spec.get("weights"), "index.weights")
        names = [facts.indicator(i).name for i in weights]
        parts = facts.join([f"{facts.indicator(i).name}{plain(w * 100)}%" for i, w in weights.items()])
        bases = [(facts.indicator(i), facts.baselines.get((i, subject))) for i in weights]
        known = [f"{ind.name}{measure(v, ind.unit)}" for ind, v in bases if v is not None]
        if zh:
            base_text = (f"基准值Cᵢ₀为：{facts.join(known)}" if len(known) == len(bases) else
                         "Cᵢ₀为各指标的基准值，以协议各方共同确认的基期监测数据为准")
            head = (f"以{subject + '断面' if subject else ''}{facts.join(names)}为考核指标，"
                    f"按 P = K₀ × Σ(kᵢ × Cᵢ / Cᵢ₀) 计算考核指数P，其中K₀ = {plain(k0)}；指标权重kᵢ为{parts}；"
                    f"Cᵢ为该指标当年年均浓度（有月度监测值的取当年各月监测值的算术平均值）；{base_text}。P值保留{decimals}位小数后判定。")
        else:
            base_text = (f"the baselines Cᵢ₀ are {facts.join(known)}" if len(known) == len(bases) else
                         "Cᵢ₀ is each indicator's baseline as confirmed jointly by the Parties")
            head = (f"The index P = K₀ × Σ(kᵢ × Cᵢ / Cᵢ₀) is computed over {facts.join(names)}"
                    f"{' at ' + subject if subject else ''}, with K₀ = {plain(k0)}, weights kᵢ {parts}; Cᵢ is the "
                    f"year's mean (the mean of the monthly readings where these are taken); {base_text}. P is rounded "
                    f"to {decimals} decimal places before it is compared.")
        symbol = "P"
    else:
        indicator = facts.indicator(spec.get("indicator"))
        head = (f"以{indicator.name}{'（' + subject + '）' if subject else ''}当年数值为考核指数。" if zh else
                f"The index is the year's value of {indicator.name}{' at ' + subject if subject else ''}.")
        symbol = indicator.name
    bands = []
    previous = None
    for i, band in enumerate(res.bands(p["bands"], "bands")):
        limit = None if band.get("max") is None else res.number(band["max"], f"bands[{i + 1}].max")
        if limit is not None:
            low = "" if previous is None else f"{plain(previous)} < "
            cond = f"{low}{symbol} ≤ {plain(limit)}"
        else:
            cond = f"{symbol} > {plain(previous)}" if previous is not None else ("任何情形" if zh else "always")
        amount = res.number(band.get("amount", 0), f"bands[{i + 1}].amount", unit=rule.unit)
        if band.get("payer") and band.get("payee") and amount > 0:
            who, whom, value = facts.party(band["payer"]), facts.party(band["payee"]), money(amount, rule.unit, zh)
            what = f"{who}向{whom}支付{value}" if zh else f"{who} pays {whom} {value}"
        else:
            what = "不发生支付" if zh else "nothing is paid"
        bands.append(f"{cond}的，{what}" if zh else f"if {cond}, {what}")
        previous = limit
    return head + (f"{_span(first, last, zh)}每年考核一次：{'；'.join(bands)}；"
                   f"支付方自有出资中未支付的部分留归其自行使用。当年款项于次年6月30日前支付。" if zh else
                   f" The assessment is made each year from {_span(first, last, zh)}: {'; '.join(bands)}; a party's "
                   "own contribution that is not paid over stays with it. Each year's amount is paid by 30 June of the "
                   "following year.")


def _revenue(rule: BenefitRule, facts: RuleFacts, res: Resolver) -> str:
    p, zh = rule.params, facts.zh
    payer, payee = facts.party(p["payer"]), facts.party(p["payee"])
    share = res.number(p["share"], "share", fraction=True)
    multiple = res.number(p["cap_multiple"], "cap_multiple")
    term = res.whole(p["term_years"], "term_years")
    extension = res.whole(p["extension_years"], "extension_years")
    revenue, base = facts.indicator(p["indicator"]), facts.indicator(p["cap_base"])
    extend = (f"期满时累计分享额未达到上限的，分享期限延长{extension}年，仅延长一次；"
              "期满时恰好达到上限的不再延长。" if extension else "期满即止，不予延长。") if zh else (
        f"If the cap is not reached by the end of the term, the term is extended once by {extension} years (not if "
        "the cap is reached exactly)." if extension else "The term is not extended.")
    if zh:
        return (f"对每户迁移企业，{payer}每年将该企业“{revenue.name}”（{revenue.description or revenue.name}）的"
                f"{plain(share * 100)}%支付{payee}，直至{payee}自该企业累计分享额达到该企业“{base.name}”"
                f"（{base.description or base.name}）的{plain(multiple)}倍为止；累计分享额越过上限的当年只支付至上限，"
                f"此后不再支付。分享期限为自该企业首次有数据的年度起连续{term}个自然年（中间无数据的年度计入期限）。{extend}"
                "每年分享款项于次年6月30日前结算。")
    return (f"For each relocated enterprise, {payer} pays {payee} {plain(share * 100)}% of the enterprise's yearly "
            f"{revenue.name} ({revenue.description or revenue.name}) until {payee}'s cumulative receipts from it reach "
            f"{plain(multiple)} times its {base.name} ({base.description or base.name}); the year that crosses the "
            f"cap pays only up to it, later years nothing. The term is {term} calendar years from the enterprise's "
            f"first year with data, years without data included. {extend} Each year's amount is settled by 30 June "
            "of the following year.")


def _statistics(rule: BenefitRule, facts: RuleFacts, res: Resolver) -> str:
    p, zh = rule.params, facts.zh
    indicator = facts.indicator(p["indicator"])
    names = [facts.party(e.get("party")) for e in p["ratios"]]
    ratios = [res.number(e.get("ratio"), "ratios.ratio") for e in p["ratios"]]
    return (f"“{indicator.name}”按{_ratio(ratios)}的比例分别计入{facts.join(names)}的统计数据，"
            "不涉及资金划转。" if zh else
            f"{indicator.name} is counted in the statistics of {facts.join(names)} in the ratio {_ratio(ratios)}; "
            "no money moves.")
