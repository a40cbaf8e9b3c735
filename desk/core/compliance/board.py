"""The status board (履约监督) on a date, computed from the case and its monitoring record without a query:
every commitment's standing, the balances per account and the disputes. One function for the window, the
command line and the exported reports."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from desk.core.compliance.dues import (
    Due,
    DueKind,
    award_dues,
    duty_dues,
    monitored_years,
    payment_dues,
    reading_dues,
)
from desk.core.compliance.duties import clause_duties
from desk.core.compliance.ledger import Balance, Standing, Status, assess, balances
from desk.core.compliance.record import MonitoringRecord
from desk.core.compliance.terms import MonitoringTerms
from desk.core.enums import CommitmentStatus, PartyKind
from desk.core.errors import DeskError
from desk.core.issues import Value
from desk.core.monitoring import Dispute
from desk.core.rules.check import package_problems
from desk.core.rules.engine import Schedule, compute
from desk.core.rules.params import Terms
from desk.core.rules.readings import Reading, ReadingIndex
from desk.core.snapshot import CaseSnapshot

#: Standings that ask for action: money past its due date and not paid (overdue, then breached).
LATE = frozenset({Standing.OVERDUE, Standing.BREACHED})


@dataclass(frozen=True)
class Board:
    """Everything the status view shows on one date."""

    on: date
    unit: str
    statuses: tuple[Status, ...]
    balances: Mapping[str, Balance]
    disputes: tuple[Dispute, ...]
    names: Mapping[str, str]
    terms: MonitoringTerms

    def name(self, account: str) -> str:
        return self.names.get(account, account) if account else self.names.get("", "")

    def overdue(self) -> tuple[Status, ...]:
        """What is late today: anything overdue, and money still unpaid past the breach window (a reading
        that failed its standard is breached too, but reported: nothing is waiting for it)."""
        return tuple(s for s in self.statuses if s.standing is Standing.OVERDUE
                     or (s.standing is Standing.BREACHED and s.due.kind is not DueKind.READING))


def schedule_for(snapshot: CaseSnapshot, package: Mapping[str, Value],
                 readings: tuple[Reading, ...] | list[Reading] | ReadingIndex) -> Schedule:
    """The payments of the case's rules under ``package`` (issue id → value) and ``readings``; a DeskError
    names a broken rule or a missing parameter."""
    terms = Terms.of(snapshot.issues, package)
    problems = package_problems(snapshot.rules, terms)
    if problems:
        raise DeskError(problems[0])
    index = readings if isinstance(readings, ReadingIndex) else ReadingIndex(readings)
    return compute(snapshot.rules, terms, snapshot.indicators, index, {p.id: p.name for p in snapshot.parties})


def all_dues(snapshot: CaseSnapshot, package: Mapping[str, Value] | None, record: MonitoringRecord,
             index: ReadingIndex | None = None) -> tuple[list[Due], Schedule]:
    """Every commitment: payments per period, readings to report, awards of decided disputes, duties
    (``index``: the record's readings already indexed)."""
    if package is None:
        raise DeskError("the case has no concluded package yet: nothing is due before the parties agree")
    if record.problem:
        raise DeskError(f"the monitoring records of this file cannot be read ({record.problem}); run desk check")
    index = ReadingIndex(record.readings) if index is None else index
    schedule = schedule_for(snapshot, package, index)
    terms = record.terms_for(snapshot.case.id)
    years = monitored_years(snapshot.rules, Terms.of(snapshot.issues, package), schedule)
    dues = [*payment_dues(schedule, terms),
            *reading_dues(snapshot.rules, snapshot.indicators, index, years, terms, secretariat_id(snapshot)),
            *award_dues(record.disputes, terms), *clause_duties(record.agreement, snapshot.parties),
            *duty_dues(record.commitments)]
    return dues, schedule


def build_board(snapshot: CaseSnapshot, package: Mapping[str, Value] | None, record: MonitoringRecord,
                on: date) -> Board:
    """The standing of every commitment on ``on``, the balances per account and the disputes."""
    index = ReadingIndex(record.readings)
    dues, schedule = all_dues(snapshot, package, record, index)
    terms = record.terms_for(snapshot.case.id)
    stored = record.commitments
    waived = {c.key: c.reason for c in stored if c.key and c.status is CommitmentStatus.WAIVED}
    done = [c.key or "duty|" + c.id for c in stored if c.status is CommitmentStatus.FULFILLED]
    statuses = assess(dues, record.payments, index, snapshot.indicators, waived, on, terms, done)
    names = dict(schedule.names) | {p.id: p.name for p in snapshot.parties} | {"": secretariat_name(snapshot)}
    return Board(on, schedule.unit, tuple(statuses), balances(statuses, on, schedule.unit), record.disputes, names,
                 terms)


def secretariat_id(snapshot: CaseSnapshot) -> str:
    found = next((p for p in snapshot.parties if p.kind is PartyKind.SECRETARIAT), None)
    return found.id if found else ""


def secretariat_name(snapshot: CaseSnapshot) -> str:
    found = next((p for p in snapshot.parties if p.kind is PartyKind.SECRETARIAT), None)
    return found.name if found else "联席会议办公室"
