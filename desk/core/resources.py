"""Locating the resources folder (fonts, templates) in a frozen app, an installed wheel or a checkout."""
from __future__ import annotations

import sys
from pathlib import Path

from desk.core.errors import DeskError

#: The bundled CJK font files (subsets of Noto CJK SC), used by the documents and the charts.
SERIF_FILE = "NotoSerifCJKsc-Desk-Regular.ttf"
SERIF_BOLD_FILE = "NotoSerifCJKsc-Desk-Bold.ttf"
SANS_FILE = "NotoSansCJKsc-Desk-Regular.ttf"


def resource_dir(kind: str, marker: str) -> Path:
    """The folder ``resources/<kind>`` that contains ``marker``."""
    candidates = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources" / kind)
    package = Path(__file__).resolve().parent.parent
    candidates += [package / "_resources" / kind, package.parent / "resources" / kind]
    for folder in candidates:
        if (folder / marker).is_file():
            return folder
    raise DeskError(f"the bundled {kind} are missing (looked in " + ", ".join(map(str, candidates)) + ")")
