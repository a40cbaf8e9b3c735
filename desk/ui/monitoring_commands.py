"""Undoable monitoring edits: waivers, payments made, duties, dispute steps (readings: desk.ui.rule_commands).

Each step (do, undo, redo) is one operation run by the case document, so it is one transaction, audited.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desk.core.changes import Kind
from desk.core.compliance.ledger import PaymentRecord
from desk.core.enums import DisputeOutcome
from desk.core.monitoring import Commitment, Dispute
from desk.services.monitoring import MonitoringService
from desk.ui.case_document import CaseDocument
from desk.ui.undo_commands import RecordCommand, ServiceCommand

MONITORING = (Kind.MONITORING,)


def _service(doc: CaseDocument) -> MonitoringService:
    return MonitoringService(doc.service)


class WaiveCommitment(ServiceCommand):
    """Waive a derived commitment with its reason; undo withdraws the waiver."""

    kinds = MONITORING

    def __init__(self, doc: CaseDocument, key: str, reason: str, label: str) -> None:
        super().__init__(doc, QCoreApplication.translate("MonitoringCommands", "Waive %1").replace("%1", label))
        self.key, self.reason = key, reason

    def apply(self) -> None:
        _service(self.doc).waive(self.key, self.reason)

    def revert(self) -> None:
        _service(self.doc).unwaive(self.key)


class UnwaiveCommitment(ServiceCommand):
    """Withdraw a waiver; undo waives again with the same reason."""

    kinds = MONITORING

    def __init__(self, doc: CaseDocument, waiver: Commitment, label: str) -> None:
        super().__init__(doc, QCoreApplication.translate("MonitoringCommands", "Withdraw waiver of %1")
                         .replace("%1", label))
        self.waiver = waiver

    def apply(self) -> None:
        _service(self.doc).unwaive(self.waiver.key)

    def revert(self) -> None:
        _service(self.doc).waive(self.waiver.key, self.waiver.reason)


class RecordPayment(RecordCommand):
    """A payment made against a commitment; undo deletes the record, redo puts the same record back."""

    kinds = MONITORING

    def __init__(self, doc: CaseDocument, key: str, amount: float, paid_on: date, reference: str, unit: str,
                 label: str) -> None:
        super().__init__(doc, QCoreApplication.translate("MonitoringCommands", "Record payment for %1")
                         .replace("%1", label))
        self.args = (key, amount, paid_on, reference, unit)

    def do(self) -> PaymentRecord:
        return _service(self.doc).record_payment(*self.args)

    def restore(self, made: PaymentRecord) -> None:
        _service(self.doc).restore_payment(made)

    def withdraw(self, made: PaymentRecord) -> None:
        _service(self.doc).delete_payment(made.id)


class SaveDuty(ServiceCommand):
    """Add a duty (``old`` None) or change one; undo deletes it or puts the old one back."""

    kinds = MONITORING

    def __init__(self, doc: CaseDocument, old: Commitment | None, new: Commitment) -> None:
        text = (QCoreApplication.translate("MonitoringCommands", "Add duty %1") if old is None
                else QCoreApplication.translate("MonitoringCommands", "Edit duty %1"))
        super().__init__(doc, text.replace("%1", new.description[:30]))
        self.old, self.new = old, new

    def apply(self) -> None:
        self.new = _service(self.doc).save_duty(self.new)

    def revert(self) -> None:
        if self.old is None:
            _service(self.doc).delete_duty(self.new.id)
        else:
            _service(self.doc).save_duty(self.old)


class DeleteDuty(ServiceCommand):
    """Delete a duty; undo puts it back."""

    kinds = MONITORING

    def __init__(self, doc: CaseDocument, duty: Commitment) -> None:
        super().__init__(doc, QCoreApplication.translate("MonitoringCommands", "Delete duty %1")
                         .replace("%1", duty.description[:30]))
        self.duty = duty

    def apply(self) -> None:
        _service(self.doc).delete_duty(self.duty.id)

    def revert(self) -> None:
        _service(self.doc).save_duty(self.duty)


class RaiseDispute(RecordCommand):
    """A new dispute at the joint conference; undo withdraws it, redo puts the same dispute back."""

    kinds = MONITORING

    def __init__(self, doc: CaseDocument, claimant: str, respondent: str, subject: str, on: date,
                 amount: float | None, commitment_key: str) -> None:
        super().__init__(doc, QCoreApplication.translate("MonitoringCommands", "Raise dispute %1")
                         .replace("%1", subject[:30]))
        self.args = (claimant, respondent, subject, on, amount, "", commitment_key)

    def do(self) -> Dispute:
        return _service(self.doc).raise_dispute(*self.args)

    def restore(self, made: Dispute) -> None:
        _service(self.doc).restore_dispute(made)

    def withdraw(self, made: Dispute) -> None:
        _service(self.doc).withdraw_dispute(made.id)


class DisputeStep(ServiceCommand):
    """Escalate a dispute to the next level, or decide it; undo puts the dispute back as it was."""

    kinds = MONITORING

    def __init__(self, doc: CaseDocument, dispute: Dispute, on: date, outcome: DisputeOutcome | None = None,
                 reasoning: str = "", amount: float | None = None) -> None:
        text = (QCoreApplication.translate("MonitoringCommands", "Escalate dispute %1") if outcome is None
                else QCoreApplication.translate("MonitoringCommands", "Decide dispute %1"))
        super().__init__(doc, text.replace("%1", dispute.subject[:30]))
        self.old, self.on, self.outcome, self.reasoning, self.amount = dispute, on, outcome, reasoning, amount
        self.new: Dispute | None = None

    def apply(self) -> None:
        if self.new is not None:
            _service(self.doc).restore_dispute(self.new)
        elif self.outcome is None:
            self.new = _service(self.doc).escalate(self.old.id, self.on)
        else:
            self.new = _service(self.doc).decide(self.old.id, self.outcome, self.reasoning, self.on, self.amount)

    def revert(self) -> None:
        _service(self.doc).restore_dispute(self.old)
