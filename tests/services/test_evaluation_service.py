"""EvaluationService: findings entered, replaced and removed with audited events (desk check catches an outside
edit), parties' statistics audited as party updates, and bundles (redacted too) that carry both."""
from __future__ import annotations

import sqlite3
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desk.core.errors import DeskError
from desk.services.bundles import export_case_bundle, import_case_bundle
from desk.services.cases import CaseService
from desk.services.evaluation import EvaluationService
from desk.services.integrity import check_case_file
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
        service = EvaluationService(cases)
        service.set_statistics("安徽", population=6144, fiscal_revenue=2454.3)
        service.set_statistics("浙江省人民政府", population=5539)
        service.record_findings("第一稿", "2016")
        service.record_findings("协议期总体评估意见：\n总氮持续超标。")
    finally:
        cases.close()
    return path


def test_findings_are_audited_replaced_and_removed(case):
    cases = CaseService.open(case, actor="秘书处")
    try:
        service = EvaluationService(cases)
        first = service.finding("2016")
        again = service.record_findings("第二稿", "2016")
        assert again.id == first.id and [f.text for f in service.findings()] == ["协议期总体评估意见：\n总氮持续超标。",
                                                                                "第二稿"]
        with pytest.raises(DeskError, match="must be a year"):
            service.record_findings("x", "2016-03")
        service.delete_findings("2016")
        with pytest.raises(DeskError, match="no findings"):
            service.delete_findings("2016")
        kinds = [e.kind for e in cases.events() if e.kind.startswith("finding.")]
        assert kinds == ["finding.recorded"] * 3 + ["finding.deleted"]
        report = service.report("", date(2018, 12, 31))
        assert report.findings.endswith("总氮持续超标。") and service.report("2016", date(2018, 12, 31)).findings == ""
        rows = {f.party: f for f in report.fairness}
        assert rows["浙江"].fiscal_revenue is None and rows["浙江"].capacity is None
        assert rows["安徽"].net == Decimal("11") and report.weakest.party == "安徽"  # 4+3+2 central + 2+2 − 2
    finally:
        cases.close()
    assert check_case_file(case).ok
    with sqlite3.connect(case) as db:
        db.execute("UPDATE finding SET text = '改写'")
    problems = check_case_file(case).problems
    assert len(problems) == 1 and "finding" in problems[0]


@pytest.mark.parametrize("redacted", [False, True])
def test_bundles_carry_findings_and_statistics(case, tmp_path, redacted):
    bundle = tmp_path / "bundle.json"
    export_case_bundle(case, bundle, redacted=redacted)
    copy = tmp_path / "副本 #1" / "导入.desk"
    copy.parent.mkdir()
    import_case_bundle(bundle, copy)
    assert check_case_file(copy).ok
    cases = CaseService.open(copy, actor="秘书处")
    try:
        service = EvaluationService(cases)
        assert [(f.period, f.text) for f in service.findings()] == [("", "协议期总体评估意见：\n总氮持续超标。"),
                                                                    ("2016", "第一稿")]
        anhui = cases.snapshot().party_by_name("安徽")
        assert (anhui.population, anhui.fiscal_revenue) == (6144, 2454.3)
        assert (anhui.batna, anhui.notes) == ((0.0, "") if redacted else (anhui.batna, anhui.notes))
    finally:
        cases.close()
