"""The Xin'an sample evaluated by commands: three years of readings, the parties' population and revenue, payments
(one late), a dispute decided by the common superior, the secretariat's findings → the evaluation PDF and DOCX in
both languages, every figure read back from the PDF's text."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desk.cli import main
from desk.services.samples import samples_dir

sys.path.insert(0, str(Path(__file__).parent))
from monitoring_case import XINAN, conclude, sample_case

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is needed")

FINDINGS = "三年考核期内总氮持续超标，建议下一轮将总氮纳入重点治理；浙江省2015年度出资逾期，应完善拨付时限。"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def pdf_text(path: Path) -> str:
    """The PDF's text, table cells on their lines (-layout), spaces collapsed."""
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return re.sub(r"[ \t]+", " ", text)


def row(text: str, first: str) -> list[str]:
    """The cells of the table row (one printed line) that starts with ``first``."""
    [line] = [line for line in text.splitlines() if line.strip().startswith(first)]
    return line.strip()[len(first):].split()


def refs(capsys, case: Path) -> dict[tuple[str, str], str]:
    code, out, err = run(capsys, "commitments", str(case), "--json")
    assert code == 0, err
    return {(c["period"], c["party"][:2]): c["ref"] for c in json.loads(out)["commitments"] if c["kind"] == "payment"}


@pytest.fixture
def case(tmp_path, capsys) -> Path:
    """The Xin'an round 2 after three years: readings in, statistics entered, central 2015 and Zhejiang 2015 paid
    (Zhejiang 51 days late), Anhui's claim for the delay decided in part (0.03亿) at the central level."""
    folder = tmp_path / "评估 报告 %20#"
    folder.mkdir()
    path = sample_case(folder)
    conclude(path, XINAN)
    assert run(capsys, "readings", "import", str(path), str(samples_dir() / "xinanjiang-readings.csv"))[0] == 0
    for party, population, revenue in (("安徽", "6144", "2454.3"), ("浙江", "5539", "4809.9")):
        code, out, err = run(capsys, "party", str(path), party, "--population", population,
                             "--fiscal-revenue", revenue)
        assert code == 0, err
    assert out.strip() == "浙江省人民政府: population 5539万人, fiscal revenue 4809.9亿元/年"
    found = refs(capsys, path)
    assert run(capsys, "pay", str(path), found[("2015", "财政")], "4", "--on", "2016-03-15")[0] == 0
    assert run(capsys, "pay", str(path), found[("2015", "浙江")], "2", "--on", "2016-05-20")[0] == 0
    code, out, err = run(capsys, "dispute", "raise", str(path), "安徽", "浙江", "--claim", "2015年度出资逾期51天",
                         "--amount", "0.05", "--commitment", found[("2015", "浙江")], "--on", "2016-06-10")
    assert code == 0, err
    dispute = out.split()[1].rstrip(":")[:8]
    assert run(capsys, "dispute", "escalate", str(path), dispute, "--on", "2016-08-15")[0] == 0
    assert run(capsys, "dispute", "decide", str(path), dispute, "partly", "--amount", "0.03",
               "--reasoning", "逾期属实，按同期利率折算", "--on", "2016-09-20")[0] == 0
    return path


