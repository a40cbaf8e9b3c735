"""``desk check``: is the case file sound, is its audit chain intact, does the data match its last audited state?"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desk.core.errors import DeskError
from desk.core.events import Event, state_mismatches, verify_chain
from desk.core.plain import to_json
from desk.store.casefile import pending_upgrade
from desk.store.integrity import raw_events, sqlite_integrity
from desk.store.recovery import is_half_migrated
from desk.store.sqlite_files import scratch_copy


@dataclass
class CheckReport:
    """What ``desk check`` found; ``ok`` when nothing."""

    path: Path
    events: int = 0
    problems: list[str] = field(default_factory=list)
    #: "schema 0002: upgrade to 0004 pending" for a file an older version wrote (not a problem)
    pending: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def check_case_file(path: Path | str) -> CheckReport:
    """Run SQLite's integrity check, verify every case's audit chain, and compare the data with it."""
    path = Path(path)
    report = CheckReport(path)
    upgrade = pending_upgrade(path)
    if upgrade is not None:
        report.pending = f"schema {upgrade[0]}: upgrade to {upgrade[1]} pending (done, after a backup, when the app " \
                         "opens the file for writing)"
    report.problems += sqlite_integrity(path)
    if is_half_migrated(path):
        report.problems.append("the file was left half-upgraded by an interrupted upgrade; opening it in the app "
                               "restores it from its latest backup (NAME.<time>.bak.desk beside it)")
        return report
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
    from desk.services.cases import CaseService
    from desk.services.rules import RuleService

    with scratch_copy(path) as copy:  # check never writes to the file, not even to upgrade it
        try:
            service = CaseService.open(copy)
        except DeskError as exc:
            return [str(exc).replace(str(copy), path.name)]
        try:
            snapshot = service.snapshot()
            readings = RuleService(service).readings()
        finally:
            service.close()
    entities = [(type(e).__name__.lower(), e.id, to_json(e))
                for e in (snapshot.case, *snapshot.parties, *snapshot.issues, *snapshot.demands,
                          *snapshot.indicators, *snapshot.rules, *readings)]
    return state_mismatches(entities, chains.get(snapshot.case.id, []))
