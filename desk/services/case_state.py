"""The read model of an open case: one immutable value holding everything the pages show.

Loaded with set-based queries in one read transaction; after an operation only the parts its
:class:`~desk.core.changes.Changes` name are read again (:func:`load_state`). Presentation-mode
redaction is applied here, once: :attr:`CaseState.shown` is what may be on screen.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from desk.core.agreements import AgreementVersion
from desk.core.bargaining import BargainingRecord
from desk.core.changes import Changes, Kind
from desk.core.compliance.board import Board, build_board
from desk.core.compliance.record import MonitoringRecord, public_record
from desk.core.demands import DemandRevision
from desk.core.elicitation import ELICITED, latest_answers
from desk.core.events import AuditHead
from desk.core.redaction import public_snapshot, redact
from desk.core.rules.scenarios import Scenario
from desk.core.sessions import Proposal
from desk.core.snapshot import CaseSnapshot
from desk.store.repositories import Repositories

EMPTY_RECORD = BargainingRecord((), (), (), ())


@dataclass(frozen=True, slots=True)
class CaseState:
    """What the pages of one case show; replaced whole (never mutated) after every operation."""

    snapshot: CaseSnapshot
    record: BargainingRecord = EMPTY_RECORD
    versions: tuple[AgreementVersion, ...] = ()
    #: agreement version id → the ids of the parties that signed it
    signed_by: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    demand_history: tuple[DemandRevision, ...] = ()
    credential_kinds: tuple[str, ...] = ()
    audit: AuditHead = field(default_factory=AuditHead)
    presenting: bool = False
    #: the snapshot that may be shown and analysed on screen: the public one while presenting
    shown: CaseSnapshot = field(default=None)  # type: ignore[assignment]
    concluded: Proposal | None = None
    #: what the case holds after signing (terms, readings, waivers, duties, payments made, disputes)
    monitoring: MonitoringRecord = field(default_factory=MonitoringRecord)
    #: the monitoring record that may be shown on screen: the public one while presenting
    shown_monitoring: MonitoringRecord = field(default=None)  # type: ignore[assignment]
    #: party id → subject → the latest elicited answers (CONFIDENTIAL: the Explain dialog hides them presenting)
    elicitation: Mapping[str, Mapping[str, dict]] = field(default_factory=lambda: MappingProxyType({}))
    #: the named reading scenarios with their readings (hypothetical: never mixed into ``monitoring``; not
    #: confidential, so shown while presenting too)
    scenarios: tuple[Scenario, ...] = ()

    def __post_init__(self) -> None:
        if self.shown is None:
            object.__setattr__(self, "shown", public_snapshot(self.snapshot) if self.presenting else self.snapshot)
        if self.shown_monitoring is None:
            object.__setattr__(self, "shown_monitoring", public_record(self.monitoring) if self.presenting
                               else self.monitoring)
        if self.concluded is None:
            object.__setattr__(self, "concluded", self.record.concluded(tuple(p.id for p in
                                                                             self.snapshot.signatories)))

    def signatures(self, version_id: str) -> int:
        """How many signatures a version carries."""
        return len(self.signed_by.get(version_id, ()))

    def from_concluded(self, version: AgreementVersion) -> bool:
        """True when ``version`` was drafted from the package every signatory accepted."""
        return self.concluded is not None and version.proposal_id == self.concluded.id

    def history(self, demand_id: str | None = None) -> Sequence[DemandRevision]:
        """The demand history of the case (of one demand when given), oldest first, as it may be shown: without
        reservations and breakpoints while presenting."""
        found = self.demand_history if demand_id is None else tuple(r for r in self.demand_history
                                                                     if r.demand_id == demand_id)
        return tuple(redact(r) for r in found) if self.presenting else found

    def answers(self, party_id: str) -> Mapping[str, dict]:
        """The party's latest elicited answers by subject ("weights" or an issue id): what Explain shows."""
        return self.elicitation.get(party_id, MappingProxyType({}))

    def scenario(self, scenario_id: str) -> Scenario | None:
        """The scenario of that id, or None (deleted meanwhile)."""
        return next((s for s in self.scenarios if s.id == scenario_id), None)

    def board(self, on: date) -> Board:
        """The status board (履约监督) on ``on`` as it may be shown (public while presenting), computed from this
        state without a query; a DeskError says why there is none (no concluded package, a broken rule)."""
        package = None if self.concluded is None else dict(self.concluded.package)
        return build_board(self.snapshot, package, self.shown_monitoring, on)

    def presented(self, presenting: bool) -> CaseState:
        """The same state for the secretariat's view or the projector's (no query)."""
        if presenting == self.presenting:
            return self
        return dataclasses.replace(self, presenting=presenting, shown=None, shown_monitoring=None,
                                   concluded=self.concluded)


