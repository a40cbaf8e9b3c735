"""Base of a rule kind's form: a QFormLayout of labelled editors whose errors show by their field."""
from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from desk.core.errors import ValidationError
from desk.core.rules.model import BenefitRule
from desk.core.snapshot import CaseSnapshot
from desk.ui.rule_labels import param_label
from desk.ui.widgets.form_errors import FormErrors
from desk.ui.widgets.param_edit import ParamEdit
from desk.ui.widgets.rule_rows import id_combo, required, select


def year_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(1949, 2200)
    box.setValue(2026)
    return box


class KindForm(QWidget):
    """The editors of one kind's parameters. ``load`` shows a rule's params; ``params`` returns the edited
    ones (keys this form does not edit are kept) or raises ValidationError naming the field."""

    changed = Signal()

    def __init__(self, snapshot: CaseSnapshot, general: QLabel, rules: Sequence[BenefitRule] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot, self.rules = snapshot, list(rules)
        self.errors = FormErrors(general)  # this form's fields; other errors go to the dialog's general line
        self._rows: dict[int, QWidget] = {}
        self.issues = list(snapshot.issues)
        self.parties = list(snapshot.parties)
        self.indicators = list(snapshot.indicators)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.loaded: dict[str, Any] = {}

    # -- building ---------------------------------------------------------------------------------
    def add(self, field: str, widget: QWidget, label: str | None = None) -> QWidget:
        """Add ``widget`` under the human name of ``field``; its errors show under it."""
        row = self.errors.row(field, widget)
        self._rows[id(widget)] = row
        self.form.addRow(label or param_label(field), row)
        for name in ("changed", "currentIndexChanged", "textChanged", "valueChanged"):
            signal = getattr(widget, name, None)
            if signal is not None:
                signal.connect(self.changed)
                break
        return widget

    def show_row(self, widget: QWidget, shown: bool) -> None:
        self.form.setRowVisible(self._rows[id(widget)], shown)

    def param(self, field: str, optional: bool = False) -> ParamEdit:
        return self.add(field, ParamEdit(field, self.issues, optional))  # type: ignore[return-value]

    def party_combo(self, field: str) -> QComboBox:
        return self.add(field, id_combo([(p.id, p.name) for p in self.parties]))  # type: ignore[return-value]

    def indicator_combo(self, field: str) -> QComboBox:
        return self.add(field, id_combo([(i.id, i.name) for i in self.indicators]))  # type: ignore[return-value]

    def text(self, field: str) -> QLineEdit:
        return self.add(field, QLineEdit())  # type: ignore[return-value]

    # -- values ---------------------------------------------------------------------------------
    def load(self, params: dict[str, Any]) -> None:
        self.loaded = copy.deepcopy(dict(params))
        self.blockSignals(True)
        try:
            self.show_params(self.loaded)
        finally:
            self.blockSignals(False)

    def params(self) -> dict[str, Any]:
        out = copy.deepcopy(self.loaded)
        out.update(self.read())
        return {k: v for k, v in out.items() if v is not None}

    def show_params(self, params: dict[str, Any]) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def read(self) -> dict[str, Any]:  # pragma: no cover - abstract
        raise NotImplementedError

    @staticmethod
    def chosen(combo: QComboBox, field: str) -> str:
        return required(combo, field)

    @staticmethod
    def choose(combo: QComboBox, item_id: Any) -> None:
        select(combo, item_id)

    @staticmethod
    def nonempty(edit: QLineEdit, field: str) -> str:
        text = edit.text().strip()
        if not text:
            raise ValidationError(field, "ui.required", f"{field} is required")
        return text
