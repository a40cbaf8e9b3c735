"""Engines and transactions: SQLite with WAL and foreign keys, or a server URL."""
from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from desk.store.failures import from_database_error, opened_read_only
from desk.store.lock import WriterLock


def sqlite_url(path: Path | str) -> str:
    """The SQLAlchemy URL of a case file."""
    return f"sqlite:///{Path(path)}"


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite connections get foreign keys, WAL and a busy timeout."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 10}, json_serializer=_json)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, json_serializer=_json)


def _json(value) -> str:
    """JSON columns keep Chinese text readable in the file (no \\u escapes)."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Database:
    """An engine plus a session factory; every :meth:`transaction` is one unit of work.

    ``lock`` is the case file's writer lock (released by :meth:`dispose`); ``readonly`` databases
    hold none and SQLite refuses their writes.
    """

    def __init__(self, engine: Engine, lock: WriterLock | None = None, *, readonly: bool = False,
                 path: Path | None = None) -> None:
        self.engine = engine
        self.lock = lock
        self.readonly = readonly
        self.path = path or Path(engine.url.database or "the database")
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed at the end of the block, or rolled back on error.

        Database failures (read-only file, full disk, a row changed meanwhile) become a StorageError
        naming the file and the cause.
        """
        try:
            with self._sessions.begin() as session:
                yield session
        except Exception as exc:
            mapped = from_database_error(exc, self.path)
            if mapped is None:
                raise
            if self.readonly and mapped.code == "file.read_only":
                mapped = opened_read_only(self.path)
            raise mapped from None

    def dispose(self) -> None:
        """Close every pooled connection (needed before the file is copied or removed) and let go of the lock."""
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def make_readonly_engine(path: Path) -> Engine:
    """An engine on a case file that cannot write to it (a second window while another program edits)."""
    import os
    import sqlite3

    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    if not Path(f"{path}-wal").exists() and not os.access(Path(path).resolve().parent, os.W_OK):
        uri += "&immutable=1"  # nobody writes it (no -wal) and SQLite could not make its -shm here

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(uri, uri=True, timeout=10, check_same_thread=False)
        connection.execute("PRAGMA foreign_keys=ON")
        return connection

    return create_engine("sqlite://", creator=connect, json_serializer=_json)
