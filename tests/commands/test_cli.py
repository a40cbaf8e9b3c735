"""The command line: exit codes, messages and the headless commands of the foundation."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk.cli import main


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desk", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120)


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("desk ")


def test_usage_error_exits_2(capsys):
    assert main(["check"]) == 2
    assert "required" in capsys.readouterr().err


def test_demo_check_export_import(tmp_path: Path, capsys):
    case = tmp_path / "demo.desk"
    assert main(["demo", str(case)]) == 0
    assert main(["demo", str(case)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["check", str(case)]) == 0
    assert "chain intact" in capsys.readouterr().out
    assert main(["export-bundle", str(case), str(tmp_path / "b.json")]) == 0
    assert main(["export-bundle", str(case), str(tmp_path / "r.json"), "--redacted"]) == 0
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["redacted"] is True
    assert main(["import-bundle", str(tmp_path / "b.json"), str(tmp_path / "copy.desk")]) == 0
    assert main(["check", str(tmp_path / "copy.desk")]) == 0


def test_failures_exit_1_with_one_line(tmp_path: Path, capsys):
    (tmp_path / "junk.desk").write_text("not a case")
    assert main(["check", str(tmp_path / "junk.desk")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("desk: ") and "not a Concord Desk case file" in err and "\n" not in err
    (tmp_path / "bad.json").write_text("{")
    assert main(["import-bundle", str(tmp_path / "bad.json"), str(tmp_path / "x.desk")]) == 1
    assert "not valid JSON" in capsys.readouterr().err
    assert not (tmp_path / "x.desk").exists()


def test_check_reports_tampering(tmp_path: Path, capsys):
    import sqlite3

    case = tmp_path / "demo.desk"
    main(["demo", str(case)])
    connection = sqlite3.connect(case)
    connection.execute("UPDATE event SET actor = 'intruder' WHERE seq = 5")
    connection.commit()
    connection.close()
    assert main(["check", str(case)]) == 1
    assert "event 5" in capsys.readouterr().err


@pytest.mark.skipif(sys.platform != "linux", reason="display detection differs")
def test_gui_without_display_says_so():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "desk"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 1
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr and "desk demo" in result.stderr


def test_reader_closing_the_pipe_ends_quietly(tmp_path: Path):
    """``desk analyze … | head -c 1``: the reader goes away; desk stops with exit 0 and says nothing."""
    case = tmp_path / "演示 50%#.desk"
    assert run("demo", str(case)).returncode == 0
    proc = subprocess.Popen([sys.executable, "-m", "desk", "analyze", str(case), "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.read(1) == b"{"
    proc.stdout.close()  # like head: read a little, then close the pipe
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert err.decode() == ""
