"""The monitoring page's forms: a payment made, a waiver, a duty, a dispute raised, escalated or decided.

Each form checks what it can (a number, a required text) next to its field and hands back plain values;
the page turns them into an undoable command.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from desk.core.compliance.escalation import chain
from desk.core.compliance.ledger import Status
from desk.core.compliance.wording import word
from desk.core.enums import CommitmentStatus, DisputeOutcome
from desk.core.errors import DeskError, ValidationError
from desk.core.monitoring import Commitment, Dispute
from desk.core.parties import Party
from desk.core.rules.money import UNITS, grouped
from desk.ui.dialogs.form_dialog import FormDialog
from desk.ui.pages.monitoring.standing import ui_language
from desk.ui.widgets.number_edit import parse_number


def date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def picked(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def _required(field: str, text: str) -> str:
    if not text.strip():
        raise ValidationError(field, "ui.required", f"{field} is required")
    return text.strip()


class PaymentDialog(FormDialog):
    """A payment made against one commitment: amount (the rest outstanding by default), unit, date, reference."""

    def __init__(self, status: Status, on: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        due = status.due
        self.setWindowTitle(self.tr("Record a payment"))
        self.amount = QLineEdit(grouped(status.outstanding).replace(",", ""))
        self.unit = QComboBox()
        self.unit.addItems(list(UNITS))
        self.unit.setCurrentText(due.unit)
        self.paid_on = date_edit(on)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("e.g. 财建〔2016〕1号"))
        form = QFormLayout()
        form.addRow(self.tr("Commitment"), QLabel(due.description))
        form.addRow(self.tr("Due"), QLabel(f"{grouped(due.amount or 0)} {due.unit} · {due.due_on or ''}"))
        form.addRow(self.tr("Amount paid"), self.errors.row("amount", self.amount))
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Paid on"), self.paid_on)
        form.addRow(self.tr("Reference"), self.reference)
        self.finish(form)
        self.value: tuple[float, str, date, str] | None = None

    def commit(self) -> None:
        amount = parse_number("amount", self.amount.text())
        if amount is None or amount <= 0:
            raise ValidationError("amount", "number.below", "amount must be more than 0", low=0)
        self.value = (amount, self.unit.currentText(), picked(self.paid_on), self.reference.text().strip())


class WaiveDialog(FormDialog):
    """Why a commitment is waived (required: the joint conference's decision, its reference)."""

    def __init__(self, status: Status, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Waive a commitment"))
        self.reason = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Commitment"), QLabel(status.due.description))
        form.addRow(self.tr("Reason"), self.errors.row("reason", self.reason))
        self.finish(form)
        self.value = ""

    def commit(self) -> None:
        self.value = _required("reason", self.reason.text())


class DutyDialog(FormDialog):
    """A duty (a non-monetary commitment): owner, deliverable, due date (optional), done."""

    def __init__(self, parties: Sequence[Party], duty: Commitment | None, case_id: str, on: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Duty") if duty is None else self.tr("Edit duty"))
        self.duty, self.case_id = duty, case_id
        self.owner = QComboBox()
        for party in parties:
            self.owner.addItem(party.name, party.id)
        self.description = QLineEdit(duty.description if duty else "")
        self.dated = QCheckBox(self.tr("Due by"))
        due = duty.due_on if duty and duty.due_on else on
        self.due_on = date_edit(due)
        self.dated.setChecked(duty is None or duty.due_on is not None)
        self.done_box = QCheckBox(self.tr("Done"))
        if duty is not None:
            self.owner.setCurrentIndex(max(self.owner.findData(duty.party_id), 0))
            self.done_box.setChecked(duty.status is CommitmentStatus.FULFILLED)
        form = QFormLayout()
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Deliverable"), self.errors.row("description", self.description))
        form.addRow(self.dated, self.due_on)
        form.addRow("", self.done_box)
        self.finish(form)
        self.value: Commitment | None = None

    def commit(self) -> None:
        text = _required("description", self.description.text())
        status = CommitmentStatus.FULFILLED if self.done_box.isChecked() else CommitmentStatus.PENDING
        due_on = picked(self.due_on) if self.dated.isChecked() else None
        base = self.duty or Commitment(self.case_id, self.owner.currentData(), text)
        self.value = dataclasses.replace(base, party_id=self.owner.currentData(), description=text, due_on=due_on,
                                         status=status).validate()


class DisputeDialog(FormDialog):
    """A dispute raised: claimant, respondent, claim, amount (optional), the commitment it is about, date; the
    escalation chain the two parties' hierarchy gives is shown as they are chosen."""

    def __init__(self, parties: Sequence[Party], commitments: Sequence[tuple[str, str]], chosen: str, on: date,
                 names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Raise a dispute"))
        self.parties, self.names = list(parties), names
        self.claimant, self.respondent = QComboBox(), QComboBox()
        for party in parties:
            self.claimant.addItem(party.name, party.id)
            self.respondent.addItem(party.name, party.id)
        self.respondent.setCurrentIndex(min(1, len(parties) - 1))
        self.claim = QPlainTextEdit()
        self.claim.setFixedHeight(70)
        self.amount = QLineEdit()
        self.commitment = QComboBox()
        self.commitment.addItem(self.tr("(none)"), "")
        for key, label in commitments:
            self.commitment.addItem(label, key)
        self.commitment.setCurrentIndex(max(self.commitment.findData(chosen), 0))
        self.raised_on = date_edit(on)
        self.chain = QLabel()
        self.chain.setWordWrap(True)
        self.claimant.currentIndexChanged.connect(self._show_chain)
        self.respondent.currentIndexChanged.connect(self._show_chain)
        form = QFormLayout()
        form.addRow(self.tr("Claimant"), self.claimant)
        form.addRow(self.tr("Respondent"), self.errors.row("respondent_id", self.respondent))
        form.addRow(self.tr("Claim"), self.errors.row("subject", self.claim))
        form.addRow(self.tr("Amount claimed"), self.errors.row("amount", self.amount))
        form.addRow(self.tr("About"), self.commitment)
        form.addRow(self.tr("Raised on"), self.raised_on)
        form.addRow(self.tr("Escalation"), self.chain)
        self.finish(form)
        self._show_chain()
        self.value: tuple | None = None

    def _show_chain(self) -> None:
        a, b = self.claimant.currentData(), self.respondent.currentData()
        if a == b:
            self.chain.setText(self.tr("Choose two different parties."))
            return
        try:
            stages = chain(self.parties, a, b)
        except DeskError:  # a hierarchy the core refuses: the service says why when the form is sent
            self.chain.setText("")
            return
        self.chain.setText(" → ".join(word(s.level, ui_language()) + ("" if s.arbiter_id is None else
                                                       f"（{self.names.get(s.arbiter_id, '')}）") for s in stages))

    def commit(self) -> None:
        if self.claimant.currentData() == self.respondent.currentData():
            raise ValidationError("respondent_id", "dispute.same_party", "a dispute needs two different parties")
        claim = _required("subject", self.claim.toPlainText())
        amount = parse_number("amount", self.amount.text(), required=False)
        self.value = (self.claimant.currentData(), self.respondent.currentData(), claim, picked(self.raised_on),
                      amount, self.commitment.currentData())


class DecisionDialog(FormDialog):
    """The decision at a dispute's current step: outcome, amount awarded, reasoning, date."""

    def __init__(self, dispute: Dispute, on: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decide the dispute"))
        self.outcome = QComboBox()
        for outcome in DisputeOutcome:
            self.outcome.addItem(word(outcome, ui_language()), outcome)
        self.amount = QLineEdit("" if dispute.claim_amount is None else f"{dispute.claim_amount:g}")
        self.reasoning = QPlainTextEdit()
        self.reasoning.setFixedHeight(80)
        self.decided_on = date_edit(max(on, dispute.steps[-1].opened_on) if dispute.steps else on)
        form = QFormLayout()
        form.addRow(self.tr("Claim"), QLabel(dispute.subject))
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Amount awarded") + (f" ({dispute.unit})" if dispute.unit else ""),
                    self.errors.row("amount", self.amount))
        form.addRow(self.tr("Reasoning"), self.errors.row("reasoning", self.reasoning))
        form.addRow(self.tr("Decided on"), self.decided_on)
        self.finish(form)
        self.value: tuple | None = None

    def commit(self) -> None:
        outcome = self.outcome.currentData()
        amount = None if outcome is DisputeOutcome.REJECTED else parse_number("amount", self.amount.text(),
                                                                                required=False)
        reasoning = _required("reasoning", self.reasoning.toPlainText())
        self.value = (outcome, reasoning, picked(self.decided_on), amount)
