"""Case bundles as use cases: export a case file's case, import a bundle into a case file."""
from __future__ import annotations

from pathlib import Path

from desk.services.cases import CaseService
from desk.store.bundle import export_bundle, import_bundle, read_bundle, write_bundle


def export_case_bundle(case_file: Path | str, out: Path | str, *, redacted: bool = False) -> None:
    """Write the case of ``case_file`` to the bundle ``out`` (redacted: nothing confidential)."""
    service = CaseService.open(case_file, readonly=True)
    try:
        write_bundle(export_bundle(service.db, service.case_id, redacted=redacted), Path(out))
    finally:
        service.close()


def import_case_bundle(bundle: Path | str, case_file: Path | str) -> str:
    """Import ``bundle`` into ``case_file`` (created when missing); returns the case's name."""
    name = read_bundle(Path(bundle)).case.name
    import_bundle(Path(bundle), Path(case_file))
    return name
