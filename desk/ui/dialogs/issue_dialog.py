"""The form for adding or editing an issue: numeric range (min, max, step) or discrete options."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QWidget,
)

from desk.core.enums import IssueCategory, IssueKind
from desk.core.issues import Issue
from desk.core.parties import Party
from desk.ui.dialogs.form_dialog import FormDialog
from desk.ui.labels import combo_value, fill_combo
from desk.ui.widgets.number_edit import parse_number
from desk.ui.widgets.options_editor import OptionsEditor

Submit = Callable[[Issue], None]


class IssueDialog(FormDialog):
    """Edits a copy of ``issue``; OK calls ``submit`` and stays open, errors shown, if it raises."""

    def __init__(self, issue: Issue, submit: Submit, parent: QWidget | None = None, new: bool = True,
                 parties: Sequence[Party] = ()) -> None:
        super().__init__(parent)
        self.issue = issue
        self.submit = submit
        self.setWindowTitle(self.tr("New issue") if new else self.tr("Edit issue"))
        self.setMinimumWidth(460)

        self.name = QLineEdit(issue.name)
        self.unit = QLineEdit(issue.unit)
        self.unit.setPlaceholderText(self.tr("e.g. %, 亿元, years"))
        self.category = QComboBox()
        fill_combo(self.category, IssueCategory, issue.category)
        self.kind = QComboBox()
        fill_combo(self.kind, IssueKind, issue.kind)
        self.minimum = QLineEdit(f"{issue.minimum:g}")
        self.maximum = QLineEdit(f"{issue.maximum:g}")
        self.step = QLineEdit(f"{issue.step:g}")
        self.options = OptionsEditor(issue.options)
        self.payer = self._party_combo(parties, issue.payer_id, self.tr("(not a payment)"))
        self.payee = self._party_combo(parties, issue.payee_id, self.tr("(the joint compensation fund)"))
        self.description = QPlainTextEdit(issue.description)
        self.description.setMaximumHeight(70)

        numeric = QWidget()
        numeric_form = QFormLayout(numeric)
        numeric_form.setContentsMargins(0, 0, 0, 0)
        numeric_form.addRow(self.tr("Minimum"), self.errors.row("minimum", self.minimum))
        numeric_form.addRow(self.tr("Maximum"), self.errors.row("maximum", self.maximum))
        numeric_form.addRow(self.tr("Step"), self.errors.row("step", self.step))
        if parties:  # who pays whom, for money issues; written into the agreement's compensation article
            numeric_form.addRow(self.tr("Payer"), self.errors.row("payer_id", self.payer))
            numeric_form.addRow(self.tr("Payee"), self.errors.row("payee_id", self.payee))
        discrete = QWidget()
        discrete_form = QFormLayout(discrete)
        discrete_form.setContentsMargins(0, 0, 0, 0)
        discrete_form.addRow(self.tr("Options"), self.errors.row("options", self.options))
        self.kind_pages = QStackedWidget()
        self.kind_pages.addWidget(numeric)
        self.kind_pages.addWidget(discrete)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.errors.row("name", self.name))
        form.addRow(self.tr("Unit"), self.errors.row("unit", self.unit))
        form.addRow(self.tr("Category"), self.errors.row("category", self.category))
        form.addRow(self.tr("Kind"), self.errors.row("kind", self.kind))
        form.addRow(self.kind_pages)
        form.addRow(self.tr("Description"), self.errors.row("description", self.description))
        self.finish(form)

    @staticmethod
    def _party_combo(parties: Sequence[Party], current: str | None, empty: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(empty, None)
        for party in parties:
            combo.addItem(party.name, party.id)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        return combo

    def _kind_changed(self) -> None:
        self.kind_pages.setCurrentIndex(0 if combo_value(self.kind, IssueKind) is IssueKind.NUMERIC else 1)

    def value(self) -> Issue:
        """The issue as the form describes it; raises ValidationError when a number does not parse."""
        kind = combo_value(self.kind, IssueKind)
        changes: dict = dict(name=self.name.text().strip(), unit=self.unit.text().strip(), kind=kind,
                             category=combo_value(self.category, IssueCategory),
                             description=self.description.toPlainText())
        if kind is IssueKind.NUMERIC:
            changes.update(minimum=parse_number("minimum", self.minimum.text()),
                           maximum=parse_number("maximum", self.maximum.text()),
                           step=parse_number("step", self.step.text()), options=(),
                           payer_id=self.payer.currentData(), payee_id=self.payee.currentData())
        else:
            changes.update(options=self.options.options(), payer_id=None, payee_id=None)
        return dataclasses.replace(self.issue, **changes)

    def commit(self) -> None:
        self.submit(self.value())

    @classmethod
    def ask(cls, parent: QWidget | None, issue: Issue, submit: Submit, new: bool,
            parties: Sequence[Party] = ()) -> bool:
        """Show the dialog; True when the issue was saved."""
        return cls(issue, submit, parent, new, parties).exec() == QDialog.DialogCode.Accepted
