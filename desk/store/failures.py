"""Database and file-system failures as one-line messages naming the file and the cause (never a traceback)."""
from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import exc as orm_exc

from desk.core.errors import ValidationError
from desk.core.output_files import (  # noqa: F401 (the file-system failures, shared with output files)
    StorageError,
    disk_full,
    from_os_error,
    read_only_file,
    read_only_folder,
)


def opened_read_only(path: Path | str) -> StorageError:
    """An edit refused because this window (or command) opened the file read-only."""
    return StorageError("file.opened_read_only", f"{path} is open read-only in this window; nothing was changed", path)


class DamagedFileError(StorageError):
    """SQLite found damaged pages while reading or writing the case file."""


#: what SQLite says about a file whose pages are damaged
DAMAGE_SIGNS = ("malformed", "file is not a database", "file is encrypted", "Could not decode to UTF-8")

#: unique rules of the schema, as the column lists SQLite names: (field, code, message)
UNIQUE_RULES = {
    "party.case_id, party.name": ("name", "name.taken", "a party of this name is already in this case"),
    "issue.case_id, issue.name": ("name", "name.taken", "an issue of this name is already in this case"),
    "round.session_id, round.number": ("number", "round.duplicate",
                                       "a round of this number is already in this session"),
    "agreement_version.case_id, agreement_version.version": (
        "version", "version.duplicate", "an agreement version of this number is already in this case"),
    "demand.party_id, demand.issue_id": ("issue_id", "demand.duplicate",
                                         "this party already has a demand on this issue"),
}


def broken_unique_rule(error: BaseException) -> ValidationError | None:
    """The domain ValidationError (field, code) for a unique rule of the schema the change broke, else None."""
    text = str(getattr(error, "orig", error))
    for columns, (field, code, message) in UNIQUE_RULES.items():
        if columns in text:
            return ValidationError(field, code, message)
    return None


def from_database_error(error: BaseException, path: Path | str) -> ValidationError | None:
    """The error for a SQLAlchemy/SQLite failure on ``path`` (None when it is not one we know): a broken
    unique rule as the domain ValidationError, damaged pages as DamagedFileError, else a StorageError."""
    if isinstance(error, sa_exc.IntegrityError) and (rule := broken_unique_rule(error)) is not None:
        return rule
    if isinstance(error, sa_exc.DBAPIError) and any(sign in str(error.orig) for sign in DAMAGE_SIGNS):
        finding = str(error.orig).split(" with text ")[0]  # not the undecodable bytes themselves
        return DamagedFileError("file.damaged", f"{path} is damaged ({finding}); open its latest backup "
                                "(NAME.<time>.bak.desk) or a bundle exported earlier", path)
    if isinstance(error, orm_exc.StaleDataError):
        return StorageError("file.changed_elsewhere", f"{path} was changed by another program meanwhile; nothing was "
                            "saved — the case is shown again as it is now", path)
    if isinstance(error, sa_exc.IntegrityError):
        return StorageError("file.conflict", f"the change conflicts with what {path} already holds (changed "
                            "elsewhere meanwhile?); nothing was saved", path)
    if not isinstance(error, sa_exc.OperationalError | sa_exc.DatabaseError):
        return None
    text = str(getattr(error, "orig", error)).lower()
    if "readonly" in text or "read-only" in text:
        return read_only_file(path)
    if "disk is full" in text or "disk full" in text:
        return disk_full(path)
    if "locked" in text or "busy" in text:
        return StorageError("file.busy", f"{path} is busy in another program; try again in a moment", path)
    if "unable to open" in text:
        return read_only_folder(path)
    if "disk i/o" in text and _nearly_full(path):  # SQLite says I/O error when its -shm cannot grow
        return disk_full(path)
    if "disk i/o" in text:
        return StorageError("file.io", f"cannot write {path}: input/output error on the disk", path,
                            reason="I/O error")
    return None


def _nearly_full(path: Path | str) -> bool:
    try:
        return shutil.disk_usage(Path(path).resolve().parent).free < 256 * 1024
    except OSError:
        return False
