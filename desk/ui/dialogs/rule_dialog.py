"""Dialog: create or edit a benefit rule through the form of its kind, with its clause stated live."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.core.errors import ValidationError
from desk.core.rules.check import check_rules
from desk.core.rules.model import MONEY_KINDS, BenefitRule, RuleKind
from desk.core.rules.money import UNITS
from desk.core.snapshot import CaseSnapshot
from desk.ui.dialogs.form_dialog import FormDialog
from desk.ui.rule_forms.base import KindForm
from desk.ui.rule_forms.funds import DeductionForm, PoolForm
from desk.ui.rule_forms.indexed import IndexTransferForm, StatisticsShareForm
from desk.ui.rule_forms.transfers import FixedTransferForm, RevenueShareForm
from desk.ui.rule_labels import kind_name, param_label

FORMS: dict[RuleKind, type[KindForm]] = {
    RuleKind.FIXED_TRANSFER: FixedTransferForm, RuleKind.POOL: PoolForm, RuleKind.DEDUCTION: DeductionForm,
    RuleKind.INDEX_TRANSFER: IndexTransferForm, RuleKind.REVENUE_SHARE: RevenueShareForm,
    RuleKind.STATISTICS_SHARE: StatisticsShareForm,
}


class RuleDialog(FormDialog):
    """``rule`` is None for a new rule (its kind chosen here), else the rule to edit (its kind fixed).

    ``preview(rule)`` states a candidate rule as its clause; ``result`` is the rule to save after OK.
    """

    def __init__(self, snapshot: CaseSnapshot, rule: BenefitRule | None, preview: Callable[[BenefitRule], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot, self.original, self.preview_text = snapshot, rule, preview
        self.others: Sequence[BenefitRule] = [r for r in snapshot.rules if rule is None or r.id != rule.id]
        self.result: BenefitRule | None = None
        self.setWindowTitle(self.tr("New rule") if rule is None else self.tr("Rule %1").replace("%1", rule.name))
        self.name = QLineEdit(rule.name if rule else "")
        self.kind = QComboBox()
        for kind in RuleKind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.unit = QComboBox()
        self.unit.addItems(list(UNITS))
        self.unit.setCurrentText(rule.unit if rule else "万元")
        self.description = QLineEdit(rule.description if rule else "")
        head = QFormLayout()
        head.addRow(self.tr("Name"), self.errors.row("name", self.name))
        head.addRow(self.tr("Kind"), self.errors.row("kind", self.kind))
        head.addRow(self.tr("Money unit"), self.errors.row("unit", self.unit))
        head.addRow(self.tr("Description"), self.errors.row("description", self.description))
        self.stack = QStackedWidget()
        self.forms: dict[RuleKind, KindForm] = {}
        for kind, form_type in FORMS.items():
            form = form_type(snapshot, self.general_error, [*self.others, *([rule] if rule else [])])
            form.load(dict(rule.params) if rule is not None and rule.kind is kind else {})
            form.changed.connect(self.update_preview)
            self.forms[kind] = form
            self.stack.addWidget(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.stack)
        self.clause = QTextBrowser()
        self.clause.setMinimumWidth(300)
        if rule is not None:
            self.kind.setCurrentIndex(self.kind.findData(rule.kind.value))
            self.kind.setEnabled(False)
        left = QVBoxLayout()
        left.addLayout(head)
        left.addWidget(scroll, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("The clause as it will read")))
        right.addWidget(self.clause, 1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.name.textChanged.connect(self.update_preview)
        self.unit.currentIndexChanged.connect(self.update_preview)
        self._kind_changed()
        self.resize(1000, 620)

    # -- the rule being edited ----------------------------------------------------------------------
    @property
    def current_kind(self) -> RuleKind:
        return RuleKind(self.kind.currentData())

    @property
    def form(self) -> KindForm:
        return self.forms[self.current_kind]

    def _kind_changed(self) -> None:
        self.stack.setCurrentWidget(self.form)
        self.unit.setEnabled(self.current_kind in MONEY_KINDS)
        self.update_preview()

    def candidate(self) -> BenefitRule:
        """The rule as the form stands; ValidationError naming the field when it cannot be one."""
        base = self.original or BenefitRule(case_id=self.snapshot.case.id, name="?", kind=self.current_kind,
                                            position=len(self.snapshot.rules))
        rule = dataclasses.replace(base, name=self.name.text().strip(), kind=self.current_kind,
                                   unit=self.unit.currentText(), description=self.description.text().strip(),
                                   params=self.form.params())
        return rule.validate()

    def update_preview(self) -> None:
        try:
            rule = self.candidate()
        except ValidationError as error:
            self.clause.setPlainText(self._message(error))
            return
        self.clause.setPlainText(self.preview_text(rule))

    def _message(self, error: ValidationError) -> str:
        from desk.ui.validation_text import message_for

        return message_for(self._labelled(error))

    def _labelled(self, error: ValidationError) -> ValidationError:
        """The error with its field's human name (the item's party when the field is in a list)."""
        label = param_label(error.field, self.form.loaded, {p.id: p.name for p in self.snapshot.parties})
        if label == error.field:
            return error
        return ValidationError(error.field, error.code, error.message, **{**error.params, "label": label})

    # -- OK ----------------------------------------------------------------------------------------
    def commit(self) -> None:
        rule = self.candidate()
        if any(r.name == rule.name for r in self.others):
            raise ValidationError("name", "name.duplicate", f"the name {rule.name} is already used", name=rule.name)
        check_rules([*self.others, rule], [p.id for p in self.snapshot.parties], self.snapshot.issues,
                    self.snapshot.indicators)
        self.result = rule

    def accept(self) -> None:
        self.form.errors.clear()
        self.errors.clear()
        try:
            self.commit()
        except ValidationError as error:
            error = self._labelled(error)
            target = self.form.errors if self._field_row(error.field) is not None else self.errors
            if target is self.form.errors:
                error = ValidationError(self._field_row(error.field), error.code, error.message, **error.params)
            target.show(error)
            return
        super(FormDialog, self).accept()  # QDialog.accept: the form has been committed above

    def _field_row(self, field: str) -> str | None:
        """The form field that shows errors about ``field`` (a list's errors show under the list)."""
        rows = self.form.errors.rows
        if field in rows:
            return field
        head = field.split("[")[0]
        if head in rows:
            return head
        head = field.rsplit(".", 1)[0]
        return head if head in rows else None
