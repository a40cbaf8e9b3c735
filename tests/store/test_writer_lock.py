"""One writer per case file: a second opener is refused (or reads only), a killed holder leaves no lock."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from desk.cli import main
from desk.core.parties import Party
from desk.services.cases import CaseService
from desk.store.failures import StorageError
from desk.store.lock import FileInUseError, is_locked


def _hold_in_child(path: Path) -> subprocess.Popen:
    """A child process that opens the case for writing and waits (prints 'ready' once it holds the file)."""
    code = textwrap.dedent(f"""
        import sys, time
        from desk.services.cases import CaseService
        service = CaseService.open({str(path)!r}, actor="child")
        print("ready", flush=True)
        time.sleep(120)
    """)
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    return child


def test_a_second_writer_is_refused_and_a_reader_still_reads(demo_file: Path):
    first = CaseService.open(demo_file, actor="甲")
    try:
        with pytest.raises(FileInUseError, match="is open in another program") as refused:
            CaseService.open(demo_file, actor="乙")
        assert str(demo_file) in str(refused.value) and str(os.getpid()) in refused.value.params["holder"]
        reader = CaseService.open(demo_file, readonly=True)
        try:
            snapshot = reader.snapshot()
            assert len(snapshot.parties) == 8
            with pytest.raises(StorageError, match="open read-only") as denied:
                reader.add_party(Party(case_id=reader.case_id, name="第三方"))
            assert denied.value.code == "file.opened_read_only"
        finally:
            reader.close()
        first.add_party(Party(case_id=first.case_id, name="新增方"))
    finally:
        first.close()
    second = CaseService.open(demo_file, actor="乙")  # free once the first closed
    assert any(p.name == "新增方" for p in second.snapshot().parties)
    second.close()


def test_a_killed_holder_leaves_no_stale_lock(demo_file: Path):
    child = _hold_in_child(demo_file)
    assert is_locked(demo_file)
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    deadline = time.monotonic() + 5
    while is_locked(demo_file) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not is_locked(demo_file)
    CaseService.open(demo_file).close()


def test_cli_write_commands_refuse_in_one_line_and_readers_still_work(demo_file: Path, tmp_path: Path, capsys):
    child = _hold_in_child(demo_file)
    try:
        assert main(["draft", str(demo_file), "--pdf", str(tmp_path / "a.pdf")]) == 1
        err = capsys.readouterr().err.strip()
        assert err.count("\n") == 0 and str(demo_file) in err and "open in another program" in err
        assert "child" in err or "process" in err
        assert not (tmp_path / "a.pdf").exists()
        assert main(["export-bundle", str(demo_file), str(tmp_path / "b.json")]) == 0
        assert main(["import-bundle", str(tmp_path / "b.json"), str(demo_file)]) == 1
        assert "open in another program" in capsys.readouterr().err
        assert main(["check", str(demo_file)]) == 0
    finally:
        child.kill()
        child.wait(10)
