"""Enumerations of the domain model (DESIGN.md §2), stored by their string values."""
from __future__ import annotations

from enum import StrEnum


class PartyKind(StrEnum):
    CENTRAL = "central"
    PROVINCIAL = "provincial"
    MUNICIPAL = "municipal"
    COUNTY = "county"
    ENTERPRISE = "enterprise"
    RESIDENTS = "residents"
    NGO = "ngo"
    SECRETARIAT = "secretariat"


class PartyRole(StrEnum):
    SIGNATORY = "signatory"
    CONSULTED = "consulted"
    ARBITER = "arbiter"
    MEDIATOR = "mediator"


class IssueKind(StrEnum):
    NUMERIC = "numeric"
    DISCRETE = "discrete"


class IssueCategory(StrEnum):
    SHARING = "sharing"
    COMPENSATION = "compensation"
    COST_SHARING = "cost_sharing"
    STATISTICS = "statistics"
    MONITORING = "monitoring"
    EVALUATION = "evaluation"
    OTHER = "other"


class ResponseKind(StrEnum):
    ACCEPT = "accept"
    REJECT = "reject"
    COUNTER = "counter"


class AgreementStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"
    SIGNED = "signed"


class CommitmentStatus(StrEnum):
    PENDING = "pending"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    FULFILLED = "fulfilled"
    BREACHED = "breached"
    WAIVED = "waived"


class DisputeStatus(StrEnum):
    OPEN = "open"
    ESCALATED = "escalated"
    RESOLVED = "resolved"


class DisputeOutcome(StrEnum):
    UPHELD = "upheld"
    PARTLY = "partly"
    REJECTED = "rejected"


class DisputeLevel(StrEnum):
    JOINT_CONFERENCE = "joint_conference"
    SUPERIOR = "superior"
    CENTRAL = "central"
