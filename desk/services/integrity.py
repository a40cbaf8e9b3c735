"""``desk check``: is the case file sound, is its audit chain intact, does every row match its audited state?"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desk.core.anchors import PRINTED_HEX, Anchor, AnchorError, confirm
from desk.core.audit_ledger import compare, compare_revisions, replay
from desk.core.events import Event, verify_chain
from desk.store.audit_rows import RowReader, foreign_keys
from desk.store.integrity import raw_events, schema_revision, sqlite_integrity
from desk.store.migrate import HEAD_REVISION


@dataclass
class CheckReport:
    """What ``desk check`` found: ``problems`` (tampering, damage) and ``unverifiable`` (what the file
    cannot vouch for). ``ok`` only when there is neither."""

    path: Path
    events: int = 0
    problems: list[str] = field(default_factory=list)
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
    report.problems += sqlite_integrity(path)
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
    """Every row of every table against the state its audit events record."""
    revision = schema_revision(path)
    if revision != HEAD_REVISION:
        report.unverifiable.append(f"the rows were not compared with the audit log: the file has schema {revision} "
                                   f"and opening it in the app upgrades it to {HEAD_REVISION}")
        return
    ledger = replay(chains.values(), foreign_keys())
    with RowReader(path) as reader:
        findings = compare(ledger, list(reader.stored()))
        report.problems += reader.unreadable
        report.problems += findings.problems
        report.problems += compare_revisions(ledger, reader.revisions())
    report.unverifiable += findings.unverifiable
