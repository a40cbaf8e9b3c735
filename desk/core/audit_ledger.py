"""Replaying the audit log into the state every row should have, and comparing the stored rows with it."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desk.core.events import Event

#: Event kind → (table, what the event does): "state" (payload is the row's full state after the
#: change), "delete" (the row is gone), "status" (an agreement's status changed: ``to``), "batch"
#: (payload ``rows`` lists the full state of every row one import wrote),
#: "withdraw" (payload ``deleted`` lists the ids of rows gone, ``rows`` the full state of rows put back), or
#: "note" (no row changes: reorderings, conclusions, identities issued outside the file).
KINDS: dict[str, tuple[str, str]] = {
    **{f"case.{s}": ("case", "state") for s in ("created", "updated", "imported")},
    **{f"{p}.{s}": (p, "state") for p in ("party", "issue", "demand")
       for s in ("created", "updated", "restored", "imported")},
    "partie.imported": ("party", "state"),  # written so by bundle import before 2026-11
    "party.no_agreement_set": ("party", "state"),  # the BATNA: a typed utility or a no-agreement package
    "party.deleted": ("party", "delete"), "issue.deleted": ("issue", "delete"), "demand.deleted": ("demand", "delete"),
    **{f"session.{s}": ("session", "state") for s in ("created", "updated", "restored", "imported")},
    "session.withdrawn": ("session", "delete"),
    **{f"round.{s}": ("round", "state") for s in ("opened", "closed", "reopened", "restored", "imported")},
    "round.withdrawn": ("round", "delete"),
    **{f"proposal.{s}": ("proposal", "state") for s in ("tabled", "restored", "imported")},
    "proposal.withdrawn": ("proposal", "delete"),
    **{f"response.{s}": ("response", "state") for s in ("recorded", "imported")},
    "response.withdrawn": ("response", "delete"),
    **{f"agreement.{s}": ("agreement_version", "state") for s in ("version_saved", "imported")},
    "agreement.status_changed": ("agreement_version", "status"),
    "agreement.version_withdrawn": ("agreement_version", "delete"),
    **{f"signature.{s}": ("signature", "state") for s in ("recorded", "imported")},
    **{f"{t}.imported": (t, "state") for t in ("commitment", "evaluation", "dispute")},
    # monitoring after signing (desk.services.monitoring): waivers, payments made, disputes, due-date terms
    "commitment.waived": ("commitment", "state"), "commitment.fulfilled": ("commitment", "state"),
    "commitment.unwaived": ("commitment", "delete"),
    "commitment.created": ("commitment", "state"), "commitment.updated": ("commitment", "state"),
    "commitment.deleted": ("commitment", "delete"),
    "payment.recorded": ("payment_record", "state"), "payment.imported": ("payment_record", "state"),
    "payment.deleted": ("payment_record", "delete"),
    **{f"dispute.{s}": ("dispute", "state") for s in ("raised", "escalated", "decided", "restored")},
    "dispute.withdrawn": ("dispute", "delete"),
    **{f"monitoring_terms.{s}": ("monitoring_terms", "state") for s in ("saved", "imported")},
    **{f"finding.{s}": ("finding", "state") for s in ("recorded", "imported")},
    "finding.deleted": ("finding", "delete"),
    **{f"case_link.{s}": ("case_link", "state") for s in ("recorded", "imported")},
    **{f"indicator.{s}": ("indicator", "state") for s in ("created", "updated", "imported")},
    "indicator.deleted": ("indicator", "delete"),
    **{f"rule.{s}": ("benefit_rule", "state") for s in ("created", "updated", "imported")},
    "rule.deleted": ("benefit_rule", "delete"),
    **{f"reading.{s}": ("reading", "state") for s in ("created", "updated", "imported")},
    "reading.deleted": ("reading", "delete"),
    "readings.imported": ("reading", "batch"),  # one event for a whole import (RuleService.import_readings)
    "readings.withdrawn": ("reading", "withdraw"),  # an import undone: the rows it added deleted, values put back
    # named reading scenarios (desk.services.scenarios): the scenario's row, then its readings
    **{f"scenario.{s}": ("scenario", "state") for s in ("created", "updated", "restored", "imported")},
    "scenario.deleted": ("scenario", "delete"),
    **{f"scenario_reading.{s}": ("scenario_reading", "state") for s in ("created", "updated", "imported")},
    "scenario_reading.deleted": ("scenario_reading", "delete"),
    **{f"scenario_readings.{s}": ("scenario_reading", "batch") for s in ("imported", "copied", "restored")},
    "scenario_readings.withdrawn": ("scenario_reading", "withdraw"),
    "identity.ca_created": ("credential", "state"), "identity.certificate_trusted": ("credential", "state"),
    "identity.certificate_bound": ("credential", "state"),
    "identity.issued": ("credential", "note"),
    "attachment.added": ("attachment", "state"), "attachment.linked": ("attachment", "state"),
    "attachment.removed": ("attachment", "delete"),
    "parties.reordered": ("party", "note"), "issues.reordered": ("issue", "note"),
    "bargaining.concluded": ("proposal", "note"), "bargaining.reopened": ("proposal", "note"),
    "preferences.elicited": ("party", "note"),
    "bundle.imported": ("case", "left_out"),
    "rows.restored_from_log": ("case", "note"),  # rows lost outside the app put back in their audited state
}

#: Kind of the events recording an imported row, by table (redacted bundle imports seal these).
IMPORTED_KIND = {table: f"{table}.imported" for table in (
    "case", "party", "issue", "demand", "session", "round", "proposal", "response", "signature", "commitment",
    "indicator", "evaluation", "dispute", "reading", "monitoring_terms", "finding", "case_link", "scenario",
    "scenario_reading")} | {
        "agreement_version": "agreement.imported", "benefit_rule": "rule.imported",
        "payment_record": "payment.imported"}

#: What redacted imports recorded in the log before 2026-11.
LEGACY_IMPORTED = frozenset({"case", "party", "issue", "demand"})
#: Fields not audited: display order, changed in bulk by reordering whose events record only the order.
UNAUDITED_FIELDS = frozenset({"position"})
#: Tables whose rows a bundle does not carry; an import records that they were left out.
NOT_IN_BUNDLES = ("attachment", "credential")


@dataclass(frozen=True, slots=True)
class ForeignKey:
    """A column referring to another table's row, and what the schema does when that row goes."""

    table: str
    column: str
    parent: str
    on_delete: str  # "CASCADE" or "SET NULL"


