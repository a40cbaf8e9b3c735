"""Repositories: read and write core objects inside one SQLAlchemy session (one transaction)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from desk.core.agreements import AgreementVersion, Signature
from desk.core.case import Case
from desk.core.compliance.ledger import PaymentRecord
from desk.core.compliance.terms import MonitoringTerms
from desk.core.demands import Demand, DemandRevision
from desk.core.errors import DeskError
from desk.core.events import Event, seal
from desk.core.issues import Issue
from desk.core.monitoring import Commitment, Dispute, Evaluation, Finding, Indicator
from desk.core.parties import Party
from desk.core.rounds import CaseLink
from desk.core.rules.model import BenefitRule
from desk.core.rules.readings import Reading
from desk.core.rules.scenarios import ScenarioHeader, ScenarioReading
from desk.core.sessions import Proposal, Response, Round
from desk.core.sessions import Session as MeetingSession
from desk.store import models as m
from desk.store.case_reads import CaseReads
from desk.store.mapping import from_row, row_values

T = TypeVar("T")

#: Core class → ORM class, in an order where every row's references come before it.
ROWS: dict[type, type[m.Base]] = {
    Case: m.CaseRow,
    Party: m.PartyRow,
    Issue: m.IssueRow,
    Demand: m.DemandRow,
    MeetingSession: m.SessionRow,
    Round: m.RoundRow,
    Proposal: m.ProposalRow,
    Response: m.ResponseRow,
    AgreementVersion: m.AgreementRow,
    Signature: m.SignatureRow,
    Commitment: m.CommitmentRow,
    Indicator: m.IndicatorRow,
    Evaluation: m.EvaluationRow,
    Dispute: m.DisputeRow,
    BenefitRule: m.BenefitRuleRow,
    Reading: m.ReadingRow,
    PaymentRecord: m.PaymentRecordRow,
    MonitoringTerms: m.MonitoringTermsRow,
    Finding: m.FindingRow,
    CaseLink: m.CaseLinkRow,
    ScenarioHeader: m.ScenarioRow,
    ScenarioReading: m.ScenarioReadingRow,
}

#: Column used to sort each kind of row for display.
ORDER = {
    m.PartyRow: "position", m.IssueRow: "position", m.RoundRow: "number", m.ProposalRow: "tabled_at",
    m.ResponseRow: "answered_at", m.AgreementRow: "version", m.EvaluationRow: "recorded_at",
    m.DisputeRow: "raised_at", m.CaseRow: "created_at", m.IndicatorRow: "position", m.BenefitRuleRow: "position",
    m.PaymentRecordRow: "paid_on", m.FindingRow: "period", m.CaseLinkRow: "linked_at", m.ScenarioRow: "position",
}


class NotFoundError(DeskError):
    """A referenced object does not exist (deleted meanwhile, or a wrong id)."""


class Repository(Generic[T]):
    """Create, read, update and delete one kind of core object."""

    def __init__(self, session: Session, core: type[T]) -> None:
        self.session = session
        self.core = core
        self.row = ROWS[core]

    def get(self, obj_id: str) -> T | None:
        row = self.session.get(self.row, obj_id)
        return None if row is None else from_row(self.core, row)

    def require(self, obj_id: str) -> T:
        found = self.get(obj_id)
        if found is None:
            raise NotFoundError(f"no {self.core.__name__.lower()} with id {obj_id}")
        return found

    def list(self, **filters: Any) -> list[T]:
        """All objects whose columns equal ``filters``, in display order."""
        query = select(self.row).filter_by(**filters)
        order = ORDER.get(self.row)
        if order:
            query = query.order_by(getattr(self.row, order), self.row.id)
        else:
            query = query.order_by(self.row.id)
        return [from_row(self.core, row) for row in self.session.scalars(query)]

    def add(self, obj: T) -> T:
        self.session.add(self.row(**row_values(obj)))
        self.session.flush()
        return obj

    def add_all(self, objs: Sequence[T]) -> None:
        """Add many objects in one bulk INSERT (a readings import of 10⁵ rows)."""
        if objs:
            self.session.flush()
            self.session.execute(insert(self.row), [row_values(obj) for obj in objs])

    def update_all(self, objs: Sequence[T]) -> None:
        """Change many objects with one flush."""
        for obj in objs:
            row = self.session.get(self.row, obj.id)  # type: ignore[attr-defined]
            if row is None:
                raise NotFoundError(f"no {self.core.__name__.lower()} with id {obj.id}")  # type: ignore[attr-defined]
            for name, value in row_values(obj).items():
                setattr(row, name, value)
        self.session.flush()

    def update(self, obj: T) -> T:
        row = self.session.get(self.row, obj.id)  # type: ignore[attr-defined]
        if row is None:
            raise NotFoundError(f"no {self.core.__name__.lower()} with id {obj.id}")  # type: ignore[attr-defined]
        for name, value in row_values(obj).items():
            setattr(row, name, value)
        self.session.flush()
        return obj

    def delete_all(self, obj_ids: Sequence[str]) -> None:
        """Delete many objects by id with a few bulk DELETEs (undoing a readings import of 10⁵ rows)."""
        self.session.flush()
        ids = list(obj_ids)
        for start in range(0, len(ids), 500):  # below SQLite's limit on bound parameters
            self.session.execute(delete(self.row).where(self.row.id.in_(ids[start:start + 500])))
        self.session.expire_all()

    def delete(self, obj_id: str) -> None:
        row = self.session.get(self.row, obj_id)
        if row is None:
            raise NotFoundError(f"no {self.core.__name__.lower()} with id {obj_id}")
        self.session.delete(row)
        self.session.flush()


class EventLog:
    """The append-only audit chain of a case."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def last(self, case_id: str) -> Event | None:
        row = self.session.scalars(
            select(m.EventRow).where(m.EventRow.case_id == case_id).order_by(m.EventRow.seq.desc()).limit(1)
        ).first()
        return None if row is None else from_row(Event, row)

    def append(self, case_id: str, kind: str, entity_id: str, payload: dict[str, Any], actor: str = "") -> Event:
        """Seal a new event onto the end of the chain."""
        event = seal(case_id, kind, entity_id, payload, previous=self.last(case_id), actor=actor)
        self.session.add(m.EventRow(**row_values(event)))
        self.session.flush()
        return event

    def add_sealed(self, event: Event) -> None:
        """Store an already-sealed event as it is (bundle import)."""
        self.session.add(m.EventRow(**row_values(event)))

    def list(self, case_id: str) -> list[Event]:
        rows = self.session.scalars(select(m.EventRow).where(m.EventRow.case_id == case_id).order_by(m.EventRow.seq))
        return [from_row(Event, row) for row in rows]


