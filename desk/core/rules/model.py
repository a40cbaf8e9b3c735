"""The benefit rule (分享与补偿规则): a kind, named parameters as plain data, and the checks of its shape."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desk.core.errors import ValidationError
from desk.core.rules.money import UNITS
from desk.core.validation import check_enum, check_id, check_name, check_text, new_id


class RuleKind(StrEnum):
    FIXED_TRANSFER = "fixed_transfer"
    POOL = "pool"
    DEDUCTION = "deduction"
    INDEX_TRANSFER = "index_transfer"
    REVENUE_SHARE = "revenue_share"
    STATISTICS_SHARE = "statistics_share"


#: Keys every rule of a kind must state in its parameters.
REQUIRED: dict[RuleKind, tuple[str, ...]] = {
    RuleKind.FIXED_TRANSFER: ("payer", "payee", "schedule"),
    RuleKind.POOL: ("account", "first_year", "years", "contributions", "allocations"),
    RuleKind.DEDUCTION: ("pool", "indicator", "sections", "per_failure"),
    RuleKind.INDEX_TRANSFER: ("first_year", "years", "index", "bands"),
    RuleKind.REVENUE_SHARE: ("payer", "payee", "indicator", "share", "cap_base", "cap_multiple", "term_years",
                             "extension_years"),
    RuleKind.STATISTICS_SHARE: ("indicator", "ratios"),
}

#: Kinds that move money (their unit must be a money unit); statistics sharing moves none.
MONEY_KINDS = frozenset(set(RuleKind) - {RuleKind.STATISTICS_SHARE})


@dataclass(frozen=True, slots=True)
class BenefitRule:
    """One rule of a case. ``params`` is plain JSON data whose keys depend on ``kind`` (see desk.core.rules.kinds).

    ``unit`` is the money unit of the rule's amounts (元/万元/亿元).
    """

    case_id: str
    name: str
    kind: RuleKind
    params: Mapping[str, Any] = field(default_factory=dict)
    unit: str = "万元"
    description: str = ""
    position: int = 0
    id: str = field(default_factory=new_id)

    def validate(self) -> BenefitRule:
        """Raise ValidationError on the first broken rule of shape; references are checked by check_rules."""
        check_id("case_id", self.case_id)
        check_name("name", self.name)
        kind = check_enum("kind", self.kind, RuleKind)
        check_text("description", self.description)
        if kind in MONEY_KINDS and self.unit not in UNITS:
            raise ValidationError("unit", "rule.unit", f"the unit of a money rule must be one of {', '.join(UNITS)}",
                                  allowed=", ".join(UNITS))
        if not isinstance(self.params, Mapping):
            raise ValidationError("params", "rule.params", "params must be an object")
        missing = [key for key in REQUIRED[kind] if key not in self.params]
        if missing:
            raise ValidationError("params", "rule.param_missing",
                                  f"rule {self.name}: parameter {missing[0]} is missing", rule=self.name,
                                  parameter=missing[0])
        for key, value in self.params.items():
            check_shape(self.name, key, value)
        return self


def check_shape(rule: str, path: str, value: Any) -> None:
    """Plain JSON only: numbers, text, lists and objects; a bound parameter names its issue as text."""
    if isinstance(value, bool) or value is None or isinstance(value, int | float | str):
        if isinstance(value, float) and value != value:
            raise ValidationError("params", "rule.param_nan", f"rule {rule}: {path} is not a number", rule=rule)
        return
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            check_shape(rule, f"{path}[{index}]", item)
        return
    if isinstance(value, Mapping):
        if "issue" in value and not isinstance(value["issue"], str):
            raise ValidationError("params", "rule.param_issue", f"rule {rule}: {path}.issue must be an issue id",
                                  rule=rule)
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValidationError("params", "rule.param_key", f"rule {rule}: {path} has a key that is not text",
                                      rule=rule)
            check_shape(rule, f"{path}.{key}", item)
        return
    raise ValidationError("params", "rule.param_type", f"rule {rule}: {path} is not plain data", rule=rule)
