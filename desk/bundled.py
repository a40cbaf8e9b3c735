"""Where the files shipped with the app live (resources, migrations, manual): frozen bundle, wheel or checkout."""
from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def is_frozen() -> bool:
    """True inside a PyInstaller build."""
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    """The folder the frozen app unpacked its data into (PyInstaller's ``_MEIPASS``)."""
    return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))


def shipped_dir(name: str) -> Path:
    """The shipped top-level folder ``name`` ("resources", "migrations" or "docs").

    A frozen build keeps it at the bundle root, an installed wheel as ``desk/_<name>``, a source checkout
    next to the ``desk`` package. The first that exists wins; the checkout's path when none does, so an
    error names a place a developer recognises.
    """
    candidates = [bundle_root() / name] if is_frozen() else []
    candidates += [_PACKAGE / f"_{name}", _PACKAGE.parent / name]
    return next((c for c in candidates if c.is_dir()), candidates[-1])


def resource_path(*parts: str) -> Path:
    """A path under the shipped ``resources`` folder."""
    return shipped_dir("resources").joinpath(*parts)