def load_state(repos: Repositories, case_id: str, changes: Changes, previous: CaseState | None = None,
               presenting: bool = False) -> CaseState:
    """``previous`` with the parts ``changes`` names read again (everything when there is no ``previous`` or
    ``changes`` is everything, e.g. after the file changed outside this window)."""
    if previous is None or changes == Changes.everything():
        previous, changes = None, Changes.everything()  # a whole reload trusts nothing it held
    old = previous.snapshot if previous is not None else None
    snapshot = CaseSnapshot(
        case=repos.cases.require(case_id) if Kind.CASE in changes or old is None else old.case,
        parties=tuple(repos.parties.list(case_id=case_id)) if Kind.PARTIES in changes or old is None
        else old.parties,
        issues=tuple(repos.issues.list(case_id=case_id)) if Kind.ISSUES in changes or old is None else old.issues,
        demands=tuple(repos.demands.list(case_id=case_id)) if changes.touches(_DEMAND_ROWS) or old is None
        else old.demands,
        indicators=tuple(repos.indicators.list(case_id=case_id)) if Kind.MONITORING in changes or old is None
        else old.indicators,
        rules=tuple(repos.rules.list(case_id=case_id)) if Kind.RULES in changes or old is None else old.rules,
    )
    keep = previous or CaseState(snapshot)
    reads = repos.reads
    return CaseState(
        snapshot=snapshot,
        record=reads.bargaining(case_id) if Kind.BARGAINING in changes else keep.record,
        versions=reads.agreement_versions(case_id) if Kind.AGREEMENTS in changes else keep.versions,
        signed_by=MappingProxyType(reads.signers(case_id)) if Kind.AGREEMENTS in changes else keep.signed_by,
        demand_history=(keep.demand_history + tuple(repos.demand_history(case_id, skip=len(keep.demand_history)))
                        if changes.touches(_DEMAND_ROWS) else keep.demand_history),  # append-only: read what is new
        credential_kinds=reads.credential_kinds(case_id) if Kind.IDENTITIES in changes else keep.credential_kinds,
        audit=reads.audit_head(case_id) if Kind.AUDIT in changes else keep.audit,
        monitoring=_monitoring(reads, case_id) if Kind.MONITORING in changes else keep.monitoring,
        elicitation=(MappingProxyType(elicitation_of(repos, case_id)) if Kind.DEMANDS in changes
                     else keep.elicitation),  # the elicitation steps change demands
        scenarios=reads.scenarios(case_id) if changes.touches(_SCENARIO_ROWS) else keep.scenarios,
        presenting=presenting,
    )


def elicitation_of(repos: Repositories, case_id: str) -> dict[str, dict[str, dict]]:
    """Every party's latest elicited answers by subject, from the case's elicitation events (one statement)."""
    return latest_answers(e.payload for e in repos.reads.events_of_kind(case_id, ELICITED))


def _monitoring(reads, case_id: str) -> MonitoringRecord:
    """The monitoring rows; a row whose value its column type refuses leaves the record empty with the reason,
    so the case still opens (the Monitoring page shows why; ``desk check`` names the row)."""
    try:
        return reads.monitoring(case_id)
    except (ValueError, TypeError, KeyError) as exc:
        return MonitoringRecord(problem=f"{type(exc).__name__}: {exc}")


#: deleting an indicator (a monitoring change) deletes the scenarios' readings of it too
_SCENARIO_ROWS = (Kind.SCENARIOS, Kind.MONITORING)
#: deleting a party or an issue deletes its demands too
_DEMAND_ROWS = (Kind.DEMANDS, Kind.PARTIES, Kind.ISSUES)
