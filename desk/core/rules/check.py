"""Checks of a case's rules against its parties, issues and indicators, and the cross-issue constraints.

Constraints that span issues — ratios bound to % issues that must sum to 100 %, contributions that
must make up the fund, indicator weights that must sum to 1 — are checked here once: for the rules as
written (every option of a weights issue) and for a given package (``package_problems``).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from desk.core.errors import ValidationError
from desk.core.issues import Issue
from desk.core.monitoring import Indicator
from desk.core.rules.model import BenefitRule, RuleKind
from desk.core.rules.money import ZERO, plain, to_decimal
from desk.core.rules.params import Resolver, RuleError, Terms

PARTY_KEYS = ("payer", "payee", "party")
INDICATOR_KEYS = ("indicator", "cap_base")
RATIO_GROUPS = {RuleKind.POOL: ("contributions", "allocations"), RuleKind.STATISTICS_SHARE: ("ratios",)}


def _fail(rule: BenefitRule, code: str, message: str, field: str = "params", **params: object) -> ValidationError:
    """The error names the rule, and as its field the parameter's path (so a form shows it by that field)."""
    return ValidationError(field, code, f"rule {rule.name}: {message}", rule=rule.name, **params)


def walk(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Every (path, value) inside a rule's parameters, depth first."""
    yield path, value
    if isinstance(value, Mapping):
        for key, item in value.items():
            yield from walk(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from walk(item, f"{path}[{index}]")


def check_rules(rules: Iterable[BenefitRule], party_ids: Iterable[str], issues: Iterable[Issue],
                indicators: Iterable[Indicator]) -> None:
    """Raise ValidationError naming the rule on the first reference or constraint that does not hold."""
    rules = list(rules)
    parties, by_issue = set(party_ids), {i.id: i for i in issues}
    known = {i.id for i in indicators}
    pools = {r.id for r in rules if r.kind is RuleKind.POOL}
    for rule in rules:
        rule.validate()
        for path, value in walk(rule.params):
            key = path.rsplit(".", 1)[-1].split("[")[0]
            optional = key != "party" and path.startswith("bands")  # a band may move nothing
            if key in PARTY_KEYS and not (value is None and optional) and (
                    not isinstance(value, str) or value not in parties):
                raise _fail(rule, "rule.unknown_party", f"{path} names a party the case does not have", path)
            if key in INDICATOR_KEYS and "." not in path.replace("index.", "") and (
                    not isinstance(value, str) or value not in known):
                raise _fail(rule, "rule.unknown_indicator", f"{path} names an indicator the case does not have",
                            path)
            if isinstance(value, Mapping) and "issue" in value:
                _check_binding(rule, path, value, by_issue)
        p = rule.params
        if p.get("payer") is not None and p.get("payer") == p.get("payee"):
            raise _fail(rule, "rule.payer_is_payee", "the payer and the payee must differ", "payee")
        if rule.kind is RuleKind.DEDUCTION:
            if p.get("pool") not in pools:
                raise _fail(rule, "rule.unknown_pool", "it must name a pool rule of the case", "pool")
            if not isinstance(p.get("sections"), Mapping) or any(k not in parties for k in p["sections"]):
                raise _fail(rule, "rule.sections", "sections must map parties of the case to their sections",
                            "sections")
            target = p.get("to", "others_by_allocation")
            if target != "others_by_allocation" and target not in parties:
                raise _fail(rule, "rule.unknown_party", "to must be others_by_allocation or a party", "to")
        if rule.kind is RuleKind.INDEX_TRANSFER:
            _check_weights(rule, known)


def _check_binding(rule: BenefitRule, path: str, value: Mapping[str, Any], issues: Mapping[str, Issue]) -> None:
    issue = issues.get(value["issue"])
    if issue is None:
        raise _fail(rule, "rule.unknown_issue", f"{path} is bound to an issue the case does not have", path)
    options = value.get("options")
    if issue.is_numeric and options is not None:
        raise _fail(rule, "rule.options_numeric", f"{path}: {issue.name} has no options to map", path)
    if not issue.is_numeric:
        if not isinstance(options, Mapping):
            raise _fail(rule, "rule.options_missing", f"{path}: say what each option of {issue.name} stands for", path)
        absent = [o for o in issue.options if o not in options]
        if absent:
            raise _fail(rule, "rule.option_unmapped", f"{path}: the option {absent[0]!r} of {issue.name} has no value",
                        path)


def _check_weights(rule: BenefitRule, indicators: set[str]) -> None:
    spec = rule.params.get("index")
    if not isinstance(spec, Mapping) or spec.get("kind") != "weighted_ratio":
        return
    weights = spec.get("weights")
    if isinstance(weights, Mapping) and isinstance(weights.get("options"), Mapping):
        candidates = list(weights["options"].items())
    elif isinstance(weights, Mapping) and "value" in weights:
        candidates = [("", weights["value"])]
    else:
        raise _fail(rule, "rule.weights", "index.weights must be fixed or mapped per option")
    for label, mapping in candidates:
        where = f" (option {label})" if label else ""
        if not isinstance(mapping, Mapping) or not mapping:
            raise _fail(rule, "rule.weights", f"index.weights{where} must map indicators to weights")
        if any(k not in indicators for k in mapping):
            raise _fail(rule, "rule.unknown_indicator", f"index.weights{where} names an unknown indicator",
                        "index.weights")
        try:
            total = sum((to_decimal(v) for v in mapping.values()), ZERO)
        except (TypeError, ArithmeticError, ValueError):
            raise _fail(rule, "rule.weights", f"index.weights{where} has a weight that is not a number") from None
        if total != 1:
            raise _fail(rule, "rule.weights_sum", f"index.weights{where} sum to {plain(total)}, not 1", "index.weights",
                        total=plain(total))


def package_problems(rules: Iterable[BenefitRule], terms: Terms) -> list[str]:
    """Cross-issue constraints a package breaks: % ratios not summing to 100 %, contributions ≠ fund."""
    problems: list[str] = []
    for rule in rules:
        res = Resolver(rule.name, terms)
        try:
            for group in RATIO_GROUPS.get(rule.kind, ()):
                entries = [e for e in rule.params.get(group, ()) if isinstance(e, Mapping) and "ratio" in e]
                if any(_percent(e["ratio"], terms) for e in entries):
                    total = sum((res.number(e["ratio"], f"{group}.ratio") for e in entries), ZERO)
                    if total != 100:
                        problems.append(f"rule {rule.name}: the {group} ratios sum to {plain(total)} %, not 100 %")
            if rule.kind is RuleKind.POOL and rule.params.get("size") is not None:
                entries = rule.params.get("contributions", ())
                if entries and all(isinstance(e, Mapping) and "amount" in e for e in entries):
                    size = res.number(rule.params["size"], "size", unit=rule.unit)
                    total = sum((res.number(e["amount"], "amount", unit=rule.unit) for e in entries), ZERO)
                    if total != size:
                        problems.append(f"rule {rule.name}: the contributions ({plain(total)} {rule.unit}) do not "
                                        f"make up the fund ({plain(size)} {rule.unit})")
        except RuleError as exc:
            problems.append(str(exc))
    return problems


def _percent(param: Any, terms: Terms) -> bool:
    issue = terms.issues.get(param["issue"]) if isinstance(param, Mapping) and "issue" in param else None
    return issue is not None and issue.unit.strip() == "%" and "options" not in param


def needed_issues(rules: Iterable[BenefitRule]) -> list[str]:
    """The ids of every issue some rule's parameter is bound to, in first-use order."""
    seen: dict[str, None] = {}
    for rule in rules:
        for _, value in walk(rule.params):
            if isinstance(value, Mapping) and isinstance(value.get("issue"), str):
                seen.setdefault(value["issue"], None)
    return list(seen)


def rules_using(rules: Iterable[BenefitRule], entity_id: str) -> list[str]:
    """Names of the rules whose parameters refer to ``entity_id`` (a party, issue, indicator or rule)."""
    names = []
    for rule in rules:
        for path, value in walk(rule.params):
            key = path.rsplit(".", 1)[-1].split("[")[0]
            keys = value.keys() if isinstance(value, Mapping) and key in ("sections", "weights", "value") else ()
            if value == entity_id or entity_id in keys:
                names.append(rule.name)
                break
    return names
