"""Dialog: one parameter of a rule — a fixed number, or bound to a numeric issue so the package decides it."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QButtonGroup, QComboBox, QDoubleSpinBox, QFormLayout, QRadioButton, QWidget

from desk.core.errors import ValidationError
from desk.core.snapshot import CaseSnapshot
from desk.ui.dialogs.form_dialog import FormDialog


class RuleParameterDialog(FormDialog):
    """Choose ``fixed`` with a value or ``issue`` with one of the case's numeric issues; ``value`` is the result."""

    def __init__(self, snapshot: CaseSnapshot, name: str, current: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Parameter %1").replace("%1", name))
        self.value: Any = current
        self.fixed = QRadioButton(self.tr("Fixed value"))
        self.bound = QRadioButton(self.tr("Decided by the issue"))
        group = QButtonGroup(self)
        group.addButton(self.fixed)
        group.addButton(self.bound)
        self.number = QDoubleSpinBox()
        self.number.setRange(-1e12, 1e12)
        self.number.setDecimals(6)
        self.issue = QComboBox()
        for issue in snapshot.issues:
            if issue.is_numeric:
                self.issue.addItem(f"{issue.name}（{issue.unit}）" if issue.unit else issue.name, issue.id)
        if isinstance(current, dict) and "issue" in current:
            self.bound.setChecked(True)
            self.issue.setCurrentIndex(max(self.issue.findData(current["issue"]), 0))
        else:
            self.fixed.setChecked(True)
            if isinstance(current, int | float) and not isinstance(current, bool):
                self.number.setValue(float(current))
        form = QFormLayout()
        form.addRow(self.fixed, self.number)
        form.addRow(self.bound, self.issue)
        self.finish(form)

    def commit(self) -> None:
        if self.bound.isChecked():
            if self.issue.currentData() is None:
                raise ValidationError("issue", "rule.no_numeric_issue", self.tr("The case has no numeric issue."))
            self.value = {"issue": self.issue.currentData()}
        else:
            number = self.number.value()
            self.value = int(number) if number.is_integer() else number
