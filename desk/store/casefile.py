"""Opening and creating case files (.desk): schema checks, backup before migrating, refusal of newer files."""
from __future__ import annotations

import errno
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import inspect

from desk.core.errors import DeskError
from desk.store import migrate
from desk.store.database import Database, make_engine, make_readonly_engine, sqlite_url
from desk.store.failures import from_database_error, from_os_error, read_only_file
from desk.store.lock import FileInUseError, WriterLock, lock_path

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
        if revision != migrate.HEAD_REVISION:
            open_case_file(path, backup_dir=backup_dir).dispose()
        return Database(make_readonly_engine(path), readonly=True, path=path)
    if not os.access(path, os.W_OK):
        raise read_only_file(path)
    lock = _writer_lock(path)
    try:
        if revision == migrate.HEAD_REVISION:
            return Database(make_engine(sqlite_url(path)), lock, path=path)  # current: no Alembic needed
        db = open_database(sqlite_url(path), backup=lambda: backup_file(path, backup_dir))
    except BaseException:
        lock.release()
        raise
    db.lock, db.path = lock, path
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


def open_database(url: str, backup=None) -> Database:
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
    source = readonly_connection(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


def readonly_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to the file.

    With no ``-wal`` file beside it the database is complete in the main file and is opened
    as immutable (a read-only WAL database would otherwise need to create its ``-shm``).
    """
    mode = "ro" if Path(f"{path}-wal").exists() else "ro&immutable=1"
    return sqlite3.connect(sqlite_file_uri(path, f"mode={mode}"), uri=True)


def sqlite_file_uri(path: Path | str, query: str) -> str:
    """An SQLite ``file:`` URI for ``path``: '#', '?' and '%' in a file name are percent-escaped.

    Unescaped, '#' would end the path (SQLite then opens, and creates, a file of the name's
    first part) and '%' would be decoded.
    """
    return f"file:{quote(Path(path).as_posix(), safe='/')}?{query}"


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
        raise CaseFileError(f"cannot read {_describe(str(engine.url))}: {exc}") from exc


def _has_tables(engine) -> bool:
    return bool(inspect(engine).get_table_names())


def _describe(url: str) -> str:
    return url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else "the database"
