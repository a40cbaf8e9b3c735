"""The bindable parameters of one rule: each fixed value or the issue that decides it; activate a row to edit."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desk.core.rules.bindings import parameters
from desk.core.rules.model import BenefitRule
from desk.core.snapshot import CaseSnapshot
from desk.ui.models.row_table_model import RowTableModel
from desk.ui.rule_labels import param_label


@dataclass(frozen=True, slots=True)
class ParameterRow:
    path: str
    shown: str
    label: str = ""


class ParameterTableModel(RowTableModel[ParameterRow]):
    def headers(self) -> list[str]:
        return [self.tr("Parameter"), self.tr("Value or deciding issue")]

    def display(self, row: ParameterRow, column: int) -> str:
        return (row.label or row.path, row.shown)[column]


class RuleParameters(QObject):
    """A table of a rule's parameters; ``activated(path)`` when the user double-clicks or presses Enter."""

    activated = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = ParameterTableModel(parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(lambda index: self.activated.emit(self.model.row_at(index.row()).path))

    def set_rule(self, rule: BenefitRule | None, snapshot: CaseSnapshot) -> None:
        names = {i.id: i.name for i in snapshot.issues}
        found = parameters(rule) if rule is not None else []
        parties = {p.id: p.name for p in snapshot.parties}
        params = rule.params if rule is not None else {}
        rows = [ParameterRow(path, self.shown(value, names), param_label(path, params, parties))
                for path, value in found]
        self.model.set_rows(rows)

    def shown(self, value: Any, names: dict[str, str]) -> str:
        if isinstance(value, dict) and "issue" in value:
            text = self.tr("← issue %1").replace("%1", names.get(value["issue"], "?"))
            if "options" in value:
                text += self.tr(" (a value per option)")
            if "times" in value:
                text += f" × {value['times']:g}"
            return text
        if isinstance(value, dict) and "value" in value:
            return str(value["value"])
        return f"{value:g}" if isinstance(value, int | float) and not isinstance(value, bool) else str(value)
