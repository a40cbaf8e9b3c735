"""Start-up stays light: the window code does not import the signing stack, fontTools, matplotlib or Alembic,
and the case window's frame (shown before the case loads) does not even import the store or numpy."""
from __future__ import annotations

import os
import subprocess
import sys

LAZY = ("pyhanko", "cryptography", "fontTools", "matplotlib", "alembic")
FRAME_MODULES = "desk.ui.launch, desk.ui.bootstrap, desk.ui.main_window, desk.ui.windows, desk.ui.welcome_window"


def imported_after(code: str) -> set[str]:
    probe = f"import sys\n{code}\nprint(' '.join(sorted({{m.split('.')[0] for m in sys.modules}})))"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    return set(out.stdout.split())


def test_window_and_pages_do_not_import_the_heavy_parts():
    loaded = imported_after(f"import {FRAME_MODULES}\nimport desk.ui.pages.registry as r\nr.registered_pages()")
    assert "PySide6" in loaded and "desk" in loaded  # the probe sees imports at all
    assert loaded.isdisjoint(LAZY), sorted(loaded & set(LAZY))


def test_the_window_frame_needs_neither_the_store_nor_numpy():
    loaded = imported_after(f"import {FRAME_MODULES}")
    assert loaded.isdisjoint({*LAZY, "sqlalchemy", "numpy", "networkx"}), sorted(
        loaded & {*LAZY, "sqlalchemy", "numpy", "networkx"})


def test_the_lazy_parts_are_still_there_when_used():
    loaded = imported_after("from desk.agreement.fields import finish_pdf\n"
                            "from desk.store.migrate import alembic_config\nalembic_config()")
    assert {"pyhanko", "alembic"} <= loaded
