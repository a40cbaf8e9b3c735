"""Test helper: the Xin'an sample imported into a folder with spaces and #, and concluded on a given package."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from desk.cli import main
from desk.core.enums import PartyKind, ResponseKind
from desk.core.sessions import Session
from desk.services.bargaining import BargainingService
from desk.services.cases import CaseService
from desk.services.payments import package_by_names
from desk.services.rules import RuleService
from desk.services.samples import samples_dir

#: The public round-2 package: 2亿 each province, central 4亿 first year, K = 0.89, betting rule.
XINAN = {"安徽省年度出资": 2, "浙江省年度出资": 2, "中央年度出资": 4, "水质稳定系数（K值）": 0.89,
         "考核指标权重": "四项各25%", "协议期限": 3, "资金拨付规则": "对赌：达标浙江拨付安徽，不达标安徽拨付浙江",
         "共建园区税收安徽方分成比例": 50}


def sample_case(folder: Path, sample: str = "xinanjiang-round2") -> Path:
    """A sample without its readings (they are imported later, as the secretariat receives them)."""
    path = folder / f"{sample} 第二轮 #1.desk"
    assert main(["import-bundle", str(samples_dir() / f"{sample}.json"), str(path)]) == 0
    cases = CaseService.open(path, actor="测试")
    try:
        rules = RuleService(cases)
        for reading in rules.readings():
            rules.delete_reading(reading.id)
    finally:
        cases.close()
    return path


def conclude(path: Path, package: dict) -> None:
    """Both signatories accept ``package`` (issue name → value) tabled by the secretariat."""
    cases = CaseService.open(path, actor="测试")
    try:
        snapshot = cases.snapshot()
        bargaining = BargainingService(cases)
        session = bargaining.create_session(Session(snapshot.case.id, "第一次联席会议", held_on=date(2014, 12, 1)))
        round_ = bargaining.open_round(session.id)
        office = next(p for p in snapshot.parties if p.kind is PartyKind.SECRETARIAT)
        given = package_by_names(snapshot, package)
        for issue in snapshot.issues:  # issues no rule needs: their first option or lowest value
            given.setdefault(issue.id, issue.options[0] if issue.options else issue.minimum)
        proposal = bargaining.table_proposal(round_.id, office.id, given)
        for party in snapshot.signatories:
            bargaining.answer(proposal.id, party.id, ResponseKind.ACCEPT)
    finally:
        cases.close()
