"""`desk check`: a file edited behind the app's back is caught, naming what was changed."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from desk.services.integrity import check_case_file


def _edit(path: Path, sql: str, *params) -> None:
    connection = sqlite3.connect(path)
    connection.execute(sql, params)
    connection.commit()
    connection.close()


def test_demo_case_checks_clean(demo_file: Path):
    report = check_case_file(demo_file)
    assert report.ok, report.problems
    assert report.events > 30


def test_edited_event_payload_names_the_first_broken_event(demo_file: Path):
    _edit(demo_file, "UPDATE event SET payload = json_set(payload, '$.batna', 0.9) WHERE seq = 3")
    report = check_case_file(demo_file)
    assert not report.ok
    assert any("event 3" in p for p in report.problems), report.problems


def test_deleted_event_is_detected(demo_file: Path):
    _edit(demo_file, "DELETE FROM event WHERE seq = 10")
    report = check_case_file(demo_file)
    assert any("event 11" in p for p in report.problems), report.problems


def test_edited_data_row_is_detected(demo_file: Path):
    _edit(demo_file, "UPDATE demand SET reservation = 9.5 WHERE rowid = (SELECT min(rowid) FROM demand)")
    report = check_case_file(demo_file)
    assert any("changed outside the app" in p and p.startswith("demand") for p in report.problems), report.problems


def test_edited_party_is_detected(demo_file: Path):
    _edit(demo_file, "UPDATE party SET batna = 0.9 WHERE name = '安徽省人民政府'")
    report = check_case_file(demo_file)
    assert any(p.startswith("party") for p in report.problems), report.problems
