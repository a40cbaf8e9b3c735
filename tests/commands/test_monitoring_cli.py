"""The Xin'an sample after signing, by commands: concluded → commitments → three years of readings imported →
payments due by the rules → one payment recorded late → a dispute between Anhui and Zhejiang raised, escalated
to their common superior and decided → the award due. Every figure is checked."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desk.cli import main
from desk.services.samples import samples_dir

sys.path.insert(0, str(Path(__file__).parent))
from monitoring_case import XINAN, conclude, sample_case

CENTRAL, ANHUI, ZHEJIANG = "财政部、生态环境部（中央）", "安徽省人民政府", "浙江省人民政府"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def status(capsys, case: Path, on: str) -> dict:
    code, out, err = run(capsys, "status", str(case), "--on", on, "--json")
    assert code == 0, err
    return json.loads(out)


def money(board: dict) -> list[tuple]:
    return [(c["period"], c["party"], c["counterparty"], c["amount"], c["unit"], c["due_on"], c["status"], c["paid"])
            for c in board["commitments"] if c["kind"] in ("payment", "award")]


def ref(board: dict, period: str, payer: str, kind: str = "payment") -> str:
    [found] = [c["ref"] for c in board["commitments"]
               if c["kind"] == kind and c["period"] == period and c["party"] == payer]
    return found


@pytest.fixture
def case(tmp_path) -> Path:
    folder = tmp_path / "履约 监督 %20#"
    folder.mkdir()
    path = sample_case(folder)
    conclude(path, XINAN)
    return path


def test_xinan_after_signing(case, capsys):
    # concluded, no readings yet: the central funds (4/3/2亿, each due 90 days after its year) and the 12 readings
    code, out, err = run(capsys, "commitments", str(case), "--json")
    assert code == 0, err
    listed = json.loads(out)
    assert [(c["period"], c["party"], c["counterparty"], c["amount"], c["due_on"]) for c in listed["commitments"]
            if c["kind"] == "payment"] == [("2015", CENTRAL, ANHUI, 4, "2016-03-30"),
                                           ("2016", CENTRAL, ANHUI, 3, "2017-03-31"),
                                           ("2017", CENTRAL, ANHUI, 2, "2018-03-31")]
    readings = [c for c in listed["commitments"] if c["kind"] == "reading"]
    assert len(readings) == 12 and {c["period"] for c in readings} == {"2015", "2016", "2017"}
    assert {c["party"] for c in readings} == {"皖浙新安江流域生态补偿联席会议办公室"}  # the secretariat reports
    assert {c["due_on"] for c in readings} == {"2016-02-29", "2017-03-01", "2018-03-01"}  # 60 days after the year
    assert "status" not in listed["commitments"][0]
    code, out, _ = run(capsys, "commitments", str(case))
    assert code == 0 and "高锰酸盐指数 · 街口 2016" in out

    # three years of readings: the betting rule now moves the provinces' contributions (P = 0.89, 0.979, 1.068)
    code, out, err = run(capsys, "readings", "import", str(case), str(samples_dir() / "xinanjiang-readings.csv"))
    assert (code, out.strip()) == (0, "27 readings added, 0 replaced"), err
    board = status(capsys, case, "2016-03-01")
    assert money(board) == [
        ("2015", CENTRAL, ANHUI, 4, "亿元", "2016-03-30", "due_soon", 0),
        ("2016", CENTRAL, ANHUI, 3, "亿元", "2017-03-31", "on_track", 0),
        ("2017", CENTRAL, ANHUI, 2, "亿元", "2018-03-31", "on_track", 0),
        ("2015", ZHEJIANG, ANHUI, 2, "亿元", "2016-03-30", "due_soon", 0),
        ("2016", ZHEJIANG, ANHUI, 2, "亿元", "2017-03-31", "on_track", 0),
        ("2017", ANHUI, ZHEJIANG, 2, "亿元", "2018-03-31", "on_track", 0)]
    bases = {c["description"].split(" ")[0]: c["basis"] for c in board["commitments"] if c["kind"] == "reading"
             and c["period"] == "2016"}
    assert bases == {"高锰酸盐指数": "2.2 mg/L ≤ standard 6 mg/L",  # mean of the 12 monthly readings
                     "氨氮": "0.11 mg/L ≤ standard 1 mg/L", "总氮": "1.32 mg/L > standard 1 mg/L",
                     "总磷": "0.033 mg/L ≤ standard 0.2 mg/L"}
    assert [c["status"] for c in board["commitments"] if c["kind"] == "reading" and c["period"] == "2016"] == [
        "met", "met", "breached", "met"]

    # the central funds of 2015 on time, Zhejiang's 2015 contribution 51 days late, in two instalments
    central_2015, zhejiang_2015 = ref(board, "2015", CENTRAL), ref(board, "2015", ZHEJIANG)
    code, _, err = run(capsys, "pay", str(case), central_2015, "4", "--on", "2016-03-15",
                       "--reference", "财建〔2016〕1号")
    assert code == 0, err
    code, out, err = run(capsys, "pay", str(case), zhejiang_2015, "5000", "--unit", "万元", "--on", "2016-04-10")
    assert code == 0, err
    board = status(capsys, case, "2016-04-15")
    assert money(board)[:4:3] == [("2015", CENTRAL, ANHUI, 4, "亿元", "2016-03-30", "met", 4),
                                  ("2015", ZHEJIANG, ANHUI, 2, "亿元", "2016-03-30", "overdue", 0.5)]
    assert board["overdue"] == [zhejiang_2015]
    assert board["balances"][ZHEJIANG] == {"due": 2, "paid": 0.5, "outstanding": 1.5, "receivable": 0, "received": 0}
    assert board["balances"][ANHUI] == {"due": 0, "paid": 0, "outstanding": 0, "receivable": 6, "received": 4.5}
    assert run(capsys, "pay", str(case), zhejiang_2015, "1.5", "--on", "2016-05-20")[0] == 0
    board = status(capsys, case, "2016-06-01")
    [late] = [c for c in board["commitments"] if c["ref"] == zhejiang_2015]
    assert (late["status"], late["paid"], late["outstanding"], late["late_days"]) == ("met", 2, 0, 51)
    assert late["basis"] == "paid 2016-05-20, 51 days late"
    assert board["balances"][ZHEJIANG]["outstanding"] == 0 and board["overdue"] == []

    # a year later nothing more is paid: the 2016 funds are overdue; past 90 more days they are breached
    assert [c[6] for c in money(status(capsys, case, "2017-05-01"))[1:5:3]] == ["overdue", "overdue"]
    assert [c[6] for c in money(status(capsys, case, "2017-07-01"))[1:5:3]] == ["breached", "breached"]

    # Anhui claims 0.05亿 for the late 2015 contribution; the joint conference fails; their common superior
    # (the central ministries) decides it in part: 0.03亿 to be paid by Zhejiang within 90 days
    code, out, err = run(capsys, "dispute", "raise", str(case), "安徽", "浙江",
                         "--claim", "2015年度出资逾期51天，主张资金占用补偿",
                         "--amount", "0.05", "--commitment", zhejiang_2015, "--on", "2016-06-10")
    assert code == 0, err
    dispute_id = out.split()[1].rstrip(":")
    assert "at joint_conference" in out and "step deadline 2016-08-09" in out
    code, out, err = run(capsys, "dispute", "escalate", str(case), dispute_id[:8], "--on", "2016-08-15")
    assert code == 0, err
    assert f"at central ({CENTRAL})" in out and "step deadline 2016-10-14" in out
    code, _, err = run(capsys, "dispute", "escalate", str(case), dispute_id[:8], "--on", "2016-09-01")
    assert code == 1 and err.strip() == "desk: the dispute is already at the top of the hierarchy: no higher level " \
                                        "among the case's parties"
    code, out, err = run(capsys, "dispute", "decide", str(case), dispute_id[:8], "partly", "--amount", "0.03",
                         "--reasoning", "逾期属实，按同期利率折算", "--on", "2016-09-20")
    assert code == 0, err
    assert "decided partly 0.03亿元" in out
    board = status(capsys, case, "2016-12-31")
    [dispute] = board["disputes"]
    assert (dispute["claimant"], dispute["respondent"], dispute["status"], dispute["outcome"],
            dispute["decided_amount"], dispute["commitment"] != "") == (ANHUI, ZHEJIANG, "resolved", "partly", 0.03,
                                                                       True)
    assert [(s["level"], s["arbiter"], s["opened_on"], s["deadline"], s["closed_on"]) for s in dispute["steps"]] == [
        ("joint_conference", "皖浙新安江流域生态补偿联席会议办公室", "2016-06-10", "2016-08-09", "2016-08-15"),
        ("central", CENTRAL, "2016-08-15", "2016-10-14", "2016-09-20")]
    [award] = [c for c in money(board) if c[0] == "2016" and c[1] == ZHEJIANG and c[3] == 0.03]
    assert award == ("2016", ZHEJIANG, ANHUI, 0.03, "亿元", "2016-12-19", "overdue", 0)  # 90 days after the decision
    award_ref = ref(board, "2016", ZHEJIANG, kind="award")
    assert run(capsys, "pay", str(case), award_ref, "300", "--unit", "万元", "--on", "2017-01-05")[0] == 0

    # the 2017 readings are waived by the joint conference (monitoring station rebuilt), with a reason
    board = status(capsys, case, "2018-12-31")
    tn_2017 = next(c["ref"] for c in board["commitments"] if c["kind"] == "reading"
                   and c["description"] == "总氮 · 街口 2017")
    code, _, err = run(capsys, "commitments", str(case), "--waive", tn_2017)
    assert (code, err.strip()) == (1, "desk: a waiver needs a reason: give --reason")
    assert run(capsys, "commitments", str(case), "--waive", tn_2017, "--reason", "联席会议同意：监测站改建")[0] == 0
    code, _, err = run(capsys, "commitments", str(case), "--waive", tn_2017, "--reason", "again")
    assert (code, err.strip()) == (1, "desk: the commitment is already waived")

    # end of the term: everything fell due; paid: central 4 of 9, Zhejiang 2 + 0.03 of 4.03, Anhui 0 of 2
    board = status(capsys, case, "2018-12-31")
    [waived] = [c for c in board["commitments"] if c["ref"] == tn_2017]
    assert (waived["status"], waived["basis"]) == ("waived", "waived: 联席会议同意：监测站改建")
    assert board["balances"] == {
        CENTRAL: {"due": 9, "paid": 4, "outstanding": 5, "receivable": 0, "received": 0},
        ANHUI: {"due": 2, "paid": 0, "outstanding": 2, "receivable": 13.03, "received": 6.03},
        ZHEJIANG: {"due": 4.03, "paid": 2.03, "outstanding": 2, "receivable": 2, "received": 0}}
    assert len(board["overdue"]) == 4  # central 2016 and 2017, Zhejiang 2016, Anhui 2017
    code, out, _ = run(capsys, "status", str(case), "--on", "2018-12-31")
    assert code == 0 and "dispute " in out and "decided partly 0.03亿元" in out and "waived: 联席会议同意" in out

    # every change was audited with the row's full state: desk check finds the file sound
    code, out, err = run(capsys, "check", str(case))
    assert code == 0, out + err


def test_errors_are_one_line(case, capsys):
    for argv, message in [
        (["pay", str(case), "deadbeef", "1", "--on", "2016-01-01"], "desk: no commitment deadbeef (give its "
                                                                     "reference as listed by desk commitments)"),
        (["dispute", "raise", str(case), "安徽", "上海", "--claim", "x", "--on", "2016-01-01"],
         "desk: 上海 is not a party of this case"),
        (["dispute", "raise", str(case), "安徽", "安徽", "--claim", "x", "--on", "2016-01-01"],
         "desk: a dispute needs at least two different parties"),
        (["dispute", "decide", str(case), "0000", "upheld", "--reasoning", "x", "--on", "2016-01-01"],
         "desk: no dispute 0000"),
        (["status", str(case.with_name("无此文件.desk"))],
         f"desk: {case.with_name('无此文件.desk')}: no such case file"),
        (["readings", "import", str(case), str(case)], None),
    ]:
        code, out, err = run(capsys, *argv)
        assert code == 1 and out == "" and len(err.strip().splitlines()) == 1, (argv, err)
        if message:
            assert err.strip() == message
    code, _, err = run(capsys, "status", str(case), "--on", "2016-13-01")
    assert code == 2 and "not a date" in err


def test_nothing_is_due_before_the_parties_agree(tmp_path, capsys):
    case = sample_case(tmp_path)
    code, _, err = run(capsys, "commitments", str(case))
    assert (code, err.strip()) == (1, "desk: the case has no concluded package yet: nothing is due before the "
                                      "parties agree")


def test_status_exports_the_board_as_pdf_and_xlsx(case, capsys, tmp_path):
    from openpyxl import load_workbook

    assert run(capsys, "readings", "import", str(case), str(samples_dir() / "xinanjiang-readings.csv"))[0] == 0
    zhejiang_2015 = ref(status(capsys, case, "2016-03-01"), "2015", ZHEJIANG)
    paid = run(capsys, "pay", str(case), zhejiang_2015, "1", "--on", "2016-05-20", "--reference", "浙财建〔2016〕8号")
    assert paid[0] == 0
    out = tmp_path / "导出 50% #1"
    out.mkdir()
    pdf, xlsx = out / "履约 情况.pdf", out / "履约 情况.xlsx"
    code, _, err = run(capsys, "status", str(case), "--on", "2016-06-01", "--pdf", str(pdf), "--xlsx", str(xlsx))
    assert code == 0, err
    assert sorted(p.name for p in out.iterdir()) == ["履约 情况.pdf", "履约 情况.xlsx"]  # no temporary file left
    book = load_workbook(xlsx)
    assert book.sheetnames == ["履约事项", "资金情况", "争议", "付款记录"]
    items = list(book["履约事项"].iter_rows(min_row=2, values_only=True))
    [late] = [r for r in items if r[0] == zhejiang_2015]
    assert (late[2], late[6], late[7], late[8], late[9], late[10]) == (ZHEJIANG, 2, "亿元", 1, "▲ 逾期", "已付1／2")
    assert book["履约事项"]["J2"].fill.fgColor.rgb.endswith(("F6B891", "FBE3A6", "DCEBF7", "C9E9D9", "E3A9C4"))
    assert [r[6] for r in book["付款记录"].iter_rows(min_row=2, values_only=True)] == ["浙财建〔2016〕8号"]
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "履约情况报告" in text and "截至日期：2016年6月1日" in text and "一、逾期事项" in text
    code, _, err = run(capsys, "status", str(case), "--xlsx", str(tmp_path / "无此目录" / "x.xlsx"))
    assert code == 1 and err.strip().endswith(f"x.xlsx: the folder {tmp_path / '无此目录'} does not exist")
