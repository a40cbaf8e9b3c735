"""The status board's table: one row per commitment (a core ``Status``), and the filters over it."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from desk.core.compliance.ledger import PaymentRecord, Standing, Status
from desk.core.compliance.wording import basis, standing_label, word
from desk.core.rules.money import grouped
from desk.ui.models.roles import RowRole, SortRole
from desk.ui.models.row_table_model import RowTableModel
from desk.ui.pages.monitoring.standing import standing_colour, ui_language

Index = QModelIndex | QPersistentModelIndex
STATUS, KIND, PARTY, TO, PERIOD, DUE, AMOUNT, PAID, BASIS, WHAT, REF = range(11)


class CommitmentTableModel(RowTableModel[Status]):
    """Rows are given; ``name`` turns an account (party id, fund) into its name."""

    name: Callable[[str], str] = staticmethod(str)  # type: ignore[assignment]
    language = "zh"

    def set_board_rows(self, rows, name: Callable[[str], str], payments: Sequence[PaymentRecord] = ()) -> None:
        """Rows of one board, its account names and the payments made (shown on the Paid cell), in the
        window's language."""
        self.name, self.language = name, ui_language()
        self.payments: dict[str, list[PaymentRecord]] = {}
        for record in payments:
            self.payments.setdefault(record.key, []).append(record)
        self.set_rows(rows)

    def headers(self) -> list[str]:
        return [self.tr("Status"), self.tr("Kind"), self.tr("Responsible"), self.tr("To"), self.tr("Period"),
                self.tr("Due"), self.tr("Amount"), self.tr("Paid"), self.tr("Why"), self.tr("Commitment"),
                self.tr("Ref.")]

    def display(self, row: Status, column: int) -> str:
        due = row.due
        if column == STATUS:
            return standing_label(row.standing, self.language)
        if column == KIND:
            return word(due.kind, self.language)
        if column == PARTY:
            return self.name(due.party)
        if column == TO:
            return self.name(due.counterparty) if due.counterparty else ""
        if column == PERIOD:
            return due.period
        if column == DUE:
            return due.due_on.isoformat() if due.due_on else ""
        if column == AMOUNT:
            return f"{grouped(due.amount)} {due.unit}" if due.amount is not None else ""
        if column == PAID:
            return grouped(row.paid) if due.amount is not None else ""
        if column == BASIS:
            return basis(row, self.language)
        if column == WHAT:
            return due.description
        return due.ref

    def sort_value(self, row: Status, column: int) -> Any:
        due = row.due
        if column == AMOUNT:
            return float(due.amount) if due.amount is not None else -1.0
        if column == PAID:
            return float(row.paid)
        if column == DUE:
            return due.due_on.isoformat() if due.due_on else "9999"
        return self.display(row, column)

    def tooltip(self, row: Status, column: int) -> str | None:
        if column == PAID:
            records = getattr(self, "payments", {}).get(row.due.key, [])
            return "\n".join(f"{r.paid_on.isoformat()} · {r.amount:g} {r.unit}" + (f" · {r.reference}" if r.reference
                                                                                 else "") for r in records) or None
        return row.due.description if column in (WHAT, PARTY, TO) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == STATUS and 0 <= index.row() < self.rowCount():
            if role == Qt.ItemDataRole.BackgroundRole:
                return standing_colour(self.row_at(index.row()).standing)
            if role == Qt.ItemDataRole.ForegroundRole:
                return Qt.GlobalColor.black
        if index.isValid() and index.column() in (AMOUNT, PAID) and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class CommitmentFilter(QSortFilterProxyModel):
    """Shows the rows matching every criterion set (None: any): responsible party (or counterparty), period,
    standing, kind."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.criteria: dict[str, Any] = {"party": None, "period": None, "standing": None, "kind": None}

    def set_criterion(self, name: str, value: Any) -> None:
        self.set_criteria({name: value})

    def set_criteria(self, values: dict[str, Any]) -> None:
        """Set several criteria and filter again once."""
        self.beginFilterChange()
        self.criteria.update(values)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        status: Status = self.sourceModel().index(source_row, 0, source_parent).data(RowRole)
        c = self.criteria
        due = status.due
        if c["party"] is not None and c["party"] not in (due.party, due.counterparty):
            return False
        if c["period"] is not None and not due.period.startswith(c["period"]):
            return False
        if c["standing"] is not None and status.standing != c["standing"]:  # a combo box hands back plain text
            return False
        return c["kind"] is None or due.kind == c["kind"]


__all__ = ["CommitmentFilter", "CommitmentTableModel", "Standing"]
