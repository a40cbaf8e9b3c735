"""Opening and creating case files (.desk): schema checks, backup before migrating, refusal of newer files."""
from __future__ import annotations

import errno
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import URL, inspect, make_url

from desk.core.errors import DeskError
from desk.store import migrate
from desk.store.database import Database, make_engine, make_readonly_engine, sqlite_url
from desk.store.failures import from_database_error, from_os_error, read_only_file
from desk.store.lock import FileInUseError, WriterLock, lock_path
from desk.store.recovery import is_half_migrated, restore_half_migrated
from desk.store.sqlite_files import copy_database, readonly_connection

SQLITE_MAGIC = b"SQLite format 3\x00"


class CaseFileError(DeskError):
    """The file cannot be opened as a case file; the message says why. The file is left untouched."""


class NewerFileError(CaseFileError):
    """The file was written by a newer version of Concord Desk."""


def create_case_file(path: Path | str) -> Database:
    """Create a new, empty case file at the head revision; refuses to overwrite an existing file.

    Holds the file's writer lock; on any failure (read-only folder, full disk) nothing is left behind.
    """
    path = Path(path)
    if path.exists():
        raise CaseFileError(f"{path} already exists; choose another name")
    if not path.parent.is_dir():
        raise CaseFileError(f"the folder {path.parent} does not exist")
    lock = _writer_lock(path, new=True)
    engine = make_engine(sqlite_url(path))
    try:
        migrate.upgrade(engine)
    except BaseException as exc:
        engine.dispose()
        lock.release()
        remove_case_file(path)
        mapped = _storage_failure(exc, path)
        if mapped is None:
            raise
        raise mapped from None
    return Database(engine, lock, path=path)


def remove_case_file(path: Path | str) -> None:
    """Delete a case file this program has just created and failed to fill, with SQLite's and the lock's
    side files (so a failed creation leaves nothing behind). Call after its Database was disposed."""
    path = Path(path)
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal"), lock_path(path)):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only medium never let it be created in the first place


def open_case_file(path: Path | str, *, backup_dir: Path | None = None, readonly: bool = False) -> Database:
    """Open a case file, migrating an older schema after copying the file to a timestamped backup.

    A writable opening takes the file's writer lock (FileInUseError when another program has it);
    ``readonly`` takes none and cannot write (an old file is first upgraded under the lock).
    """
    path = Path(path)
    check_is_sqlite(path)
    revision = _peek_revision(path)  # read-only look first: a refused file stays untouched
    _refuse_newer(revision, str(path))
    if readonly:
        if revision != migrate.HEAD_REVISION or is_half_migrated(path):
            open_case_file(path, backup_dir=backup_dir).dispose()  # upgrade or restore under the lock first
        return Database(make_readonly_engine(path), readonly=True, path=path)
    if not os.access(path, os.W_OK):
        raise read_only_file(path)
    lock = _writer_lock(path)
    notices = []
    try:
        if is_half_migrated(path):
            notice = restore_half_migrated(path, backup_dir)
            if notice is None:
                raise CaseFileError(f"{path} was left half-upgraded by an interrupted upgrade and no sound backup "
                                    "was found beside it; the file was not changed")
            notices.append(notice)
            revision = _peek_revision(path)
        if revision == migrate.HEAD_REVISION:
            db = Database(make_engine(sqlite_url(path)), lock, path=path)  # current: no Alembic needed
        else:
            db = open_database(sqlite_url(path), backup=lambda: backup_file(path, backup_dir))
            db.lock, db.path = lock, path
    except BaseException:
        lock.release()
        raise
    db.notices += notices
    return db


def _writer_lock(path: Path, *, new: bool = False) -> WriterLock:
    """The writer lock of ``path``; a folder where no lock file can be made is read-only."""
    try:
        return WriterLock.acquire(path)
    except FileInUseError:
        raise
    except OSError as exc:
        if new or exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise from_os_error(exc, path) from None
        raise read_only_file(path) from None


def _storage_failure(exc: BaseException, path: Path) -> DeskError | None:
    if isinstance(exc, OSError):
        return from_os_error(exc, path)
    return from_database_error(exc, path)


def open_database(url: URL | str, backup=None) -> Database:
    """Open any database URL (SQLite file or server), refusing newer schemas and upgrading older ones."""
    engine = make_engine(url)
    try:
        current = _current_revision(engine)
        head = migrate.head_revision()
        if current is None:
            if _has_tables(engine):
                raise CaseFileError(f"{_describe(url)} is not a Concord Desk case file")
            migrate.upgrade(engine)
        _refuse_newer(current, _describe(url))
        if current is not None and current != head:
            if backup is not None:
                backup()
            migrate.upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    return Database(engine)


def backup_file(path: Path, backup_dir: Path | None = None) -> Path:
    """Copy a case file consistently (SQLite backup API, WAL included) to ``NAME.YYYYmmddTHHMMSSZ.bak.desk``."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = (backup_dir or path.parent) / f"{path.stem}.{stamp}.bak{path.suffix}"
    copy_database(path, target)
    return target


def pending_upgrade(path: Path | str) -> tuple[str | None, str] | None:
    """``(from, to)`` when opening the file for writing would upgrade its schema, else None (read-only look)."""
    check_is_sqlite(Path(path))
    revision = _peek_revision(Path(path))
    return None if revision == migrate.HEAD_REVISION else (revision, migrate.HEAD_REVISION)


def _refuse_newer(revision: str | None, name: str) -> None:
    if revision is not None and revision not in migrate.known_revisions():
        raise NewerFileError(
            f"{name} was written by a newer version of Concord Desk (schema {revision}); "
            "update the app to open it — the file was not changed"
        )


def _peek_revision(path: Path) -> str | None:
    """The schema revision of a SQLite file, read without writing anything to it."""
    try:
        connection = readonly_connection(path)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                if tables:
                    raise CaseFileError(f"{path} is not a Concord Desk case file")
                return None
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            return None if row is None else row[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise CaseFileError(f"cannot read {path}: {exc}") from exc


def check_is_sqlite(path: Path) -> None:
    if not path.is_file():
        raise CaseFileError(f"{path} does not exist")
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_MAGIC:
            raise CaseFileError(f"{path} is not a Concord Desk case file (not an SQLite database)")


def _current_revision(engine) -> str | None:
    try:
        return migrate.current_revision(engine)
    except Exception as exc:  # a damaged or encrypted file
        raise CaseFileError(f"cannot read {_describe(engine.url)}: {exc}") from exc


def _has_tables(engine) -> bool:
    return bool(inspect(engine).get_table_names())


def _describe(url: URL | str) -> str:
    url = make_url(url)
    return str(url.database) if url.get_backend_name() == "sqlite" else "the database"
