"""Use cases after signing: the commitments of the concluded package, their standing on a date, waivers,
payments made and disputes — each change one transaction with an audit event holding the row's full state."""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from desk.core.compliance import escalation
from desk.core.compliance.dues import (
    Due,
    DueKind,
    award_dues,
    duty_dues,
    key_ref,
    monitored_years,
    payment_dues,
    reading_dues,
)
from desk.core.compliance.ledger import Balance, PaymentRecord, Standing, Status, assess, balances
from desk.core.compliance.terms import MonitoringTerms
from desk.core.enums import CommitmentStatus, DisputeOutcome, PartyKind
from desk.core.errors import DeskError
from desk.core.monitoring import Commitment, Dispute
from desk.core.parties import Party
from desk.core.rules.engine import Schedule
from desk.core.rules.params import Terms
from desk.core.rules.readings import ReadingIndex
from desk.core.snapshot import CaseSnapshot
from desk.services.cases import CaseService


@dataclass(frozen=True)
class Board:
    """Everything the status view shows on one date."""

    on: date
    unit: str
    statuses: tuple[Status, ...]
    balances: Mapping[str, Balance]
    disputes: tuple[Dispute, ...]
    names: Mapping[str, str]
    terms: MonitoringTerms

    def name(self, account: str) -> str:
        return self.names.get(account, account) if account else self.names.get("", "")


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
        from desk.services.bargaining import BargainingService
        from desk.services.rules import RuleService

        concluded = BargainingService(self.cases).concluded()
        if concluded is None:
            raise DeskError("the case has no concluded package yet: nothing is due before the parties agree")
        return RuleService(self.cases).schedule(dict(concluded.package))

    def dues(self) -> tuple[list[Due], Schedule, CaseSnapshot]:
        """Every commitment: payments per period, readings to report, awards of decided disputes, duties."""
        from desk.services.bargaining import BargainingService
        from desk.services.rules import RuleService

        snapshot = self.cases.snapshot()
        schedule = self.schedule()
        terms = self.terms()
        rules = RuleService(self.cases)
        package = Terms.of(snapshot.issues, dict(BargainingService(self.cases).concluded().package))
        index = ReadingIndex(rules.readings())
        years = monitored_years(snapshot.rules, package, schedule)
        with self.cases.transaction() as repos:
            disputes = repos.disputes.list(case_id=self.case_id)
            stored = repos.commitments.list(case_id=self.case_id)
        dues = [*payment_dues(schedule, terms), *reading_dues(snapshot.rules, snapshot.indicators, index, years, terms,
                             _secretariat_id(snapshot)),
                *award_dues(disputes, terms), *duty_dues(stored)]
        return dues, schedule, snapshot

    def board(self, on: date) -> Board:
        """The standing of every commitment on ``on``, the balances per account and the disputes."""
        from desk.services.rules import RuleService

        dues, schedule, snapshot = self.dues()
        terms = self.terms()
        with self.cases.transaction() as repos:
            stored = repos.commitments.list(case_id=self.case_id)
            records = repos.payment_records.list(case_id=self.case_id)
            disputes = tuple(repos.disputes.list(case_id=self.case_id))
        waived = {c.key: c.reason for c in stored if c.key and c.status is CommitmentStatus.WAIVED}
        done = ["duty|" + c.id for c in stored if not c.key and c.status is CommitmentStatus.FULFILLED]
        statuses = assess(dues, records, ReadingIndex(RuleService(self.cases).readings()), snapshot.indicators,
                          waived, on, terms, done)
        names = dict(schedule.names) | {p.id: p.name for p in snapshot.parties} | {"": secretariat_name(snapshot)}
        return Board(on, schedule.unit, tuple(statuses), balances(statuses, on, schedule.unit), disputes, names,
                     terms)

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

    def unwaive(self, key: str) -> None:
        with self.cases.transaction() as repos:
            found = [c for c in repos.commitments.list(case_id=self.case_id)
                     if c.key and key in (c.key, key_ref(c.key))]
            if not found:
                raise DeskError("the commitment is not waived")
            repos.commitments.delete(found[0].id)
            self.cases.audit(repos, "commitment.unwaived", found[0].id, {"key": key})

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
                      unit: str = "", commitment_key: str = "") -> Dispute:
        snapshot = self.cases.snapshot()
        if commitment_key:
            due = self._due(commitment_key)
            commitment_key, unit = due.key, unit or due.unit
        if amount is not None and not unit:
            unit = self.schedule().unit
        dispute = escalation.raise_dispute(self.case_id, snapshot.parties, _party(snapshot, claimant).id,
                                           _party(snapshot, respondent).id, subject, on, self.terms(),
                                           amount=amount, unit=unit, commitment_key=commitment_key)
        with self.cases.transaction() as repos:
            repos.disputes.add(dispute)
            self.cases.audit(repos, "dispute.raised", dispute.id, dispute)
        return dispute

    def escalate(self, dispute_id: str, on: date) -> Dispute:
        parties = self.cases.snapshot().parties
        return self._save(escalation.escalate(self._dispute(dispute_id), parties, on, self.terms()),
                          "dispute.escalated")

    def decide(self, dispute_id: str, outcome: DisputeOutcome, reasoning: str, on: date,
               amount: float | None = None) -> Dispute:
        return self._save(escalation.decide(self._dispute(dispute_id), outcome, reasoning, on, amount),
                          "dispute.decided")

    def disputes(self) -> list[Dispute]:
        with self.cases.transaction() as repos:
            return repos.disputes.list(case_id=self.case_id)

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


def _secretariat_id(snapshot: CaseSnapshot) -> str:
    found = next((p for p in snapshot.parties if p.kind is PartyKind.SECRETARIAT), None)
    return found.id if found else ""


def secretariat_name(snapshot: CaseSnapshot) -> str:
    found = next((p for p in snapshot.parties if p.kind is PartyKind.SECRETARIAT), None)
    return found.name if found else "联席会议办公室"


__all__ = ["Board", "DueKind", "MonitoringService", "Standing"]
