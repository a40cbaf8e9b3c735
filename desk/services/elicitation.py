"""Eliciting a party's preferences: elicited weights, option scores and value points written into its demands,
and each set of answers kept in the audit log so the utility can be explained from them."""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

from desk.core.demands import Demand
from desk.core.elicitation import ELICITED, priorities_from_weights, scores_from_ratings, value_points
from desk.core.errors import ValidationError
from desk.services.case_state import elicitation_of
from desk.services.cases import CaseService

__all__ = ["ELICITED", "ElicitationService"]


class ElicitationService:
    """Each apply_* call changes the party's demands (with their history) and records the answers it used."""

    def __init__(self, cases: CaseService) -> None:
        self.cases = cases

    def _demand(self, party_id: str, issue_id: str) -> Demand:
        snapshot = self.cases.snapshot()
        demand = next((d for d in snapshot.demands if d.party_id == party_id and d.issue_id == issue_id), None)
        if demand is None:
            issue = next((i.name for i in snapshot.issues if i.id == issue_id), issue_id)
            raise ValidationError("issue_id", "elicit.no_demand", f"state a position on {issue} first", issue=issue)
        return demand

    def _record(self, party_id: str, subject: str, method: str, answers: Any, result: Any) -> None:
        with self.cases.transaction() as repos:
            self.cases.audit(repos, ELICITED, party_id, {"party_id": party_id, "subject": subject,
                                                           "method": method, "answers": answers, "result": result})

    def apply_weights(self, party_id: str, weights: Mapping[str, float], method: str,
                      answers: Any = None) -> list[Demand]:
        """Set the party's issue weights (as demand priorities); returns the demands as they were (for undo)."""
        before = [self._demand(party_id, issue_id) for issue_id in weights]
        priorities = priorities_from_weights(weights)
        for demand in before:
            self.cases.set_demand(dataclasses.replace(demand, priority=priorities[demand.issue_id]))
        total = sum(weights.values())
        self._record(party_id, "weights", method, answers, {k: v / total for k, v in weights.items()})
        return before

    def apply_option_ratings(self, party_id: str, issue_id: str, ratings: Mapping[str, float]) -> Demand:
        """Score every option of a discrete issue from the party's ratings; returns the demand as it was."""
        before = self._demand(party_id, issue_id)
        scores = scores_from_ratings(ratings)
        self.cases.set_demand(dataclasses.replace(before, option_scores=tuple(scores.items())))
        self._record(party_id, issue_id, "ratings", dict(ratings), scores)
        return before

    def apply_value_points(self, party_id: str, issue_id: str, points: Sequence[tuple[float, float]]) -> Demand:
        """Shape a numeric issue's value function from (value, score) points; returns the demand as it was."""
        before = self._demand(party_id, issue_id)
        issue = next(i for i in self.cases.snapshot().issues if i.id == issue_id)
        cleaned = value_points(points, issue.minimum, issue.maximum)
        self.cases.set_demand(dataclasses.replace(before, breakpoints=cleaned))
        self._record(party_id, issue_id, "points", [list(p) for p in cleaned], [list(p) for p in cleaned])
        return before

    def restore(self, demands: Sequence[Demand]) -> None:
        """Put demands back as they were (the undo of an apply_* call; the answers stay in the log)."""
        for demand in demands:
            self.cases.set_demand(demand)

    def answers(self, party_id: str) -> dict[str, dict]:
        """The latest recorded answers for the party by subject ("weights" or an issue id), read as the case's
        read model reads them (:attr:`desk.services.case_state.CaseState.elicitation`)."""
        with self.cases.transaction() as repos:
            return elicitation_of(repos, self.cases.case_id).get(party_id, {})
