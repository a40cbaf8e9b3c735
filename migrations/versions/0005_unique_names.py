"""Party and issue names unique within a case, in the schema too (duplicates an older file holds are renamed).

Round numbers per session and version numbers per agreement were unique from 0001. A duplicate name
(possible when two writers raced, or by a bundle an older release imported) is renamed deterministically
— the first by display position keeps it, later ones get “（2）”, “（3）”… — each rename is logged and
appended to the case's audit chain as an update by “schema upgrade”, so `desk check` stays clean.

Revision ID: 0005
Revises: 0004
"""
from __future__ import annotations

import json
import logging
from datetime import datetime

import sqlalchemy as sa
from alembic import op

from desk.core.events import Event, seal

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

log = logging.getLogger("desk.store.migrate")
TABLES = {"party": "party", "issue": "issue"}


def upgrade() -> None:
    bind = op.get_bind()
    for table in TABLES:
        _rename_duplicates(bind, table)
        op.create_index(f"uq_{table}_case_id_name", table, ["case_id", "name"], unique=True)


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"uq_{table}_case_id_name", table_name=table)


def _rename_duplicates(bind, table: str) -> None:
    rows = bind.execute(sa.text(f'SELECT id, case_id, name FROM "{table}" ORDER BY case_id, position, id')).all()
    taken: dict[str, set[str]] = {}
    for _id, case_id, name in rows:
        taken.setdefault(case_id, set()).add(name)
    seen: set[tuple[str, str]] = set()
    for row_id, case_id, name in rows:
        if (case_id, name) not in seen:
            seen.add((case_id, name))
            continue
        number = 2
        while f"{name}（{number}）" in taken[case_id]:
            number += 1
        new = f"{name}（{number}）"
        taken[case_id].add(new)
        bind.execute(sa.text(f'UPDATE "{table}" SET name = :name WHERE id = :id'), {"name": new, "id": row_id})
        log.warning("%s %r of case %s renamed %r: names must be unique within a case", table, name, case_id, new)
        _audit_rename(bind, case_id, table, row_id, new)


def _audit_rename(bind, case_id: str, table: str, entity_id: str, new_name: str) -> None:
    """Append '<table>.updated' carrying the entity's last audited state with its new name."""
    events = bind.execute(sa.text("SELECT seq, kind, entity_id, payload, actor, at, prev_hash, hash FROM event "
                                  "WHERE case_id = :case ORDER BY seq"), {"case": case_id}).all()
    if not events:
        return
    state = None
    for _seq, kind, entity, payload, *_ in events:
        if entity == entity_id and kind.rsplit(".", 1)[-1] in ("created", "updated", "restored", "imported"):
            state = json.loads(payload)
    if state is None:
        return  # no audited state to carry on: `desk check` already reports this row
    last = events[-1]
    previous = Event(case_id=case_id, seq=last[0], kind=last[1], entity_id=last[2], payload=json.loads(last[3]),
                     actor=last[4], at=datetime.fromisoformat(last[5]), prev_hash=last[6], hash=last[7])
    event = seal(case_id, f"{table}.updated", entity_id, {**state, "name": new_name}, previous=previous,
                 actor="schema upgrade")
    bind.execute(sa.text("INSERT INTO event (case_id, seq, kind, entity_id, payload, actor, at, prev_hash, hash) "
                         "VALUES (:case_id, :seq, :kind, :entity_id, :payload, :actor, :at, :prev_hash, :hash)"),
                 {"case_id": case_id, "seq": event.seq, "kind": event.kind, "entity_id": entity_id,
                  "payload": json.dumps(event.payload, ensure_ascii=False, allow_nan=False), "actor": event.actor,
                  "at": event.at.isoformat(timespec="microseconds"), "prev_hash": event.prev_hash,
                  "hash": event.hash})
