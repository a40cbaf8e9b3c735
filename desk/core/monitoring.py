"""The monitoring and evaluation half of the loop: commitments, indicators, evaluations, disputes."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desk.core.enums import CommitmentStatus, DisputeLevel, DisputeOutcome, DisputeStatus
from desk.core.errors import ValidationError
from desk.core.validation import (
    check_datetime,
    check_enum,
    check_id,
    check_name,
    check_number,
    check_text,
    new_id,
    utcnow,
)


@dataclass(frozen=True, slots=True)
class Commitment:
    """A duty (履约事项) a party takes on under the agreement."""

    case_id: str
    party_id: str
    description: str
    due_on: date | None = None
    status: CommitmentStatus = CommitmentStatus.PENDING
    agreement_id: str | None = None
    key: str = ""
    reason: str = ""
    id: str = field(default_factory=new_id)

    def validate(self) -> Commitment:
        check_id("case_id", self.case_id)
        check_id("party_id", self.party_id)
        check_name("description", self.description, limit=2000)
        if self.due_on is not None and not isinstance(self.due_on, date):
            raise ValidationError("due_on", "type.date", "due_on must be a date")
        check_enum("status", self.status, CommitmentStatus)
        check_id("agreement_id", self.agreement_id, required=False)
        check_text("key", self.key, limit=600)
        check_text("reason", self.reason)
        if self.status is CommitmentStatus.WAIVED and not self.reason.strip():
            raise ValidationError("reason", "commitment.waiver_reason", "a waiver needs a reason")
        return self


@dataclass(frozen=True, slots=True)
class Indicator:
    """An indicator (考核指标), e.g. the permanganate index at the border section, or a firm's local tax share.

    ``target`` is the standard a reading must meet (≤ it, or ≥ it when ``higher_is_better``);
    ``subjects`` are the assessed sections or enterprises (empty: whatever the readings name);
    ``description`` defines the indicator as the agreement states it.
    """

    case_id: str
    name: str
    unit: str = ""
    target: float | None = None
    weight: float = 1.0
    higher_is_better: bool = False
    subjects: tuple[str, ...] = ()
    description: str = ""
    position: int = 0
    id: str = field(default_factory=new_id)

    def validate(self) -> Indicator:
        check_id("case_id", self.case_id)
        check_name("name", self.name)
        check_name("unit", self.unit, required=False, limit=20)
        if self.target is not None:
            check_number("target", self.target)
        check_number("weight", self.weight, low=0.0)
        if not isinstance(self.higher_is_better, bool):
            raise ValidationError("higher_is_better", "type.bool", "higher_is_better must be true or false")
        if not isinstance(self.subjects, tuple):
            raise ValidationError("subjects", "type.list", "subjects must be a list of names")
        for subject in self.subjects:
            check_name("subjects", subject)
        if len(set(self.subjects)) != len(self.subjects):
            raise ValidationError("subjects", "indicator.subject_duplicate", "a subject is named twice")
        check_text("description", self.description)
        return self


@dataclass(frozen=True, slots=True)
class Evaluation:
    """One measured value of an indicator for a period (评估记录)."""

    indicator_id: str
    period: str
    value: float
    note: str = ""
    recorded_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)

    def validate(self) -> Evaluation:
        check_id("indicator_id", self.indicator_id)
        check_name("period", self.period, limit=40)
        check_number("value", self.value)
        check_text("note", self.note)
        check_datetime("recorded_at", self.recorded_at)
        return self


@dataclass(frozen=True, slots=True)
class DisputeStep:
    """One step of a dispute's escalation: who decides (None: the joint conference itself), opened, deadline."""

    level: DisputeLevel
    arbiter_id: str | None
    opened_on: date
    deadline: date
    closed_on: date | None = None


@dataclass(frozen=True, slots=True)
class Dispute:
    """A dispute (争议) between two parties, escalated level by level until resolved.

    It concerns a commitment (``commitment_key``) or a clause of the agreement (``clause``, its heading);
    ``evidence`` lists what the claimant relies on, one item a line.
    """

    case_id: str
    claimant_id: str
    respondent_id: str
    subject: str
    status: DisputeStatus = DisputeStatus.OPEN
    level: DisputeLevel = DisputeLevel.JOINT_CONFERENCE
    arbiter_id: str | None = None
    resolution: str = ""
    raised_at: datetime = field(default_factory=utcnow)
    commitment_key: str = ""
    claim_amount: float | None = None
    unit: str = ""
    steps: tuple[DisputeStep, ...] = ()
    outcome: DisputeOutcome | None = None
    decided_amount: float | None = None
    decided_on: date | None = None
    evidence: str = ""
    clause: str = ""
    id: str = field(default_factory=new_id)

    def validate(self) -> Dispute:
        check_id("case_id", self.case_id)
        check_id("claimant_id", self.claimant_id)
        check_id("respondent_id", self.respondent_id)
        if self.claimant_id == self.respondent_id:
            raise ValidationError("respondent_id", "dispute.same_party", "a dispute needs two different parties")
        check_name("subject", self.subject, limit=2000)
        check_enum("status", self.status, DisputeStatus)
        check_enum("level", self.level, DisputeLevel)
        check_id("arbiter_id", self.arbiter_id, required=False)
        check_text("resolution", self.resolution)
        check_datetime("raised_at", self.raised_at)
        check_text("commitment_key", self.commitment_key, limit=600)
        check_text("evidence", self.evidence)
        check_text("clause", self.clause, limit=600)
        for name in ("claim_amount", "decided_amount"):
            if getattr(self, name) is not None:
                check_number(name, getattr(self, name), low=0.0)
        check_name("unit", self.unit, required=False, limit=20)
        if self.outcome is not None:
            check_enum("outcome", self.outcome, DisputeOutcome)
        return self


@dataclass(frozen=True, slots=True)
class Finding:
    """The secretariat's findings (评估意见) of an evaluation: for a period (``2016``) or the whole term (``""``)."""

    case_id: str
    text: str
    period: str = ""
    recorded_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)

    def validate(self) -> Finding:
        check_id("case_id", self.case_id)
        check_text("text", self.text, limit=20000)
        if not self.text.strip():
            raise ValidationError("text", "finding.empty", "the findings must not be empty")
        check_text("period", self.period, limit=40)
        check_datetime("recorded_at", self.recorded_at)
        return self
