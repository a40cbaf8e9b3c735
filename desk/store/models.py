"""SQLAlchemy ORM models of a case file; column names match the core dataclass fields."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desk.store.types import ISODate, UTCDateTime

ID = String(64)


class Base(DeclarativeBase):
    """Declarative base; naming conventions keep constraint names stable for migrations."""

    metadata = MetaData(naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    })


def _case_fk() -> Mapped[str]:
    return mapped_column(ID, ForeignKey("case.id", ondelete="CASCADE"), index=True)


class CaseRow(Base):
    __tablename__ = "case"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    illustrative: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PartyRow(Base):
    __tablename__ = "party"
    __table_args__ = (Index("uq_party_case_id_name", "case_id", "name", unique=True),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = _case_fk()
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(20))
    role: Mapped[str] = mapped_column(String(20))
    superior_id: Mapped[str | None] = mapped_column(ID, ForeignKey("party.id", ondelete="SET NULL"), nullable=True)
    delegate_name: Mapped[str] = mapped_column(String(200), default="")
    delegate_title: Mapped[str] = mapped_column(String(200), default="")
    colour: Mapped[str] = mapped_column(String(7))
    batna: Mapped[float] = mapped_column(Float, default=0.0)
    bargaining_power: Mapped[float] = mapped_column(Float, default=1.0)
    no_agreement: Mapped[Any] = mapped_column(JSON, default=list)  # migration 0007
    notes: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    population: Mapped[float | None] = mapped_column(Float, nullable=True)  # migration 0008: 万人
    fiscal_revenue: Mapped[float | None] = mapped_column(Float, nullable=True)  # migration 0008: 亿元 a year


class IssueRow(Base):
    __tablename__ = "issue"
    __table_args__ = (Index("uq_issue_case_id_name", "case_id", "name", unique=True),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = _case_fk()
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(20), default="")
    kind: Mapped[str] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(String(20))
    minimum: Mapped[float] = mapped_column(Float)
    maximum: Mapped[float] = mapped_column(Float)
    step: Mapped[float] = mapped_column(Float)
    options: Mapped[Any] = mapped_column(JSON)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    payer_id: Mapped[str | None] = mapped_column(ID, ForeignKey("party.id", ondelete="SET NULL"), nullable=True)
    payee_id: Mapped[str | None] = mapped_column(ID, ForeignKey("party.id", ondelete="SET NULL"), nullable=True)


class DemandRow(Base):
    __tablename__ = "demand"
    __table_args__ = (UniqueConstraint("party_id", "issue_id"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = _case_fk()
    party_id: Mapped[str] = mapped_column(ID, ForeignKey("party.id", ondelete="CASCADE"), index=True)
    issue_id: Mapped[str] = mapped_column(ID, ForeignKey("issue.id", ondelete="CASCADE"), index=True)
    ideal: Mapped[Any] = mapped_column(JSON)
    reservation: Mapped[Any] = mapped_column(JSON, nullable=True)
    priority: Mapped[float] = mapped_column(Float)
    rationale: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[Any] = mapped_column(JSON)
    breakpoints: Mapped[Any] = mapped_column(JSON)
    option_scores: Mapped[Any] = mapped_column(JSON)
    author: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SessionRow(Base):
    __tablename__ = "session"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = _case_fk()
    title: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[date | None] = mapped_column(ISODate, nullable=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    chair: Mapped[str] = mapped_column(String(200), default="")
    attendees: Mapped[Any] = mapped_column(JSON)
    notes: Mapped[str] = mapped_column(Text, default="")


class RoundRow(Base):
    __tablename__ = "round"
    __table_args__ = (UniqueConstraint("session_id", "number"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    session_id: Mapped[str] = mapped_column(ID, ForeignKey("session.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    minutes: Mapped[str] = mapped_column(Text, default="")


class ProposalRow(Base):
    __tablename__ = "proposal"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    round_id: Mapped[str] = mapped_column(ID, ForeignKey("round.id", ondelete="CASCADE"), index=True)
    # CASCADE only so a whole case can be deleted; the service refuses to delete a party with a record.
    author_id: Mapped[str] = mapped_column(ID, ForeignKey("party.id", ondelete="CASCADE"))
    package: Mapped[Any] = mapped_column(JSON)
    note: Mapped[str] = mapped_column(Text, default="")
    parent_id: Mapped[str | None] = mapped_column(ID, ForeignKey("proposal.id", ondelete="SET NULL"), nullable=True)
    tabled_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ResponseRow(Base):
    __tablename__ = "response"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    proposal_id: Mapped[str] = mapped_column(ID, ForeignKey("proposal.id", ondelete="CASCADE"), index=True)
    party_id: Mapped[str] = mapped_column(ID, ForeignKey("party.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text, default="")
    counter_id: Mapped[str | None] = mapped_column(ID, ForeignKey("proposal.id", ondelete="SET NULL"), nullable=True)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime)


class AgreementRow(Base):
    __tablename__ = "agreement_version"
    __table_args__ = (UniqueConstraint("case_id", "version"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = _case_fk()
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    clauses: Mapped[Any] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20))
    proposal_id: Mapped[str | None] = mapped_column(ID, ForeignKey("proposal.id", ondelete="SET NULL"), nullable=True)
    language: Mapped[str] = mapped_column(String(5))
    author: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SignatureRow(Base):
    __tablename__ = "signature"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    agreement_id: Mapped[str] = mapped_column(ID, ForeignKey("agreement_version.id", ondelete="CASCADE"), index=True)
    party_id: Mapped[str] = mapped_column(ID, ForeignKey("party.id", ondelete="CASCADE"))
    delegate_name: Mapped[str] = mapped_column(String(200))
    certificate_subject: Mapped[str] = mapped_column(String(1000), default="")
    certificate_sha256: Mapped[str] = mapped_column(String(64), default="")
    document_sha256: Mapped[str] = mapped_column(String(64), default="")
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CommitmentRow(Base):
    __tablename__ = "commitment"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = _case_fk()
    party_id: Mapped[str] = mapped_column(ID, ForeignKey("party.id", ondelete="CASCADE"))
    description: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(ISODate, nullable=True)
    status: Mapped[str] = mapped_column(String(20))
    agreement_id: Mapped[str | None] = mapped_column(
        ID, ForeignKey("agreement_version.id", ondelete="SET NULL"), nullable=True)
    key: Mapped[str] = mapped_column(String(600), default="")  # migration 0005: the derived commitment waived
    reason: Mapped[str] = mapped_column(Text, default="")


class IndicatorRow(Base):
    __tablename__ = "indicator"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = _case_fk()
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(20), default="")
    target: Mapped[float | None] = mapped_column(Float, nullable=True)
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    higher_is_better: Mapped[bool] = mapped_column(Boolean, default=False)
    subjects: Mapped[Any] = mapped_column(JSON, default=list)  # migration 0004
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class BenefitRuleRow(Base):
    """A benefit-sharing or compensation rule; its parameters as JSON (migration 0004)."""

    __tablename__ = "benefit_rule"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = _case_fk()
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))
    params: Mapped[Any] = mapped_column(JSON)
    unit: Mapped[str] = mapped_column(String(20), default="万元")
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ReadingRow(Base):
    """A reported value of an indicator for a period and subject (migration 0004)."""

    __tablename__ = "reading"
    __table_args__ = (UniqueConstraint("indicator_id", "subject", "period"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = _case_fk()
    indicator_id: Mapped[str] = mapped_column(ID, ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(20))
    subject: Mapped[str] = mapped_column(String(200), default="")
    value: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(Text, default="")
    reporter: Mapped[str] = mapped_column(String(200), default="")  # migration 0009: who reported it
    attachment_id: Mapped[str | None] = mapped_column(ID, nullable=True)  # the source document (no key: bundles
    # leave attachments out)


class EvaluationRow(Base):
    __tablename__ = "evaluation"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    indicator_id: Mapped[str] = mapped_column(ID, ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(40))
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)


class DisputeRow(Base):
    __tablename__ = "dispute"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = _case_fk()
    claimant_id: Mapped[str] = mapped_column(ID, ForeignKey("party.id", ondelete="CASCADE"))
    respondent_id: Mapped[str] = mapped_column(ID, ForeignKey("party.id", ondelete="CASCADE"))
    subject: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))
    level: Mapped[str] = mapped_column(String(20))
    arbiter_id: Mapped[str | None] = mapped_column(ID, ForeignKey("party.id", ondelete="SET NULL"), nullable=True)
    resolution: Mapped[str] = mapped_column(Text, default="")
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime)
    commitment_key: Mapped[str] = mapped_column(String(600), default="")  # migration 0005
    claim_amount: Mapped[float | None] = mapped_column(Float, nullable=True)
    unit: Mapped[str] = mapped_column(String(20), default="")
    steps: Mapped[Any] = mapped_column(JSON, default=list)
    outcome: Mapped[str | None] = mapped_column(String(20), nullable=True)
    decided_amount: Mapped[float | None] = mapped_column(Float, nullable=True)
    decided_on: Mapped[date | None] = mapped_column(ISODate, nullable=True)
    evidence: Mapped[str] = mapped_column(Text, default="")  # migration 0008
    clause: Mapped[str] = mapped_column(String(600), default="")


class PaymentRecordRow(Base):
    """A payment made against a commitment's key (migration 0005)."""

    __tablename__ = "payment_record"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = _case_fk()
    key: Mapped[str] = mapped_column(String(600))
    payer: Mapped[str] = mapped_column(String(100))
    payee: Mapped[str] = mapped_column(String(100))
    amount: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(20))
    paid_on: Mapped[date] = mapped_column(ISODate)
    reference: Mapped[str] = mapped_column(Text, default="")