@dataclass
class Entry:
    """What the audit log says about one row: its table, last event, state (None when deleted)."""

    table: str
    seq: int
    state: dict[str, Any] | None
    partial: bool = False
    history: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Ledger:
    """Every row the audit log knows, by id; ``unknown_kinds`` lists events this version cannot interpret."""

    entries: dict[str, Entry] = field(default_factory=dict)
    unknown_kinds: set[str] = field(default_factory=set)
    #: Ids of the rows of each table (the cascade of a deletion looks only at the child table's rows).
    by_table: dict[str, set[str]] = field(default_factory=dict)
    #: A redacted bundle was imported by a version that sealed only the case, parties, issues and demands.
    legacy_import: bool = False
    #: Demand events (entity, seq, kind, state) that must have a row in the demand's history.
    demand_events: list[tuple[str, int, str, dict[str, Any]]] = field(default_factory=list)


@dataclass
class Findings:
    """Rows that contradict the log (``problems``) and what the log cannot vouch for (``unverifiable``)."""

    problems: list[str] = field(default_factory=list)
    unverifiable: list[str] = field(default_factory=list)


def replay(chains: Iterable[Iterable[Event]], foreign_keys: Sequence[ForeignKey] = ()) -> Ledger:
    """Every case's chain replayed on its own and the results merged (ids are unique across cases)."""
    merged = Ledger()
    for events in chains:
        ledger = replay_case(events, foreign_keys)
        merged.entries.update(ledger.entries)
        merged.unknown_kinds |= ledger.unknown_kinds
        merged.legacy_import |= ledger.legacy_import
        merged.demand_events += ledger.demand_events
    return merged


