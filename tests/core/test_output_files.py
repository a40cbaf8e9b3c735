"""Output files are written whole or not at all, and a refusal names the file asked for."""
from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from desk.core.output_files import StorageError, replacing, write_atomically


def test_a_failure_while_writing_leaves_the_old_file_and_no_temporary(tmp_path: Path):
    target = tmp_path / "协议 #2 100%.docx"
    target.write_bytes(b"signed copy")
    with pytest.raises(RuntimeError), replacing(target) as temp:
        temp.write_bytes(b"half")
        raise RuntimeError("the renderer failed")
    assert target.read_bytes() == b"signed copy" and [p.name for p in tmp_path.iterdir()] == [target.name]


def test_the_new_file_replaces_the_old_with_the_usual_mode(tmp_path: Path):
    target = tmp_path / "报告.pdf"
    target.write_bytes(b"old")
    write_atomically(target, b"new")
    mask = os.umask(0)
    os.umask(mask)
    assert target.read_bytes() == b"new" and target.stat().st_mode & 0o777 == 0o666 & ~mask
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_refused_rename_names_the_target_not_the_temporary(tmp_path: Path, monkeypatch):
    target = tmp_path / "报告.pdf"

    def full(src, dst):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(src))

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(StorageError) as failed:
        write_atomically(target, b"data")
    assert failed.value.code == "file.disk_full" and str(target) in str(failed.value) and ".desk-" not in str(
        failed.value)
    assert list(tmp_path.iterdir()) == []


def test_an_error_reading_the_callers_own_input_is_not_blamed_on_the_target(tmp_path: Path):
    with pytest.raises(FileNotFoundError), replacing(tmp_path / "out.pdf") as temp:
        temp.write_bytes((tmp_path / "missing-font.ttf").read_bytes())


def test_a_missing_folder_is_one_clear_error(tmp_path: Path):
    with pytest.raises(StorageError) as failed:
        write_atomically(tmp_path / "没有的 文件夹" / "a.pdf", b"x")
    assert failed.value.code == "file.no_folder" and "does not exist" in str(failed.value)
