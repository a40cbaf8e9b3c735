"""Table model of how complete each party's demands are: stated count and the issues still missing."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QColor

from desk.core.parties import Party
from desk.core.snapshot import CaseSnapshot
from desk.ui.labels import label
from desk.ui.models.row_table_model import RowTableModel
from desk.ui.swatches import swatch_icon

PARTY, ROLE, STATED, MISSING = range(4)


@dataclass(frozen=True)
class Completeness:
    """One party's progress: how many issues it has stated a position on, and which it has not."""

    party: Party
    stated: int
    total: int
    missing: tuple[str, ...]

    @property
    def id(self) -> str:
        return self.party.id


def completeness(snapshot: CaseSnapshot) -> list[Completeness]:
    """Per party, in display order."""
    stated = {(d.party_id, d.issue_id) for d in snapshot.demands}
    rows = []
    for party in snapshot.parties:
        missing = tuple(i.name for i in snapshot.issues if (party.id, i.id) not in stated)
        rows.append(Completeness(party, len(snapshot.issues) - len(missing), len(snapshot.issues), missing))
    return rows


class CompletenessModel(RowTableModel[Completeness]):
    def headers(self) -> list[str]:
        return [self.tr("Party"), self.tr("Role"), self.tr("Positions stated"), self.tr("Not yet stated")]

    def display(self, row: Completeness, column: int) -> str:
        if column == PARTY:
            return row.party.name
        if column == ROLE:
            return label(row.party.role)
        if column == STATED:
            return f"{row.stated} / {row.total}"
        if column == MISSING:
            return "、".join(row.missing) if row.missing else self.tr("complete")
        return ""

    def sort_value(self, row: Completeness, column: int) -> Any:
        if column == STATED:
            return row.stated / row.total if row.total else 1.0
        return self.display(row, column)

    def decoration(self, row: Completeness, column: int) -> Any:
        return swatch_icon(QColor(row.party.colour)) if column == PARTY else None
