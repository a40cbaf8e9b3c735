"""Evaluation (评估与反馈) of a period or of the whole term: targets against outcomes, money due against paid,
disputes and their outcomes, and fairness to the weaker parties (net transfer per person and against revenue).

Everything is computed from the commitments' standing on the evaluation date (desk.core.compliance.ledger):
money paid after that date does not count, exactly as on the status board.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desk.core.compliance.dues import DueKind
from desk.core.compliance.ledger import Standing, Status
from desk.core.errors import DeskError
from desk.core.monitoring import Dispute, Indicator
from desk.core.parties import Party
from desk.core.rules.money import ZERO, convert, to_decimal
from desk.core.rules.periods import is_month, is_year, year_of
from desk.core.rules.readings import ReadingIndex

#: Persons in one 万人, and 元 in one 亿元 (the units of the parties' population and fiscal revenue).
PERSONS_PER_WAN = Decimal(10_000)


@dataclass(frozen=True, slots=True)
class Outcome:
    """One indicator for one subject and year: its standard, the value found (or None) and whether it met it."""

    indicator: str
    unit: str
    subject: str
    year: int
    target: Decimal | None
    higher_is_better: bool
    value: Decimal | None
    how: str  # "yearly", "mean of 12 months" or "missing"

    @property
    def met(self) -> bool | None:
        if self.value is None or self.target is None:
            return None
        return self.value >= self.target if self.higher_is_better else self.value <= self.target


@dataclass(frozen=True, slots=True)
class Account:
    """One party's (or fund's) money in the evaluated scope, in the report's unit, on the evaluation date.

    ``due``/``receivable`` are what the scope's commitments make it pay / receive (waived ones left out),
    ``paid``/``received`` what was paid against them by the date, ``overdue`` what is unpaid past its due date.
    """

    account: str
    name: str
    due: Decimal
    paid: Decimal
    overdue: Decimal
    receivable: Decimal
    received: Decimal

    @property
    def outstanding(self) -> Decimal:
        return self.due - self.paid

    @property
    def net_agreed(self) -> Decimal:
        """What the agreement transfers to it in the scope: receivable − due."""
        return self.receivable - self.due

    @property
    def net_actual(self) -> Decimal:
        """What it actually got by the date: received − paid."""
        return self.received - self.paid


@dataclass(frozen=True, slots=True)
class Fairness:
    """A party's agreed net transfer weighed by its population (元 per person) and fiscal revenue (% of it
    over the scope's years); its fiscal capacity (revenue per person, 元) ranks who is weaker."""

    party: str
    population: float | None
    fiscal_revenue: float | None
    net: Decimal
    per_capita: Decimal | None
    of_revenue: Decimal | None
    capacity: Decimal | None


@dataclass(frozen=True, slots=True)
class EvaluationReport:
    """The evaluation of ``period`` (a year, or "" for the whole term) on ``on``, money in ``unit``."""

    case_name: str
    period: str
    years: tuple[int, ...]
    on: date
    unit: str
    outcomes: tuple[Outcome, ...]
    accounts: tuple[Account, ...]
    disputes: tuple[Dispute, ...]
    fairness: tuple[Fairness, ...]
    readings_due: int
    readings_met: int
    readings_missing: int
    findings: str = ""

    @property
    def total_due(self) -> Decimal:
        return sum((a.due for a in self.accounts), ZERO)

    @property
    def total_paid(self) -> Decimal:
        return sum((a.paid for a in self.accounts), ZERO)

    @property
    def weakest(self) -> Fairness | None:
        """The party of lowest fiscal revenue per person, among those whose population and revenue are known."""
        known = [f for f in self.fairness if f.capacity is not None]
        return min(known, key=lambda f: f.capacity) if known else None


def scope_years(period: str, term: Sequence[int]) -> tuple[int, ...]:
    """The years evaluated: the one year ``period`` names, or every year of the term for ``""``."""
    if not period:
        if not term:
            raise DeskError("the agreement has no term yet: nothing to evaluate")
        return tuple(term)
    if not is_year(period):
        raise DeskError(f"period {period!r} must be a year such as 2016, or left out for the whole term")
    return (int(period),)


