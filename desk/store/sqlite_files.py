"""Plain sqlite3 access to a case file that cannot write to it, whatever characters its path holds."""
from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def file_uri(path: Path | str, mode: str) -> str:
    """A ``file:`` URI for SQLite with every special character of the path (%, #, ?, spaces) escaped."""
    return f"{Path(path).absolute().as_uri()}?mode={mode}"


def sidecars(path: Path | str) -> tuple[Path, Path]:
    """The ``-wal`` and ``-shm`` files SQLite keeps beside a case file."""
    return Path(f"{path}-wal"), Path(f"{path}-shm")


def readonly_connection(path: Path | str) -> sqlite3.Connection:
    """A connection that cannot write to the file.

    With no ``-wal`` file beside it the database is complete in the main file and is opened
    as immutable (a read-only WAL database would otherwise need to create its ``-shm``).
    """
    mode = "ro" if sidecars(path)[0].exists() else "ro&immutable=1"
    return sqlite3.connect(file_uri(path, mode), uri=True)


def table_columns(connection: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    """Every table of the database with its column names, in order."""
    names = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                                  "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: tuple(row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')) for name in names}


def copy_database(source: Path | str, target: Path | str) -> None:
    """Copy ``source`` (WAL content included) into ``target`` with SQLite's backup API."""
    backup_into(readonly_connection(source), target)


def backup_into(src: sqlite3.Connection, target: Path | str) -> None:
    """Copy the database behind ``src`` into ``target`` with SQLite's backup API; closes ``src``."""
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


@contextmanager
def scratch_copy(path: Path | str) -> Iterator[Path]:
    """A private copy of the case file in a temporary folder, removed afterwards; the original is only read."""
    with tempfile.TemporaryDirectory(prefix="desk-copy-") as folder:
        copy = Path(folder) / f"copy{Path(path).suffix or '.desk'}"
        copy_database(path, copy)
        yield copy
