"""A consistent copy of an open case file (SQLite backup API, WAL content included)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from desk.core.errors import DeskError
from desk.store.sqlite_files import backup_into, file_uri


def copy_case_file(source: Path | str, target: Path | str) -> Path:
    """Copy ``source`` to ``target`` (which must not exist), even while ``source`` is open elsewhere."""
    source, target = Path(source), Path(target)
    if target.exists():
        raise DeskError(f"{target} already exists; choose another name")
    if source.resolve() == target.resolve():
        raise DeskError("the copy must have another name than the case file")
    backup_into(sqlite3.connect(file_uri(source, "ro"), uri=True), target)
    return target
