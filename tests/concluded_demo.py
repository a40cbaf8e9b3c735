"""Test helper: conclude the demo case's bargaining (both provinces accept one tabled package)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from desk.core.enums import ResponseKind
from desk.core.sessions import Session
from desk.services.agreement_package import nash_package
from desk.services.bargaining import BargainingService
from desk.services.cases import CaseService


def conclude(path: Path, accept: bool = True) -> str:
    """Table the Nash package in a first session as the secretariat; both signatories accept it (or not).

    Returns the proposal id.
    """
    cases = CaseService.open(path, actor="测试")
    try:
        snapshot = cases.snapshot()
        bargaining = BargainingService(cases)
        session = bargaining.create_session(Session(snapshot.case.id, "第一次联席会议", held_on=date(2025, 3, 1),
                                                    place="黄山市"))
        round_ = bargaining.open_round(session.id)
        office = snapshot.party_by_name("联席办")
        proposal = bargaining.table_proposal(round_.id, office.id, nash_package(snapshot))
        if accept:
            for party in snapshot.signatories:
                bargaining.answer(proposal.id, party.id, ResponseKind.ACCEPT)
        return proposal.id
    finally:
        cases.close()
