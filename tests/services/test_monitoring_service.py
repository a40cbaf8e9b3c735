"""MonitoringService: audited full-row events (desk check catches edits made outside), terms that move due
dates, undo of waivers and payments, and bundles (redacted too) that carry the monitoring rows."""
from __future__ import annotations

import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest

from desk.core.compliance.ledger import Standing
from desk.core.compliance.terms import MonitoringTerms
from desk.core.enums import DisputeOutcome
from desk.core.errors import DeskError
from desk.services.bundles import export_case_bundle, import_case_bundle
from desk.services.cases import CaseService
from desk.services.integrity import check_case_file
from desk.services.monitoring import MonitoringService
from desk.services.rules import RuleService
from desk.services.samples import samples_dir

sys.path.insert(0, str(Path(__file__).parents[1] / "commands"))
from monitoring_case import XINAN, conclude, sample_case


@pytest.fixture
def case(tmp_path) -> Path:
    path = sample_case(tmp_path)
    conclude(path, XINAN)
    cases = CaseService.open(path, actor="秘书处")
    try:
        RuleService(cases).import_readings_file(samples_dir() / "xinanjiang-readings.csv")
    finally:
        cases.close()
    return path


def open_service(path: Path) -> tuple[CaseService, MonitoringService]:
    cases = CaseService.open(path, actor="秘书处")
    return cases, MonitoringService(cases)


def money_key(service: MonitoringService, period: str, payer_name: str) -> str:
    board = service.board(date(2016, 1, 1))
    return next(s.due.key for s in board.statuses
                if s.due.amount is not None and s.due.period == period and board.name(s.due.party) == payer_name)


def scenario(service: MonitoringService) -> None:
    key = money_key(service, "2015", "浙江省人民政府")
    service.record_payment(key, 2, date(2016, 5, 20), "浙财建〔2016〕8号")
    dispute = service.raise_dispute("安徽", "浙江", "逾期补偿", date(2016, 6, 10), amount=0.05, commitment_key=key)
    dispute = service.escalate(dispute.id, date(2016, 8, 15))
    service.decide(dispute.id, DisputeOutcome.UPHELD, "逾期属实", date(2016, 9, 20))
    service.waive(money_key(service, "2017", "安徽省人民政府"), "两省协商一致豁免")
    service.set_terms(MonitoringTerms(service.case_id, step_days=45))


def test_terms_move_due_dates_and_are_kept(case):
    cases, service = open_service(case)
    try:
        assert service.terms().payment_grace_days == 90
        service.set_terms(MonitoringTerms(service.case_id, payment_grace_days=30, due_soon_days=10))
        board = service.board(date(2016, 1, 20))
        first = next(s for s in board.statuses if s.due.amount is not None)
        assert (first.due.due_on, first.standing) == (date(2016, 1, 30), Standing.DUE_SOON)
        with pytest.raises(DeskError, match="payment_grace_days"):
            service.set_terms(MonitoringTerms(service.case_id, payment_grace_days=-1))
    finally:
        cases.close()
    cases, service = open_service(case)
    try:
        assert service.terms().payment_grace_days == 30
    finally:
        cases.close()
    assert check_case_file(case).ok


def test_undo_of_a_waiver_and_a_payment(case):
    cases, service = open_service(case)
    try:
        key = money_key(service, "2015", "浙江省人民政府")
        record = service.record_payment(key, 2, date(2016, 3, 1))
        service.waive(key[:], "误报")
        on = date(2016, 6, 1)
        assert next(s for s in service.board(on).statuses if s.due.key == key).standing is Standing.WAIVED
        service.unwaive(key)
        assert next(s for s in service.board(on).statuses if s.due.key == key).standing is Standing.MET
        service.delete_payment(record.id)
        assert next(s for s in service.board(on).statuses if s.due.key == key).standing is Standing.OVERDUE
        with pytest.raises(DeskError, match="not waived"):
            service.unwaive(key)
    finally:
        cases.close()
    assert check_case_file(case).ok


