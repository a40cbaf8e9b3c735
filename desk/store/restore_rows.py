"""Putting back the rows a case file lost outside the app (an old upgrade deleted every demand) from the full
states its audit log recorded; the demands' history with them. Nothing else is changed."""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from desk.core.audit_ledger import Entry, ForeignKey, Ledger, Revision, lacking_revisions, replay_case
from desk.core.demands import Demand
from desk.store import models as m
from desk.store.audit_rows import audited_tables, foreign_keys
from desk.store.bundle_format import BundleError, _object
from desk.store.repositories import ROWS, Repositories

#: The kind of the event that says which rows were put back (it changes no audited state: each row is back in
#: the state its own last event records).
RESTORED_KIND = "rows.restored_from_log"


@dataclass
class RestoredRows:
    """What was put back (table, id) and what could not be, with why."""

    restored: list[tuple[str, str]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


def restore_missing(repos: Repositories, case_id: str, actor: str = "") -> RestoredRows:
    """Every row of ``case_id`` its audit log records in full but the file no longer holds, inserted back (parents
    before children) with the demands' lost history rows; one event lists them. Rows the log holds only in part
    (written before full audit records), or whose parent is gone for good, are refused with the reason."""
    keys = foreign_keys()
    ledger = replay_case(repos.events.list(case_id), keys)
    classes = {orm.__tablename__: core for core, orm in ROWS.items()}
    tables = {t.name: (n, t) for n, t in enumerate(m.Base.metadata.sorted_tables)}  # parents before children
    stored = {name: set(repos.session.scalars(select(tables[name][1].c.id))) for name in audited_tables()}
    result = RestoredRows()
    missing = sorted(((entity_id, entry) for entity_id, entry in ledger.entries.items()
                      if entry.state is not None and entry.table in stored and entry.table != "case"
                      and entity_id not in stored[entry.table]), key=lambda item: tables[item[1].table][0])
    for entity_id, entry in missing:
        reason = _why_not(entry, classes, stored, keys)
        if reason:
            result.refused.append(f"{entry.table} {entity_id}: {reason}")
            continue
        core = classes[entry.table]
        try:
            row = _object(core, entry.state, f"event {entry.seq}")
        except BundleError as exc:
            result.refused.append(f"{entry.table} {entity_id}: its recorded state cannot be read ({exc})")
            continue
        repos.for_core(core).add(row)
        stored[entry.table].add(entity_id)  # its children may follow
        result.restored.append((entry.table, entity_id))
    _restore_history(repos, case_id, ledger, {entity_id for _, entity_id in result.restored})
    if result.restored:
        repos.events.append(case_id, RESTORED_KIND, case_id,
                            {"rows": [{"table": t, "id": i} for t, i in result.restored]}, actor)
    return result


def _why_not(entry: Entry, classes: dict[str, type], stored: dict[str, set[str]], keys: list[ForeignKey]) -> str:
    if entry.table not in classes:
        return "the audit log does not hold its content (only its digest)"
    if entry.partial:
        return "the audit log recorded only part of it (an event written before full audit records)"
    assert entry.state is not None
    for key in keys:
        parent = entry.state.get(key.column) if key.table == entry.table else None
        if parent is not None and parent not in stored.get(key.parent, set()):
            return f"the {key.parent} {parent} it belongs to is gone as well"
    return ""


def _restore_history(repos: Repositories, case_id: str, ledger: Ledger, back: set[str]) -> None:
    """The history rows the demands put back lack, one per audited create/update/restore, as the app keeps it."""
    kept = [Revision(0, r.demand_id, r.action, r.state) for r in repos.demand_history(case_id)]
    for _demand_id, seq, kind, state in lacking_revisions(ledger, kept, back):
        repos.record_demand_revision(_object(Demand, state, f"event {seq}"), kind.split(".")[1], dict(state))
