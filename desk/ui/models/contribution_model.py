"""Table model of one party's utility broken down by issue: value, score, weight, contribution."""
from __future__ import annotations

from desk.core.analytics.explain import IssueContribution
from desk.ui.models.row_table_model import RowTableModel

ISSUE, VALUE, SCORE, WEIGHT, CONTRIBUTION, WITHIN = range(6)


class ContributionModel(RowTableModel[IssueContribution]):
    """One row per issue; the "within limits" column reveals reservations: the dialog hides it while presenting."""

    def headers(self) -> list[str]:
        return [self.tr("Issue"), self.tr("Value"), self.tr("Score (0–1)"), self.tr("Weight"),
                self.tr("Contribution"), self.tr("Within limits")]

    def display(self, row: IssueContribution, column: int) -> str:
        if column == ISSUE:
            return row.issue
        if column == VALUE:
            return f"{row.value:g}" if isinstance(row.value, float | int) else str(row.value)
        if column == SCORE:
            return f"{row.score:.2f}"
        if column == WEIGHT:
            return f"{row.weight:.0%}"
        if column == CONTRIBUTION:
            return f"{row.contribution:.2f}"
        if column == WITHIN:
            return self.tr("yes") if row.acceptable else self.tr("NO")
        return ""

    def sort_value(self, row: IssueContribution, column: int):
        return {SCORE: row.score, WEIGHT: row.weight, CONTRIBUTION: row.contribution}.get(
            column, self.display(row, column))
