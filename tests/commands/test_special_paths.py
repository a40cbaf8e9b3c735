"""Every command works on folders and files named in Chinese with spaces, %, #, ? — and touches no other file."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from concluded_demo import conclude
from populated import dump, file_at_revision

from desk.cli import main
from desk.services.bargaining import BargainingService
from desk.services.cases import CaseService
from desk.store import migrate

NAMES = ["案例 目录 50%#?", "%(here)s 100%% #1 ?a=b&c"]


def _close_first_round(path: Path) -> None:
    cases = CaseService.open(path)
    try:
        bargaining = BargainingService(cases)
        bargaining.close_round(bargaining.record().rounds[0].id, "议定事项 50%")
    finally:
        cases.close()


@pytest.mark.parametrize("name", NAMES)
def test_every_command_in_a_folder_with_special_characters(name: str, tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setenv("DESK_PASSPHRASE", "联席办口令 50%")
    monkeypatch.setenv("DESK_P12_PASSPHRASE", "代表口令 #2")
    folder = tmp_path / name
    folder.mkdir()
    case = folder / f"新安江 {name}.desk"
    ok = [
        ["demo", str(case)],
        ["check", str(case)],
    ]
    for args in ok:
        assert main(args) == 0, (args, capsys.readouterr().err)
    conclude(case)
    _close_first_round(case)
    pdf, docx = folder / f"协议 {name}.pdf", folder / f"协议 {name}.docx"
    one, two = folder / f"一 {name}.pdf", folder / f"二 {name}.pdf"
    bundle, copy = folder / f"备份 {name}.json", folder / f"恢复 {name}.desk"
    ca, ah, zj = folder / f"ca {name}.pem", folder / f"安徽 {name}.p12", folder / f"浙江 {name}.p12"
    steps = [
        ["analyze", str(case), "--json"],
        ["chart", str(case), "--png", str(folder / f"图 {name}.png")],
        ["minutes", str(case), "--pdf", str(folder / f"纪要 {name}.pdf")],
        ["draft", str(case), "--pdf", str(pdf), "--docx", str(docx), "--final"],
        ["identity", "create-ca", str(case), "--out", str(ca)],
        ["identity", "issue", str(case), "--party", "安徽", "--out", str(ah)],
        ["identity", "issue", str(case), "--party", "浙江", "--out", str(zj)],
        ["sign", str(pdf), str(one), "--p12", str(ah), "--party", "安徽", "--case", str(case)],
        ["sign", str(one), str(two), "--p12", str(zj), "--party", "浙江", "--case", str(case)],
        ["verify", str(two), "--trust", str(ca)],
        ["export-bundle", str(case), str(bundle)],
        ["import-bundle", str(bundle), str(copy)],
        ["check", str(copy)],
        ["check", str(case)],
    ]
    for args in steps:
        assert main(args) == 0, (args, capsys.readouterr().err)
    capsys.readouterr()
    assert json.loads(bundle.read_text(encoding="utf-8"))["case"]["name"]
    expected = {case.name, pdf.name, docx.name, one.name, two.name, bundle.name, copy.name, ca.name, ah.name,
                zj.name, f"图 {name}.png", f"纪要 {name}.pdf"}
    assert {p.name for p in folder.iterdir()} == expected  # nothing else, no side files left
    assert [p.name for p in tmp_path.iterdir()] == [name]  # nothing written beside the folder


@pytest.mark.parametrize("name", NAMES)
def test_an_old_file_in_such_a_folder_is_backed_up_and_upgraded(name: str, populated_head: Path, tmp_path: Path,
                                                                capsys):
    folder = tmp_path / name
    folder.mkdir()
    old = folder / f"旧 {name}.desk"
    before = file_at_revision("0002", populated_head, old)
    assert main(["analyze", str(old), "--json"]) == 0, capsys.readouterr().err
    assert dump(old)["alembic_version"]["rows"] == [(migrate.HEAD_REVISION,)]
    backups = [p for p in folder.iterdir() if p.name.endswith(".bak.desk")]
    assert len(backups) == 1 and backups[0].name.startswith(f"旧 {name}.") and dump(backups[0]) == before
    assert [p.name for p in tmp_path.iterdir()] == [name]


@pytest.mark.parametrize("name", NAMES)
def test_a_failed_create_leaves_no_file(name: str, tmp_path: Path, monkeypatch, capsys):
    from desk.store import migrate as migrations

    folder = tmp_path / name
    folder.mkdir()

    def broken(*_args, **_kwargs):
        raise migrations.MigrationError("disk full (simulated)")

    monkeypatch.setattr(migrations, "upgrade", broken)
    assert main(["demo", str(folder / "新.desk")]) == 1
    assert "disk full" in capsys.readouterr().err
    assert list(folder.iterdir()) == []
