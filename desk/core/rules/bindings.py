"""The bindable parameters of a rule (amounts, ratios, years, coefficients): list them, read one, set one."""
from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from desk.core.rules.model import BenefitRule, RuleKind

#: Per kind: parameter paths (dots into objects, [*] over every list item) that may be fixed or bound.
BINDABLE: dict[RuleKind, tuple[str, ...]] = {
    RuleKind.FIXED_TRANSFER: ("amount", "schedule.years", "schedule.step", "schedule.entries[*].amount"),
    RuleKind.POOL: ("size", "years", "contributions[*].ratio", "contributions[*].amount", "allocations[*].ratio"),
    RuleKind.DEDUCTION: ("per_failure.divisor", "per_failure.amount"),
    RuleKind.INDEX_TRANSFER: ("years", "index.k0", "bands[*].max", "bands[*].amount"),
    RuleKind.REVENUE_SHARE: ("share", "cap_multiple", "term_years", "extension_years"),
    RuleKind.STATISTICS_SHARE: ("ratios[*].ratio",),
}


def _steps(path: str) -> list[str | int]:
    steps: list[str | int] = []
    for part in path.split("."):
        name, _, rest = part.partition("[")
        steps.append(name)
        if rest:
            steps.append(int(rest.rstrip("]")))
    return steps


def get_param(params: Mapping[str, Any], path: str) -> Any:
    """The value at ``path`` (e.g. ``contributions[1].ratio``), or None when absent."""
    value: Any = params
    for step in _steps(path):
        if isinstance(step, int):
            value = value[step] if isinstance(value, list) and step < len(value) else None
        else:
            value = value.get(step) if isinstance(value, Mapping) else None
        if value is None:
            return None
    return value


def set_param(params: Mapping[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A copy of ``params`` with ``path`` set to ``value`` (a number or a binding such as {"issue": id})."""
    out = copy.deepcopy(dict(params))
    steps = _steps(path)
    target: Any = out
    for step in steps[:-1]:
        target = target[step]
    target[steps[-1]] = value
    return out


def parameters(rule: BenefitRule) -> list[tuple[str, Any]]:
    """(path, current value) of every bindable parameter the rule states, lists expanded item by item."""
    out = []
    for pattern in BINDABLE[rule.kind]:
        if "[*]" in pattern:
            head, _, tail = pattern.partition("[*]")
            items = get_param(rule.params, head)
            paths = [f"{head}[{i}]{tail}" for i in range(len(items))] if isinstance(items, list) else []
        else:
            paths = [pattern]
        out += [(p, get_param(rule.params, p)) for p in paths if get_param(rule.params, p) is not None]
    return out
