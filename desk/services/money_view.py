"""A package in money (no Qt): each party's total net under the case's rules and readings, for two packages."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from desk.core.compliance.board import schedule_for
from desk.core.errors import DeskError
from desk.core.issues import Value
from desk.core.rules.readings import Reading, ReadingIndex
from desk.core.snapshot import CaseSnapshot
from desk.services.cases import CaseService
from desk.services.payments import party_nets
from desk.services.scenarios import ScenarioService


@dataclass(frozen=True, slots=True)
class MoneyRow:
    """A party's total net (+ receives, − pays) under package A and package B (None: not computed)."""

    party: str
    a: Decimal | None
    b: Decimal | None


@dataclass(frozen=True)
class MoneyComparison:
    rows: tuple[MoneyRow, ...]
    unit: str
    problem: str = ""


def _totals(snapshot: CaseSnapshot, package: Mapping[str, Value] | None, readings: ReadingIndex
            ) -> tuple[dict[str, Decimal], str, str]:
    if package is None:
        return {}, "", ""
    try:
        schedule = schedule_for(snapshot, package, readings)
    except DeskError as exc:
        return {}, "", str(exc)
    nets = party_nets(schedule, snapshot)
    return {party: sum(v.values(), Decimal(0)) for party, v in nets.items()}, schedule.unit, ""


def compare_in_money(cases: CaseService, a: Mapping[str, Value] | None, b: Mapping[str, Value] | None,
                     scenario_id: str | None = None) -> MoneyComparison:
    """Each party's total over the term under ``a`` and ``b`` (issue id → value), computed with the case's
    reported readings, or with the readings of the scenario ``scenario_id``."""
    try:
        readings = ScenarioService(cases).readings(scenario_id)
    except DeskError as exc:  # the scenario was deleted meanwhile
        return MoneyComparison((), "", str(exc))
    return money_comparison(cases.snapshot(), a, b, readings)


def money_comparison(snapshot: CaseSnapshot, a: Mapping[str, Value] | None, b: Mapping[str, Value] | None,
                     readings: Iterable[Reading] | ReadingIndex) -> MoneyComparison:
    """:func:`compare_in_money` from what the caller holds (the read model): no query, safe off the GUI thread."""
    index = readings if isinstance(readings, ReadingIndex) else ReadingIndex(readings)  # indexed once for both
    first, unit_a, problem_a = _totals(snapshot, a, index)
    second, unit_b, problem_b = _totals(snapshot, b, index)
    parties = [p.name for p in snapshot.parties if p.name in first or p.name in second]
    rows = tuple(MoneyRow(p, first.get(p) if a is not None else None, second.get(p) if b is not None else None)
                 for p in parties)
    return MoneyComparison(rows, unit_a or unit_b, problem_a or problem_b)
