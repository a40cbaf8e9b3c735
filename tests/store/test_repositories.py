"""Repositories take and return core types: every entity survives a round trip exactly."""
from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from desk.core.agreements import AgreementVersion, Clause, Signature
from desk.core.case import Case
from desk.core.demands import Demand
from desk.core.enums import AgreementStatus, DisputeLevel, IssueKind, PartyKind, PartyRole, ResponseKind
from desk.core.issues import Issue
from desk.core.monitoring import Commitment, Dispute, Evaluation, Indicator
from desk.core.parties import Party
from desk.core.sessions import Proposal, Response, Round, Session
from desk.store.casefile import create_case_file
from desk.store.repositories import NotFoundError, Repositories


def _objects():
    case = Case(name="新安江", description="说明", illustrative=True)
    central = Party(case_id=case.id, name="中央", kind=PartyKind.CENTRAL, role=PartyRole.ARBITER)
    anhui = Party(case_id=case.id, name="安徽省", superior_id=central.id, batna=0.25, bargaining_power=2.0,
                  delegate_name="李明", delegate_title="副省长", colour="#D55E00", notes="内部备注", position=1)
    money = Issue(case_id=case.id, name="出资", unit="亿元", minimum=1.0, maximum=3.0, step=0.5)
    rule = Issue(case_id=case.id, name="规则", kind=IssueKind.DISCRETE, options=("甲", "乙"), position=1)
    demand = Demand(case_id=case.id, party_id=anhui.id, issue_id=money.id, ideal=1.0, reservation=2.5,
                    priority=3.0, rationale="理由", evidence=("报告.pdf",), breakpoints=((1.5, 0.8), (2.0, 0.3)))
    choice = Demand(case_id=case.id, party_id=anhui.id, issue_id=rule.id, ideal="甲", reservation="乙",
                    option_scores=(("甲", 1.0), ("乙", 0.25)))
    meeting = Session(case_id=case.id, title="第一次联席会议", held_on=date(2015, 3, 1), place="黄山",
                      chair="赵敏", attendees=("李明", "陈华"))
    rnd = Round(session_id=meeting.id, number=1, minutes="纪要")
    proposal = Proposal(round_id=rnd.id, author_id=anhui.id, package={money.id: 2.0, rule.id: "乙"}, note="首轮")
    answer = Response(proposal_id=proposal.id, party_id=central.id, kind=ResponseKind.ACCEPT, comment="同意")
    agreement = AgreementVersion(case_id=case.id, version=1, title="框架协议", clauses=(Clause("总则", "文本"),),
                                 status=AgreementStatus.FINAL, proposal_id=proposal.id)
    signature = Signature(agreement_id=agreement.id, party_id=anhui.id, delegate_name="李明",
                          document_sha256="a" * 64)
    commitment = Commitment(case_id=case.id, party_id=anhui.id, description="按期拨付", due_on=date(2016, 1, 1),
                            agreement_id=agreement.id)
    indicator = Indicator(case_id=case.id, name="总磷", unit="mg/L", target=0.1, weight=0.25)
    evaluation = Evaluation(indicator_id=indicator.id, period="2015", value=0.08)
    dispute = Dispute(case_id=case.id, claimant_id=anhui.id, respondent_id=central.id, subject="资金到位",
                      level=DisputeLevel.SUPERIOR, arbiter_id=central.id)
    return [case, central, anhui, money, rule, demand, choice, meeting, rnd, proposal, answer, agreement,
            signature, commitment, indicator, evaluation, dispute]


def test_every_entity_round_trips_exactly(tmp_path: Path):
    db = create_case_file(tmp_path / "x.desk")
    objects = _objects()
    with db.transaction() as session:
        repos = Repositories(session)
        for obj in objects:
            repos.for_core(type(obj)).add(obj)
    db.dispose()
    from desk.store.casefile import open_case_file

    db = open_case_file(tmp_path / "x.desk")
    with db.transaction() as session:
        repos = Repositories(session)
        for obj in objects:
            loaded = repos.for_core(type(obj)).require(obj.id)
            assert loaded == obj
            assert type(loaded.id) is str
        party = repos.parties.require(objects[2].id)
        assert party.kind is PartyKind.PROVINCIAL and isinstance(party.batna, float)
    db.dispose()


def test_update_list_delete(tmp_path: Path):
    db = create_case_file(tmp_path / "x.desk")
    case, central, anhui, *_ = _objects()
    with db.transaction() as session:
        repos = Repositories(session)
        repos.cases.add(case)
        repos.parties.add(central)
        repos.parties.add(anhui)
        repos.parties.update(dataclasses.replace(central, name="中央政府", position=5))
        assert [p.name for p in repos.parties.list(case_id=case.id)] == ["安徽省", "中央政府"]
        repos.parties.delete(central.id)
        assert repos.parties.require(anhui.id).superior_id is None  # ON DELETE SET NULL
        with pytest.raises(NotFoundError):
            repos.parties.require(central.id)
    db.dispose()


def test_failed_transaction_leaves_nothing(tmp_path: Path):
    db = create_case_file(tmp_path / "x.desk")
    case, central, *_ = _objects()
    with pytest.raises(RuntimeError), db.transaction() as session:
        Repositories(session).cases.add(case)
        raise RuntimeError("boom")
    with db.transaction() as session:
        assert Repositories(session).cases.list() == []
    db.dispose()


def test_foreign_keys_are_enforced(tmp_path: Path):
    """…and the raw IntegrityError never reaches the user: it is a StorageError naming the file."""
    from desk.store.failures import StorageError

    db = create_case_file(tmp_path / "x.desk")
    case, central, *_ = _objects()
    with pytest.raises(StorageError, match=r"conflicts with what .*x.desk already holds") as raised, \
            db.transaction() as session:
        Repositories(session).parties.add(central)  # its case does not exist
    assert raised.value.code == "file.conflict"
    db.dispose()


@pytest.mark.skipif(not __import__("os").environ.get("DESK_TEST_DATABASE_URL"), reason="DESK_TEST_DATABASE_URL not set")
def test_every_entity_round_trips_on_a_server_database():
    import os

    from desk.store import migrate
    from desk.store.casefile import open_database

    db = open_database(os.environ["DESK_TEST_DATABASE_URL"])
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    objects = _objects()
    try:
        with db.transaction() as session:
            repos = Repositories(session)
            for obj in objects:
                repos.for_core(type(obj)).add(obj)
        with db.transaction() as session:
            repos = Repositories(session)
            assert [repos.for_core(type(o)).require(o.id) for o in objects] == objects
    finally:
        with db.transaction() as session:
            Repositories(session).cases.delete(objects[0].id)  # cascades to everything of the case
        db.dispose()
