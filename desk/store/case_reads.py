"""Set-based reads of a whole case for the read model: one statement per kind of row, never one per parent."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.core.agreements import AgreementVersion
from desk.core.bargaining import BargainingRecord
from desk.core.compliance.duties import binding_version
from desk.core.compliance.ledger import PaymentRecord
from desk.core.compliance.record import MonitoringRecord
from desk.core.compliance.terms import MonitoringTerms
from desk.core.events import AuditHead, Event
from desk.core.monitoring import Commitment, Dispute
from desk.core.rules.readings import Reading
from desk.core.rules.scenarios import Scenario, ScenarioHeader, ScenarioReading
from desk.core.sessions import Proposal, Response, Round
from desk.core.sessions import Session as MeetingSession
from desk.store import models as m
from desk.store.mapping import from_row


class CaseReads:
    """Reads over one session: one statement per method (four for :meth:`bargaining`, one per table)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def bargaining(self, case_id: str) -> BargainingRecord:
        """Every session, round, proposal and answer of the case, in four statements."""
        s, r, p, a = m.SessionRow, m.RoundRow, m.ProposalRow, m.ResponseRow
        # meetings in date order (undated ones last, by title): ids are random, so never by id
        sessions = self.session.scalars(select(s).where(s.case_id == case_id)
                                        .order_by(s.held_on.is_(None), s.held_on, s.title, s.id))
        rounds = self.session.scalars(select(r).join(s, r.session_id == s.id).where(s.case_id == case_id)
                                      .order_by(s.id, r.number, r.id))
        proposals = self.session.scalars(select(p).join(r, p.round_id == r.id).join(s, r.session_id == s.id)
                                         .where(s.case_id == case_id).order_by(p.tabled_at, p.id))
        responses = self.session.scalars(select(a).join(p, a.proposal_id == p.id).join(r, p.round_id == r.id)
                                         .join(s, r.session_id == s.id).where(s.case_id == case_id)
                                         .order_by(a.answered_at, a.id))
        return BargainingRecord(tuple(from_row(MeetingSession, x) for x in sessions),
                                tuple(from_row(Round, x) for x in rounds),
                                tuple(from_row(Proposal, x) for x in proposals),
                                tuple(from_row(Response, x) for x in responses))

    def agreement_versions(self, case_id: str) -> tuple[AgreementVersion, ...]:
        rows = self.session.scalars(select(m.AgreementRow).where(m.AgreementRow.case_id == case_id)
                                    .order_by(m.AgreementRow.version))
        return tuple(from_row(AgreementVersion, row) for row in rows)

    def signers(self, case_id: str) -> dict[str, frozenset[str]]:
        """Agreement version id → the ids of the parties whose signatures it carries."""
        query = (select(m.SignatureRow.agreement_id, m.SignatureRow.party_id)
                 .join(m.AgreementRow, m.SignatureRow.agreement_id == m.AgreementRow.id)
                 .where(m.AgreementRow.case_id == case_id))
        found: dict[str, set[str]] = {}
        for agreement_id, party_id in self.session.execute(query):
            found.setdefault(agreement_id, set()).add(party_id)
        return {agreement_id: frozenset(parties) for agreement_id, parties in found.items()}

    def audit_head(self, case_id: str) -> AuditHead:
        """The last event and the number of events, in one statement (never the whole log)."""
        count = func.count().over().label("events")
        query = (select(m.EventRow, count).where(m.EventRow.case_id == case_id)
                 .order_by(m.EventRow.seq.desc()).limit(1))
        found = self.session.execute(query).first()
        return AuditHead() if found is None else AuditHead(from_row(Event, found[0]), int(found[1]))

    def events_of_kind(self, case_id: str, kind: str) -> tuple[Event, ...]:
        """The case's audit events of one kind, in log order (one statement)."""
        query = (select(m.EventRow).where(m.EventRow.case_id == case_id, m.EventRow.kind == kind)
                 .order_by(m.EventRow.seq))
        return tuple(from_row(Event, row) for row in self.session.scalars(query))

    def credential_kinds(self, case_id: str) -> tuple[str, ...]:
        """The kind of every credential the case holds (its CA, trusted certificates), oldest first."""
        query = select(m.CredentialRow.kind).where(m.CredentialRow.case_id == case_id).order_by(m.CredentialRow.id)
        return tuple(self.session.scalars(query))

    def monitoring(self, case_id: str) -> MonitoringRecord:
        """Terms, readings, waivers and duties, payments made and disputes of the case: one statement each
        (in the repositories' order)."""

        def rows(cls, model, *order):
            query = select(model).where(model.case_id == case_id).order_by(*order)
            return tuple(from_row(cls, row) for row in self.session.scalars(query))

        terms = rows(MonitoringTerms, m.MonitoringTermsRow, m.MonitoringTermsRow.id)
        return MonitoringRecord(
            terms[0] if terms else None,
            rows(Reading, m.ReadingRow, m.ReadingRow.id),
            rows(Commitment, m.CommitmentRow, m.CommitmentRow.id),
            rows(PaymentRecord, m.PaymentRecordRow, m.PaymentRecordRow.paid_on, m.PaymentRecordRow.id),
            rows(Dispute, m.DisputeRow, m.DisputeRow.raised_at, m.DisputeRow.id),
            binding_version(self.agreement_versions(case_id)))

    def scenarios(self, case_id: str) -> tuple[Scenario, ...]:
        """The case's reading scenarios in display order, each with its readings: two statements."""
        headers = self.session.scalars(select(m.ScenarioRow).where(m.ScenarioRow.case_id == case_id)
                                       .order_by(m.ScenarioRow.position, m.ScenarioRow.name, m.ScenarioRow.id))
        found: dict[str, list[ScenarioReading]] = {}
        rows = self.session.scalars(select(m.ScenarioReadingRow).where(m.ScenarioReadingRow.case_id == case_id)
                                    .order_by(m.ScenarioReadingRow.id))
        for row in rows:
            found.setdefault(row.scenario_id, []).append(from_row(ScenarioReading, row))
        return tuple(Scenario.of(from_row(ScenarioHeader, h), found.get(h.id, ())) for h in headers)
