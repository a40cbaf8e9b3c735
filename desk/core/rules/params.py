"""Rule parameters: fixed values, or bound to an issue so that the agreed package decides them.

A parameter is written as a number (fixed), ``{"value": x}`` (fixed; x may be a mapping, e.g.
indicator weights), ``{"issue": ID}`` (the package's value of a numeric issue) or
``{"issue": ID, "options": {label: value}}`` (the value an option of a discrete issue stands for);
a numeric binding may carry ``"times": k`` (k × the issue's value, e.g. half a contribution).
A value taken from a ``%`` issue is a fraction where the rule wants one (50 % → 0.5); an amount taken
from an issue in another money unit is converted to the rule's unit (2 亿元 → 20000 万元).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desk.core.errors import DeskError
from desk.core.issues import Issue, Value
from desk.core.rules.money import convert, is_money_unit, to_decimal


class RuleError(DeskError):
    """A rule cannot be evaluated or stated as it stands; the message names the rule and what is wrong."""


class MissingParameter(RuleError):
    """A parameter is bound to an issue the package does not decide (or is not set at all)."""

    def __init__(self, rule: str, parameter: str, issue: str | None) -> None:
        where = f"the issue {issue}, which the package does not give" if issue else "nothing (it is not set)"
        super().__init__(f"rule {rule}: parameter {parameter} is bound to {where}")
        self.rule, self.parameter, self.issue = rule, parameter, issue


@dataclass(frozen=True, slots=True)
class Terms:
    """What a package decides: the case's issues by id and the package (issue id → value)."""

    issues: Mapping[str, Issue]
    package: Mapping[str, Value]

    @classmethod
    def of(cls, issues: Any, package: Mapping[str, Value]) -> Terms:
        return cls({i.id: i for i in issues}, dict(package))


def is_bound(param: Any) -> bool:
    return isinstance(param, Mapping) and "issue" in param


def bound_issue(param: Any) -> str | None:
    return param["issue"] if is_bound(param) else None


class Resolver:
    """Resolves one rule's parameters against the terms; errors name the rule and the parameter."""

    def __init__(self, rule_name: str, terms: Terms) -> None:
        self.rule, self.terms = rule_name, terms

    def raw(self, param: Any, name: str) -> tuple[Any, Issue | None]:
        """The parameter's value before conversion and the issue it came from (None when fixed)."""
        if param is None:
            raise MissingParameter(self.rule, name, None)
        if not isinstance(param, Mapping):
            return param, None
        if "value" in param:
            return param["value"], None
        issue_id = param.get("issue")
        issue = self.terms.issues.get(issue_id) if isinstance(issue_id, str) else None
        if issue is None:
            raise RuleError(f"rule {self.rule}: parameter {name} is bound to an issue the case does not have")
        if issue.id not in self.terms.package:
            raise MissingParameter(self.rule, name, issue.name)
        value = self.terms.package[issue.id]
        options = param.get("options")
        if options is not None:
            if value not in options:
                raise RuleError(f"rule {self.rule}: parameter {name} gives no value for the option {value!r} "
                                f"of {issue.name}")
            return options[value], None  # an option's value is stated in the rule's own terms
        return value, issue

    def number(self, param: Any, name: str, *, fraction: bool = False, unit: str | None = None) -> Decimal:
        """A numeric parameter; ``fraction``: a % issue gives value/100; ``unit``: money converted to it."""
        value, issue = self.raw(param, name)
        try:
            number = to_decimal(value)
        except (TypeError, ArithmeticError, ValueError):
            raise RuleError(f"rule {self.rule}: parameter {name} is not a number ({value!r})") from None
        if issue is not None:
            source = issue.unit.strip()
            if fraction and source == "%":
                number /= 100
            elif unit is not None and is_money_unit(source) and is_money_unit(unit):
                number = convert(number, source, unit)
            if isinstance(param, Mapping) and "times" in param:
                number *= to_decimal(param["times"])
        return number

    def bands(self, param: Any, name: str) -> list[Any]:
        """A list parameter (e.g. an index rule's bands), fixed or chosen by an option of an issue."""
        value, _ = self.raw(param, name) if isinstance(param, Mapping) else (param, None)
        if not isinstance(value, list) or not value or not all(isinstance(b, Mapping) for b in value):
            raise RuleError(f"rule {self.rule}: {name} must list at least one band")
        return value

    def mapping(self, param: Any, name: str) -> dict[str, Decimal]:
        """A parameter whose value maps keys (e.g. indicator ids) to numbers."""
        value, _ = self.raw(param, name)
        if not isinstance(value, Mapping):
            raise RuleError(f"rule {self.rule}: parameter {name} must map names to numbers")
        try:
            return {str(k): to_decimal(v) for k, v in value.items()}
        except (TypeError, ArithmeticError, ValueError):
            raise RuleError(f"rule {self.rule}: parameter {name} has a value that is not a number") from None

    def whole(self, param: Any, name: str) -> int:
        """A whole number of years (a term or an extension)."""
        number = self.number(param, name)
        if number != number.to_integral_value() or number < 0:
            raise RuleError(f"rule {self.rule}: parameter {name} must be a whole number of years, not {number}")
        return int(number)