def test_desk_check_catches_a_payment_changed_outside_the_app(case):
    cases, service = open_service(case)
    try:
        scenario(service)
    finally:
        cases.close()
    assert check_case_file(case).ok
    with sqlite3.connect(case) as db:
        db.execute("UPDATE payment_record SET amount = 20")
    problems = check_case_file(case).problems
    assert len(problems) == 1 and "payment_record" in problems[0] and "changed outside the app" in problems[0]


@pytest.mark.parametrize("redacted", [False, True])
def test_bundles_carry_the_monitoring_rows(case, tmp_path, redacted):
    cases, service = open_service(case)
    try:
        scenario(service)
        before = service.board(date(2018, 12, 31))
    finally:
        cases.close()
    bundle = tmp_path / "bundle.json"
    export_case_bundle(case, bundle, redacted=redacted)
    copy = tmp_path / "副本" / "导入 #2.desk"
    copy.parent.mkdir()
    import_case_bundle(bundle, copy)
    assert check_case_file(copy).ok
    cases, service = open_service(copy)
    try:
        after = service.board(date(2018, 12, 31))
        assert service.terms().step_days == 45
    finally:
        cases.close()
    assert [(s.due.key, s.standing, s.paid) for s in after.statuses] == [
        (s.due.key, s.standing, s.paid) for s in before.statuses]
    assert after.balances == before.balances and after.disputes == before.disputes
    assert after.disputes[0].steps[1].closed_on == date(2016, 9, 20)


CHISHUI = {"年度补偿资金规模": 2, "补偿资金分配比例（云南:贵州:四川）": "3:4:3"}
JJJ = {"迁出地分享比例": 50, "分享上限（迁移前三年三税总额的倍数）": 1, "分享期限": 3, "未达上限时延长年限": 2,
       "一次性园区建设补偿": 4}


def test_the_other_samples_list_their_commitments(tmp_path):
    """Chishui: monthly section readings due from the province answering for each section; Jing-Jin-Ji: each
    enterprise's pre-move total reported once (baseline, no due date), its yearly tax share, the one-off payment."""
    chishui = sample_case(tmp_path, "chishui")
    conclude(chishui, CHISHUI)
    cases, service = open_service(chishui)
    try:
        RuleService(cases).import_readings_file(samples_dir() / "chishui-readings.csv")
        board = service.board(date(2021, 6, 30))
    finally:
        cases.close()
    reads = [s for s in board.statuses if s.due.kind.value == "reading"]
    assert len(reads) == 7 * 36 and {board.name(s.due.party) for s in reads} == {
        "云南省人民政府", "贵州省人民政府", "四川省人民政府"}
    missing = [(s.due.subject, s.due.period) for s in reads if s.standing is Standing.BREACHED
               and s.basis.startswith("not reported")]
    failed = [(s.due.subject, s.due.period) for s in reads if s.standing is Standing.BREACHED
              and not s.basis.startswith("not reported")]
    assert len(missing) == 1 and len(failed) == 3  # 茅台 2018-07 missing; 鱼洞 2018-03, 赤水 2020-05/06 failed
    assert len([s for s in board.statuses if s.due.kind.value == "payment"]) == 3 * (3 + 3) + 2 + 2 + 2

    jjj = sample_case(tmp_path, "jingjinji-tax")
    conclude(jjj, JJJ)
    cases, service = open_service(jjj)
    try:
        board = service.board(date(2026, 1, 1))
    finally:
        cases.close()
    baselines = [s for s in board.statuses if s.due.period == "baseline"]
    assert baselines and all(s.due.due_on is None for s in baselines)
    [one_off] = [s for s in board.statuses if s.due.kind.value == "payment" and s.due.rule.startswith("一次性")] or [
        None]
    assert one_off is not None and one_off.due.amount == 4