def test_evaluation_of_the_term(case, capsys):
    pdf, docx = case.with_name("评估 报告 2015—2017.pdf"), case.with_name("评估 报告.docx")
    code, out, err = run(capsys, "evaluate", str(case), "--pdf", str(pdf), "--docx", str(docx), "--on", "2018-12-31",
                         "--findings", FINDINGS)
    assert code == 0, err
    assert out.startswith("evaluation of 2015–2017 as of 2018-12-31 written to ")
    text = pdf_text(pdf)
    assert "履约评估报告" in text and "新安江流域上下游横向生态补偿（第二轮）" in text
    assert "评估期间：2015—2017年度（协议期）" in text and "评估基准日：2018年12月31日" in text
    # 12 yearly readings; total nitrogen misses its standard of 1 mg/L every year; 2.2* is a mean of months
    assert "考核指标应报送12项，达标9项，未报送0项" in text
    assert row(text, "总氮（mg/L）") == ["街口", "≤1", "1.2", "超标", "1.32", "超", "1.44", "超", "0/3"]
    assert row(text, "高锰酸盐指数") == ["街口", "≤6", "2", "2.2*", "2.2", "3/3"]
    # money: 9亿 central + 2+2 Zhejiang (with 0.03 awarded) + 2 Anhui = 15.03 due; 4 + 2 paid
    assert re.search(r"各方应付资\s*金合计15\.03亿元，截至基准日已付6亿元（39\.9%）", text)
    assert "中央 9 4 5 0 0 -4" in text
    assert "安徽 2 0 2 13.03 6 6" in text and "浙江 4.03 2 2.03 2 0 -2" in text
    # the dispute and its outcome at the central level
    assert re.search(r"安徽\s*(诉浙|诉)", text) and "0.05" in text and "部分支持 0.03" in text
    # fairness: Anhui's agreed net 11.03亿 over 6144万 people = 17.95 元 each, 0.15 % of 3 years of 2454.3亿
    assert "安徽 6144 2454.3 3995 11.03 17.95 0.15%" in text
    assert "浙江 5539 4809.9 8684 -2.03 -3.66 -0.01%" in text
    assert re.search(r"人均财力最低的安徽在评估期内净获得11\.03亿元，人均\s*17\.95元", text)
    assert "三年考核期内总氮持续超标" in text
    assert re.search(r"审计链 #\d+ · [0-9a-f]{16}", text)

    # the DOCX: the same figures, fonts named for East Asian text
    with zipfile.ZipFile(docx) as archive:
        body = archive.read("word/document.xml").decode()
        styles = archive.read("word/styles.xml").decode()
    assert "履约评估报告" in body and "17.95" in body and "三年考核期内总氮持续超标" in body
    assert 'w:eastAsia="仿宋_GB2312"' in styles and 'w:eastAsia="黑体"' in styles

    # the findings are recorded (audited) and replaced, never duplicated; desk check finds the file sound
    code, _, err = run(capsys, "evaluate", str(case), "--pdf", str(pdf), "--on", "2018-12-31",
                       "--findings", "修订：" + FINDINGS)
    assert code == 0, err
    assert "修订：三年考核期内" in pdf_text(pdf)
    code, out, err = run(capsys, "check", str(case))
    assert code == 0, out + err


def test_evaluation_of_one_year_in_english(case, capsys):
    pdf = case.with_name("evaluation 2016.pdf")
    code, _, err = run(capsys, "evaluate", str(case), "--pdf", str(pdf), "--period", "2016", "--on", "2017-06-30",
                       "--lang", "en")
    assert code == 0, err
    text = pdf_text(pdf)
    assert "Evaluation report" in text and "Period evaluated: year 2016" in text and "As of: 2017-06-30" in text
    # 2016: 4 readings, total nitrogen missed; central 3 and Zhejiang 2 due 2017-03-31, unpaid; the award 0.03
    flat = " ".join(text.split())
    dense = "".join(text.split())  # justification may space out a line's characters
    assert "Readings due: 4; meeting the standard: 3; not reported: 0." in flat
    assert row(text, "总氮 (mg/L)") == ["街口", "≤1", "1.32", "missed", "0/1"]
    assert "Thepartiesowed5.03亿元inallandhadpaid0亿元bythedate(0%);5.03亿元isoverdue." in dense
    assert "中央 3 0 3 0 0 0" in text and "浙江 2.03 0 2.03 0 0 0" in text
    assert "(None entered yet.)" in text  # no findings for 2016
    assert re.search(r"0\.05 中央 partly 0\.03", text), text  # claimed, decided by the centre, awarded


