"""Alembic migrations: one head, upgrade/downgrade, models match migrations, backups, refusal of newer files."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from desk.core.case import Case
from desk.core.parties import Party
from desk.services.cases import CaseService
from desk.store import migrate
from desk.store.casefile import CaseFileError, NewerFileError, open_case_file
from desk.store.database import make_engine, sqlite_url
from desk.store.models import Base


def test_exactly_one_head():
    heads = ScriptDirectory.from_config(migrate.alembic_config()).get_heads()
    assert heads == [migrate.head_revision()] == [migrate.HEAD_REVISION]


def test_models_match_migrations(tmp_path: Path):
    engine = make_engine(sqlite_url(tmp_path / "x.desk"))
    migrate.upgrade(engine)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata)
    assert diff == []
    engine.dispose()


def test_upgrade_and_downgrade_all_the_way(tmp_path: Path):
    engine = make_engine(sqlite_url(tmp_path / "x.desk"))
    migrate.upgrade(engine, "0001")
    assert "attachment" not in inspect(engine).get_table_names()
    migrate.upgrade(engine)
    assert {"attachment", "credential", "party"} <= set(inspect(engine).get_table_names())
    migrate.downgrade(engine, "0001")
    assert "credential" not in inspect(engine).get_table_names()
    migrate.downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    engine.dispose()


def _baseline_file_with_data(path: Path) -> str:
    """A case file at revision 0001 holding a case and a party, written as an older app would have."""
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine, "0001")
    engine.dispose()
    case = Case(name="旧文件")
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO \"case\" (id, name, description, illustrative, created_at) VALUES (?,?,?,?,?)",
                       (case.id, case.name, "", 0, case.created_at.isoformat()))
    connection.commit()
    connection.close()
    return case.id


def test_older_file_is_backed_up_then_upgraded(tmp_path: Path):
    path = tmp_path / "old.desk"
    case_id = _baseline_file_with_data(path)
    original = path.read_bytes()
    db = open_case_file(path)
    db.dispose()
    backups = sorted(tmp_path.glob("old.*.bak.desk"))
    assert len(backups) == 1
    backup = sqlite3.connect(backups[0])
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert backup.execute("SELECT name FROM \"case\"").fetchone()[0] == "旧文件"
    backup.close()
    assert original[:16] == backups[0].read_bytes()[:16]
    service = CaseService.open(path)
    assert service.case_id == case_id and service.case().name == "旧文件"
    service.add_party(Party(case_id=case_id, name="安徽省"))  # the upgraded file is usable
    service.close()
    assert migrate.current_revision(make_engine(sqlite_url(path))) == migrate.head_revision()


def test_current_file_is_not_backed_up(tmp_path: Path):
    CaseService.create(tmp_path / "new.desk", Case(name="新")).close()
    open_case_file(tmp_path / "new.desk").dispose()
    assert list(tmp_path.glob("*.bak.desk")) == []


def test_newer_file_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "future.desk"
    CaseService.create(path, Case(name="未来")).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()  # the last connection checkpoints the WAL into the main file
    assert not Path(f"{path}-wal").exists()
    before, mtime = path.read_bytes(), os.stat(path).st_mtime_ns
    with pytest.raises(NewerFileError, match="newer version"):
        open_case_file(path)
    assert path.read_bytes() == before and os.stat(path).st_mtime_ns == mtime
    assert list(tmp_path.glob("*.bak.desk")) == []


@pytest.mark.parametrize("content", [b"hello, not a database", b""])
def test_non_case_files_are_refused(tmp_path: Path, content: bytes):
    path = tmp_path / "x.desk"
    path.write_bytes(content)
    with pytest.raises(CaseFileError, match="not a Concord Desk case file"):
        open_case_file(path)
    assert path.read_bytes() == content


def test_foreign_sqlite_file_is_refused(tmp_path: Path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    with pytest.raises(CaseFileError, match="not a Concord Desk case file"):
        open_case_file(path)


def test_missing_file(tmp_path: Path):
    with pytest.raises(CaseFileError, match="does not exist"):
        open_case_file(tmp_path / "nope.desk")


def test_wal_and_foreign_keys_are_on(tmp_path: Path):
    service = CaseService.create(tmp_path / "x.desk", Case(name="x"))
    with service.db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    service.close()


@pytest.mark.skipif(not os.environ.get("DESK_TEST_DATABASE_URL"), reason="DESK_TEST_DATABASE_URL not set")
def test_same_schema_on_a_server_database():
    from desk.store.casefile import open_database
    from desk.store.repositories import Repositories

    url = os.environ["DESK_TEST_DATABASE_URL"]
    db = open_database(url)
    case = Case(name="服务器上的案例")
    with db.transaction() as session:
        Repositories(session).cases.add(case)
        Repositories(session).parties.add(Party(case_id=case.id, name="安徽省"))
    with db.transaction() as session:
        repos = Repositories(session)
        assert repos.cases.require(case.id) == case
        assert [p.name for p in repos.parties.list(case_id=case.id)] == ["安徽省"]
        repos.cases.delete(case.id)
    db.dispose()


def test_file_from_0002_upgrades_and_still_checks_clean(tmp_path: Path):
    """Audit events written before 0003 lack issue.payer_id/payee_id; the check must accept that."""
    from desk.core.issues import Issue
    from desk.services.integrity import check_case_file

    path = tmp_path / "v2.desk"
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine, "0002")
    engine.dispose()
    case = Case(name="二版文件")
    issue = Issue(case_id=case.id, name="补偿金额", unit="亿元", minimum=0, maximum=5, step=1)
    from desk.core.events import seal
    from desk.core.plain import to_json

    first = seal(case.id, "case.created", case.id, to_json(case), previous=None)
    old_issue = {k: v for k, v in to_json(issue).items() if k not in ("payer_id", "payee_id")}
    second = seal(case.id, "issue.created", issue.id, old_issue, previous=first)
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO \"case\" VALUES (?,?,?,?,?)",
                       (case.id, case.name, "", 0, case.created_at.isoformat()))
    cols = ", ".join(old_issue)
    connection.execute(f"INSERT INTO issue ({cols}) VALUES ({', '.join('?' * len(old_issue))})",
                       [__import__("json").dumps(v) if isinstance(v, list) else v for v in old_issue.values()])
    for e in (first, second):
        connection.execute("INSERT INTO event VALUES (?,?,?,?,?,?,?,?,?)",
                           (e.case_id, e.seq, e.kind, e.entity_id, __import__("json").dumps(dict(e.payload)),
                            e.actor, e.at.isoformat(), e.prev_hash, e.hash))
    connection.commit()
    connection.close()
    open_case_file(path).dispose()  # backs up and upgrades to 0003
    report = check_case_file(path)
    assert report.ok, report.problems
    assert len(list(tmp_path.glob("v2.*.bak.desk"))) == 1


def test_case_file_created_in_a_chinese_folder_with_percent(tmp_path: Path):
    """The Alembic config must escape the URL-encoded path ('%E6…', '%25'), or ConfigParser refuses it."""
    folder = tmp_path / "区际协商 #1 100%"
    folder.mkdir()
    service = CaseService.create(folder / "案例.desk", Case(name="路径"))
    service.close()
    service = CaseService.open(folder / "案例.desk")
    try:
        assert service.case().name == "路径"
    finally:
        service.close()


def test_read_only_access_to_a_file_with_hash_and_percent(tmp_path: Path):
    """'#' and '%' in a file name are escaped in SQLite URIs: the check reads this file, creates no other."""
    from desk.services.integrity import check_case_file
    from desk.store.copies import copy_case_file

    folder = tmp_path / "协商 #2 %"
    folder.mkdir()
    path = folder / "案例 #1 50%.desk"
    CaseService.create(path, Case(name="井号")).close()
    assert check_case_file(path).ok
    copy = copy_case_file(path, folder / "副本 #3.desk")
    assert check_case_file(copy).ok
    names = sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm")))
    assert names == ["副本 #3.desk", "案例 #1 50%.desk"]  # no stray "案例 " opened instead
