"""Bundles are a backup format: any case the services can make exports and imports back equal."""
from __future__ import annotations

import dataclasses
import json
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.core.case import Case
from desk.core.demands import Demand
from desk.core.enums import ResponseKind
from desk.core.errors import DeskError
from desk.core.issues import Issue
from desk.core.parties import Party
from desk.core.sessions import Session
from desk.services.bargaining import BargainingService
from desk.services.bundles import export_case_bundle, import_case_bundle
from desk.services.cases import CaseService


def _tables(path: Path) -> dict[str, list]:
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        names = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                                  "AND name NOT IN ('alembic_version') AND name NOT LIKE 'sqlite_%'")]
        return {n: sorted(connection.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    finally:
        connection.close()


def _assert_round_trip(path: Path, folder: Path) -> None:
    first, copy, second = folder / "一.json", folder / "副本 50%#?.desk", folder / "二.json"
    export_case_bundle(path, first)
    import_case_bundle(first, copy)
    export_case_bundle(copy, second)
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
    a.pop("exported_at"), b.pop("exported_at")
    assert a == b
    original, imported = _tables(path), _tables(copy)
    for table in ("case", "party", "issue", "demand", "session", "round", "proposal", "response",
                  "agreement_version", "signature", "event"):
        assert imported[table] == original[table], table


def test_a_case_with_an_issue_added_after_a_proposal_was_tabled(tmp_path: Path):
    service = CaseService.create(tmp_path / "后加议题.desk", Case(name="后加议题"))
    cid = service.case_id
    a = service.add_party(Party(case_id=cid, name="甲"))
    b = service.add_party(Party(case_id=cid, name="乙"))
    money = service.add_issue(Issue(case_id=cid, name="金额", unit="亿元", minimum=0, maximum=10, step=1))
    bargaining = BargainingService(service)
    session = bargaining.create_session(Session(cid, "第一次会议", held_on=date(2025, 3, 1)))
    round_ = bargaining.open_round(session.id)
    proposal = bargaining.table_proposal(round_.id, a.id, {money.id: 5.0})
    bargaining.answer(proposal.id, b.id, ResponseKind.REJECT)
    service.add_issue(Issue(case_id=cid, name="期限", unit="年", minimum=1, maximum=5, step=1))
    service.update_issue(dataclasses.replace(money, maximum=4))  # the tabled 5.0 is now out of range
    service.close()
    _assert_round_trip(tmp_path / "后加议题.desk", tmp_path)


# -- random valid edit sequences -------------------------------------------------------------------
STEPS = ("party", "issue", "option_issue", "demand", "session", "round", "proposal", "answer", "counter",
         "close_round", "update_issue", "delete_issue", "delete_party", "rename_party")


def _apply(service: CaseService, step: str, pick: int) -> None:
    """One edit through the services; an edit the services refuse is simply not made."""
    cid = service.case_id
    snap = service.snapshot()
    bargaining = BargainingService(service)
    record = bargaining.record()
    parties, issues = snap.parties, snap.issues
    open_rounds = [r for r in record.rounds if r.closed_at is None]
    try:
        if step == "party":
            service.add_party(Party(case_id=cid, name=f"方{pick} 50%", batna=(pick % 5) / 10))
        elif step == "issue":
            service.add_issue(Issue(case_id=cid, name=f"议题{pick}", unit="亿元", minimum=0, maximum=pick % 7 + 1,
                                    step=0.5))
        elif step == "option_issue":
            from desk.core.enums import IssueKind

            service.add_issue(Issue(case_id=cid, name=f"方式{pick}", kind=IssueKind.DISCRETE,
                                    options=("现金", "项目", f"其他{pick}")))
        elif step == "demand" and parties and issues:
            party, issue = parties[pick % len(parties)], issues[pick % len(issues)]
            low, high = (issue.minimum, issue.maximum) if not issue.options else (0, len(issue.options) - 1)
            value = (lambda x: issue.options[int(x)]) if issue.options else float
            service.set_demand(Demand(case_id=cid, party_id=party.id, issue_id=issue.id, ideal=value(high),
                                      reservation=value(low)))
        elif step == "session":
            bargaining.create_session(Session(cid, f"第{pick}次会议", held_on=date(2025, 1 + pick % 12, 1)))
        elif step == "round" and record.sessions:
            bargaining.open_round(record.sessions[pick % len(record.sessions)].id)
        elif step == "proposal" and open_rounds and parties and issues:
            bargaining.table_proposal(open_rounds[pick % len(open_rounds)].id, parties[pick % len(parties)].id,
                                      _package(issues, pick))
        elif step in ("answer", "counter") and record.proposals and parties:
            proposal = record.proposals[pick % len(record.proposals)]
            party = parties[(pick + 1) % len(parties)]
            if step == "answer":
                bargaining.answer(proposal.id, party.id, list(ResponseKind)[pick % 2])
            else:
                bargaining.counter(proposal.id, party.id, _package(issues, pick + 1), "还价")
        elif step == "close_round" and open_rounds:
            bargaining.close_round(open_rounds[pick % len(open_rounds)].id, f"纪要{pick}")
        elif step == "update_issue" and issues:
            issue = issues[pick % len(issues)]
            if not issue.options:
                service.update_issue(dataclasses.replace(issue, maximum=issue.maximum + 1, unit="万元"))
        elif step == "delete_issue" and issues:
            service.delete_issue(issues[pick % len(issues)].id)
        elif step == "delete_party" and parties:
            service.delete_party(parties[pick % len(parties)].id)
        elif step == "rename_party" and parties:
            service.update_party(dataclasses.replace(parties[pick % len(parties)], name=f"改名{pick}"))
    except DeskError:
        pass


def _package(issues, pick: int) -> dict:
    return {i.id: (i.options[pick % len(i.options)] if i.options else float(min(i.maximum, pick % 3)))
            for i in issues}


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(STEPS), st.integers(0, 50)), min_size=3, max_size=25))
def test_random_valid_edit_sequences_export_and_import_back_equal(steps):
    with tempfile.TemporaryDirectory(prefix="desk-roundtrip-") as folder:
        path = Path(folder) / "案例.desk"
        service = CaseService.create(path, Case(name="随机案例"))
        try:
            for step, pick in [("party", 1), ("party", 2), ("issue", 3), *steps]:
                _apply(service, step, pick)
        finally:
            service.close()
        _assert_round_trip(path, Path(folder))
