"""Disputes (争议解决): the escalation chain from the administrative hierarchy, and each step of a dispute.

The chain is the joint conference first, then the parties' lowest common superior (networkx LCA over the
hierarchy, desk.core.analytics.hierarchy), then each superior above it up to the top (the central government
for provincial core interests: seed 002 §六).
"""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from desk.core.analytics.hierarchy import arbiter
from desk.core.compliance.terms import MonitoringTerms
from desk.core.enums import DisputeLevel, DisputeOutcome, DisputeStatus, PartyKind
from desk.core.errors import DeskError
from desk.core.monitoring import Dispute, DisputeStep
from desk.core.parties import Party


@dataclass(frozen=True, slots=True)
class Stage:
    """One level of the chain: its level and who decides there (None: the joint conference)."""

    level: DisputeLevel
    arbiter_id: str | None


def chain(parties: Sequence[Party], claimant_id: str, respondent_id: str) -> list[Stage]:
    """Joint conference → lowest common superior → … → the top of the hierarchy."""
    found = arbiter(parties, [claimant_id, respondent_id])
    stages = [Stage(DisputeLevel.JOINT_CONFERENCE, None)]
    by_id = {p.id: p for p in parties}
    current = found.arbiter
    while current is not None:
        level = DisputeLevel.CENTRAL if current.kind is PartyKind.CENTRAL else DisputeLevel.SUPERIOR
        stages.append(Stage(level, current.id))
        current = by_id.get(current.superior_id) if current.superior_id else None
    return stages


def raise_dispute(case_id: str, parties: Sequence[Party], claimant_id: str, respondent_id: str, subject: str,
                  on: date, terms: MonitoringTerms, *, amount: float | None = None, unit: str = "",
                  commitment_key: str = "", evidence: str = "", clause: str = "") -> Dispute:
    """A new dispute at the joint conference, its first step due ``step_days`` after ``on``."""
    chain(parties, claimant_id, respondent_id)  # both must be parties of the case, and distinct
    step = DisputeStep(DisputeLevel.JOINT_CONFERENCE, None, on, on + timedelta(days=terms.step_days))
    return Dispute(case_id, claimant_id, respondent_id, subject, raised_at=datetime.combine(on, time(), UTC),
                   commitment_key=commitment_key, claim_amount=amount, unit=unit, steps=(step,),
                   evidence=evidence.strip(), clause=clause.strip()).validate()


def escalate(dispute: Dispute, parties: Sequence[Party], on: date, terms: MonitoringTerms) -> Dispute:
    """Close the current step and open the next one of the chain (the next superior up)."""
    _open(dispute)
    stages = chain(parties, dispute.claimant_id, dispute.respondent_id)
    done = len(dispute.steps)
    if done >= len(stages):
        where = "the joint conference" if done == 1 else "the top of the hierarchy"
        raise DeskError(f"the dispute is already at {where}: no higher level among the case's parties"
                        + ("; add their common superior as a party" if done == 1 else ""))
    _not_before(dispute, on)
    nxt = stages[done]
    closed = (*dispute.steps[:-1], dataclasses.replace(dispute.steps[-1], closed_on=on))
    step = DisputeStep(nxt.level, nxt.arbiter_id, on, on + timedelta(days=terms.step_days))
    return dataclasses.replace(dispute, steps=(*closed, step), level=nxt.level, arbiter_id=nxt.arbiter_id,
                               status=DisputeStatus.ESCALATED)


def decide(dispute: Dispute, outcome: DisputeOutcome, reasoning: str, on: date,
           amount: float | None = None) -> Dispute:
    """Record the decision at the current step. Upheld awards the claim (or ``amount``), partly needs an amount
    below the claim, rejected awards nothing. An award becomes a payment due (respondent → claimant)."""
    _open(dispute)
    _not_before(dispute, on)
    if not reasoning.strip():
        raise DeskError("a decision needs its reasoning")
    if outcome is DisputeOutcome.REJECTED:
        if amount:
            raise DeskError("a rejected claim awards no amount")
        amount = None
    elif outcome is DisputeOutcome.UPHELD:
        amount = dispute.claim_amount if amount is None else amount
    else:
        if amount is None or amount <= 0:
            raise DeskError("a partly upheld claim needs the amount awarded")
        if dispute.claim_amount is not None and amount >= dispute.claim_amount:
            raise DeskError("a partly upheld claim awards less than the claim; use upheld for the whole claim")
    if amount is not None and amount < 0:
        raise DeskError("the amount awarded cannot be negative")
    if amount and not dispute.unit:
        raise DeskError("the dispute states no money unit, so no amount can be awarded")
    closed = (*dispute.steps[:-1], dataclasses.replace(dispute.steps[-1], closed_on=on))
    return dataclasses.replace(dispute, steps=closed, status=DisputeStatus.RESOLVED, outcome=outcome,
                               decided_amount=amount, decided_on=on, resolution=reasoning.strip())


def step_overdue(dispute: Dispute, on: date) -> bool:
    """An undecided dispute whose current step has passed its deadline."""
    return dispute.status is not DisputeStatus.RESOLVED and bool(dispute.steps) and dispute.steps[-1].deadline < on


def _open(dispute: Dispute) -> None:
    if dispute.status is DisputeStatus.RESOLVED:
        raise DeskError("the dispute is already decided")
    if not dispute.steps:
        raise DeskError("the dispute has no escalation step (raised by an older version); raise it again")


def _not_before(dispute: Dispute, on: date) -> None:
    if on < dispute.steps[-1].opened_on:
        raise DeskError(f"{on.isoformat()} is before the current step was opened ({dispute.steps[-1].opened_on})")
