"""Read-only folders and media, full disks: one line naming the file and the cause, the file unchanged,
nothing left behind from a failed create. Real read-only and full file systems (tmpfs) when the tests
run as root; the mapping of each failure everywhere."""
from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

from desk.cli import main
from desk.services.bundles import export_case_bundle
from desk.store.failures import from_database_error, from_os_error


def _mount(folder: Path, options: str) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    folder.mkdir(parents=True, exist_ok=True)
    return subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                          capture_output=True, check=False).returncode == 0


def _umount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


@pytest.fixture
def read_only_medium(demo_file: Path, tmp_path: Path) -> Iterator[Path]:
    """A read-only file system holding a copy of the demo case (a write-protected USB stick)."""
    folder = tmp_path / "只读 盘"
    if not _mount(folder, "size=16m"):
        pytest.skip("needs root to mount a tmpfs")
    try:
        shutil.copyfile(demo_file, folder / "demo.desk")
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder
    finally:
        _umount(folder)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "small disk"
    if not _mount(folder, "size=1m"):
        pytest.skip("needs root to mount a tmpfs")
    try:
        yield folder
    finally:
        _umount(folder)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_line(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "Traceback" not in err, err
    return err


def test_nothing_can_be_written_on_a_read_only_medium(read_only_medium: Path, tmp_path: Path, capsys):
    case = read_only_medium / "demo.desk"
    before = _digest(case)
    export_case_bundle(case, tmp_path / "b.json")  # reading still works
    assert main(["demo", str(read_only_medium / "新 案例.desk")]) == 1
    assert "read-only" in _one_line(capsys)
    assert main(["import-bundle", str(tmp_path / "b.json"), str(read_only_medium / "导入.desk")]) == 1
    assert "read-only" in _one_line(capsys)
    assert main(["draft", str(case), "--pdf", str(tmp_path / "a.pdf")]) == 1
    err = _one_line(capsys)
    assert str(case) in err and "read-only" in err
    assert sorted(p.name for p in read_only_medium.iterdir()) == ["demo.desk"]
    assert _digest(case) == before
    assert main(["check", str(case)]) == 0


def test_a_full_disk_leaves_no_half_made_file(small_disk: Path, demo_file: Path, tmp_path: Path, capsys):
    assert main(["demo", str(small_disk / "demo.desk")]) == 1
    assert "disk is full" in _one_line(capsys)
    assert list(small_disk.iterdir()) == []


def test_an_edit_on_a_full_disk_changes_nothing(small_disk: Path, tmp_path: Path, capsys):
    from desk.core.case import Case
    from desk.services.cases import CaseService

    case = small_disk / "case.desk"
    CaseService.create(case, Case(name="小盘")).close()
    filler = os.open(small_disk / "filler", os.O_WRONLY | os.O_CREAT)
    try:  # fill the disk to the last block
        while os.write(filler, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(filler)
    from desk.core.parties import Party
    from desk.store.failures import StorageError

    service = None
    with pytest.raises(StorageError) as failed:  # opening (SQLite's -shm) or the first edit meets the full disk
        service = CaseService.open(case)
        for index in range(50):
            service.add_party(Party(case_id=service.case_id, name=f"主体{index}", notes="备注" * 2000))
    if service is not None:
        service.close()
    assert failed.value.code == "file.disk_full" and str(case) in str(failed.value)
    (small_disk / "filler").unlink()
    assert main(["check", str(case)]) == 0  # whatever was committed before the disk filled is intact


@pytest.mark.parametrize(("error", "code"), [
    (OperationalError("INSERT", {}, sqlite3.OperationalError("attempt to write a readonly database")),
     "file.read_only"),
    (OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full")), "file.disk_full"),
    (OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked")), "file.busy"),
    (OperationalError("x", {}, sqlite3.OperationalError("unable to open database file")), "file.folder_read_only"),
    (IntegrityError("INSERT", {}, sqlite3.IntegrityError("UNIQUE constraint failed: party.name")), "file.conflict"),
    (StaleDataError("UPDATE statement on table 'party' expected to update 1 row(s); 0 were matched."),
     "file.changed_elsewhere"),
])
def test_database_failures_become_one_clear_message(error, code, tmp_path: Path):
    mapped = from_database_error(error, tmp_path / "案例.desk")
    assert mapped is not None and mapped.code == code
    assert str(tmp_path / "案例.desk") in str(mapped) and "\n" not in str(mapped)
    assert "sqlalchemy" not in str(mapped).lower() and "constraint" not in str(mapped).lower()


@pytest.mark.parametrize(("number", "code"), [(errno.ENOSPC, "file.disk_full"), (errno.EROFS, "file.folder_read_only"),
                                              (errno.EACCES, "file.folder_read_only")])
def test_os_failures_on_create_become_one_clear_message(number, code, tmp_path: Path):
    mapped = from_os_error(OSError(number, os.strerror(number)), tmp_path / "新.desk")
    assert mapped.code == code and "\n" not in str(mapped)


def test_documents_written_to_a_read_only_medium_name_the_document(read_only_medium: Path, demo_file: Path,
                                                                   capsys):
    """A PDF, a DOCX or a bundle aimed at a write-protected stick: one line naming the file asked for (it
    named the hidden temporary file, ``.desk-x1y2.pdf: Read-only file system``), nothing left there."""
    for args, target in ((["draft", str(demo_file), "--pdf", str(read_only_medium / "协议 草案.pdf")], "协议 草案.pdf"),
                         (["export-bundle", str(demo_file), str(read_only_medium / "案卷 #1.json")], "案卷 #1.json")):
        assert main(args) == 1
        err = _one_line(capsys)
        assert str(read_only_medium / target) in err and "read-only" in err and ".desk-" not in err, err
    assert sorted(p.name for p in read_only_medium.iterdir()) == ["demo.desk"]


def test_a_document_that_fills_the_disk_leaves_the_old_one_whole(small_disk: Path):
    from desk.core.output_files import StorageError, write_atomically

    target = small_disk / "报告 100%.pdf"
    write_atomically(target, b"old")
    with pytest.raises(StorageError) as failed:
        write_atomically(target, b"x" * (2 * 1024 * 1024))  # more than the 1 MiB disk holds
    assert failed.value.code == "file.disk_full" and str(target) in str(failed.value)
    assert target.read_bytes() == b"old" and [p.name for p in small_disk.iterdir()] == [target.name]
