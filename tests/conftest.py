"""Test-wide set-up: offscreen Qt, the shared reference data, and template case files."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI replays the same hypothesis examples on every run, so a merge is judged on the code it brings, not on an
# example found by chance that day; a developer's run (no CI variable) still explores at random.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

REPO = Path(__file__).resolve().parents[1]
#: ../shared beside the checkout, or where DESK_SHARED points (e.g. from a git worktree).
SHARED = Path(os.environ.get("DESK_SHARED") or REPO.parent / "shared")


def pytest_configure(config) -> None:
    """Create the widgets QApplication before anything else can create a bare QGuiApplication.

    Headless rendering (desk.agreement) makes a QGuiApplication when none exists; a widget test
    running after it in the same process would then abort, as Qt allows one application object.
    """
    from PySide6.QtWidgets import QApplication

    config._desk_qapp = QApplication.instance() or QApplication(["pytest"])


@pytest.fixture(autouse=True)
def _delete_leftover_widgets():
    """Delete every top-level widget a test left behind (e.g. a dialog built without a parent).

    Left alive, such widgets are destroyed by Python's garbage collector at interpreter exit, after
    the QApplication, and the process then crashes (exit 139) although every test passed.
    """
    yield
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the checkout (oracles, GENIUS domains); tests needing it skip when absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory) -> Path:
    from desk.services.demo import write_demo_case

    return write_demo_case(tmp_path_factory.mktemp("template") / "demo.desk")


@pytest.fixture
def demo_file(_demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo case file (built once per session, copied per test)."""
    target = tmp_path / "demo.desk"
    shutil.copyfile(_demo_template, target)
    return target


@pytest.fixture(scope="session")
def populated_head(tmp_path_factory) -> Path:
    """A head-schema case file with rows in every table (copy it before changing it)."""
    from populated import populated_head_file

    folder = tmp_path_factory.mktemp("populated")
    return populated_head_file(folder / "populated.desk", folder)