class MonitoringTermsRow(Base):
    """A case's monitoring terms: due-date grace and windows (migration 0005)."""

    __tablename__ = "monitoring_terms"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = mapped_column(ID, ForeignKey("case.id", ondelete="CASCADE"), unique=True)
    payment_grace_days: Mapped[int] = mapped_column(Integer)
    report_grace_days: Mapped[int] = mapped_column(Integer)
    due_soon_days: Mapped[int] = mapped_column(Integer)
    breach_days: Mapped[int] = mapped_column(Integer)
    step_days: Mapped[int] = mapped_column(Integer)
    reporters: Mapped[Any] = mapped_column(JSON, default=dict)


class FindingRow(Base):
    """The secretariat's findings of an evaluation, for a period or the whole term (migration 0008)."""

    __tablename__ = "finding"
    __table_args__ = (Index("uq_finding_case_id_period", "case_id", "period", unique=True),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = _case_fk()
    period: Mapped[str] = mapped_column(String(40), default="")
    text: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CaseLinkRow(Base):
    """The case file of the round before (predecessor) or after (successor) this case (migration 0009)."""

    __tablename__ = "case_link"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = _case_fk()
    role: Mapped[str] = mapped_column(String(20))
    other_case_id: Mapped[str] = mapped_column(ID)
    other_name: Mapped[str] = mapped_column(String(200))
    path: Mapped[str] = mapped_column(Text)
    anchor: Mapped[str] = mapped_column(String(200), default="")
    linked_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ScenarioRow(Base):
    """A named, hypothetical set of readings (migration 0010); its readings are in ``scenario_reading``."""

    __tablename__ = "scenario"
    __table_args__ = (Index("uq_scenario_case_id_name", "case_id", "name", unique=True),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = _case_fk()
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ScenarioReadingRow(Base):
    """A reading of a scenario (migration 0010): a table apart from ``reading`` so that no query of the reported
    readings can ever pick up a hypothetical one."""

    __tablename__ = "scenario_reading"
    __table_args__ = (UniqueConstraint("scenario_id", "indicator_id", "subject", "period"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    scenario_id: Mapped[str] = mapped_column(ID, ForeignKey("scenario.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[str] = _case_fk()
    indicator_id: Mapped[str] = mapped_column(ID, ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(20))
    subject: Mapped[str] = mapped_column(String(200), default="")
    value: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(Text, default="")


class EventRow(Base):
    __tablename__ = "event"
    case_id: Mapped[str] = mapped_column(ID, ForeignKey("case.id", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str] = mapped_column(ID)
    payload: Mapped[Any] = mapped_column(JSON)
    actor: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class DemandRevisionRow(Base):
    """History of a demand: one row per create/update/delete with the full state after it."""

    __tablename__ = "demand_revision"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = _case_fk()
    demand_id: Mapped[str] = mapped_column(ID, index=True)
    party_id: Mapped[str] = mapped_column(ID)
    issue_id: Mapped[str] = mapped_column(ID)
    action: Mapped[str] = mapped_column(String(20))
    state: Mapped[Any] = mapped_column(JSON)
    author: Mapped[str] = mapped_column(String(200), default="")
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)


class AttachmentRow(Base):
    """An evidence file copied into the case file (added by migration 0002)."""

    __tablename__ = "attachment"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = _case_fk()
    demand_id: Mapped[str | None] = mapped_column(ID, ForeignKey("demand.id", ondelete="SET NULL"), nullable=True)
    filename: Mapped[str] = mapped_column(String(500))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CredentialRow(Base):
    """Secrets kept in the case file under a passphrase, e.g. the secretariat CA (migration 0002)."""

    __tablename__ = "credential"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = _case_fk()
    kind: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(200))
    certificate_pem: Mapped[str] = mapped_column(Text)
    encrypted_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
