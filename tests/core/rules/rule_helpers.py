"""Small builders for rules tests: three provinces, a few indicators and issues."""
from __future__ import annotations

from decimal import Decimal

from desk.core.enums import IssueKind
from desk.core.issues import Issue
from desk.core.monitoring import Indicator
from desk.core.rules.engine import Schedule, compute
from desk.core.rules.model import BenefitRule, RuleKind
from desk.core.rules.params import Terms
from desk.core.rules.readings import Reading, ReadingIndex

CASE = "case-1"
NAMES = {"yn": "云南", "gz": "贵州", "sc": "四川"}


def rule(kind: RuleKind, unit: str = "万元", name: str = "规则", position: int = 0, **params) -> BenefitRule:
    return BenefitRule(case_id=CASE, name=name, kind=kind, params=params, unit=unit, position=position).validate()


def indicator(name: str, unit: str = "", target: float | None = None, higher: bool = False, id: str = "") -> Indicator:
    return Indicator(case_id=CASE, name=name, unit=unit, target=target, higher_is_better=higher, id=id or name)


def issue(name: str, unit: str = "", low: float = 0, high: float = 100, step: float = 1,
          options: tuple[str, ...] = (), id: str = "") -> Issue:
    if options:
        return Issue(case_id=CASE, name=name, kind=IssueKind.DISCRETE, options=options, id=id or name)
    return Issue(case_id=CASE, name=name, unit=unit, minimum=low, maximum=high, step=step, id=id or name)


def readings(rows) -> ReadingIndex:
    """rows: (indicator id, subject, period, value)."""
    return ReadingIndex(Reading(CASE, ind, period, value, subject) for ind, subject, period, value in rows)


def run(rules, rows=(), indicators=(), issues=(), package=None, names=NAMES) -> Schedule:
    return compute(rules, Terms.of(issues, package or {}), indicators, readings(rows), names)


def flows(schedule: Schedule) -> list[tuple[str, str, str, Decimal]]:
    """(period, payer name, payee name, amount) of every payment."""
    return [(p.period, schedule.name(p.payer), schedule.name(p.payee), p.amount) for p in schedule.payments]


D = Decimal
