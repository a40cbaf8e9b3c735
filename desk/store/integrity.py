"""Read-only inspection of a case file: SQLite's integrity check and the raw audit events."""
from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

from desk.core.events import Event
from desk.store.casefile import CaseFileError, check_is_sqlite
from desk.store.sqlite_files import readonly_connection


def _connect_readonly(path: Path) -> sqlite3.Connection:
    check_is_sqlite(path)
    return readonly_connection(path)


def sqlite_integrity(path: Path) -> list[str]:
    """Problems SQLite's ``PRAGMA integrity_check`` and ``foreign_key_check`` find (empty when sound)."""
    connection = _connect_readonly(path)
    try:
        rows = [r[0] for r in connection.execute("PRAGMA integrity_check")]
        # one finding per line: SQLite packs several into a row after a "*** in database main ***" heading
        problems = [] if rows == ["ok"] else [line.strip() for row in rows for line in str(row).splitlines()
                                               if line.strip() and not line.startswith("***")]
        for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check"):
            problems.append(f"row {rowid} of {table} refers to a missing {parent}")
        return problems
    except sqlite3.DatabaseError as exc:
        return [f"SQLite cannot read the file: {exc}"]
    finally:
        connection.close()


def raw_events(path: Path) -> dict[str, list[Event]]:
    """The audit events of every case in the file, by case id, in sequence order, exactly as stored.

    A payload that is no longer valid JSON is kept as its text so the hash check flags it.
    """
    connection = _connect_readonly(path)
    try:
        rows = connection.execute(
            "SELECT case_id, seq, kind, entity_id, payload, actor, at, prev_hash, hash FROM event "
            "ORDER BY case_id, seq"
        ).fetchall()
    except sqlite3.DatabaseError as exc:
        raise CaseFileError(f"cannot read the audit log of {path}: {exc}") from exc
    finally:
        connection.close()
    chains: dict[str, list[Event]] = {}
    for case_id, seq, kind, entity_id, payload, actor, at, prev_hash, digest in rows:
        chains.setdefault(case_id, []).append(Event(
            case_id=case_id, seq=seq, kind=kind, entity_id=entity_id, payload=_payload(payload),
            actor=actor, at=_when(at), prev_hash=prev_hash, hash=digest,
        ))
    return chains


def _payload(text: str) -> dict:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return {"unreadable": str(text)}
    return value if isinstance(value, dict) else {"unreadable": text}


def _when(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return datetime.min


def schema_revision(path: Path) -> str | None:
    """The schema revision the file records (None when it records none)."""
    connection = _connect_readonly(path)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    finally:
        connection.close()
    return None if row is None else row[0]
