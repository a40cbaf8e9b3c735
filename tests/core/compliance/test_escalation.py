"""The escalation chain on a deeper hierarchy, and a dispute's steps, deadlines and decision."""
from __future__ import annotations

from datetime import date

import pytest

from desk.core.compliance.dues import award_dues
from desk.core.compliance.escalation import chain, decide, escalate, raise_dispute, step_overdue
from desk.core.compliance.terms import MonitoringTerms
from desk.core.enums import DisputeLevel, DisputeOutcome, DisputeStatus, PartyKind
from desk.core.errors import DeskError
from desk.core.parties import Party

CASE = "c" * 32


def party(name: str, kind: PartyKind, superior: Party | None = None) -> Party:
    return Party(CASE, name, kind=kind, superior_id=superior.id if superior else None)


CENTRAL = party("国务院", PartyKind.CENTRAL)
ANHUI = party("安徽省", PartyKind.PROVINCIAL, CENTRAL)
ZHEJIANG = party("浙江省", PartyKind.PROVINCIAL, CENTRAL)
HUANGSHAN = party("黄山市", PartyKind.MUNICIPAL, ANHUI)
HANGZHOU = party("杭州市", PartyKind.MUNICIPAL, ZHEJIANG)
SHEXIAN = party("歙县", PartyKind.COUNTY, HUANGSHAN)
XIUNING = party("休宁县", PartyKind.COUNTY, HUANGSHAN)
CHUNAN = party("淳安县", PartyKind.COUNTY, HANGZHOU)
ALL = [CENTRAL, ANHUI, ZHEJIANG, HUANGSHAN, HANGZHOU, SHEXIAN, XIUNING, CHUNAN]


def arbiters(a: Party, b: Party) -> list[tuple[DisputeLevel, str | None]]:
    names = {p.id: p.name for p in ALL}
    return [(s.level, names.get(s.arbiter_id)) for s in chain(ALL, a.id, b.id)]


def test_counties_in_different_provinces_go_to_the_central_government():
    assert arbiters(SHEXIAN, CHUNAN) == [(DisputeLevel.JOINT_CONFERENCE, None), (DisputeLevel.CENTRAL, "国务院")]


def test_two_counties_of_one_city_go_to_the_city_then_upwards():
    assert arbiters(SHEXIAN, XIUNING) == [
        (DisputeLevel.JOINT_CONFERENCE, None), (DisputeLevel.SUPERIOR, "黄山市"), (DisputeLevel.SUPERIOR, "安徽省"),
        (DisputeLevel.CENTRAL, "国务院")]


def test_a_county_and_its_own_province_go_above_the_province():
    assert arbiters(SHEXIAN, ANHUI) == [(DisputeLevel.JOINT_CONFERENCE, None), (DisputeLevel.CENTRAL, "国务院")]


def test_no_common_superior_stays_at_the_joint_conference():
    orphan = party("孤立县", PartyKind.COUNTY)
    parties = [*ALL, orphan]
    dispute = raise_dispute(CASE, parties, orphan.id, SHEXIAN.id, "x", date(2020, 1, 1), MonitoringTerms(CASE))
    with pytest.raises(DeskError, match="no higher level"):
        escalate(dispute, parties, date(2020, 2, 1), MonitoringTerms(CASE))


def test_steps_deadlines_escalation_and_award():
    terms = MonitoringTerms(CASE, step_days=30, payment_grace_days=60)
    d = raise_dispute(CASE, ALL, SHEXIAN.id, XIUNING.id, "上游断面超标扣减有误", date(2020, 3, 1), terms,
                      amount=120.0, unit="万元")
    assert [(s.level, s.deadline) for s in d.steps] == [(DisputeLevel.JOINT_CONFERENCE, date(2020, 3, 31))]
    assert not step_overdue(d, date(2020, 3, 31)) and step_overdue(d, date(2020, 4, 1))
    d = escalate(d, ALL, date(2020, 4, 2), terms)
    assert d.status is DisputeStatus.ESCALATED and d.arbiter_id == HUANGSHAN.id
    assert d.steps[0].closed_on == date(2020, 4, 2) and d.steps[1].deadline == date(2020, 5, 2)
    with pytest.raises(DeskError, match="before the current step"):
        decide(d, DisputeOutcome.UPHELD, "理由", date(2020, 4, 1))
    with pytest.raises(DeskError, match="less than the claim"):
        decide(d, DisputeOutcome.PARTLY, "理由", date(2020, 4, 20), amount=120.0)
    with pytest.raises(DeskError, match="no amount"):
        decide(d, DisputeOutcome.REJECTED, "理由", date(2020, 4, 20), amount=5.0)
    decided = decide(d, DisputeOutcome.PARTLY, "监测数据部分有效", date(2020, 4, 20), amount=80.0)
    assert decided.status is DisputeStatus.RESOLVED and decided.steps[-1].closed_on == date(2020, 4, 20)
    [award] = award_dues([decided], terms)
    assert (award.party, award.counterparty, award.amount, award.unit, award.due_on) == (
        XIUNING.id, SHEXIAN.id, 80, "万元", date(2020, 6, 19))
    with pytest.raises(DeskError, match="already decided"):
        escalate(decided, ALL, date(2020, 5, 1), terms)
    rejected = decide(d, DisputeOutcome.REJECTED, "证据不足", date(2020, 4, 20))
    assert award_dues([rejected], terms) == []
    assert decide(d, DisputeOutcome.UPHELD, "全部支持", date(2020, 4, 20)).decided_amount == 120.0
