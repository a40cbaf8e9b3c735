"""The dispute letter (提请裁定函) by command: to the joint conference first, then to the parties' common superior
after escalation; parties, claim, evidence, the commitment concerned, the steps so far and the deadline, read back
from the PDF in both languages."""
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

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is needed")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def dense(path: Path) -> str:
    """The PDF's text with every space and line break removed (justification spaces out characters)."""
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return "".join(text.split())


@pytest.fixture
def case(tmp_path, capsys) -> Path:
    folder = tmp_path / "争议 函 %20#"
    folder.mkdir()
    path = sample_case(folder)
    conclude(path, XINAN)
    assert run(capsys, "readings", "import", str(path), str(samples_dir() / "xinanjiang-readings.csv"))[0] == 0
    return path


def test_letter_to_the_joint_conference_then_to_the_common_superior(case, capsys):
    code, out, _ = run(capsys, "commitments", str(case), "--json")
    [anhui_2017] = [c["ref"] for c in json.loads(out)["commitments"]
                    if c["kind"] == "payment" and c["period"] == "2017" and c["party"] == "安徽省人民政府"]
    code, out, err = run(capsys, "dispute", "raise", str(case), "浙江", "安徽", "--claim",
                         "2017年度总氮超标，主张安徽按对赌规则拨付2亿元", "--amount", "2", "--commitment", anhui_2017,
                         "--evidence", "街口断面2017年监测报告", "--evidence", "到期款项未到账的银行查询单",
                         "--on", "2018-04-10")
    assert code == 0, err
    dispute = out.split()[1].rstrip(":")[:8]
    first = case.with_name("提请 裁定函 #1.pdf")
    code, out, err = run(capsys, "dispute", "letter", str(case), dispute, "--pdf", str(first), "--on", "2018-04-12")
    assert code == 0, err
    assert out.startswith("letter to 皖浙新安江流域生态补偿联席会议办公室 (decision due 2018-06-09) written to ")
    text = dense(first)
    assert "关于提请裁定浙江省人民政府与安徽省人民政府履约争议的函" in text
    assert text.count("皖浙新安江流域生态补偿联席会议办公室：") == 1  # the addressee
    assert "经联席会议协商未能解决" not in text  # nothing was tried before
    assert "申请方：浙江省人民政府" in text and "被申请方：安徽省人民政府" in text
    assert "主张金额：2亿元。" in text
    assert ("履约事项：跨省断面水质考核补偿（2017年度），应由安徽省人民政府向浙江省人民政府支付2亿元，"
            "应付日期2018年3月31日；截至2018年4月12日已付0亿元，状态：逾期。") in text
    assert "1．街口断面2017年监测报告" in text and "2．到期款项未到账的银行查询单" in text
    assert "请于2018年6月9日前作出裁定" in text and "抄送：浙江省人民政府、安徽省人民政府。" in text

    # the joint conference fails: the letter now goes to the provinces' common superior, the central ministries
    assert run(capsys, "dispute", "escalate", str(case), dispute, "--on", "2018-06-12")[0] == 0
    second = case.with_name("letter 2.pdf")
    code, out, err = run(capsys, "dispute", "letter", str(case), dispute, "--pdf", str(second), "--on", "2018-06-15",
                         "--lang", "en")
    assert code == 0, err
    assert out.startswith("letter to 财政部、生态环境部（中央） (decision due 2018-08-11)")
    text = dense(second)
    assert "Requestforadecisiononthedisputebetween浙江省人民政府and安徽省人民政府" in text
    assert "财政部、生态环境部（中央）:" in text
    assert "Itwasputtothejointconferencewithoutbeingsettled." in text
    assert "pleasedecideby2018-08-11" in text
    # the steps so far: the conference from 2018-04-10 (deadline 06-09, closed 06-12), the centre open
    assert "2018-04-102018-06-092018-06-12" in text and "2018-06-122018-08-11open" in text

    # decided: no letter any more
    assert run(capsys, "dispute", "decide", str(case), dispute, "rejected", "--reasoning", "监测数据存疑",
               "--on", "2018-07-01")[0] == 0
    code, out, err = run(capsys, "dispute", "letter", str(case), dispute, "--pdf", str(first))
    assert (code, out, err.strip()) == (1, "", "desk: the dispute is already decided: there is nothing left to ask for")
    code, out, err = run(capsys, "dispute", "letter", str(case), "ffff", "--pdf", str(first))
    assert (code, err.strip()) == (1, "desk: no dispute ffff")
