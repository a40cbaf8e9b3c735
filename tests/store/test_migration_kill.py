"""A migration killed after any SQL statement leaves the file with its old or its new schema, and all its data."""
from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from migration_child import migrate_in_child
from populated import assert_every_value_survived, dump, file_at_revision

from desk.store import migrate
from desk.store.casefile import open_case_file
from desk.store.recovery import TEMP_PREFIX, expected_shape
from desk.store.sqlite_files import table_columns


@pytest.fixture(scope="module")
def old_files(populated_head: Path, tmp_path_factory) -> dict[str, tuple[Path, dict]]:
    folder = tmp_path_factory.mktemp("old files 50%#?")
    files = {}
    for revision in ("0001", "0002"):
        path = folder / f"v{revision} 旧.desk"
        files[revision] = (path, file_at_revision(revision, populated_head, path))
    return files


def _statements(path: Path, tmp_path: Path) -> int:
    probe = tmp_path / "probe.desk"
    shutil.copyfile(path, probe)
    code, statements = migrate_in_child(probe, 0)
    assert code == 0
    return statements


def _assert_old_or_new_with_all_data(path: Path, before: dict, revision: str) -> str:
    with sqlite3.connect(path) as connection:  # replays the committed part of the WAL, as any opener would
        tables = table_columns(connection)
        stamped = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert not [t for t in tables if t.startswith(TEMP_PREFIX)]
    assert stamped in (revision, migrate.HEAD_REVISION)
    assert {t: frozenset(c) for t, c in tables.items()} == expected_shape(stamped)
    if stamped == revision:
        assert dump(path) == before
    assert_every_value_survived(before, dump(path), revision)
    open_case_file(path).dispose()  # and it opens (finishing the upgrade if it had not committed)
    assert_every_value_survived(before, dump(path), revision)
    return stamped


def _kill_at(limits, revision: str, old_files, tmp_path: Path) -> set[str]:
    source, before = old_files[revision]
    outcomes = set()
    for limit in limits:
        path = tmp_path / f"killed {limit} 50%.desk"
        shutil.copyfile(source, path)
        code, _ = migrate_in_child(path, limit)
        assert code in (0, 17)
        outcomes.add(_assert_old_or_new_with_all_data(path, before, revision))
        for leftover in tmp_path.iterdir():
            leftover.unlink()
    return outcomes


def test_killed_after_every_statement_of_the_0002_upgrade(old_files, tmp_path: Path):
    total = _statements(old_files["0002"][0], tmp_path)
    assert total > 10
    assert _kill_at(range(1, total + 1), "0002", old_files, tmp_path) == {"0002", migrate.HEAD_REVISION}


def test_killed_at_sampled_statements_of_the_0001_upgrade(old_files, tmp_path: Path):
    total = _statements(old_files["0001"][0], tmp_path)
    sample = sorted({1, total - 1, total, *random.Random(9).sample(range(2, total - 1), 8)})
    assert _kill_at(sample, "0001", old_files, tmp_path) == {"0001", migrate.HEAD_REVISION}
