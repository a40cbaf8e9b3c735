"""``desk check --restore-missing``: put back the rows a case file lost outside the app, from its audit log,
after a backup copy; only when the log itself is intact (a damaged log cannot vouch for what it holds)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desk.core.audit_ledger import is_lost_row
from desk.core.errors import DeskError
from desk.services.cases import CaseService
from desk.services.integrity import check_case_file
from desk.store.casefile import backup_file
from desk.store.restore_rows import RestoredRows, restore_missing


@dataclass(frozen=True)
class Restored:
    rows: RestoredRows
    #: the copy of the file as it was before (None when nothing needed restoring)
    backup: Path | None


def restore_from_log(path: Path | str, actor: str = "") -> Restored:
    """Put back every row the audit log records in full that the file lost; refuse when the file or its log is
    damaged or tampered with in any other way (those are not repaired: they are reported by ``desk check``)."""
    path = Path(path)
    report = check_case_file(path)
    others = [p for p in report.problems if not is_lost_row(p)]
    if others:
        raise DeskError(f"{path}: nothing restored — the file has problems the audit log cannot repair: {others[0]}")
    if not report.problems:
        return Restored(RestoredRows(), None)
    cases = CaseService.open(path, actor)
    try:
        backup = backup_file(path)
        with cases.transaction() as repos:
            rows = restore_missing(repos, cases.case_id, actor or "desk check --restore-missing")
    finally:
        cases.close()
    return Restored(rows, backup)
