"""Bargaining sessions: rounds, proposals, answers, counters, minutes and conclusion."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desk.core.enums import ResponseKind
from desk.core.errors import ValidationError
from desk.core.sessions import Session
from desk.services.bargaining import BargainingClosedError, BargainingService
from desk.services.cases import CaseService
from desk.services.integrity import check_case_file


@pytest.fixture
def demo(demo_file: Path):
    cases = CaseService.open(demo_file, actor="联席办")
    yield cases, BargainingService(cases)
    cases.close()


def _package(snapshot, **overrides):
    package = {issue.id: issue.grid()[len(issue.grid()) // 2] for issue in snapshot.issues}
    for name, value in overrides.items():
        package[next(i.id for i in snapshot.issues if i.name == name)] = value
    return package


def test_three_rounds_to_a_concluded_package(demo, demo_file: Path):
    cases, bargaining = demo
    snap = cases.snapshot()
    anhui, zhejiang = (snap.party_by_name(n) for n in ("安徽", "浙江"))
    mediator = snap.party_by_name("联席办")
    session = bargaining.create_session(Session(case_id=cases.case_id, title="第二轮补偿协商第一次会议",
                                                held_on=date(2015, 3, 20), place="杭州", chair="赵敏"))
    r1 = bargaining.open_round(session.id)
    p1 = bargaining.table_proposal(r1.id, anhui.id, _package(snap, 安徽省年度出资=1.0), note="安徽首提")
    bargaining.answer(p1.id, zhejiang.id, ResponseKind.REJECT, "出资不对等")
    counter, response = bargaining.counter(p1.id, zhejiang.id, _package(snap, 浙江省年度出资=1.0), "对等出资")
    assert counter.parent_id == p1.id and response.counter_id == counter.id
    bargaining.close_round(r1.id, "双方分歧集中在出资比例。")
    with pytest.raises(BargainingClosedError):
        bargaining.table_proposal(r1.id, anhui.id, _package(snap))
    r2 = bargaining.open_round(session.id)
    assert r2.number == 2
    p2 = bargaining.table_proposal(r2.id, mediator.id, _package(snap, 安徽省年度出资=2.0, 浙江省年度出资=2.0))
    bargaining.answer(p2.id, anhui.id, ResponseKind.ACCEPT)
    assert bargaining.concluded() is None
    bargaining.close_round(r2.id)
    r3 = bargaining.open_round(session.id)
    p3 = bargaining.table_proposal(r3.id, mediator.id, p2.package, note="调解方案")
    bargaining.answer(p3.id, anhui.id, ResponseKind.ACCEPT)
    bargaining.answer(p3.id, zhejiang.id, ResponseKind.ACCEPT, "同意")
    assert bargaining.concluded() == p3
    with pytest.raises(BargainingClosedError, match="concluded"):
        bargaining.table_proposal(r3.id, anhui.id, _package(snap))
    closed = bargaining.close_round(r3.id, "达成一致。")
    assert "第3轮会议纪要" in closed.minutes and "浙江接受（同意）" in closed.minutes
    record = bargaining.record()
    assert [r.number for r in record.rounds] == [1, 2, 3]
    assert "安徽拒绝" not in record.rounds[0].minutes and "浙江拒绝（出资不对等）" in record.rounds[0].minutes
    assert "浙江提出反提案（对等出资）" in record.rounds[0].minutes
    assert len(record.trajectory(mediator.id)) == 2
    kinds = [e.kind for e in cases.events()]
    assert kinds.count("proposal.tabled") == 4 and kinds[-2:] == ["bargaining.concluded", "round.closed"]
    assert check_case_file(demo_file).ok


def test_invalid_packages_and_answers_are_refused(demo):
    cases, bargaining = demo
    snap = cases.snapshot()
    session = bargaining.create_session(Session(case_id=cases.case_id, title="会议"))
    rnd = bargaining.open_round(session.id)
    bad = _package(snap)
    bad.pop(snap.issues[0].id)
    with pytest.raises(ValidationError, match="no value"):
        bargaining.table_proposal(rnd.id, snap.parties[1].id, bad)
    with pytest.raises(ValidationError):
        bargaining.answer("x" * 32, snap.parties[1].id, ResponseKind.COUNTER)
    with pytest.raises(BargainingClosedError):
        bargaining.open_round(session.id)  # the first round is still open
    assert bargaining.record().proposals == ()


def test_party_with_a_record_cannot_be_deleted(demo):
    cases, bargaining = demo
    snap = cases.snapshot()
    session = bargaining.create_session(Session(case_id=cases.case_id, title="会议"))
    rnd = bargaining.open_round(session.id)
    bargaining.table_proposal(rnd.id, snap.parties[1].id, _package(snap))
    with pytest.raises(ValidationError) as info:
        cases.delete_party(snap.parties[1].id)
    assert info.value.code == "party.in_use"
    assert cases.snapshot() == snap


def test_every_step_can_be_withdrawn_and_restored_in_reverse_order(demo, demo_file: Path):
    """The undo of the bargaining: each step is withdrawn (refused while a later step rests on it) and
    restored with the same id; the audit log keeps it all and the file checks clean."""
    from desk.services.bargaining import BargainingUndoError

    cases, bargaining = demo
    snap = cases.snapshot()
    anhui, zhejiang = (snap.party_by_name(n).id for n in ("安徽", "浙江"))
    session = bargaining.create_session(Session(case_id=cases.case_id, title="会议"))
    rnd = bargaining.open_round(session.id)
    p1 = bargaining.table_proposal(rnd.id, anhui, _package(snap, 安徽省年度出资=1.0))
    counter, countered = bargaining.counter(p1.id, zhejiang, _package(snap, 安徽省年度出资=2.0), "对等")
    accepted = bargaining.answer(counter.id, anhui, ResponseKind.REJECT, "再议")
    with pytest.raises(BargainingUndoError, match="answered"):
        bargaining.withdraw_proposal(p1.id)
    with pytest.raises(BargainingUndoError, match="rounds"):
        bargaining.withdraw_session(session.id)
    with pytest.raises(BargainingUndoError, match="proposals"):
        bargaining.withdraw_round(rnd.id)
    final = bargaining.answer(counter.id, anhui, ResponseKind.ACCEPT)  # Zhejiang accepted it by tabling it
    assert bargaining.concluded() == counter
    closed = bargaining.close_round(rnd.id, "一致")

    # undo, newest first
    bargaining.reopen_round(rnd.id)
    assert not bargaining.record().rounds[0].is_closed and bargaining.record().rounds[0].minutes == ""
    bargaining.withdraw_answer(final.id)
    assert bargaining.concluded() is None
    with pytest.raises(BargainingUndoError, match="answered"):  # Anhui's answer rests on the counter
        bargaining.withdraw_answer(countered.id)
    bargaining.withdraw_answer(accepted.id)
    response, withdrawn_counter = bargaining.withdraw_answer(countered.id)
    assert withdrawn_counter == counter and [p.id for p in bargaining.record().proposals] == [p1.id]
    bargaining.withdraw_proposal(p1.id)
    bargaining.withdraw_round(rnd.id)
    bargaining.withdraw_session(session.id)
    assert bargaining.record() == type(bargaining.record())((), (), (), ())

    # redo, oldest first: the same objects come back
    bargaining.restore_session(session)
    bargaining.restore_round(rnd)
    bargaining.restore_proposal(p1)
    bargaining.restore_answer(response, withdrawn_counter)
    bargaining.restore_answer(accepted)
    bargaining.restore_answer(final)
    assert bargaining.concluded() == counter
    bargaining.restore_closed_round(closed)
    record = bargaining.record()
    assert record.rounds == (closed,) and record.proposals == (p1, counter)
    assert set(record.responses) == {countered, accepted, final}
    kinds = [e.kind for e in cases.events()]
    assert kinds.count("bargaining.concluded") == 2 and "bargaining.reopened" in kinds
    assert {"session.withdrawn", "round.withdrawn", "proposal.withdrawn", "response.withdrawn", "round.reopened",
            "session.restored", "round.restored", "proposal.restored"} <= set(kinds)
    assert check_case_file(demo_file).ok


def test_an_acceptance_an_agreement_rests_on_cannot_be_withdrawn(demo):
    from desk.services.agreement_workflow import AgreementService
    from desk.services.bargaining import BargainingUndoError

    cases, bargaining = demo
    snap = cases.snapshot()
    anhui, zhejiang = (snap.party_by_name(n).id for n in ("安徽", "浙江"))
    rnd = bargaining.open_round(bargaining.create_session(Session(case_id=cases.case_id, title="会议")).id)
    proposal = bargaining.table_proposal(rnd.id, anhui, _package(snap))
    final = bargaining.answer(proposal.id, zhejiang, ResponseKind.ACCEPT)
    AgreementService(cases).draft()
    with pytest.raises(BargainingUndoError, match="agreement"):
        bargaining.withdraw_answer(final.id)
    assert bargaining.concluded() == proposal


def test_tabling_counts_as_the_authors_acceptance(demo):
    """The defect seen in a real run: every other signatory accepted, the author never answered its own
    proposal, and the case stayed open. Tabling is the author's acceptance; the state says who is awaited."""
    cases, bargaining = demo
    snap = cases.snapshot()
    anhui, zhejiang = (snap.party_by_name(n).id for n in ("安徽", "浙江"))
    rnd = bargaining.open_round(bargaining.create_session(Session(case_id=cases.case_id, title="会议")).id)
    proposal = bargaining.table_proposal(rnd.id, anhui, _package(snap, 安徽省年度出资=1.0))
    state = bargaining.answer_state(proposal.id)
    assert state.answers == {anhui: ResponseKind.ACCEPT} and state.by_tabling == anhui
    assert state.awaited == (zhejiang,) and not state.concluded
    bargaining.answer(proposal.id, zhejiang, ResponseKind.ACCEPT)
    assert bargaining.concluded() == proposal
    state = bargaining.answer_state(proposal.id)
    assert state.awaited == () and state.concluded
    assert [e.kind for e in cases.events()][-1] == "bargaining.concluded"


