"""Import GENIUS files as a new case file (all or nothing)."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from desk.core.genius_case import GeniusCase, case_from_genius
from desk.services.cases import CaseService
from desk.store.casefile import CaseFileError


def import_genius(paths: Sequence[str | Path], out: str | Path, name: str | None = None) -> GeniusCase:
    """Write the case built from GENIUS ``paths`` to the new case file ``out``; returns what was written.

    The file is built beside ``out`` under a temporary name and renamed at the end, so a
    failure leaves nothing behind; an existing ``out`` is refused.
    """
    out = Path(out)
    built = case_from_genius(paths, name)
    if out.exists():
        raise CaseFileError(f"{out} already exists; choose another name")
    if not out.parent.is_dir():
        raise CaseFileError(f"the folder {out.parent} does not exist")
    handle, temp_name = tempfile.mkstemp(prefix=".genius-", suffix=".desk", dir=out.parent)
    os.close(handle)
    temp = Path(temp_name)
    temp.unlink()
    try:
        service = CaseService.create(temp, built.case, actor="GENIUS import")
        try:
            for party in built.parties:
                service.add_party(party)
            for issue in built.issues:
                service.add_issue(issue)
            for demand in built.demands:
                service.set_demand(demand)
        finally:
            service.close()
        os.replace(temp, out)
    finally:
        for leftover in (temp, temp.with_name(temp.name + "-wal"), temp.with_name(temp.name + "-shm")):
            leftover.unlink(missing_ok=True)
    return built