def replay_case(events: Iterable[Event], foreign_keys: Sequence[ForeignKey] = ()) -> Ledger:
    """Apply one case's events in order; deletions cascade and set null as the schema's foreign keys do."""
    ledger = Ledger()
    for event in events:
        known = KINDS.get(event.kind)
        if known is None:
            ledger.unknown_kinds.add(event.kind)
            continue
        table, action = known
        ledger.legacy_import |= event.kind == "partie.imported"
        if action == "state":
            _record_state(ledger, table, event)
        elif action == "batch":
            for row in event.payload.get("rows", ()):
                if isinstance(row, Mapping) and isinstance(row.get("id"), str):
                    _record_state(ledger, table, event, row)
        elif action == "delete":
            _delete(ledger, table, event.entity_id, event.seq, foreign_keys)
        elif action == "withdraw":
            for gone in event.payload.get("deleted", ()):
                if isinstance(gone, str):
                    _delete(ledger, table, gone, event.seq, foreign_keys)
            for row in event.payload.get("rows", ()):
                if isinstance(row, Mapping) and isinstance(row.get("id"), str):
                    _record_state(ledger, table, event, row)
        elif action == "status":
            entry = ledger.entries.get(event.entity_id)
            if entry is not None and entry.state is not None and "to" in event.payload:
                entry.state = {**entry.state, "status": event.payload["to"]}
                entry.seq = event.seq
        elif action == "left_out":
            for entry_id, entry in list(ledger.entries.items()):
                if entry.table in event.payload.get("tables", ()) and entry.state is not None:
                    _delete(ledger, entry.table, entry_id, event.seq, foreign_keys)
            ledger.demand_events = [d for d in ledger.demand_events if d[1] > event.seq]
    return ledger


def _record_state(ledger: Ledger, table: str, event: Event, row: Mapping[str, Any] | None = None) -> None:
    """Record a row's state: the event's payload, or ``row`` (one of a batch event's rows)."""
    state = dict(event.payload if row is None else row)
    entity_id = event.entity_id if row is None else row["id"]
    if "id" not in state:  # an old event carrying part of the row (attachments and credentials before 2026-11)
        previous = ledger.entries.get(entity_id)
        base = dict(previous.state) if previous is not None and previous.state else {}
        state = {**base, **state, "id": entity_id}
        partial = True
    else:
        partial = False
    entry = ledger.entries.get(entity_id)
    history = [] if entry is None else entry.history
    ledger.entries[entity_id] = Entry(table, event.seq, state, partial, [*history, state])
    ledger.by_table.setdefault(table, set()).add(entity_id)
    if table == "demand" and event.kind.split(".")[1] in ("created", "updated", "restored"):
        ledger.demand_events.append((entity_id, event.seq, event.kind, state))


def _delete(ledger: Ledger, table: str, entity_id: str, seq: int, foreign_keys: Sequence[ForeignKey]) -> None:
    entry = ledger.entries.get(entity_id)
    if entry is None:
        ledger.entries[entity_id] = Entry(table, seq, None)
        return
    if entry.state is None:
        entry.seq = seq
        return
    entry.state, entry.seq = None, seq
    for key in foreign_keys:
        if key.parent != entry.table:
            continue
        for child_id in list(ledger.by_table.get(key.table, ())):
            child = ledger.entries[child_id]
            if child.table != key.table or child.state is None or child.state.get(key.column) != entity_id:
                continue
            if key.on_delete == "CASCADE":
                _delete(ledger, child.table, child_id, seq, foreign_keys)
            else:
                child.state = {**child.state, key.column: None}


#: how ``compare`` and ``compare_revisions`` begin to say that a row, or a demand's history row, was lost outside
#: the app: what ``desk check --restore-missing`` can put back from the log
LOST_ROW = " is missing: its last event "
LOST_HISTORY = "the history of demand "


def is_lost_row(problem: str) -> bool:
    """True for a problem that says a row (or a demand's history row) the log records is gone from the file."""
    return LOST_ROW in problem or problem.startswith(LOST_HISTORY)


@dataclass(frozen=True, slots=True)
class StoredRow:
    """A row as stored: its table, id and state in the JSON form events record."""

    table: str
    id: str
    state: Mapping[str, Any]


