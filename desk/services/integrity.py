"""``desk check``: is the case file sound, is its audit chain intact, does every row match its audited state?"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desk.core.anchors import PRINTED_HEX, Anchor, AnchorError, confirm
from desk.core.audit_ledger import compare, compare_revisions, replay
from desk.core.errors import DeskError
from desk.core.events import Event, verify_chain
from desk.store.audit_rows import RowReader, foreign_keys
from desk.store.casefile import open_case_file, pending_upgrade
from desk.store.integrity import raw_events, schema_revision, sqlite_integrity
from desk.store.migrate import HEAD_REVISION
from desk.store.recovery import is_half_migrated
from desk.store.sqlite_files import scratch_copy


@dataclass
class CheckReport:
    """What ``desk check`` found: ``problems`` (tampering, damage) and ``unverifiable`` (what the file
    cannot vouch for). ``ok`` only when there is neither."""

    path: Path
    events: int = 0
    problems: list[str] = field(default_factory=list)
    #: "schema 0002: upgrade to 0005 pending" for a file an older version wrote (not a problem)
    pending: str | None = None
    unverifiable: list[str] = field(default_factory=list)
    heads: dict[str, Event] = field(default_factory=dict)
    #: The anchor confirmed (None when none was given or it failed).
    anchor: Anchor | None = None

    @property
    def ok(self) -> bool:
        return not self.problems and not self.unverifiable


def check_case_file(path: Path | str, anchor: Anchor | None = None) -> CheckReport:
    """Run SQLite's integrity check, verify every case's audit chain, compare every row with it, and
    confirm that the history still holds ``anchor`` (a head printed in an exported document)."""
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
    if anchor is not None:
        try:
            confirm(anchor, chains)
            report.anchor = anchor
        except AnchorError as exc:
            report.problems.append(f"anchor #{anchor.seq} · {anchor.digest[:PRINTED_HEX]}: {exc}")
    for case_id, events in chains.items():
        result = verify_chain(events)
        report.events += result.count
        if not result.ok:
            report.problems.append(f"audit chain of case {case_id}: {result.reason}")
        elif events:
            report.heads[case_id] = events[-1]
    if not report.problems:
        _compare_rows(path, chains, report)
    return report


def _compare_rows(path: Path, chains: dict[str, list[Event]], report: CheckReport) -> None:
    """Every row of every table against the state its audit events record, on a private copy of the file
    (check never writes to the file, not even to upgrade it); an older file's copy is upgraded first."""
    with scratch_copy(path) as copy:
        if schema_revision(copy) != HEAD_REVISION:
            try:
                open_case_file(copy).dispose()
            except DeskError as exc:
                report.problems.append(str(exc).replace(str(copy), path.name))
                return
            chains = raw_events(copy)  # the upgrade's own events (renamed duplicates) are part of the history
        ledger = replay(chains.values(), foreign_keys())
        with RowReader(copy) as reader:
            findings = compare(ledger, list(reader.stored()))
            report.problems += reader.unreadable
            report.problems += findings.problems
            report.problems += compare_revisions(ledger, reader.revisions())
        report.unverifiable += findings.unverifiable
