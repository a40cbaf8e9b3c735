"""``desk check``: is the case file sound, is its audit chain intact, does the data match its last audited state?"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desk.core.events import Event, verify_chain
from desk.core.plain import to_json
from desk.store.integrity import raw_events, sqlite_integrity

#: Event kinds whose payload is the full state of the entity right after the change.
_STATE_EVENTS = ("created", "updated", "restored", "imported")
#: Fields changed by bulk operations (reordering) that record only the new order.
_UNAUDITED_FIELDS = ("position",)


@dataclass
class CheckReport:
    """What ``desk check`` found; ``ok`` when nothing."""

    path: Path
    events: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_case_file(path: Path | str) -> CheckReport:
    """Run SQLite's integrity check, verify every case's audit chain, and compare the data with it."""
    path = Path(path)
    report = CheckReport(path)
    report.problems += sqlite_integrity(path)
    chains = raw_events(path)
    for case_id, events in chains.items():
        result = verify_chain(events)
        report.events += result.count
        if not result.ok:
            report.problems.append(f"audit chain of case {case_id}: {result.reason}")
    if report.ok:
        report.problems += _state_mismatches(path, chains)
    return report


def _state_mismatches(path: Path, chains: dict[str, list[Event]]) -> list[str]:
    """Entities whose stored state differs from the state their latest audit event recorded."""
    from desk.services.cases import (
        CaseService,  # opened read-only in effect: nothing is written
    )

    problems: list[str] = []
    service = CaseService.open(path)
    try:
        snapshot = service.snapshot()
        latest = _latest_states(chains.get(snapshot.case.id, []))
        for entity in (snapshot.case, *snapshot.parties, *snapshot.issues, *snapshot.demands):
            recorded = latest.get(entity.id)
            if recorded is None:
                problems.append(f"{type(entity).__name__.lower()} {entity.id} has no audit event")
                continue
            seq, state = recorded
            if _comparable(to_json(entity)) != _comparable(state):
                problems.append(f"{type(entity).__name__.lower()} {entity.id} differs from its audited state "
                                f"(event {seq}): it was changed outside the app")
    finally:
        service.close()
    return problems


def _latest_states(events: list[Event]) -> dict[str, tuple[int, dict]]:
    latest: dict[str, tuple[int, dict]] = {}
    for event in events:
        if event.kind.rsplit(".", 1)[-1] in _STATE_EVENTS and "id" in event.payload:
            latest[event.entity_id] = (event.seq, dict(event.payload))
    return latest


def _comparable(state: dict) -> dict:
    return {k: v for k, v in state.items() if k not in _UNAUDITED_FIELDS}
