"""`desk check` only reads: an old file is not upgraded, no byte, time stamp or side file changes."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from populated import dump, file_at_revision

from desk.cli import main
from desk.store import migrate


def _state(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), os.stat(p).st_mtime_ns) for p in sorted(folder.iterdir())}


def test_check_of_an_old_file_changes_nothing_and_says_the_upgrade_is_pending(populated_head: Path,
                                                                               tmp_path: Path, capsys):
    folder = tmp_path / "旧 文件 50%#?"
    folder.mkdir()
    old = folder / "v2 案例.desk"
    before = file_at_revision("0002", populated_head, old)
    state = _state(folder)
    assert list(state) == ["v2 案例.desk"]
    main(["check", str(old)])
    out, err = capsys.readouterr()
    assert f"schema 0002: upgrade to {migrate.HEAD_REVISION} pending" in out + err
    assert _state(folder) == state  # no -wal, no -shm, no backup, same bytes and mtime
    assert dump(old) == before


def test_check_of_a_current_file_changes_nothing(demo_file: Path, tmp_path: Path, capsys):
    folder = tmp_path / "案例 目录 50%#?"
    folder.mkdir()
    case = folder / "演示 #1?.desk"
    shutil.move(demo_file, case)
    state = _state(folder)
    assert main(["check", str(case)]) == 0
    assert "pending" not in capsys.readouterr().out
    assert _state(folder) == state
