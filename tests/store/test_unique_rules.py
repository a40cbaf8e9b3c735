"""Uniqueness is a rule of the schema too: names per case, round and version numbers; old duplicates renamed."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from populated import dump, file_at_revision

from desk.core.case import Case
from desk.core.errors import ValidationError
from desk.core.issues import Issue
from desk.core.parties import Party
from desk.services.cases import CaseService
from desk.services.integrity import check_case_file
from desk.store.casefile import open_case_file
from desk.store.repositories import Repositories


def test_the_schema_refuses_a_second_party_or_issue_of_the_same_name(tmp_path: Path):
    """What two writers racing past the services' own check would do: a clear domain error, nothing saved."""
    service = CaseService.create(tmp_path / "x.desk", Case(name="唯一"))
    cid = service.case_id
    service.add_party(Party(case_id=cid, name="甲"))
    service.add_issue(Issue(case_id=cid, name="金额"))
    for item, message in ((Party(case_id=cid, name="甲"), "a party of this name is already in this case"),
                          (Issue(case_id=cid, name="金额"), "an issue of this name is already in this case")):
        with pytest.raises(ValidationError, match=message) as info, service.db.transaction() as session:
            Repositories(session).for_core(type(item)).add(item)
        assert info.value.field == "name" and info.value.code == "name.taken"
    assert [p.name for p in service.snapshot().parties] == ["甲"]
    service.close()


def test_old_duplicates_are_renamed_in_order_audited_and_nothing_is_dropped(populated_head: Path, tmp_path: Path):
    old = tmp_path / "dup.desk"
    file_at_revision("0004", populated_head, old)
    service = CaseService.open(populated_head)
    snapshot = service.snapshot()
    service.close()
    first, second, third = snapshot.parties[:3]
    with sqlite3.connect(old) as connection:  # what a race in an older release could leave
        connection.execute("UPDATE party SET name = ? WHERE id IN (?, ?)", (first.name, second.id, third.id))
        connection.execute("UPDATE issue SET name = ? WHERE id = ?", (snapshot.issues[0].name, snapshot.issues[1].id))
    before = dump(old)
    open_case_file(old).dispose()
    after = dump(old)
    assert len(after["party"]["rows"]) == len(before["party"]["rows"])
    names = {row[0]: row[2] for row in after["party"]["rows"]}
    renamed = sorted([names[second.id], names[third.id]])
    assert names[first.id] == first.name and renamed == [f"{first.name}（2）", f"{first.name}（3）"]
    assert len({r[2] for r in after["issue"]["rows"]}) == len(after["issue"]["rows"])
    assert len(after["demand"]["rows"]) == len(before["demand"]["rows"])


def test_renames_are_audited_so_check_stays_clean(demo_file: Path):
    from desk.services.scenarios import ScenarioService
    from desk.store import migrate
    from desk.store.database import make_engine, sqlite_url

    service = CaseService.open(demo_file)  # a file of 0004 had no scenarios: the demo's go, audited, first
    try:
        for scenario in ScenarioService(service).scenarios():
            ScenarioService(service).delete(scenario.id)
    finally:
        service.close()
    engine = make_engine(sqlite_url(demo_file))
    migrate.downgrade(engine, "0004")
    engine.dispose()
    with sqlite3.connect(demo_file) as connection:  # a duplicate name, as a race in an older release left it
        (first_id, name), (second_id, _) = connection.execute(
            "SELECT id, name FROM party ORDER BY position, id LIMIT 2").fetchall()
        connection.execute("UPDATE party SET name = ? WHERE id = ?", (name, second_id))
    pending = check_case_file(demo_file)  # not upgraded yet: check compares an upgraded private copy
    assert pending.ok and pending.pending, (pending.problems, pending.unverifiable)
    service = CaseService.open(demo_file)  # upgrades: renames the later duplicate and audits the rename
    try:
        names = {p.id: p.name for p in service.snapshot().parties}
        events = [e for e in service.events() if e.entity_id == second_id]
    finally:
        service.close()
    assert names[first_id] == name and names[second_id] == f"{name}（2）"
    assert events[-1].kind == "party.updated" and events[-1].actor == "schema upgrade"
    report = check_case_file(demo_file)
    assert report.ok, report.problems
