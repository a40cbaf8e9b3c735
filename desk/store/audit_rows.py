"""Every row of a case file in the JSON form its audit events record, read without writing to the file."""
from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import Table, create_engine, select
from sqlalchemy.engine import Connection

from desk.core.audit_ledger import ForeignKey, Revision, StoredRow
from desk.core.plain import to_json
from desk.store import models as m
from desk.store.attachments import Attachment
from desk.store.credentials import credential_state
from desk.store.mapping import from_row
from desk.store.repositories import ROWS
from desk.store.sqlite_files import readonly_connection

#: Tables that hold no case data of their own (the log itself, the schema version, the demand history
#: compared separately).
_NOT_ROWS = {"event", "alembic_version", "demand_revision"}


def foreign_keys() -> list[ForeignKey]:
    """The schema's foreign keys with their ON DELETE rule, as the audit replay mirrors them."""
    return [ForeignKey(table.name, key.parent.name, key.column.table.name, (key.ondelete or "").upper())
            for table in m.Base.metadata.sorted_tables for key in table.foreign_keys
            if (key.ondelete or "").upper() in ("CASCADE", "SET NULL")]


def audited_tables() -> list[str]:
    """Every table whose rows the audit log accounts for."""
    return [t.name for t in m.Base.metadata.sorted_tables if t.name not in _NOT_ROWS]


def _lenient_text(connection: sqlite3.Connection) -> sqlite3.Connection:
    """Text that is not UTF-8 (a damaged page) is read with replacement characters, so the row differs from
    its audited state and is reported as such, instead of the whole check failing on it."""
    connection.text_factory = lambda raw: raw.decode("utf-8", "replace")
    return connection


class RowReader:
    """Read-only access to one case file's rows (``with RowReader(path) as rows: rows.stored()``)."""

    def __init__(self, path: Path) -> None:
        self.engine = create_engine("sqlite://", creator=lambda: _lenient_text(readonly_connection(path)))
        self.connection: Connection | None = None
        self.unreadable: list[str] = []

    def __enter__(self) -> RowReader:
        self.connection = self.engine.connect()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.connection is not None:
            self.connection.close()
        self.engine.dispose()

    def _rows(self, table: Table) -> Iterator[tuple[object, Callable[[], object]]]:
        """Each row's id and its row; a value its column type cannot read (a date that is not one) fails that
        row only (the table is then read row by row), not the whole table."""
        assert self.connection is not None
        try:
            rows = list(self.connection.execute(select(table)))
        except (TypeError, ValueError, KeyError):
            for (row_id,) in self.connection.execute(select(table.c.id)):
                def read(row_id=row_id) -> object:
                    return self.connection.execute(select(table).where(table.c.id == row_id)).one()
                yield row_id, read
            return
        for row in rows:
            yield row.id, lambda row=row: row

    def stored(self) -> Iterator[StoredRow]:
        """Every row of every audited table; a row whose values cannot be read is listed in ``unreadable``."""
        assert self.connection is not None
        for core, orm in ROWS.items():
            table = orm.__table__
            for raw_id, row in self._rows(table):
                try:
                    state = to_json(from_row(core, row()))
                except (TypeError, ValueError, KeyError) as exc:
                    self.unreadable.append(f"{table.name} {raw_id}: a value cannot be read ({exc})")
                    continue
                yield StoredRow(table.name, raw_id, state)
        for row in self.connection.execute(select(m.AttachmentRow.__table__)):
            data = bytes(row.data or b"")
            if hashlib.sha256(data).hexdigest() != row.sha256:
                self.unreadable.append(f"attachment {row.id}: its content does not match its recorded SHA-256")
            attachment = Attachment(row.id, row.case_id, row.demand_id, row.filename, row.media_type,
                                    hashlib.sha256(data).hexdigest(), len(data), row.added_at)
            yield StoredRow("attachment", row.id, to_json(attachment))
        for row in self.connection.execute(select(m.CredentialRow.__table__)):
            yield StoredRow("credential", row.id, credential_state(row))

    def revisions(self) -> list[Revision]:
        """The demand history rows."""
        assert self.connection is not None
        table = m.DemandRevisionRow.__table__
        return [Revision(row.id, row.demand_id, row.action, row.state if isinstance(row.state, dict) else {})
                for row in self.connection.execute(select(table).order_by(table.c.id))]
