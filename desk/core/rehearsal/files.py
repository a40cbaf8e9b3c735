"""Where rehearsals live: sandbox case files in a ``<case>.rehearsals`` folder beside the case file."""
from __future__ import annotations

from pathlib import Path

#: Suffix of the folder beside a case file that holds its rehearsals.
FOLDER_SUFFIX = ".rehearsals"


def sandbox_folder(case_path: Path | str) -> Path:
    """The folder holding the rehearsals of a case file."""
    case_path = Path(case_path)
    return case_path.with_name(case_path.stem + FOLDER_SUFFIX)


def is_sandbox(path: Path | str) -> bool:
    """True for a rehearsal's sandbox file (it lies in a ``*.rehearsals`` folder)."""
    return Path(path).parent.name.endswith(FOLDER_SUFFIX)


#: Suffix of a played rehearsal's settings file, beside its sandbox (``NAME.rehearsal.json``).
SETTINGS_SUFFIX = ".rehearsal.json"


def settings_path(sandbox: Path | str) -> Path:
    """Where a sandbox's game settings lie."""
    sandbox = Path(sandbox)
    return sandbox.with_name(sandbox.stem + SETTINGS_SUFFIX)


def real_case_of(sandbox: Path | str) -> Path:
    """The real case file a sandbox belongs to (``X.rehearsals/…`` → ``X.desk`` beside the folder)."""
    folder = Path(sandbox).parent
    return folder.with_name(folder.name[: -len(FOLDER_SUFFIX)] + ".desk")
