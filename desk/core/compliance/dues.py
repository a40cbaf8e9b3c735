"""What is due (履约事项): every payment the rules imply per period, every reading to report, every decided award.

Commitments are derived, never stored: they follow the package, the rules and the readings as these change.
Each has a stable ``key`` that waivers, payments made and disputes refer to.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from desk.core.compliance.terms import MonitoringTerms
from desk.core.monitoring import Commitment, Dispute, Indicator
from desk.core.rules.engine import Schedule
from desk.core.rules.model import BenefitRule, RuleKind
from desk.core.rules.money import to_decimal
from desk.core.rules.params import Resolver, RuleError, Terms
from desk.core.rules.periods import BASELINE, is_month, months, year_of
from desk.core.rules.readings import ReadingIndex


class DueKind(StrEnum):
    PAYMENT = "payment"
    READING = "reading"
    AWARD = "award"  # a payment a dispute decision created
    DUTY = "duty"  # a non-monetary duty entered by the secretariat


@dataclass(frozen=True, slots=True)
class Due:
    """One commitment: ``party`` owes it (payer, or reporter) to ``counterparty`` (payee; empty for a reading).

    Accounts are party ids or a fund's ``pool:<rule id>``; an empty reporter means the secretariat.
    """

    key: str
    kind: DueKind
    party: str
    counterparty: str
    period: str
    due_on: date | None
    description: str
    amount: Decimal | None = None
    unit: str = ""
    rule: str = ""
    indicator_id: str = ""
    subject: str = ""

    @property
    def ref(self) -> str:
        """A short stable reference to the commitment (8 hex digits of its key), for people to type."""
        return key_ref(self.key)


def key_ref(key: str) -> str:
    """8 hex digits of a commitment key's SHA-1: the reference people type."""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]


def payment_dues(schedule: Schedule, terms: MonitoringTerms) -> list[Due]:
    """A commitment per non-zero payment of the schedule, due ``payment_grace_days`` after its period ends."""
    out = []
    for p in schedule.payments:
        if p.amount == 0:
            continue
        key = "|".join(("pay", p.rule_id, p.period, p.payer, p.payee, p.subject))
        text = f"{p.rule}: {schedule.name(p.payer)} → {schedule.name(p.payee)} ({p.basis})"
        out.append(Due(key, DueKind.PAYMENT, p.payer, p.payee, p.period, terms.payment_due(p.period), text,
                       p.amount, p.unit, p.rule, subject=p.subject))
    return out


def monitored_years(rules: Sequence[BenefitRule], package: Terms, schedule: Schedule) -> list[int]:
    """The years the agreement runs: every yearly rule's term, and every year the schedule pays in."""
    years = {y for y in (year_of(p) for p in schedule.periods()) if y is not None}
    for rule in rules:
        first = rule.params.get("first_year")
        if isinstance(first, int) and not isinstance(first, bool) and "years" in rule.params:
            try:
                count = Resolver(rule.name, package).whole(rule.params["years"], "years")
            except RuleError:
                continue
            years.update(range(first, first + count))
    return sorted(years)


def reading_dues(rules: Sequence[BenefitRule], indicators: Iterable[Indicator], readings: ReadingIndex,
                 years: Sequence[int], terms: MonitoringTerms, secretariat: str = "") -> list[Due]:
    """A commitment per reading the rules need: each indicator a rule uses, each assessed subject, each year
    (each month, each assessed section, for an indicator a deduction rule assesses monthly), due
    ``report_grace_days`` after the period. The reporter is the one the terms name for the indicator, else the
    party answering for the section, else ``secretariat`` (a party id, or empty)."""
    sections = _sections(rules)
    baselines = {str(r.params.get("cap_base")) for r in rules if r.kind is RuleKind.REVENUE_SHARE}
    out = []
    for indicator in indicators:
        if not any(_mentions(rule.params, indicator.id) for rule in rules):
            continue
        owners = sections.get(indicator.id)  # assessed section → the party answering for it
        if owners is None:
            owners = dict.fromkeys(list(indicator.subjects) or readings.subjects(indicator.id) or [""], "")
            # a reference value (e.g. a firm's pre-move tax total) is reported once, before the term: no due date
            periods = [BASELINE] if indicator.id in baselines else [str(y) for y in years]
        else:
            periods = [m for y in years for m in months(y)]
        for subject, owner in owners.items():
            reporter = terms.reporters.get(indicator.id) or owner or secretariat
            for period in periods:
                key = "|".join(("read", indicator.id, subject, period))
                where = f" · {subject}" if subject else ""
                out.append(Due(key, DueKind.READING, reporter, "", period, terms.reading_due(period),
                               f"{indicator.name}{where} {period}", indicator_id=indicator.id, subject=subject))
    return out


def _sections(rules: Sequence[BenefitRule]) -> dict[str, dict[str, str]]:
    """indicator id → {section: party} for indicators that deduction rules assess per section and month."""
    out: dict[str, dict[str, str]] = {}
    for rule in rules:
        if rule.kind is RuleKind.DEDUCTION and isinstance(rule.params.get("sections"), Mapping):
            found = out.setdefault(str(rule.params.get("indicator")), {})
            for party, names in rule.params["sections"].items():
                for name in names if isinstance(names, list | tuple) else ():
                    found.setdefault(str(name), str(party))
    return out


def _mentions(value: object, entity_id: str) -> bool:
    """Whether ``entity_id`` appears anywhere in rule parameters, as a value or as a key (weights, sections)."""
    if isinstance(value, Mapping):
        return any(k == entity_id or _mentions(v, entity_id) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(_mentions(v, entity_id) for v in value)
    return value == entity_id


def reading_value(readings: ReadingIndex, due: Due) -> Decimal | None:
    """The reported value a reading commitment asks for (a year's value may be the mean of its months)."""
    if is_month(due.period) or due.period == BASELINE:
        return readings.get(due.indicator_id, due.subject, due.period)
    return readings.yearly(due.indicator_id, due.subject, int(due.period))[0]


def award_dues(disputes: Iterable[Dispute], terms: MonitoringTerms) -> list[Due]:
    """A payment due for every decided dispute that awards money: respondent → claimant."""
    out = []
    for d in disputes:
        if d.decided_on is None or not d.decided_amount:
            continue
        due_on = d.decided_on + timedelta(days=terms.payment_grace_days)
        out.append(Due("award|" + d.id, DueKind.AWARD, d.respondent_id, d.claimant_id, str(d.decided_on.year),
                       due_on, f"裁定 / decision: {d.subject}", to_decimal(d.decided_amount), d.unit))
    return out


def duty_dues(commitments: Iterable[Commitment]) -> list[Due]:
    """The non-monetary duties the secretariat entered (stored commitments without a derived key)."""
    return [Due("duty|" + c.id, DueKind.DUTY, c.party_id, "", str(c.due_on.year) if c.due_on else "", c.due_on,
                c.description) for c in commitments if not c.key]

