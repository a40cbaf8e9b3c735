"""``desk check --restore-missing``: rows a case file lost outside the app (an old upgrade deleted every demand)
come back from the full states the audit log records, with the demands' history; nothing else is touched."""
from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from concluded_demo import conclude
from populated import _monitor

from desk.cli import main
from desk.services.attachments import AttachmentService
from desk.services.cases import CaseService

LOST = ("demand", "reading", "payment_record", "commitment")


def _rows(path: Path, table: str) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
    finally:
        connection.close()


def _delete_outside_the_app(path: Path, *tables: str) -> None:
    connection = sqlite3.connect(path)  # foreign keys off, as the old upgrade's table rebuild had them
    try:
        for table in tables:
            connection.execute(f'DELETE FROM "{table}"')
        connection.commit()
    finally:
        connection.close()


@pytest.fixture
def case_file(demo_file: Path, tmp_path: Path) -> Path:
    """The demo concluded and monitored, in a folder named as users name them."""
    folder = tmp_path / "联席办 案卷 #2 50%"
    folder.mkdir()
    path = folder / "新安江 第二轮.desk"
    shutil.move(demo_file, path)
    conclude(path)
    cases = CaseService.open(path, actor="联席办")
    try:
        evidence = tmp_path / "监测 报告.txt"
        evidence.write_text("跨省界断面监测数据", encoding="utf-8")
        AttachmentService(cases).add_file(None, evidence)
        _monitor(cases)
    finally:
        cases.close()
    return path


def test_every_demand_deleted_by_an_old_upgrade_comes_back(case_file: Path, capsys):
    demands, history = _rows(case_file, "demand"), _rows(case_file, "demand_revision")
    assert len(demands) >= 6
    _delete_outside_the_app(case_file, "demand", "demand_revision")
    assert main(["check", str(case_file)]) == 1
    assert "is missing" in capsys.readouterr().err

    assert main(["check", str(case_file), "--restore-missing"]) == 0
    out = capsys.readouterr().out
    assert f"{len(demands)} rows restored from the audit log (demand)" in out and "ok (" in out
    assert _rows(case_file, "demand") == demands
    assert [r[2:] for r in _rows(case_file, "demand_revision")] == [r[2:] for r in history]  # ids are new
    backup = next(case_file.parent.glob("新安江 第二轮.*.bak.desk"))
    assert _rows(backup, "demand") == []  # the file as it was, kept
    cases = CaseService.open(case_file)
    try:
        assert len(cases.snapshot().demands) == len(demands)
    finally:
        cases.close()


def test_rows_of_every_kind_come_back_and_what_the_log_cannot_hold_is_named(case_file: Path, capsys):
    before = {table: _rows(case_file, table) for table in LOST}
    assert all(before.values()), before
    _delete_outside_the_app(case_file, *LOST, "attachment")
    assert main(["check", str(case_file), "--restore-missing"]) == 1  # the attachment's content is gone for good
    captured = capsys.readouterr()
    assert {table: _rows(case_file, table) for table in LOST} == before
    assert "not restored: attachment" in captured.err and "does not hold its content" in captured.err
    assert "attachment" in captured.err and "is missing" in captured.err  # check still says what is wrong


def test_a_file_changed_outside_the_app_is_not_touched(case_file: Path, capsys):
    _delete_outside_the_app(case_file, "demand")
    connection = sqlite3.connect(case_file)
    connection.execute("UPDATE party SET name = '篡改' WHERE rowid = 1")
    connection.commit()
    connection.close()
    digest = hashlib.sha256(case_file.read_bytes()).hexdigest()
    assert main(["check", str(case_file), "--restore-missing"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "nothing restored" in err and "changed outside the app" in err, err
    assert hashlib.sha256(case_file.read_bytes()).hexdigest() == digest
    assert list(case_file.parent.glob("*.bak.desk")) == []


def test_a_sound_file_is_left_as_it_is(case_file: Path, capsys):
    digest = hashlib.sha256(case_file.read_bytes()).hexdigest()
    assert main(["check", str(case_file), "--restore-missing"]) == 0
    assert "restored" not in capsys.readouterr().out
    assert hashlib.sha256(case_file.read_bytes()).hexdigest() == digest