def in_scope(period: str, years: Sequence[int]) -> bool:
    """Whether a commitment's period (a year, a month, ``baseline``) falls in the evaluated years."""
    return (is_year(period) or is_month(period)) and year_of(period) in years


def outcomes(indicators: Iterable[Indicator], readings: ReadingIndex, years: Sequence[int]) -> list[Outcome]:
    """Every indicator with a standard or readings, for each assessed subject and year."""
    out = []
    for indicator in indicators:
        subjects = list(indicator.subjects) or readings.subjects(indicator.id)
        if indicator.target is None and not subjects:
            continue
        target = None if indicator.target is None else to_decimal(indicator.target)
        for subject in subjects or [""]:
            for year in years:
                value, how = readings.yearly(indicator.id, subject, year)
                out.append(Outcome(indicator.name, indicator.unit, subject, year, target, indicator.higher_is_better,
                                   value, how))
    return out


def accounts(statuses: Iterable[Status], years: Sequence[int], on: date, unit: str,
             names: Mapping[str, str]) -> list[Account]:
    """Per account, the money of the scope's payment and award commitments (waived ones left out)."""
    rows: dict[str, list[Decimal]] = {}
    for status in statuses:
        due = status.due
        if due.amount is None or status.standing is Standing.WAIVED or not in_scope(due.period, years):
            continue
        amount, paid = (due.amount, status.paid) if due.unit == unit else (
            convert(due.amount, due.unit, unit), convert(status.paid, due.unit, unit))
        late = due.due_on is not None and due.due_on < on and status.standing is not Standing.MET
        payer = rows.setdefault(due.party, [ZERO] * 5)
        payee = rows.setdefault(due.counterparty, [ZERO] * 5)
        payer[0] += amount
        payer[1] += paid
        payer[2] += max(amount - paid, ZERO) if late else ZERO
        payee[3] += amount
        payee[4] += paid
    return [Account(a, names.get(a, a), *values) for a, values in rows.items()]


def fairness(parties: Iterable[Party], found: Iterable[Account], unit: str, years: int) -> list[Fairness]:
    """Each party with a population or a fiscal revenue: its agreed net transfer per person and against its
    revenue over ``years`` years; parties with neither are left out."""
    by_id = {a.account: a for a in found}
    out = []
    for party in parties:
        if party.population is None and party.fiscal_revenue is None:
            continue
        account = by_id.get(party.id)
        net = account.net_agreed if account else ZERO
        in_yuan = convert(net, unit, "元")
        people = None if party.population is None else to_decimal(party.population) * PERSONS_PER_WAN
        revenue = None if party.fiscal_revenue is None else convert(to_decimal(party.fiscal_revenue), "亿元", "元")
        out.append(Fairness(
            party.label, party.population, party.fiscal_revenue, net,
            None if people is None else in_yuan / people,
            None if revenue is None else in_yuan / (revenue * years) * 100,
            None if people is None or revenue is None else revenue / people))
    return out


def evaluate(case_name: str, period: str, term: Sequence[int], on: date, unit: str, statuses: Sequence[Status],
             indicators: Iterable[Indicator], readings: ReadingIndex, parties: Sequence[Party],
             disputes: Iterable[Dispute], names: Mapping[str, str], findings: str = "") -> EvaluationReport:
    """The evaluation report of ``period`` ("" for the whole ``term``) as it stands on ``on``."""
    years = scope_years(period, term)
    reading_statuses = [s for s in statuses if s.due.kind is DueKind.READING and in_scope(s.due.period, years)
                        and s.standing is not Standing.WAIVED]
    found = accounts(statuses, years, on, unit, names)
    kept = tuple(d for d in disputes if not period or d.raised_at.year in years)  # the term: every dispute
    return EvaluationReport(
        case_name, period, years, on, unit, tuple(outcomes(indicators, readings, years)), tuple(found), kept,
        tuple(fairness(parties, found, unit, len(years))), len(reading_statuses),
        sum(1 for s in reading_statuses if s.standing is Standing.MET),
        sum(1 for s in reading_statuses if s.basis.startswith("not reported")), findings)
