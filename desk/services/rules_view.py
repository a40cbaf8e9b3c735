"""What the Sharing and compensation page shows (no Qt): each rule's clause under a package, and the schedule."""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field

from desk.agreement.rule_clauses import RuleFacts, state
from desk.core.bargaining import BargainingRecord
from desk.core.compliance.board import schedule_for
from desk.core.errors import DeskError
from desk.core.rules.engine import Schedule
from desk.core.rules.model import BenefitRule
from desk.core.rules.params import Terms
from desk.core.rules.readings import Reading
from desk.core.snapshot import CaseSnapshot
from desk.services.agreement_package import PackageChoice, choose_package
from desk.services.bargaining import BargainingService
from desk.services.cases import CaseService
from desk.services.scenarios import ScenarioService


@dataclass(frozen=True)
class RulesView:
    """The package the page computes with, each rule's clause text (or why it cannot be stated), the schedule."""

    choice: PackageChoice | None
    clauses: dict[str, str] = field(default_factory=dict)
    schedule: Schedule | None = None
    readings: int = 0
    problem: str = ""
    facts: RuleFacts | None = None
    #: The readings computed with: the case's reported ones, or the scenario's.
    rows: tuple[Reading, ...] = ()


def clause_preview(facts: RuleFacts, rule: BenefitRule) -> str:
    """The clause ``rule`` would read under the view's package (it replaces the case's rule of the same id),
    or the one-line reason it cannot be stated yet."""
    rules = (*(r for r in facts.rules if r.id != rule.id), rule)
    try:
        return state(rule, dataclasses.replace(facts, rules=rules))
    except DeskError as exc:
        return str(exc)


def rules_view(cases: CaseService, snapshot: CaseSnapshot, language: str = "zh", scenario_id: str | None = None,
               readings: Sequence[Reading] | None = None, record: BargainingRecord | None = None) -> RulesView:
    """The concluded package (else the latest tabled proposal, else the Nash package) under the case's reported
    readings, or under the scenario ``scenario_id``'s. ``readings`` and ``record`` (the bargaining record): those
    the caller already holds (the read model's), so that nothing is read again — with both given, no query."""
    try:
        choice = choose_package(BargainingService(cases), snapshot, record=record)
    except DeskError as exc:
        return RulesView(None, problem=str(exc))
    if readings is None:
        try:
            readings = ScenarioService(cases).readings(scenario_id)
        except DeskError as exc:  # the scenario was deleted meanwhile
            return RulesView(choice, problem=str(exc))
    readings = list(readings)
    baselines = {(r.indicator_id, r.subject): r.value for r in readings if r.period == "baseline"}
    facts = RuleFacts(Terms.of(snapshot.issues, choice.package), {p.id: p.name for p in snapshot.parties},
                      {i.id: i for i in snapshot.indicators}, baselines, language, snapshot.rules)
    clauses = {}
    for rule in snapshot.rules:
        try:
            clauses[rule.id] = state(rule, facts)
        except DeskError as exc:
            clauses[rule.id] = str(exc)
    try:
        schedule = schedule_for(snapshot, choice.package, readings)
    except DeskError as exc:
        return RulesView(choice, clauses, None, len(readings), str(exc), facts, tuple(readings))
    return RulesView(choice, clauses, schedule, len(readings), facts=facts, rows=tuple(readings))
