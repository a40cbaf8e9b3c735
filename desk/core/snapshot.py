"""A read-only snapshot of a case's preparation data, handed to analytics and drafting."""
from __future__ import annotations

from dataclasses import dataclass

from desk.core.case import Case
from desk.core.demands import Demand
from desk.core.issues import Issue
from desk.core.monitoring import Indicator
from desk.core.parties import Party
from desk.core.rules.model import BenefitRule


@dataclass(frozen=True, slots=True)
class CaseSnapshot:
    """The case with its parties, issues, demands, indicators and benefit rules, each list in display order."""

    case: Case
    parties: tuple[Party, ...]
    issues: tuple[Issue, ...]
    demands: tuple[Demand, ...]
    indicators: tuple[Indicator, ...] = ()
    rules: tuple[BenefitRule, ...] = ()

    def party(self, party_id: str) -> Party:
        return next(p for p in self.parties if p.id == party_id)

    def issue(self, issue_id: str) -> Issue:
        return next(i for i in self.issues if i.id == issue_id)

    def party_by_name(self, name: str) -> Party | None:
        """The party whose name or short name is ``name``, or None."""
        return next((p for p in self.parties if name in (p.name, p.short_name)), None)

    def demand(self, party_id: str, issue_id: str) -> Demand | None:
        return next((d for d in self.demands if d.party_id == party_id and d.issue_id == issue_id), None)

    @property
    def signatories(self) -> tuple[Party, ...]:
        return tuple(p for p in self.parties if p.is_signatory)
