"""One rule parameter in a form: a fixed number, or bound to a numeric issue of the case (the package decides it)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from desk.core.issues import Issue
from desk.core.rules.params import is_bound
from desk.ui.widgets.number_edit import parse_number

FIXED = ""
KEPT = "\x00kept"


def plain_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


class ParamEdit(QWidget):
    """A source list (fixed value, or one of the case's numeric issues) and the fixed number.

    A binding the form cannot edit (a value per option of a discrete issue, or a multiple of an issue) is
    kept as it is and offered as its own entry. ``field`` names the parameter in validation errors.
    """

    changed = Signal()

    def __init__(self, field: str, issues: list[Issue], optional: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field, self.optional, self.kept = field, optional, None
        self.issues = {i.id: i for i in issues if i.is_numeric}
        self.names = {i.id: i.name for i in issues}
        self.source = QComboBox()
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source.setMinimumContentsLength(10)
        self.source.addItem(self.tr("Fixed value"), FIXED)
        for issue in self.issues.values():
            unit = f"（{issue.unit}）" if issue.unit else ""
            self.source.addItem(self.tr("Issue: %1").replace("%1", issue.name + unit), issue.id)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("optional") if optional else "")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.source, 2)
        layout.addWidget(self.number, 1)
        self.source.currentIndexChanged.connect(self._source_changed)
        self.number.textChanged.connect(self.changed)
        self._source_changed()

    def set_value(self, value: Any) -> None:
        """Show ``value``: a number, ``{"value": x}``, ``{"issue": id}`` or a binding kept as it is."""
        self.blockSignals(True)
        if self.source.findData(KEPT) >= 0:
            self.source.removeItem(self.source.findData(KEPT))
        self.kept = None
        if is_bound(value) and set(value) == {"issue"} and value["issue"] in self.issues:
            self.source.setCurrentIndex(self.source.findData(value["issue"]))
            self.number.clear()
        elif is_bound(value):
            self.kept = value
            name = self.names.get(value["issue"], "?")
            self.source.insertItem(1, self.tr("Issue: %1 (a value per option)").replace("%1", name), KEPT)
            self.source.setCurrentIndex(1)
            self.number.clear()
        else:
            if isinstance(value, dict):
                value = value.get("value")
            self.source.setCurrentIndex(0)
            number = isinstance(value, int | float) and not isinstance(value, bool)
            self.number.setText(f"{value:g}" if number else "")
        self._source_changed()
        self.blockSignals(False)

    def _source_changed(self) -> None:
        self.number.setVisible(self.source.currentData() == FIXED)
        self.changed.emit()

    def is_fixed(self) -> bool:
        return self.source.currentData() == FIXED

    def value(self) -> Any:
        """The parameter as the rule stores it (None when optional and left empty); ValidationError naming the
        field when the fixed number is missing or not a number."""
        data = self.source.currentData()
        if data == KEPT:
            return self.kept
        if data != FIXED:
            return {"issue": data}
        number = parse_number(self.field, self.number.text(), required=not self.optional)
        return None if number is None else plain_number(number)
