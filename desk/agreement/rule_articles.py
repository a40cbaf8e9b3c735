"""Articles of a draft built from the case's rules: sharing, compensation (with its payment schedule),
the indicators monitored, and the agreement's term."""
from __future__ import annotations

from collections.abc import Callable, Mapping

from desk.agreement.rule_clauses import SHARING_KINDS, RuleFacts, measure, money, rule_years, state
from desk.core.issues import Value
from desk.core.rules.engine import compute
from desk.core.rules.model import BenefitRule, RuleKind
from desk.core.rules.params import MissingParameter, RuleError, Terms
from desk.core.rules.readings import ReadingIndex
from desk.core.snapshot import CaseSnapshot

#: Rules whose payments do not depend on readings: their schedule can be printed in the agreement.
SCHEDULED = (RuleKind.FIXED_TRANSFER, RuleKind.POOL)


class DraftingRuleError(RuleError):
    """A rule cannot be stated (e.g. a parameter is missing); the message names the rule and the parameter."""


def facts_for(snapshot: CaseSnapshot, package: Mapping[str, Value], language: str,
              baselines: Mapping[tuple[str, str], float]) -> RuleFacts:
    return RuleFacts(Terms.of(snapshot.issues, package), {p.id: p.name for p in snapshot.parties},
                     {i.id: i for i in snapshot.indicators}, baselines, language, snapshot.rules)


def paragraphs(rules: list[BenefitRule], facts: RuleFacts, number: Callable[[int], str], start: int = 1) -> list[str]:
    """One numbered paragraph per rule: its name and its statement."""
    out = []
    for n, rule in enumerate(rules, start=start):
        try:
            text = state(rule, facts)
        except MissingParameter as exc:
            raise DraftingRuleError(f"cannot draft the rule {rule.name}: its parameter {exc.parameter} is not decided"
                                    + (f" (issue {exc.issue})" if exc.issue else "")) from None
        except RuleError as exc:
            raise DraftingRuleError(f"cannot draft the rule {rule.name}: {exc}") from None
        out.append(f"{number(n)}{rule.name}：{text}" if facts.zh else f"{number(n)} {rule.name}: {text}")
    return out


def sharing_rules(snapshot: CaseSnapshot) -> list[BenefitRule]:
    return [r for r in snapshot.rules if r.kind in SHARING_KINDS]


def compensation_rules(snapshot: CaseSnapshot) -> list[BenefitRule]:
    return [r for r in snapshot.rules if r.kind not in SHARING_KINDS]


def schedule_rows(snapshot: CaseSnapshot, facts: RuleFacts) -> list[tuple[str, str, str, str]]:
    """(year, payer, payee, amount) of the payments that need no readings: fixed transfers and fund flows."""
    fixed = [r for r in snapshot.rules if r.kind in SCHEDULED]
    if not fixed:
        return []
    schedule = compute(fixed, facts.terms, snapshot.indicators, ReadingIndex(), facts.parties)
    return [(p.period, schedule.name(p.payer), schedule.name(p.payee), money(p.amount, p.unit, facts.zh))
            for p in sorted(schedule.payments, key=lambda p: p.period)]


def indicator_lines(snapshot: CaseSnapshot, zh: bool, number: Callable[[int], str]) -> list[str]:
    """One line per indicator of the case: its definition, unit, standard and assessed subjects."""
    lines = []
    for n, ind in enumerate(snapshot.indicators, start=1):
        parts = [ind.description] if ind.description else []
        if ind.unit:
            parts.append(f"单位：{ind.unit}" if zh else f"unit: {ind.unit}")
        if ind.target is not None:
            sign = "≥" if ind.higher_is_better else "≤"
            limit = measure(ind.target, ind.unit)
            parts.append(f"考核标准：{sign} {limit}" if zh else f"standard: {sign} {limit}")
        if ind.subjects:
            parts.append(("考核对象：" if zh else "assessed: ") + ("、" if zh else ", ").join(ind.subjects))
        body = ("；" if zh else "; ").join(parts)
        lines.append(f"{number(n)}{ind.name}：{body}。" if zh else f"{number(n)} {ind.name}: {body}.")
    return lines


def rules_term(snapshot: CaseSnapshot, terms: Terms) -> tuple[int, int] | None:
    """The first and last year the case's yearly rules run, or None when none has a fixed term."""
    spans = []
    for rule in snapshot.rules:
        try:
            found = rule_years(rule, terms)
        except RuleError:
            continue
        if found is not None:
            spans.append(found)
    if not spans:
        return None
    return min(s[0] for s in spans), max(s[1] for s in spans)
