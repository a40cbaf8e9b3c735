"""Where the bundled resources (translations, icons) live, in a source checkout or a frozen app."""
from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    """The ``resources`` folder: next to the ``desk`` package, or inside a PyInstaller bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent.parent / "resources"


def i18n_dir() -> Path:
    return resource_dir() / "i18n"