def compare(ledger: Ledger, rows: Iterable[StoredRow]) -> Findings:
    """Rows without an event, events whose row is missing, and values that differ from the last event."""
    found = Findings()
    seen: set[str] = set()
    for row in rows:
        seen.add(row.id)
        entry = ledger.entries.get(row.id)
        if entry is None and ledger.legacy_import and row.table not in LEGACY_IMPORTED:
            found.unverifiable.append(f"{row.table} {row.id}: imported from a redacted bundle by a version whose "
                                      "log recorded only the case, parties, issues and demands")
        elif entry is None or entry.table != row.table:
            found.problems.append(f"{row.table} {row.id} has no audit event: it was added outside the app")
        elif entry.state is None:
            found.problems.append(f"{row.table} {row.id} was deleted (event {entry.seq}) but is back in the file")
        elif entry.partial:
            fields = _differing(row.state, entry.state, only_recorded=True)
            if fields:
                found.problems.append(_changed(row, entry, fields))
            else:
                found.unverifiable.append(f"{row.table} {row.id}: only {', '.join(sorted(set(entry.state) - {'id'}))} "
                                          "were recorded when it was saved (before full audit records)")
        else:
            fields = _differing(row.state, entry.state, only_recorded=False)
            if fields:
                found.problems.append(_changed(row, entry, fields))
    for entity_id, entry in ledger.entries.items():
        if entry.state is not None and entity_id not in seen:
            found.problems.append(f"{entry.table} {entity_id}{LOST_ROW}({entry.seq}) records it "
                                  "and none records its deletion — it was deleted outside the app")
    for kind in sorted(ledger.unknown_kinds):
        found.unverifiable.append(f"events of kind {kind} are not known to this version")
    return found


def _changed(row: StoredRow, entry: Entry, fields: list[str]) -> str:
    return (f"{row.table} {row.id} differs from its audited state (event {entry.seq}) in {', '.join(fields)}: "
            "it was changed outside the app")


def _differing(current: Mapping[str, Any], recorded: Mapping[str, Any], *, only_recorded: bool) -> list[str]:
    """Fields of the row whose value differs; a field the recorded state lacks (added to the schema after the
    event was written) must still hold its empty value unless only recorded fields are compared. Keys an
    event adds beyond the row's columns (e.g. a certificate's subject) are context, not state."""
    fields = []
    for key, value in current.items():
        if key in UNAUDITED_FIELDS:
            continue
        if key in recorded:
            if not _same(recorded[key], value):
                fields.append(key)
        elif not only_recorded and value not in (None, "", [], {}):
            fields.append(key)
    return fields


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b or (a == b and type(a) is type(b))
    if isinstance(a, int | float) and isinstance(b, int | float):
        return float(a) == float(b)
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return a == b


@dataclass(frozen=True, slots=True)
class Revision:
    """A row of a demand's history: which demand, what happened, the state it kept, and its row id."""

    row_id: int
    demand_id: str
    action: str
    state: Mapping[str, Any]


def compare_revisions(ledger: Ledger, revisions: Sequence[Revision]) -> list[str]:
    """Every audited demand change has its history row, and every history row holds a state the log recorded."""
    problems = []
    by_demand: dict[str, list[Revision]] = {}
    for revision in revisions:
        by_demand.setdefault(revision.demand_id, []).append(revision)
        entry = ledger.entries.get(revision.demand_id)
        if entry is None or not any(_same(dict(revision.state), state) for state in entry.history):
            problems.append(f"demand_revision {revision.row_id} (demand {revision.demand_id}, {revision.action}) "
                            "holds a state no audit event recorded: it was changed outside the app")
    for demand_id, seq, kind, state in ledger.demand_events:
        action = kind.split(".")[1]
        kept = by_demand.get(demand_id, [])
        if not any(r.action == action and _same(dict(r.state), state) for r in kept):
            problems.append(f"{LOST_HISTORY}{demand_id} lacks the {action} state of event {seq}: "
                            "it was deleted outside the app")
    return problems


def lacking_revisions(ledger: Ledger, revisions: Sequence[Revision], demand_ids: set[str]
                      ) -> list[tuple[str, int, str, dict[str, Any]]]:
    """The audited demand changes of ``demand_ids`` that have no history row: (demand, seq, kind, state)."""
    kept: dict[str, list[Revision]] = {}
    for revision in revisions:
        kept.setdefault(revision.demand_id, []).append(revision)
    return [(demand_id, seq, kind, state) for demand_id, seq, kind, state in ledger.demand_events
            if demand_id in demand_ids and not any(r.action == kind.split(".")[1] and _same(dict(r.state), state)
                                                   for r in kept.get(demand_id, []))]
