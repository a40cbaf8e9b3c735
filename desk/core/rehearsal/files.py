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
