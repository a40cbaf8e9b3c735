"""Duties stated in the agreement's clauses become commitments: a duty table (owner, deliverable, due date) in a
clause of the final agreement is listed by desk commitments, falls overdue by date, is marked done (audited);
a draft commits nobody."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from desk.cli import main
from desk.core.agreements import Clause
from desk.core.compliance.duties import parse_day
from desk.services.agreement_workflow import AgreementService
from desk.services.cases import CaseService

sys.path.insert(0, str(Path(__file__).parent))
from monitoring_case import XINAN, conclude, sample_case

DUTIES = Clause("生态保护责任", "双方按下表完成生态保护工作：\n| 责任方 | 事项 | 期限 |\n"
                                "| 黄山 | 完成新安江干流农村生活污水治理 | 2016-12-31 |\n"
                                "| 浙江 | 建成街口断面水质自动监测站 | 2015年6月30日 |\n"
                                "| 安徽 | 编制流域产业准入负面清单 | 协议期内 |")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def duties(capsys, case: Path, on: str) -> list[dict]:
    code, out, err = run(capsys, "status", str(case), "--on", on, "--json")
    assert code == 0, err
    return [c for c in json.loads(out)["commitments"] if c["kind"] == "duty"]


@pytest.fixture
def case(tmp_path) -> Path:
    folder = tmp_path / "条款 责任 #1 %"
    folder.mkdir()
    path = sample_case(folder)
    conclude(path, XINAN)
    return path


def test_clause_duties_are_commitments(case, capsys):
    cases = CaseService.open(case, actor="联席办")
    try:
        service = AgreementService(cases)
        draft = service.draft()
        edited = service.save_edit(draft, draft.title, (*draft.clauses[:-1], DUTIES, draft.clauses[-1])).version
    finally:
        cases.close()
    assert duties(capsys, case, "2016-01-01") == []  # a draft commits nobody

    cases = CaseService.open(case, actor="联席办")
    try:
        AgreementService(cases).make_final(edited.id)
    finally:
        cases.close()
    found = duties(capsys, case, "2016-01-01")
    assert [(d["party"], d["description"], d["due_on"], d["status"]) for d in found] == [
        ("黄山市人民政府", "生态保护责任：完成新安江干流农村生活污水治理", "2016-12-31", "on_track"),
        ("浙江省人民政府", "生态保护责任：建成街口断面水质自动监测站", "2015-06-30", "breached"),
        ("安徽省人民政府", "生态保护责任：编制流域产业准入负面清单", None, "on_track")]
    code, out, _ = run(capsys, "commitments", str(case))
    assert code == 0 and "完成新安江干流农村生活污水治理" in out

    zhejiang = found[1]["ref"]
    code, out, err = run(capsys, "commitments", str(case), "--done", zhejiang, "--reason", "浙环〔2015〕12号验收")
    assert (code, out.strip()) == (0, "done: 生态保护责任：建成街口断面水质自动监测站"), err
    assert [d["status"] for d in duties(capsys, case, "2017-02-01")] == ["overdue", "met", "on_track"]
    code, _, err = run(capsys, "commitments", str(case), "--done", zhejiang)
    assert (code, err.strip()) == (1, "desk: the commitment is already marked done or waived")
    code, out, _ = run(capsys, "commitments", str(case), "--json")
    payment = next(c["ref"] for c in json.loads(out)["commitments"] if c["kind"] == "payment")
    code, _, err = run(capsys, "commitments", str(case), "--done", payment)
    assert code == 1 and "only a duty of the agreement's clauses" in err
    code, out, err = run(capsys, "check", str(case))
    assert code == 0, out + err


def test_due_dates_of_duties():
    assert str(parse_day("2016-12-31")) == "2016-12-31" and str(parse_day("2015年6月30日")) == "2015-06-30"
    assert parse_day("协议期内") is None and parse_day("2015年2月30日") is None