def test_evaluation_refusals(case, capsys, tmp_path):
    pdf = tmp_path / "x.pdf"
    for argv, message in [
        (["evaluate", str(case)], "desk: give --pdf and/or --docx: where to write the evaluation"),
        (["evaluate", str(case), "--pdf", str(pdf), "--period", "2016-03"],
         "desk: period '2016-03' must be a year such as 2016, or left out for the whole term"),
        (["evaluate", str(case), "--pdf", str(pdf), "--findings", "  "], "desk: the findings must not be empty"),
        (["party", str(case), "上海"], "desk: 上海 is not a party of this case"),
    ]:
        code, out, err = run(capsys, *argv)
        assert (code, out, err.strip()) == (1, "", message), argv
    assert not pdf.exists()
    code, _, err = run(capsys, "party", str(case), "安徽", "--population", "-3")
    assert code == 2 and "must be a number above zero" in err


def test_next_round_with_history_and_reading_provenance(case, capsys, tmp_path):
    # the 2017 readings re-reported by the joint monitoring station with its report as the source document
    report = case.with_name("2017年 联合监测 报告 #3.pdf")
    report.write_bytes(b"%PDF-1.4 joint monitoring report 2017")
    readings = case.with_name("2017 复核.csv")
    readings.write_text("period,indicator,subject,value\n2017,总氮,街口,1.38\n", encoding="utf-8")
    code, out, err = run(capsys, "readings", "import", str(case), str(readings), "--reporter", "皖浙联合监测站",
                         "--source", str(report))
    assert (code, out.strip()) == (0, "0 readings added, 1 replaced; reported by 皖浙联合监测站; source "
                                      "2017年 联合监测 报告 #3.pdf attached"), err
    code, out, _ = run(capsys, "readings", "list", str(case), "--json")
    [tn] = [r for r in json.loads(out) if r["indicator"] == "总氮" and r["period"] == "2017"]
    assert (tn["value"], tn["reporter"], tn["document"], tn["source"]) == (
        1.38, "皖浙联合监测站", "2017年 联合监测 报告 #3.pdf", "2017 复核.csv")

    pdf = case.with_name("评估.pdf")
    assert run(capsys, "evaluate", str(case), "--pdf", str(pdf), "--on", "2018-12-31", "--findings", FINDINGS)[0] == 0
    new = case.with_name("新安江 第三轮 #2.desk")
    code, out, err = run(capsys, "next-round", str(case), str(new), "--on", "2018-12-31")
    assert code == 0, err
    assert out.strip() == (f"next round 新安江流域上下游横向生态补偿（第三轮） created in {new}: 26 starting demands; "
                           "attached 上一轮达成方案.txt、上一轮履约评估报告.pdf、上一轮评估意见.txt")

    # both files know each other; the predecessor's audit head at the time is recorded and checks out
    code, out, _ = run(capsys, "rounds", str(new), "--json")
    [back] = json.loads(out)
    assert (back["role"], back["name"], back["path"]) == ("predecessor", "新安江流域上下游横向生态补偿（第二轮）",
                                                          str(case.resolve()))
    code, out, _ = run(capsys, "rounds", str(case), "--json")
    [forward] = json.loads(out)
    assert (forward["role"], forward["path"], forward["case_id"]) == ("successor", str(new.resolve()),
                                                                      _case_id(new))
    code, out, err = run(capsys, "check", str(case), "--anchor", back["anchor"])
    assert code == 0, out + err
    code, out, err = run(capsys, "check", str(new))
    assert code == 0, out + err
    # the folder copied to another laptop (another path): each file still finds the other
    assert (back["recorded"], forward["recorded"]) == (case.name, new.name) and back["found"] and forward["found"]
    moved = tmp_path / "另一台 电脑 #2" / "第二、三轮"
    moved.parent.mkdir()
    shutil.copytree(case.parent, moved)
    code, out, _ = run(capsys, "rounds", str(moved / new.name), "--json")
    assert [(r["path"], r["found"]) for r in json.loads(out)] == [(str((moved / case.name).resolve()), True)]
    (moved / case.name).unlink()
    code, out, _ = run(capsys, "rounds", str(moved / new.name))
    assert out.strip().endswith(f"— {case.name} (not found there) (anchor {back['anchor']})"), out

    # the new round: same parties, issues, indicators and rules (fresh ids), no record of the last round,
    # each party's last package values as its starting demands, the last round's outcome attached
    from desk.services.attachments import AttachmentService
    from desk.services.bargaining import BargainingService
    from desk.services.cases import CaseService
    from desk.services.rules import RuleService

    old_cases, new_cases = CaseService.open(case, actor="t"), CaseService.open(new, actor="t")
    try:
        old, fresh = old_cases.snapshot(), new_cases.snapshot()
        assert [p.name for p in fresh.parties] == [p.name for p in old.parties]
        assert [i.name for i in fresh.issues] == [i.name for i in old.issues]
        assert [i.name for i in fresh.indicators] == [i.name for i in old.indicators]
        assert [r.name for r in fresh.rules] == [r.name for r in old.rules] and fresh.rules
        assert not {p.id for p in fresh.parties} & {p.id for p in old.parties}
        assert fresh.party_by_name("安徽").population == 6144 and fresh.party_by_name("安徽").superior_id == \
            fresh.party_by_name("中央").id
        anhui, issue = fresh.party_by_name("安徽"), next(i for i in fresh.issues if i.name == "安徽省年度出资")
        demand = fresh.demand(anhui.id, issue.id)
        assert demand.ideal == 2 and demand.rationale.startswith("上一轮（新安江流域上下游横向生态补偿（第二轮）")
        k_value = next(i for i in fresh.issues if i.name == "水质稳定系数（K值）")
        assert {fresh.demand(p.id, k_value.id).ideal for p in fresh.parties if fresh.demand(p.id, k_value.id)} == \
            {0.89}
        assert RuleService(new_cases).readings() == [] and BargainingService(new_cases).record().sessions == ()
        files = {a.filename: a for a in AttachmentService(new_cases).list()}
        _, outcome = AttachmentService(new_cases).read(files["上一轮达成方案.txt"].id)
        assert "安徽省年度出资：2" in outcome.decode() and "水质稳定系数（K值）：0.89" in outcome.decode()
        _, findings = AttachmentService(new_cases).read(files["上一轮评估意见.txt"].id)
        assert findings.decode().strip() == FINDINGS
        assert files["上一轮履约评估报告.pdf"].size > 10_000
    finally:
        old_cases.close()
        new_cases.close()
    # the rules carried over compute the same payments under the last package on the same readings
    package = case.with_name("package.json")
    package.write_text(json.dumps(XINAN, ensure_ascii=False), encoding="utf-8")
    outputs = []
    for path in (case, new):
        code, out, err = run(capsys, "payments", str(path), "--readings",
                             str(samples_dir() / "xinanjiang-readings.csv"), "--package", str(package), "--json")
        assert code == 0, err
        outputs.append(json.loads(out)["payments"])
    assert outputs[0] == outputs[1] and len(outputs[0]) >= 6

    # refusals: an existing file, an unconcluded case, a PDF no signature was recorded on
    code, _, err = run(capsys, "next-round", str(case), str(new))
    assert (code, err.strip()) == (1, f"desk: {new} already exists: choose a new file for the next round")
    code, _, err = run(capsys, "next-round", str(new), str(tmp_path / "x.desk"))
    assert (code, err.strip()) == (1, "desk: the case has no concluded package: the next round starts from the last "
                                      "round's outcome")
    code, _, err = run(capsys, "next-round", str(case), str(tmp_path / "y.desk"), "--agreement", str(report))
    assert code == 1 and "is not a signed agreement this case recorded" in err
    assert not (tmp_path / "y.desk").exists() and not (tmp_path / "x.desk").exists()


def _case_id(path: Path) -> str:
    import sqlite3

    with sqlite3.connect(path) as db:
        return db.execute("SELECT id FROM \"case\"").fetchone()[0]
