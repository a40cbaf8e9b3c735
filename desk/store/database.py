"""Engines and transactions: SQLite with WAL and foreign keys, or a server URL."""
from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from desk.store.failures import from_database_error, opened_read_only
from desk.store.lock import WriterLock
from desk.store.sqlite_files import file_uri


def sqlite_url(path: Path | str) -> URL:
    """The SQLAlchemy URL of a case file, built as an object: no character of the path is parsed."""
    return URL.create("sqlite", database=str(Path(path)))


def is_sqlite(url: URL | str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def make_engine(url: URL | str) -> Engine:
    """An engine for ``url``; SQLite connections get foreign keys, WAL and a busy timeout."""
    if is_sqlite(url):
        engine = create_engine(url, connect_args={"timeout": 10}, json_serializer=_json)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, json_serializer=_json)


def make_migration_engine(url: URL | str) -> Engine:
    """An engine for schema changes: on SQLite, foreign keys off and one real transaction.

    Python's sqlite3 commits before every DDL statement on its own, so a table rebuild would be
    many transactions; here the driver is put in autocommit mode and SQLAlchemy's begin emits
    ``BEGIN`` itself, so the whole upgrade commits once or not at all. Foreign keys are switched
    off before that ``BEGIN`` (SQLite ignores the pragma inside a transaction): with keys on,
    dropping a rebuilt table cascades into every child row.
    """
    if not is_sqlite(url):
        return create_engine(url, poolclass=NullPool, json_serializer=_json)
    engine = create_engine(url, connect_args={"timeout": 10}, poolclass=NullPool, json_serializer=_json)
    event.listen(engine, "connect", _migration_pragmas)
    event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN IMMEDIATE"))
    return engine


def _json(value) -> str:
    """JSON columns keep Chinese text readable in the file (no \\u escapes)."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _migration_pragmas(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # the driver issues no BEGIN/COMMIT of its own
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=OFF")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
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
        #: what opening the file did that the user must be told (e.g. a restore from backup); str() is one line
        self.notices: list[object] = []

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
        if self.readonly and self.path.is_file():
            release_empty_wal(self.path)


def release_empty_wal(path: Path) -> None:
    """Let SQLite remove the empty ``-wal``/``-shm`` a read-only reader had to create, when nobody writes the
    file (its writer lock is free): the last read-write connection to close deletes them. An empty WAL holds
    nothing to copy into the file, so the file's content is not changed; a non-empty one is left alone."""
    import os
    import sqlite3

    from desk.store.lock import FileInUseError
    from desk.store.sqlite_files import sidecars

    wal, shm = sidecars(path)
    try:
        if not shm.exists() or (wal.exists() and wal.stat().st_size) or not os.access(path.parent, os.W_OK):
            return
        lock = WriterLock.acquire(path)
    except (FileInUseError, OSError):
        return
    try:
        connection = sqlite3.connect(file_uri(path, "rw"), uri=True, timeout=1)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        pass  # another reader still has it open, or the medium refuses: the side files stay
    finally:
        lock.release()


def make_readonly_engine(path: Path) -> Engine:
    """An engine on a case file that cannot write to it (a second window while another program edits)."""
    import os
    import sqlite3

    uri = file_uri(Path(path).resolve(), "ro")
    if not Path(f"{path}-wal").exists() and not os.access(Path(path).resolve().parent, os.W_OK):
        uri += "&immutable=1"  # nobody writes it (no -wal) and SQLite could not make its -shm here

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(uri, uri=True, timeout=10, check_same_thread=False)
        connection.execute("PRAGMA foreign_keys=ON")
        return connection

    return create_engine("sqlite://", creator=connect, json_serializer=_json)
