"""Upgrading a populated file of every released schema keeps every row and every value of every table."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from populated import assert_every_value_survived, dump, file_at_revision

from desk.store import migrate
from desk.store.casefile import open_case_file

RELEASED = sorted(s.revision for s in ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions()
                  if s.revision != migrate.HEAD_REVISION)


def test_the_fixture_has_rows_in_every_table(populated_head: Path):
    tables = dump(populated_head)
    assert [t for t, content in tables.items() if not content["rows"]] == []
    assert len(tables["demand"]["rows"]) > 10 and tables["signature"]["rows"]


@pytest.mark.parametrize("revision", RELEASED)
def test_every_value_of_every_table_survives_the_upgrade(revision: str, populated_head: Path, tmp_path: Path):
    old = tmp_path / f"rev {revision} 50%.desk"
    before = file_at_revision(revision, populated_head, old)
    assert before["demand"]["rows"] and before["issue"]["rows"]
    open_case_file(old).dispose()
    after = dump(old)
    assert after["alembic_version"]["rows"] == [(migrate.HEAD_REVISION,)]
    assert_every_value_survived(before, after, revision)
    with sqlite3.connect(old) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    backups = [p for p in tmp_path.iterdir() if p.name.endswith(".bak.desk")]
    assert len(backups) == 1 and dump(backups[0]) == before


def test_an_upgrade_that_would_break_references_is_rolled_back_whole(populated_head: Path, tmp_path: Path,
                                                                     monkeypatch):
    """The guard itself: a migration step that drops a parent row (as a cascade would) undoes everything."""
    from alembic import command

    old = tmp_path / "guard.desk"
    before = file_at_revision("0001", populated_head, old)
    real = command.upgrade

    def upgrade_then_lose_an_issue(config, revision):
        real(config, revision)
        connection = config.attributes["connection"]
        connection.exec_driver_sql("DELETE FROM issue WHERE rowid = (SELECT min(rowid) FROM issue)")

    monkeypatch.setattr(command, "upgrade", upgrade_then_lose_an_issue)
    with pytest.raises(migrate.MigrationError, match=r"row\(s\) of demand would refer to a missing issue"):
        open_case_file(old)
    assert dump(old) == before


def test_a_reference_an_old_file_already_had_broken_does_not_block_the_upgrade(populated_head: Path,
                                                                              tmp_path: Path):
    old = tmp_path / "orphan.desk"
    file_at_revision("0001", populated_head, old)
    with sqlite3.connect(old) as connection:  # a dangling reference an old release could have left
        connection.execute("UPDATE demand SET issue_id = 'gone' WHERE rowid = (SELECT min(rowid) FROM demand)")
    before = dump(old)
    open_case_file(old).dispose()
    assert_every_value_survived(before, dump(old), "0001")


def test_a_half_migrated_file_is_restored_from_its_backup(populated_head: Path, tmp_path: Path):
    """What an interrupted upgrade of the previous release left: a rebuilt table half done, demands gone."""
    path = tmp_path / "半途.desk"
    before = file_at_revision("0002", populated_head, path)
    shutil.copyfile(path, tmp_path / "半途.20260101T000000000000Z.bak.desk")
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE _alembic_tmp_issue AS SELECT * FROM issue")
        connection.execute("DELETE FROM demand")
    from desk.services.integrity import check_case_file

    before_check = path.read_bytes()
    assert check_case_file(path).problems[-1] == (
        "the file was left half-upgraded by an interrupted upgrade; opening it in the app restores it from its "
        "latest backup (NAME.<time>.bak.desk beside it)")
    assert path.read_bytes() == before_check
    db = open_case_file(path)
    db.dispose()
    assert len(db.notices) == 1
    assert "restored from its backup 半途.20260101T000000000000Z.bak.desk" in str(db.notices[0])
    assert_every_value_survived(before, dump(path), "0002")
    damaged = [p for p in tmp_path.iterdir() if ".damaged." in p.name]
    assert len(damaged) == 1 and "_alembic_tmp_issue" in dump(damaged[0])


def test_a_file_whose_tables_do_not_match_its_revision_counts_as_half_migrated(populated_head: Path,
                                                                                tmp_path: Path):
    from desk.store.casefile import CaseFileError

    path = tmp_path / "mismatch.desk"
    file_at_revision("0002", populated_head, path)
    with sqlite3.connect(path) as connection:  # issue rebuilt, version not yet stamped, no backup
        connection.execute("ALTER TABLE issue ADD COLUMN payer_id VARCHAR(64)")
    before = path.read_bytes()
    with pytest.raises(CaseFileError, match=r"half-upgraded .* no sound backup"):
        open_case_file(path)
    assert path.read_bytes() == before
