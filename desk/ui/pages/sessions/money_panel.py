"""Sessions page panel: the selected proposal in money beside a pinned one, under the case's readings."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from desk.core.issues import Value
from desk.core.rules.money import grouped
from desk.services.cases import CaseService
from desk.services.money_view import MoneyComparison, MoneyRow, compare_in_money
from desk.ui.models.row_table_model import RowTableModel


class MoneyTableModel(RowTableModel[MoneyRow]):
    unit = ""

    def headers(self) -> list[str]:
        return [self.tr("Party"), self.tr("Selected (A)"), self.tr("Pinned (B)"), self.tr("A − B")]

    def display(self, row: MoneyRow, column: int) -> str:
        if column == 0:
            return row.party
        value = {1: row.a, 2: row.b, 3: None if row.a is None or row.b is None else row.a - row.b}[column]
        return "" if value is None else f"{grouped(value)}{self.unit}"


class MoneyPanel(QWidget):
    """Each party's total net over the term under the selected package (A) and a pinned one (B)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cases: CaseService | None = None
        self.package: dict[str, Value] | None = None
        self.pinned: dict[str, Value] | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.pin = QPushButton(self.tr("Pin the selected package as B"))
        self.pin.clicked.connect(self.pin_selected)
        self.model = MoneyTableModel(parent=self)
        table = QTableView()
        table.setModel(self.model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(table, 1)
        layout.addWidget(self.pin)

    def update_for(self, cases: CaseService, package: Mapping[str, Value] | None) -> None:
        self.cases, self.package = cases, dict(package) if package is not None else None
        if not cases.snapshot().rules:
            self.model.set_rows([])
            self.summary.setText(self.tr("The case has no sharing or compensation rules to compute money from."))
            return
        result: MoneyComparison = compare_in_money(cases, self.package, self.pinned)
        self.model.unit = result.unit
        self.model.set_rows(result.rows)
        self.summary.setText(result.problem or self.tr(
            "Totals over the term under the case's readings (+ receives, − pays), in %1.").replace("%1", result.unit))

    def pin_selected(self) -> None:
        self.pinned = self.package
        if self.cases is not None:
            self.update_for(self.cases, self.package)
