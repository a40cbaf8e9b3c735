"""Demands (利益诉求): one party's stated position on one issue."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desk.core.errors import ValidationError
from desk.core.issues import Issue, Value
from desk.core.validation import (
    check_datetime,
    check_id,
    check_name,
    check_number,
    check_text,
    new_id,
    utcnow,
)

MAX_PRIORITY = 100.0


@dataclass(frozen=True, slots=True)
class Demand:
    """A party's position on an issue.

    ``reservation`` is CONFIDENTIAL: the worst value the party can accept. ``priority`` is a
    non-negative weight (normalised across the party's demands into issue weights).
    ``breakpoints`` optionally give a piecewise-linear value function as (value, utility)
    pairs for numeric issues; ``option_scores`` give a score in [0, 1] per option of a
    discrete issue.
    """

    case_id: str
    party_id: str
    issue_id: str
    ideal: Value
    reservation: Value | None = None
    priority: float = 1.0
    rationale: str = ""
    evidence: tuple[str, ...] = ()
    breakpoints: tuple[tuple[float, float], ...] = ()
    option_scores: tuple[tuple[str, float], ...] = ()
    author: str = ""
    updated_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)

    def validate(self, issue: Issue | None = None) -> Demand:
        """Raise ValidationError on the first broken rule; with ``issue``, also check the values lie in it."""
        check_id("case_id", self.case_id)
        check_id("party_id", self.party_id)
        check_id("issue_id", self.issue_id)
        check_number("priority", self.priority, low=0.0, high=MAX_PRIORITY)
        check_text("rationale", self.rationale)
        check_name("author", self.author, required=False)
        check_datetime("updated_at", self.updated_at)
        for item in self.evidence:
            check_name("evidence", item, limit=500)
        for value, utility in self.breakpoints:
            check_number("breakpoints", value)
            check_number("breakpoints", utility, low=0.0, high=1.0)
        for option, score in self.option_scores:
            check_name("option_scores", option)
            check_number("option_scores", score, low=0.0, high=1.0)
        if issue is not None:
            self._validate_against(issue)
        return self

    def _validate_against(self, issue: Issue) -> None:
        if issue.id != self.issue_id:
            raise ValidationError("issue_id", "demand.issue_mismatch", "the demand belongs to another issue")
        ideal = issue.check_value("ideal", self.ideal)
        if self.reservation is not None:
            reservation = issue.check_value("reservation", self.reservation)
            if issue.is_numeric and ideal == reservation:
                raise ValidationError("reservation", "demand.reservation_equals_ideal",
                                      "the reservation value must differ from the ideal value")
        if issue.is_numeric:
            values = [v for v, _ in self.breakpoints]
            for value in values:
                issue.check_value("breakpoints", value)
            if values != sorted(values) or len(set(values)) != len(values):
                raise ValidationError("breakpoints", "demand.breakpoints_order",
                                      "breakpoints must have strictly increasing values")
        elif self.option_scores:
            for option, _ in self.option_scores:
                issue.check_value("option_scores", option)

    def scores(self) -> dict[str, float]:
        """Option scores as a dict (discrete issues)."""
        return dict(self.option_scores)


@dataclass(frozen=True, slots=True)
class DemandRevision:
    """One entry of a demand's history: its state after a create, update or delete."""

    demand_id: str
    party_id: str
    issue_id: str
    action: str
    state: dict
    author: str
    changed_at: datetime
