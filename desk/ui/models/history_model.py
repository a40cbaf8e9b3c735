"""Table model of demand revisions: when, who, what happened, and the values after the change."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desk.core.demands import DemandRevision
from desk.core.issues import Issue
from desk.core.parties import Party
from desk.ui.models.row_table_model import RowTableModel

WHEN, PARTY, ISSUE, ACTION, IDEAL, RESERVATION, PRIORITY, AUTHOR = range(8)


class DemandHistoryModel(RowTableModel[DemandRevision]):
    """Newest first. Party and issue names are looked up in the mappings it is given."""

    def __init__(self, parent=None) -> None:
        super().__init__((), parent)
        self._parties: Mapping[str, Party] = {}
        self._issues: Mapping[str, Issue] = {}

    def set_history(self, revisions, parties: Mapping[str, Party], issues: Mapping[str, Issue]) -> None:
        self._parties, self._issues = dict(parties), dict(issues)
        self.set_rows(sorted(revisions, key=lambda r: r.changed_at, reverse=True))

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Party"), self.tr("Issue"), self.tr("Change"), self.tr("Ideal"),
                self.tr("Reservation"), self.tr("Priority"), self.tr("By")]

    def _action(self, action: str) -> str:
        return {"created": self.tr("stated"), "updated": self.tr("changed"), "deleted": self.tr("withdrawn"),
                "restored": self.tr("restored")}.get(action, action)

    def _value(self, revision: DemandRevision, key: str) -> str:
        value = revision.state.get(key)
        if value is None:
            return ""
        issue = self._issues.get(revision.issue_id)
        if isinstance(value, int | float) and issue is not None:
            return issue.format_value(float(value))
        return str(value)

    def display(self, row: DemandRevision, column: int) -> str:
        if column == WHEN:
            return row.changed_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if column == PARTY:
            party = self._parties.get(row.party_id)
            return party.name if party else "—"
        if column == ISSUE:
            issue = self._issues.get(row.issue_id)
            return issue.name if issue else "—"
        if column == ACTION:
            return self._action(row.action)
        if column == IDEAL:
            return self._value(row, "ideal")
        if column == RESERVATION:
            return self._value(row, "reservation")
        if column == PRIORITY:
            priority = row.state.get("priority")
            return f"{priority:g}" if isinstance(priority, int | float) else ""
        if column == AUTHOR:
            return row.author
        return ""

    def sort_value(self, row: DemandRevision, column: int) -> Any:
        if column == WHEN:
            return row.changed_at.timestamp()
        return self.display(row, column)
