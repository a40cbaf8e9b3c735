"""Files left half-upgraded (by an interrupted upgrade of an older release): detection and restore from backup."""
from __future__ import annotations

import functools
import logging
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desk.store import migrate
from desk.store.database import make_engine, sqlite_url
from desk.store.sqlite_files import copy_database, readonly_connection, sidecars, table_columns

log = logging.getLogger(__name__)

#: tables Alembic's batch mode builds while rebuilding a table; never present in a finished file
TEMP_PREFIX = "_alembic_tmp_"


def is_half_migrated(path: Path) -> bool:
    """True when the file holds a rebuild's temporary table, or its tables differ from its stamped revision's."""
    try:
        connection = readonly_connection(path)
        try:
            tables = table_columns(connection)
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone() \
                if "alembic_version" in tables else None
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False  # not readable at all: the ordinary checks say so
    if any(name.startswith(TEMP_PREFIX) for name in tables):
        return True
    revision = None if row is None else row[0]
    if revision is None or revision not in migrate.known_revisions():
        return False
    return _shape(tables) != expected_shape(revision)


def _shape(tables: dict[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    return {name: frozenset(columns) for name, columns in tables.items()}


@functools.cache
def expected_shape(revision: str) -> dict[str, frozenset[str]]:
    """The tables and columns a file of ``revision`` has (built once in a scratch file)."""
    with tempfile.TemporaryDirectory(prefix="desk-shape-") as folder:
        scratch = Path(folder) / "shape.desk"
        engine = make_engine(sqlite_url(scratch))
        migrate.upgrade(engine, revision)
        engine.dispose()
        connection = sqlite3.connect(scratch)
        try:
            return _shape(table_columns(connection))
        finally:
            connection.close()


def backups_of(path: Path, backup_dir: Path | None = None) -> list[Path]:
    """The backups made before upgrading ``path``, newest first."""
    folder = backup_dir or path.parent
    prefix, suffix = f"{path.stem}.", f".bak{path.suffix}"
    found = [p for p in folder.iterdir() if p.name.startswith(prefix) and p.name.endswith(suffix) and p.is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


@dataclass(frozen=True)
class Restored:
    """A half-upgraded file was put back from ``backup``; ``damaged`` keeps what was found."""

    file: str
    backup: str
    damaged: str

    def __str__(self) -> str:
        return (f"{self.file} was left half-upgraded by an interrupted upgrade; it was restored from its backup "
                f"{self.backup} (the damaged file is kept as {self.damaged})")


def restore_half_migrated(path: Path, backup_dir: Path | None = None) -> Restored | None:
    """Put the newest sound backup in place of a half-upgraded file, keeping the damaged one beside it.

    Returns what was done (its text is the one-line message), or None when no sound backup exists (nothing changed).
    """
    backup = next((b for b in backups_of(path, backup_dir) if _sound(b)), None)
    if backup is None:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    damaged = path.with_name(f"{path.stem}.{stamp}.damaged{path.suffix}")
    copy_database(path, damaged)
    handle, temp_name = tempfile.mkstemp(prefix=".restore-", suffix=path.suffix, dir=path.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        copy_database(backup, temp)
        for sidecar in sidecars(path):  # the damaged file's log must not be replayed onto the backup
            sidecar.unlink(missing_ok=True)
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    restored = Restored(path.name, backup.name, damaged.name)
    log.warning("%s", restored)
    return restored


def _sound(candidate: Path) -> bool:
    try:
        connection = readonly_connection(candidate)
        try:
            if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return False
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False
    return not is_half_migrated(candidate)
