"""Table models of the Sharing and compensation page: the case's rules and the computed payments."""
from __future__ import annotations

from desk.core.rules.engine import Schedule
from desk.core.rules.model import BenefitRule
from desk.core.rules.money import grouped
from desk.core.rules.outcome import Payment
from desk.ui.models.row_table_model import RowTableModel
from desk.ui.rule_labels import kind_name


class RuleTableModel(RowTableModel[BenefitRule]):
    """One row per rule: its name, kind and money unit."""

    def headers(self) -> list[str]:
        return [self.tr("Rule"), self.tr("Kind"), self.tr("Unit")]

    def display(self, row: BenefitRule, column: int) -> str:
        return (row.name, kind_name(row.kind), row.unit)[column]


class PaymentTableModel(RowTableModel[Payment]):
    """One row per payment; parties and funds by name."""

    schedule: Schedule | None = None

    def headers(self) -> list[str]:
        return [self.tr("Period"), self.tr("Rule"), self.tr("Payer"), self.tr("Payee"), self.tr("Amount"),
                self.tr("Basis")]

    def display(self, row: Payment, column: int) -> str:
        name = self.schedule.name if self.schedule is not None else str
        if column == 1:
            return f"{row.rule} · {row.subject}" if row.subject else row.rule
        return (row.period, "", name(row.payer), name(row.payee), f"{grouped(row.amount)}{row.unit}", row.basis)[column]

    def sort_value(self, row: Payment, column: int):
        return float(row.amount) if column == 4 else self.display(row, column)
