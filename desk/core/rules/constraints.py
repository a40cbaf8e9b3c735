"""The cross-issue constraints a case's rules put on its outcome space: % ratios of a fund or a statistics share
that must sum to 100 %, and contributions stated as amounts that must make up the fund.

These are the conditions :func:`desk.core.rules.check.package_problems` reports for one package, stated once
per rule as :class:`~desk.core.analytics.space.Constraint` so the frontier and the solutions leave out the
packages that break them.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from desk.core.analytics.reasons import phrase_text
from desk.core.analytics.space import Constraint
from desk.core.issues import Issue, Value
from desk.core.language import EN
from desk.core.rules.check import RATIO_GROUPS, package_problems, walk
from desk.core.rules.model import BenefitRule, RuleKind
from desk.core.rules.params import Terms


def _bound(value: Any) -> list[str]:
    return [v["issue"] for _, v in walk(value) if isinstance(v, Mapping) and isinstance(v.get("issue"), str)]


def _percent_bound(entries: list[Any], issues: Mapping[str, Issue]) -> bool:
    for entry in entries:
        ratio = entry.get("ratio") if isinstance(entry, Mapping) else None
        issue = issues.get(ratio["issue"]) if isinstance(ratio, Mapping) and "issue" in ratio else None
        if issue is not None and issue.unit.strip() == "%" and "options" not in ratio:
            return True
    return False


def rule_constraints(rules: Iterable[BenefitRule], issues: Iterable[Issue]) -> tuple[Constraint, ...]:
    """One constraint per rule group whose parameters tie two or more issues (or one issue to a fixed total)."""
    by_id = {i.id: i for i in issues}
    out: list[Constraint] = []
    for rule in rules:
        parts: list[tuple[str, Any]] = []
        for group in RATIO_GROUPS.get(rule.kind, ()):
            entries = [e for e in rule.params.get(group, ()) if isinstance(e, Mapping)]
            if _percent_bound(entries, by_id):
                parts.append((group, {group: entries}))
        if rule.kind is RuleKind.POOL and rule.params.get("size") is not None:
            entries = rule.params.get("contributions", ())
            if entries and all(isinstance(e, Mapping) and "amount" in e for e in entries):
                parts.append(("contributions", {"size": rule.params["size"], "contributions": entries}))
        for group, params in parts:
            keys = tuple(dict.fromkeys(k for k in _bound(params) if k in by_id))
            if keys:
                out.append(_constraint(rule, group, params, keys, by_id))
    return tuple(out)


def _constraint(rule: BenefitRule, group: str, params: dict[str, Any], keys: tuple[str, ...],
                issues: Mapping[str, Issue]) -> Constraint:
    # only this group of the rule, with the values of its issues: package_problems states whether it holds
    part = BenefitRule(rule.case_id, rule.name, rule.kind, params, rule.unit, id=rule.id)

    def holds(values: tuple[Value, ...]) -> bool:
        return not package_problems([part], Terms(issues, dict(zip(keys, values, strict=True))))

    phrase = "fund" if "size" in params else "sum_100"
    terms = {"rule": rule.name, "group": group, "names": tuple(issues[k].name for k in keys)}
    return Constraint(keys, holds, phrase_text(phrase, terms, EN), signature=repr((rule.kind.value, group, params)),
                      phrase=phrase, terms=terms)
