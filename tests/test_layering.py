"""The layering of DESIGN.md §4, checked on every test run."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

DESK = Path(__file__).resolve().parents[1] / "desk"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _package_of(path: Path) -> str:
    parts = path.relative_to(DESK.parent).with_suffix("").parts
    return ".".join(parts[:2])


def test_import_linter_contracts_hold():
    # In a subprocess: import-linter reconfigures logging (dictConfig), which would disable
    # the loggers of modules the other tests already imported.
    script = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(script), "--no-cache"], cwd=DESK.parent, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_only_ui_imports_qtwidgets():
    offenders = [
        str(path.relative_to(DESK.parent)) for path in DESK.rglob("*.py")
        if _package_of(path) != "desk.ui" and any(n.startswith("PySide6.QtWidgets") for n in _imports(path))
    ]
    assert offenders == []


def test_pyside6_only_in_ui_and_agreement():
    allowed = {"desk.ui", "desk.agreement"}
    offenders = [
        str(path.relative_to(DESK.parent)) for path in DESK.rglob("*.py")
        if _package_of(path) not in allowed and any(n.startswith("PySide6") for n in _imports(path))
    ]
    assert offenders == []


def test_agreement_uses_only_qtgui_and_qtcore():
    used = {n for path in (DESK / "agreement").rglob("*.py") for n in _imports(path) if n.startswith("PySide6.")}
    assert {n.split(".")[1] for n in used} <= {"QtGui", "QtCore"}


def test_no_module_is_huge():
    sizes = {str(p.relative_to(DESK.parent)): len(p.read_text(encoding="utf-8").splitlines())
             for p in DESK.rglob("*.py")}
    assert {name: n for name, n in sizes.items() if n > 800} == {}


def test_matplotlib_drawing_lives_in_charts():
    """Figures are drawn in desk/charts (shared by GUI, CLI and reports); the UI only embeds canvases."""
    allowed = {"desk.charts", "desk.ui"}
    offenders = [
        str(path.relative_to(DESK.parent)) for path in DESK.rglob("*.py")
        if _package_of(path) not in allowed and any(n.startswith("matplotlib") for n in _imports(path))
    ]
    assert offenders == []