class Repositories:
    """Every repository over one session: ``repos.parties.add(...)``, ``repos.events.append(...)``."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.cases = Repository(session, Case)
        self.parties = Repository(session, Party)
        self.issues = Repository(session, Issue)
        self.demands = Repository(session, Demand)
        self.sessions = Repository(session, MeetingSession)
        self.rounds = Repository(session, Round)
        self.proposals = Repository(session, Proposal)
        self.responses = Repository(session, Response)
        self.agreements = Repository(session, AgreementVersion)
        self.signatures = Repository(session, Signature)
        self.commitments = Repository(session, Commitment)
        self.indicators = Repository(session, Indicator)
        self.evaluations = Repository(session, Evaluation)
        self.disputes = Repository(session, Dispute)
        self.rules = Repository(session, BenefitRule)
        self.readings = Repository(session, Reading)
        self.payment_records = Repository(session, PaymentRecord)
        self.monitoring_terms = Repository(session, MonitoringTerms)
        self.findings = Repository(session, Finding)
        self.case_links = Repository(session, CaseLink)
        self.scenarios = Repository(session, ScenarioHeader)
        self.scenario_readings = Repository(session, ScenarioReading)
        self.events = EventLog(session)
        self.reads = CaseReads(session)

    def for_core(self, core: type[T]) -> Repository[T]:
        """The repository of a core class."""
        return Repository(self.session, core)

    def has_bargaining_record(self, party_id: str) -> bool:
        """True when the party authored a proposal, answered one or signed an agreement."""
        checks = ((m.ProposalRow, m.ProposalRow.author_id), (m.ResponseRow, m.ResponseRow.party_id),
                  (m.SignatureRow, m.SignatureRow.party_id))
        return any(self.session.scalar(select(row.id).where(column == party_id).limit(1)) is not None
                   for row, column in checks)

    def demand_for(self, party_id: str, issue_id: str) -> Demand | None:
        row = self.session.scalars(
            select(m.DemandRow).where(m.DemandRow.party_id == party_id, m.DemandRow.issue_id == issue_id)
        ).first()
        return None if row is None else from_row(Demand, row)

    def record_demand_revision(self, demand: Demand, action: str, state: dict[str, Any]) -> None:
        """Keep the demand's state after a create/update/delete in its history."""
        self.session.add(m.DemandRevisionRow(
            case_id=demand.case_id, demand_id=demand.id, party_id=demand.party_id, issue_id=demand.issue_id,
            action=action, state=state, author=demand.author, changed_at=demand.updated_at,
        ))

    def demand_history(self, case_id: str, demand_id: str | None = None, skip: int = 0) -> Sequence[DemandRevision]:
        """The revisions of one demand (or of every demand of the case), oldest first; ``skip``: leave out the
        first ones (the history is append-only, so a reader that holds ``skip`` of them reads only what is new)."""
        query = select(m.DemandRevisionRow).where(m.DemandRevisionRow.case_id == case_id)
        if demand_id is not None:
            query = query.where(m.DemandRevisionRow.demand_id == demand_id)
        if skip:
            query = query.offset(skip)
        return [
            DemandRevision(row.demand_id, row.party_id, row.issue_id, row.action, dict(row.state), row.author,
                           row.changed_at)
            for row in self.session.scalars(query.order_by(m.DemandRevisionRow.id))
        ]