def test_a_mediators_proposal_waits_for_every_signatory_and_the_author_may_change_its_mind(demo):
    cases, bargaining = demo
    snap = cases.snapshot()
    anhui, zhejiang = (snap.party_by_name(n).id for n in ("安徽", "浙江"))
    mediator = snap.party_by_name("联席办").id
    rnd = bargaining.open_round(bargaining.create_session(Session(case_id=cases.case_id, title="会议")).id)
    by_mediator = bargaining.table_proposal(rnd.id, mediator, _package(snap))
    assert bargaining.answer_state(by_mediator.id).awaited == (anhui, zhejiang)  # the mediator does not sign
    bargaining.answer(by_mediator.id, zhejiang, ResponseKind.ACCEPT)
    state = bargaining.answer_state(by_mediator.id)
    assert state.awaited == (anhui,) and not state.concluded and bargaining.concluded() is None
    own = bargaining.table_proposal(rnd.id, anhui, _package(snap, 安徽省年度出资=2.0))
    bargaining.answer(own.id, anhui, ResponseKind.REJECT, "撤回本方提案")  # a later answer replaces the tabling
    state = bargaining.answer_state(own.id)
    assert state.answers[anhui] is ResponseKind.REJECT and state.by_tabling is None
    bargaining.answer(own.id, zhejiang, ResponseKind.ACCEPT)
    assert bargaining.concluded() is None


