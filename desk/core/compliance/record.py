"""What a case holds after signing, as one value: terms, readings, waivers and duties, payments made, disputes.

The read model carries it (loaded in one read transaction) so that the status board is computed without a
query; :func:`public_record` is the projector's copy (presentation mode), with the confidential parts removed.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from desk.core.agreements import AgreementVersion
from desk.core.compliance.ledger import PaymentRecord
from desk.core.compliance.terms import MonitoringTerms
from desk.core.monitoring import Commitment, Dispute
from desk.core.redaction import redact
from desk.core.rules.readings import Reading


@dataclass(frozen=True, slots=True)
class MonitoringRecord:
    """The stored rows monitoring reads; ``terms`` is None until the case saves its own."""

    terms: MonitoringTerms | None = None
    readings: tuple[Reading, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    payments: tuple[PaymentRecord, ...] = ()
    disputes: tuple[Dispute, ...] = ()
    #: the binding agreement (newest signed, else final version), whose clauses may state duties
    agreement: AgreementVersion | None = None
    #: why the rows could not be read (a value its column cannot hold: a damaged or hand-edited file); the
    #: record is then empty and the board says so instead of computing from nothing
    problem: str = ""

    def terms_for(self, case_id: str) -> MonitoringTerms:
        """The case's terms, or the defaults."""
        return self.terms if self.terms is not None else MonitoringTerms(case_id)


def public_record(record: MonitoringRecord) -> MonitoringRecord:
    """The record as every party may see it (each row through :func:`desk.core.redaction.redact`)."""
    return dataclasses.replace(record, payments=tuple(redact(p) for p in record.payments))
