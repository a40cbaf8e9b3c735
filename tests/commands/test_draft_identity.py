"""``desk draft`` and ``desk identity``: the demo case from the concluded package to a two-signature PDF."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from concluded_demo import conclude

from desk.cli import main


def _pdfsig(path: Path) -> str:
    tool = shutil.which("pdfsig")
    if tool is None:
        pytest.skip("pdfsig (poppler-utils) is not installed")
    return subprocess.run([tool, str(path)], capture_output=True, text=True, check=False).stdout


def test_demo_end_to_end_by_the_cli(demo_file: Path, tmp_path: Path, monkeypatch, capsys):
    conclude(demo_file)
    monkeypatch.setenv("DESK_PASSPHRASE", "联席办口令")
    monkeypatch.setenv("DESK_P12_PASSPHRASE", "代表的口令-2025")
    pdf, docx = tmp_path / "agreement.pdf", tmp_path / "agreement.docx"
    assert main(["draft", str(demo_file), "--pdf", str(pdf), "--docx", str(docx)]) == 0
    assert "from the concluded package" in capsys.readouterr().out
    assert pdf.is_file() and docx.is_file()
    assert main(["identity", "create-ca", str(demo_file), "--out", str(tmp_path / "ca.pem")]) == 0
    assert main(["identity", "issue", str(demo_file), "--party", "安徽", "--out", str(tmp_path / "ah.p12")]) == 0
    assert main(["identity", "issue", str(demo_file), "--party", "浙江省人民政府", "--delegate", "陈华",
                 "--out", str(tmp_path / "zj.p12")]) == 0
    assert main(["sign", str(pdf), str(tmp_path / "one.pdf"), "--p12", str(tmp_path / "ah.p12"),
                 "--party", "安徽"]) == 0
    assert main(["sign", str(tmp_path / "one.pdf"), str(tmp_path / "two.pdf"), "--p12", str(tmp_path / "zj.p12"),
                 "--party", "浙江"]) == 0
    capsys.readouterr()
    assert main(["verify", str(tmp_path / "two.pdf"), "--trust", str(tmp_path / "ca.pem")]) == 0
    out = capsys.readouterr().out
    assert "李明" in out and "陈华" in out and "all signatures ok" in out
    report = _pdfsig(tmp_path / "two.pdf")
    assert report.count("Signature Validation: Signature is Valid.") == 2, report
    assert "CN=李明,O=安徽省人民政府" in report and "CN=陈华,O=浙江省人民政府" in report


def test_a_draft_during_the_talks_is_marked(demo_file: Path, tmp_path: Path, capsys):
    assert main(["draft", str(demo_file), "--pdf", str(tmp_path / "a.pdf"), "--lang", "en", "--record"]) == 0
    assert "Nash package" in capsys.readouterr().out
    assert main(["draft", str(demo_file), "--pdf", str(tmp_path / "b.pdf"), "--version", "1"]) == 0
    assert "version 1 from saved version" in capsys.readouterr().out
    text = subprocess.run(["pdftotext", str(tmp_path / "b.pdf"), "-"], capture_output=True, text=True).stdout \
        if shutil.which("pdftotext") else "DRAFT"
    assert "DRAFT" in text


def test_failures_say_why_in_one_line_and_write_nothing(demo_file: Path, tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setenv("DESK_PASSPHRASE", "pass")
    monkeypatch.setenv("DESK_P12_PASSPHRASE", "delegate pass")
    cases = [
        (["draft", str(tmp_path / "none.desk"), "--pdf", str(tmp_path / "x.pdf")], "no such case file"),
        (["draft", str(demo_file), "--pdf", str(tmp_path / "no" / "x.pdf")], "does not exist"),
        (["draft", str(demo_file), "--pdf", str(tmp_path / "x.pdf"), "--version", "9"], "no agreement version 9"),
        (["identity", "issue", str(demo_file), "--party", "安徽", "--out", str(tmp_path / "x.p12")],
         "no certificate authority"),
        (["identity", "issue", str(demo_file), "--party", "黄山", "--out", str(tmp_path / "x.p12")],
         "not a signatory"),
    ]
    for argv, reason in cases:
        assert main(argv) == 1, argv
        err = capsys.readouterr().err
        assert reason in err and err.count("\n") == 1, err
    assert main(["identity", "create-ca", str(demo_file), "--out", str(tmp_path / "ca.pem")]) == 0
    assert main(["identity", "create-ca", str(demo_file), "--out", str(tmp_path / "ca2.pem")]) == 1
    monkeypatch.setenv("DESK_PASSPHRASE", "wrong")
    assert main(["identity", "issue", str(demo_file), "--party", "安徽", "--out", str(tmp_path / "x.p12")]) == 1
    assert "wrong passphrase" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("demo.desk")) == ["ca.pem"]
    assert main(["identity", "issue", str(demo_file)]) == 2
    monkeypatch.delenv("DESK_PASSPHRASE")
    assert main(["identity", "create-ca", str(demo_file), "--out", str(tmp_path / "c3.pem")]) == 1


def test_signing_by_the_cli_is_recorded_in_the_case(demo_file: Path, tmp_path: Path, monkeypatch, capsys):
    """desk draft --final, then desk sign --case for each signatory: the case records both signatures and the
    version becomes signed, as signing in the app does."""
    from desk.core.enums import AgreementStatus
    from desk.services.agreement_workflow import AgreementService
    from desk.services.cases import CaseService
    from desk.services.integrity import check_case_file

    monkeypatch.setenv("DESK_PASSPHRASE", "联席办口令")
    monkeypatch.setenv("DESK_P12_PASSPHRASE", "代表的口令-2025")
    pdf = tmp_path / "final.pdf"
    assert main(["draft", str(demo_file), "--pdf", str(pdf), "--final"]) == 1  # not concluded yet
    assert "--final needs a concluded" in capsys.readouterr().err and not pdf.exists()
    conclude(demo_file)
    assert main(["draft", str(demo_file), "--pdf", str(pdf), "--final"]) == 0
    assert "(final)" in capsys.readouterr().out
    assert main(["identity", "create-ca", str(demo_file), "--out", str(tmp_path / "ca.pem")]) == 0
    for party, out in (("安徽", "ah.p12"), ("浙江", "zj.p12")):
        assert main(["identity", "issue", str(demo_file), "--party", party, "--out", str(tmp_path / out)]) == 0
    assert main(["sign", str(pdf), str(tmp_path / "one.pdf"), "--p12", str(tmp_path / "ah.p12"), "--party", "安徽",
                 "--case", str(demo_file), "--version", "9"]) == 1
    assert "no agreement version 9" in capsys.readouterr().err and not (tmp_path / "one.pdf").exists()
    assert main(["sign", str(pdf), str(tmp_path / "one.pdf"), "--p12", str(tmp_path / "ah.p12"), "--party", "安徽",
                 "--case", str(demo_file)]) == 0
    assert main(["sign", str(tmp_path / "one.pdf"), str(tmp_path / "two.pdf"), "--p12", str(tmp_path / "zj.p12"),
                 "--party", "浙江", "--case", str(demo_file)]) == 0
    cases = CaseService.open(demo_file)
    try:
        service = AgreementService(cases)
        version = service.versions()[-1]
        assert version.status is AgreementStatus.SIGNED
        assert [s.delegate_name for s in service.signatures(version.id)] == ["李明", "陈华"]
    finally:
        cases.close()
    assert check_case_file(demo_file).ok
