"""Where the bundled resources (translations, icons) live, in a source checkout or a frozen app."""
from __future__ import annotations

from pathlib import Path

from desk.bundled import resource_path


def resource_dir() -> Path:
    """The ``resources`` folder (see desk.bundled)."""
    return resource_path()


def i18n_dir() -> Path:
    return resource_path("i18n")
