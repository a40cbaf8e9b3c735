"""Case files as a whole: saving a copy of an open case file under another name."""
from __future__ import annotations

from pathlib import Path

from desk.store.copies import copy_case_file


def save_copy(case_file: Path | str, target: Path | str) -> Path:
    """Write a consistent copy of ``case_file`` to ``target`` (a new file)."""
    return copy_case_file(case_file, target)
