"""Case preparation use cases: one transaction per edit, audit events, history, undo support."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desk.core.case import Case
from desk.core.demands import Demand
from desk.core.errors import ValidationError
from desk.core.issues import Issue
from desk.core.parties import Party
from desk.services.cases import CaseService


@pytest.fixture
def service(tmp_path: Path):
    service = CaseService.create(tmp_path / "c.desk", Case(name="测试案例"), actor="秘书处")
    yield service
    service.close()


def _setup(service: CaseService):
    cid = service.case_id
    top = service.add_party(Party(case_id=cid, name="中央"))
    a = service.add_party(Party(case_id=cid, name="安徽省", superior_id=top.id))
    issue = service.add_issue(Issue(case_id=cid, name="出资", unit="亿元", minimum=1, maximum=3, step=0.5))
    return top, a, issue


def test_edits_are_audited_in_order(service: CaseService):
    top, a, issue = _setup(service)
    service.set_demand(Demand(case_id=service.case_id, party_id=a.id, issue_id=issue.id, ideal=1.0, reservation=2.0))
    kinds = [e.kind for e in service.events()]
    assert kinds == ["case.created", "party.created", "party.created", "issue.created", "demand.created"]
    assert {e.actor for e in service.events()} == {"秘书处"}


def test_invalid_input_saves_nothing(service: CaseService):
    top, a, issue = _setup(service)
    before = service.snapshot(), len(service.events())
    with pytest.raises(ValidationError):
        service.set_demand(Demand(case_id=service.case_id, party_id=a.id, issue_id=issue.id, ideal=9.0))
    with pytest.raises(ValidationError, match="already used"):
        service.add_party(Party(case_id=service.case_id, name="安徽省"))
    with pytest.raises(ValidationError) as info:
        service.update_party(dataclasses.replace(top, superior_id=a.id))
    assert info.value.code == "party.hierarchy_cycle"
    assert (service.snapshot(), len(service.events())) == before


def test_issue_change_refused_when_demands_fall_outside(service: CaseService):
    top, a, issue = _setup(service)
    service.set_demand(Demand(case_id=service.case_id, party_id=a.id, issue_id=issue.id, ideal=3.0, reservation=2.0))
    with pytest.raises(ValidationError) as info:
        service.update_issue(dataclasses.replace(issue, maximum=2.5))
    assert info.value.code == "value.out_of_range"


def test_demand_history_keeps_every_version(service: CaseService):
    top, a, issue = _setup(service)
    d = Demand(case_id=service.case_id, party_id=a.id, issue_id=issue.id, ideal=1.0, reservation=2.0)
    first = service.set_demand(d)
    second = service.set_demand(dataclasses.replace(d, ideal=1.5, id="ignored-new-id"))
    assert second.id == first.id  # one demand per party and issue
    service.delete_demand(first.id)
    history = service.demand_history(first.id)
    assert [h.action for h in history] == ["created", "updated", "deleted"]
    assert [h.state["ideal"] for h in history] == [1.0, 1.5, 1.5]
    assert all(h.author == "秘书处" for h in history)


def test_delete_and_restore_party_is_exact(service: CaseService):
    top, a, issue = _setup(service)
    service.set_demand(Demand(case_id=service.case_id, party_id=top.id, issue_id=issue.id, ideal=1.0))
    before = service.snapshot()
    deleted = service.delete_party(top.id)
    after = service.snapshot()
    assert [p.name for p in after.parties] == ["安徽省"] and after.parties[0].superior_id is None
    assert after.demands == ()
    service.restore_party(*deleted)
    assert service.snapshot() == before


def test_delete_and_restore_issue(service: CaseService):
    top, a, issue = _setup(service)
    service.set_demand(Demand(case_id=service.case_id, party_id=a.id, issue_id=issue.id, ideal=1.0))
    before = service.snapshot()
    service.restore_issue(*service.delete_issue(issue.id))
    assert service.snapshot() == before


def test_reorder(service: CaseService):
    cid = service.case_id
    issues = [service.add_issue(Issue(case_id=cid, name=n, position=i)) for i, n in enumerate("甲乙丙")]
    service.reorder_issues([issues[2].id, issues[0].id, issues[1].id])
    assert [i.name for i in service.snapshot().issues] == ["丙", "甲", "乙"]
    with pytest.raises(ValidationError):
        service.reorder_issues([issues[0].id])


def test_reopen_finds_everything(tmp_path: Path):
    service = CaseService.create(tmp_path / "r.desk", Case(name="重开"))
    _setup(service)
    snapshot = service.snapshot()
    service.close()
    again = CaseService.open(tmp_path / "r.desk")
    assert again.snapshot() == snapshot
    again.close()
