"""Use cases after signing: the commitments of the concluded package, their standing on a date, waivers,
payments made and disputes — each change one transaction with an audit event holding the row's full state."""
from __future__ import annotations

import dataclasses
from datetime import date

from desk.core.compliance import escalation
from desk.core.compliance.board import Board, all_dues, build_board, secretariat_name
from desk.core.compliance.dues import Due, DueKind, key_ref
from desk.core.compliance.ledger import PaymentRecord, Standing
from desk.core.compliance.record import MonitoringRecord
from desk.core.compliance.terms import MonitoringTerms
from desk.core.enums import CommitmentStatus, DisputeOutcome
from desk.core.errors import DeskError
from desk.core.monitoring import Commitment, Dispute
from desk.core.parties import Party
from desk.core.rules.engine import Schedule
from desk.core.snapshot import CaseSnapshot
from desk.services.cases import CaseService


class MonitoringService:
    """Monitoring of the case that ``cases`` has open, under its concluded package."""

    def __init__(self, cases: CaseService) -> None:
        self.cases = cases
        self.case_id = cases.case_id

    # -- terms -------------------------------------------------------------------------------
    def terms(self) -> MonitoringTerms:
        with self.cases.transaction() as repos:
            found = repos.monitoring_terms.list(case_id=self.case_id)
        return found[0] if found else MonitoringTerms(self.case_id)

    def set_terms(self, terms: MonitoringTerms) -> MonitoringTerms:
        terms = terms.validate()
        with self.cases.transaction() as repos:
            held = repos.monitoring_terms.list(case_id=self.case_id)
            terms = dataclasses.replace(terms, case_id=self.case_id, id=held[0].id if held else terms.id)
            (repos.monitoring_terms.update if held else repos.monitoring_terms.add)(terms)
            self.cases.audit(repos, "monitoring_terms.saved", terms.id, terms)
        return terms

    # -- commitments -------------------------------------------------------------------------
    def schedule(self) -> Schedule:
        """The payments of the rules under the concluded package and the case's readings."""
        return self.dues()[1]

    def record(self) -> MonitoringRecord:
        """The case's monitoring rows, in one read transaction."""
        with self.cases.transaction() as repos:
            return repos.reads.monitoring(self.case_id)

    def dues(self) -> tuple[list[Due], Schedule, CaseSnapshot]:
        """Every commitment: payments per period, readings to report, awards of decided disputes, duties."""
        from desk.services.bargaining import BargainingService

        with self.cases.transaction():
            snapshot = self.cases.snapshot()
            concluded = BargainingService(self.cases).concluded()
            dues, schedule = all_dues(snapshot, None if concluded is None else dict(concluded.package), self.record())
        return dues, schedule, snapshot

    def board(self, on: date) -> Board:
        """The standing of every commitment on ``on``, the balances per account and the disputes."""
        from desk.services.bargaining import BargainingService

        with self.cases.transaction():
            snapshot = self.cases.snapshot()
            concluded = BargainingService(self.cases).concluded()
            record = self.record()
        return build_board(snapshot, None if concluded is None else dict(concluded.package), record, on)

    def waive(self, key: str, reason: str) -> Commitment:
        """Waive a derived commitment (audited; the reason is required). Undone by ``unwaive``."""
        due = self._due(key)
        key = due.key
        party = due.party if _is_party(self.cases.snapshot(), due.party) else due.counterparty
        if not _is_party(self.cases.snapshot(), party):
            raise DeskError("the commitment names no party of the case (add the secretariat as a party to waive it)")
        with self.cases.transaction() as repos:
            if any(c.key == key for c in repos.commitments.list(case_id=self.case_id)):
                raise DeskError("the commitment is already waived")
            row = Commitment(self.case_id, party, due.description, due.due_on, CommitmentStatus.WAIVED, key=key,
                             reason=reason.strip()).validate()
            repos.commitments.add(row)
            self.cases.audit(repos, "commitment.waived", row.id, row)
        return row

    def fulfil(self, key: str, note: str = "") -> Commitment:
        """Mark a duty of the agreement's clauses done (audited; ``unwaive`` removes the mark)."""
        due = self._due(key)
        if due.kind is not DueKind.DUTY or not due.key.startswith("clause|"):
            raise DeskError("only a duty of the agreement's clauses is marked done here; money is paid, a reading "
                            "reported")
        if not _is_party(self.cases.snapshot(), due.party):
            raise DeskError(f"the duty's owner {due.party} is not a party of the case: name a party in the clause")
        with self.cases.transaction() as repos:
            if any(c.key == due.key for c in repos.commitments.list(case_id=self.case_id)):
                raise DeskError("the commitment is already marked done or waived")
            row = Commitment(self.case_id, due.party, due.description, due.due_on, CommitmentStatus.FULFILLED,
                             key=due.key, reason=note.strip()).validate()
            repos.commitments.add(row)
            self.cases.audit(repos, "commitment.fulfilled", row.id, row)
        return row

    def unwaive(self, key: str) -> None:
        with self.cases.transaction() as repos:
            found = [c for c in repos.commitments.list(case_id=self.case_id)
                     if c.key and key in (c.key, key_ref(c.key))]
            if not found:
                raise DeskError("the commitment is not waived")
            repos.commitments.delete(found[0].id)
            self.cases.audit(repos, "commitment.unwaived", found[0].id, {"key": key})

    # -- duties the secretariat enters ------------------------------------------------------
    def save_duty(self, duty: Commitment) -> Commitment:
        """Add or change a duty (a commitment no rule derives: owner, deliverable, due date); audited."""
        snapshot = self.cases.snapshot()
        if not _is_party(snapshot, duty.party_id):
            raise DeskError("the duty's owner is not a party of this case")
        if duty.key:
            raise DeskError("a commitment derived from the rules is waived, not edited")
        duty = dataclasses.replace(duty, case_id=self.case_id).validate()
        with self.cases.transaction() as repos:
            held = repos.commitments.get(duty.id)
            (repos.commitments.update if held else repos.commitments.add)(duty)
            self.cases.audit(repos, "commitment.updated" if held else "commitment.created", duty.id, duty)
        return duty

    def delete_duty(self, duty_id: str) -> Commitment:
        with self.cases.transaction() as repos:
            duty = repos.commitments.require(duty_id)
            if duty.key:
                raise DeskError("a commitment derived from the rules is waived, not deleted")
            repos.commitments.delete(duty_id)
            self.cases.audit(repos, "commitment.deleted", duty_id, {"description": duty.description})
        return duty

    # -- payments made -----------------------------------------------------------------------
    def record_payment(self, key: str, amount: float, paid_on: date, reference: str = "",
                       unit: str | None = None) -> PaymentRecord:
        """Record a payment made against a money commitment (the payer and payee are the commitment's)."""
        due = self._due(key)
        if due.amount is None:
            raise DeskError("only a payment or an award can be paid; a reading is reported")
        record = PaymentRecord(self.case_id, due.key, due.party, due.counterparty, amount, unit or due.unit, paid_on,
                               reference).validate()
        with self.cases.transaction() as repos:
            repos.payment_records.add(record)
            self.cases.audit(repos, "payment.recorded", record.id, record)
        return record

    def restore_payment(self, record: PaymentRecord) -> PaymentRecord:
        """Put back a payment record exactly as it was (redo of a recorded payment)."""
        record = record.validate()
        with self.cases.transaction() as repos:
            repos.payment_records.add(record)
            self.cases.audit(repos, "payment.recorded", record.id, record)
        return record

    def delete_payment(self, record_id: str) -> PaymentRecord:
        with self.cases.transaction() as repos:
            record = repos.payment_records.require(record_id)
            repos.payment_records.delete(record_id)
            self.cases.audit(repos, "payment.deleted", record_id, {"key": record.key})
        return record

    def _due(self, key: str) -> Due:
        dues, _, _ = self.dues()
        found = [d for d in dues if key in (d.key, d.ref)]
        if len(found) == 1:
            return found[0]
        raise DeskError(f"no commitment {key} (give its reference as listed by desk commitments)" if not found
                        else f"several commitments match {key}: give the full key")

    # -- disputes ----------------------------------------------------------------------------
    def raise_dispute(self, claimant: str, respondent: str, subject: str, on: date, amount: float | None = None,
                      unit: str = "", commitment_key: str = "", evidence: str = "", clause: str = "") -> Dispute:
        snapshot = self.cases.snapshot()
        if commitment_key:
            due = self._due(commitment_key)
            commitment_key, unit = due.key, unit or due.unit
        if amount is not None and not unit:
            unit = self.schedule().unit
        if clause.strip():
            self._check_clause(clause.strip())
        dispute = escalation.raise_dispute(self.case_id, snapshot.parties, _party(snapshot, claimant).id,
                                           _party(snapshot, respondent).id, subject, on, self.terms(),
                                           amount=amount, unit=unit, commitment_key=commitment_key,
                                           evidence=evidence, clause=clause)
        with self.cases.transaction() as repos:
            repos.disputes.add(dispute)
            self.cases.audit(repos, "dispute.raised", dispute.id, dispute)
        return dispute

    def _check_clause(self, heading: str) -> None:
        """A clause named in a dispute must be a clause of the agreement (when one is drafted)."""
        with self.cases.transaction() as repos:
            versions = repos.reads.agreement_versions(self.case_id)
        if versions and all(heading not in {c.heading for c in v.clauses} for v in versions):
            known = "、".join(c.heading for c in versions[-1].clauses)
            raise DeskError(f"the agreement has no clause {heading} (its clauses: {known})")

    def escalate(self, dispute_id: str, on: date) -> Dispute:
        parties = self.cases.snapshot().parties
        return self._save(escalation.escalate(self._dispute(dispute_id), parties, on, self.terms()),
                          "dispute.escalated")

    def decide(self, dispute_id: str, outcome: DisputeOutcome, reasoning: str, on: date,
               amount: float | None = None) -> Dispute:
        return self._save(escalation.decide(self._dispute(dispute_id), outcome, reasoning, on, amount),
                          "dispute.decided")

    def restore_dispute(self, dispute: Dispute) -> Dispute:
        """Put a dispute back as it was (undo of a step, redo of a raise); audited with its full state."""
        dispute = dispute.validate()
        with self.cases.transaction() as repos:
            held = repos.disputes.get(dispute.id)
            (repos.disputes.update if held else repos.disputes.add)(dispute)
            self.cases.audit(repos, "dispute.restored", dispute.id, dispute)
        return dispute

    def withdraw_dispute(self, dispute_id: str) -> Dispute:
        """Delete a dispute (undo of raising it)."""
        with self.cases.transaction() as repos:
            dispute = repos.disputes.require(dispute_id)
            repos.disputes.delete(dispute_id)
            self.cases.audit(repos, "dispute.withdrawn", dispute_id, {"subject": dispute.subject})
        return dispute

    def disputes(self) -> list[Dispute]:
        with self.cases.transaction() as repos:
            return repos.disputes.list(case_id=self.case_id)

    def dispute(self, dispute_id: str) -> Dispute:
        """The dispute whose id starts with ``dispute_id`` (at least 4 characters)."""
        return self._dispute(dispute_id)

    def _dispute(self, dispute_id: str) -> Dispute:
        found = [d for d in self.disputes() if d.id.startswith(dispute_id)] if len(dispute_id) >= 4 else []
        if len(found) != 1:
            raise DeskError(f"no dispute {dispute_id}" if not found else f"several disputes start with {dispute_id}")
        return found[0]

    def _save(self, dispute: Dispute, kind: str) -> Dispute:
        with self.cases.transaction() as repos:
            repos.disputes.update(dispute)
            self.cases.audit(repos, kind, dispute.id, dispute)
        return dispute


def _party(snapshot: CaseSnapshot, key: str) -> Party:
    found = snapshot.party_by_name(key) or next((p for p in snapshot.parties if p.id == key), None)
    if found is None:
        raise DeskError(f"{key} is not a party of this case")
    return found


def _is_party(snapshot: CaseSnapshot, account: str) -> bool:
    return any(p.id == account for p in snapshot.parties)


__all__ = ["Board", "DueKind", "MonitoringService", "Standing", "secretariat_name"]
