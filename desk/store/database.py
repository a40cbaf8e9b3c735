"""Engines and transactions: SQLite with WAL and foreign keys, or a server URL."""
from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from desk.core.errors import DeskError, ValidationError


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


#: what SQLite says about a file whose pages are damaged
DAMAGE_SIGNS = ("malformed", "file is not a database", "file is encrypted", "disk I/O error")


class DamagedFileError(DeskError):
    """SQLite found damaged pages while reading or writing the case file."""


#: unique rules of the schema, as the column lists SQLite names: (field, code, message)
UNIQUE_RULES = {
    "party.case_id, party.name": ("name", "name.duplicate", "a party of this name is already in this case"),
    "issue.case_id, issue.name": ("name", "name.duplicate", "an issue of this name is already in this case"),
    "round.session_id, round.number": ("number", "round.duplicate",
                                       "a round of this number is already in this session"),
    "agreement_version.case_id, agreement_version.version": (
        "version", "version.duplicate", "an agreement version of this number is already in this case"),
    "demand.party_id, demand.issue_id": ("issue_id", "demand.duplicate",
                                         "this party already has a demand on this issue"),
}


def _conflict(exc: IntegrityError) -> DeskError:
    """A schema rule the change broke, as the domain error the services raise for it."""
    text = str(exc.orig)
    for columns, (field, code, message) in UNIQUE_RULES.items():
        if columns in text:
            return ValidationError(field, code, message)
    return DeskError(f"the change conflicts with what the case file holds ({text}); nothing was saved")


class Database:
    """An engine plus a session factory; every :meth:`transaction` is one unit of work."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        #: what opening the file did that the user must be told (e.g. a restore from backup); str() is one line
        self.notices: list[object] = []

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed at the end of the block, or rolled back on error."""
        try:
            with self._sessions.begin() as session:
                yield session
        except IntegrityError as exc:
            raise _conflict(exc) from None
        except DBAPIError as exc:
            if any(sign in str(exc.orig) for sign in DAMAGE_SIGNS):
                raise DamagedFileError(f"the case file is damaged ({exc.orig}); open its latest backup "
                                       "(NAME.<time>.bak.desk) or a bundle exported earlier") from None
            raise

    def dispose(self) -> None:
        """Close every pooled connection (needed before the file is copied or removed)."""
        self.engine.dispose()