def test_a_sole_signatorys_proposal_concludes_when_tabled_and_reopens_when_withdrawn(tmp_path: Path):
    from desk.core.case import Case
    from desk.core.enums import PartyKind, PartyRole
    from desk.core.issues import Issue
    from desk.core.parties import Party

    cases = CaseService.create(tmp_path / "单方 #1%.desk", Case(name="单一签约方"), actor="联席办")
    try:
        signer = cases.add_party(Party(case_id=cases.case_id, name="甲市", kind=PartyKind.MUNICIPAL,
                                       role=PartyRole.SIGNATORY))
        cases.add_issue(Issue(case_id=cases.case_id, name="分成比例", unit="%", minimum=0, maximum=100, step=10))
        bargaining = BargainingService(cases)
        rnd = bargaining.open_round(bargaining.create_session(Session(case_id=cases.case_id, title="会议")).id)
        proposal = bargaining.table_proposal(rnd.id, signer.id, _package(cases.snapshot()))
        assert bargaining.concluded() == proposal
        bargaining.withdraw_proposal(proposal.id)
        assert bargaining.concluded() is None
        assert [e.kind for e in cases.events()][-3:] == ["bargaining.concluded", "proposal.withdrawn",
                                                         "bargaining.reopened"]
    finally:
        cases.close()


def test_sessions_are_listed_by_date_not_by_their_random_ids(demo):
    cases, bargaining = demo
    cid = cases.case_id
    made = [bargaining.create_session(Session(cid, title, held_on=held, id=ident)) for title, held, ident in (
        ("第三次会议", date(2025, 9, 1), "0" * 32), ("第一次会议", date(2025, 3, 1), "f" * 32),
        ("筹备会（未定日期）", None, "1" * 32), ("第二次会议", date(2025, 6, 1), "8" * 32))]
    record = bargaining.record()
    assert [s.title for s in record.sessions] == ["第一次会议", "第二次会议", "第三次会议", "筹备会（未定日期）"]
    assert {s.id for s in record.sessions} == {s.id for s in made}
