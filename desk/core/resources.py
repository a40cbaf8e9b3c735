"""Locating the resources folder (fonts, templates) in a frozen app, an installed wheel or a checkout."""
from __future__ import annotations

from pathlib import Path

from desk.bundled import resource_path
from desk.core.errors import DeskError

#: The bundled CJK font files (subsets of Noto CJK SC), used by the documents and the charts.
SERIF_FILE = "NotoSerifCJKsc-Desk-Regular.ttf"
SERIF_BOLD_FILE = "NotoSerifCJKsc-Desk-Bold.ttf"
SANS_FILE = "NotoSansCJKsc-Desk-Regular.ttf"


def resource_dir(kind: str, marker: str) -> Path:
    """The folder ``resources/<kind>`` that contains ``marker``."""
    folder = resource_path(kind)
    if (folder / marker).is_file():
        return folder
    raise DeskError(f"the bundled {kind} are missing (looked in {folder})")
