"""``desk rehearse --auto`` and ``desk import-genius``: outputs, error conventions, utilities reproduced."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from desk.cli import main

ANHUI, ZHEJIANG = "安徽省人民政府", "浙江省人民政府"


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def _genius(shared_dir: Path, domain: str) -> list[str]:
    return [str(p) for p in sorted((shared_dir / "domains" / "genius" / domain).glob("*.xml"))]


def test_rehearse_the_demo_as_json(demo_file: Path, capsys) -> None:
    before = hashlib.sha256(demo_file.read_bytes()).hexdigest()
    code, out, _ = _run(capsys, "rehearse", str(demo_file), "--auto", "--json", "--rounds", "12", "--seeds", "2",
                        "--strategies", f"{ANHUI}=boulware,{ZHEJIANG}=hardliner|linear")
    assert code == 0
    result = json.loads(out)
    assert result["parties"] == [ANHUI, ZHEJIANG] and result["rounds"] == 12
    runs = result["runs"]
    assert [(r["strategies"], r["seed"]) for r in runs] == [
        (["boulware", "hardliner"], 0), (["boulware", "hardliner"], 1), (["boulware", "linear"], 0),
        (["boulware", "linear"], 1)]
    for run in runs:
        assert isinstance(run["agreement"], bool) and 1 <= run["rounds"] <= 12
        assert set(run["utilities"]) >= {ANHUI, ZHEJIANG} and len(run["utilities"]) == 8
        if run["agreement"]:
            assert len(run["package"]) == 8 and run["frontier_distance"] == 0.0
            assert run["nash_distance"] >= 0 and run["proposed_by"] in (ANHUI, ZHEJIANG)
            assert run["utilities"][ANHUI] >= 0.15 and run["utilities"][ZHEJIANG] >= 0.2  # BATNAs
    assert any(r["agreement"] for r in runs)
    assert [row["runs"] for row in result["summary"]] == [2, 2]
    assert hashlib.sha256(demo_file.read_bytes()).hexdigest() == before  # the case file is not touched


def test_rehearse_prints_each_run(demo_file: Path, capsys) -> None:
    code, out, _ = _run(capsys, "rehearse", str(demo_file), "--auto", "--mediator")
    assert code == 0
    assert "mediator: 皖浙新安江流域生态补偿联席会议办公室" in out
    assert "run 1: seed 0 · 安徽省人民政府=linear, 浙江省人民政府=linear" in out
    assert "agreement: true" in out and "package: 安徽省年度出资=" in out
    assert "distance to the frontier 0, to Nash" in out and "others: 财政部" in out


def test_rehearse_genius_profiles_says_discounts_are_ignored(shared_dir: Path, capsys) -> None:
    code, out, _ = _run(capsys, "rehearse", *_genius(shared_dir, "Camera"), "--auto", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["notes"] == ["GENIUS discount factors are ignored: camera_buyer_utility.xml (0.890596), "
                               "camera_seller_utility.xml (0.890596)"]
    assert result["runs"][0]["agreement"] is True and result["runs"][0]["frontier_distance"] == 0.0
    code, out, _ = _run(capsys, "rehearse", *_genius(shared_dir, "Laptop"), "--auto")
    assert code == 0 and "note: GENIUS discount factors are ignored (none of these profiles is discounted)" in out


@pytest.mark.parametrize(("args", "code", "message"), [
    ([], 2, "add --auto"),
    (["--auto", "--strategies", "安徽省人民政府"], 2, "is not NAME=STRATEGY"),
    (["--auto", "--rounds", "0"], 2, "--rounds must be at least 1"),
    (["--auto", "--strategies", "安徽省人民政府=stubborn"], 1, "unknown strategy 'stubborn'"),
    (["--auto", "--strategies", "黄山=linear"], 1, "'黄山' is not a negotiating party"),
    (["--auto", "--perturb", "0.9"], 1, "the perturbation must lie between 0 and 0.5"),
    (["--auto", "--seeds", "0"], 1, "--seeds must be at least 1"),
])
def test_rehearse_errors(demo_file: Path, capsys, args: list[str], code: int, message: str) -> None:
    got, _, err = _run(capsys, "rehearse", str(demo_file), *args)
    assert got == code and message in err
    last = err.strip().splitlines()[-1]
    assert last.startswith("desk: " if code == 1 else "desk rehearse: error: ") and message in last
    if code == 1:
        assert len(err.strip().splitlines()) == 1


def test_rehearse_missing_file(tmp_path: Path, capsys) -> None:
    code, _, err = _run(capsys, "rehearse", str(tmp_path / "none.desk"), "--auto")
    assert code == 1 and "no such case file" in err


def _analysis(capsys, *paths: str) -> dict:
    code, out, err = _run(capsys, "analyze", *paths, "--json")
    assert code == 0, err
    return json.loads(out)


def test_import_genius_reproduces_every_domain(shared_dir: Path, tmp_path: Path, capsys) -> None:
    for folder in sorted((shared_dir / "domains" / "genius").iterdir()):
        files = _genius(shared_dir, folder.name)
        out = tmp_path / f"{folder.name} 导入 #1 %.desk"
        code, printed, err = _run(capsys, "import-genius", *files, str(out))
        assert code == 0, err
        assert printed.startswith(f"wrote {out}: 2 parties")
        scaled = "normalised to 1" in printed
        direct, imported = _analysis(capsys, *files), _analysis(capsys, str(out))
        assert imported["outcomes"] == direct["outcomes"]
        assert [r["package"] for r in imported["pareto"]] == [r["package"] for r in direct["pareto"]], folder.name
        tolerance = 1e-4 if scaled else 1e-9
        for mine, theirs in zip(imported["pareto"], direct["pareto"], strict=True):
            assert mine["utilities"] == pytest.approx(theirs["utilities"], abs=tolerance)
        for name, solution in direct["solutions"].items():
            assert imported["solutions"][name]["package"] == solution["package"], (folder.name, name)
            assert imported["solutions"][name]["utilities"] == pytest.approx(solution["utilities"], abs=tolerance)


def test_import_genius_errors(shared_dir: Path, tmp_path: Path, capsys) -> None:
    files = _genius(shared_dir, "Laptop")
    out = tmp_path / "laptop.desk"
    assert _run(capsys, "import-genius", *files, str(out))[0] == 0
    before = out.read_bytes()
    code, _, err = _run(capsys, "import-genius", *files, str(out))
    assert code == 1 and "already exists" in err and out.read_bytes() == before
    code, _, err = _run(capsys, "import-genius", *files)
    assert code == 2 and "OUT.desk" in err
    broken = tmp_path / "broken.xml"
    broken.write_text("<utility_space><objective>", encoding="utf-8")
    code, _, err = _run(capsys, "import-genius", files[0], str(broken), str(tmp_path / "new.desk"))
    assert code == 1 and "not well-formed XML" in err and not (tmp_path / "new.desk").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.xml", "laptop.desk"]  # no temporary left


def test_rehearse_with_a_debrief(demo_file: Path, capsys) -> None:
    code, out, _ = _run(capsys, "rehearse", str(demo_file), "--auto", "--json", "--debrief",
                        "--strategies", f"{ANHUI}=conceder,{ZHEJIANG}=tft")
    assert code == 0
    run = json.loads(out)["runs"][0]
    lesson = run["debrief"]
    assert lesson["agreement"] is True and lesson["rounds"] == run["rounds"]
    assert lesson["deal"] == [run["utilities"][ANHUI], run["utilities"][ZHEJIANG]]
    curve = [u for _, u in lesson["concessions"][ANHUI]]
    assert curve == sorted(curve, reverse=True) and len(curve) >= 2  # a conceder only gives ground
    assert set(lesson["solutions"]) == {"nash", "kalai_smorodinsky", "egalitarian"}
    assert lesson["solutions"]["nash"]["distance"] == run["nash_distance"]
    assert lesson["left_on_table"]["dominated_by"] == 0  # agents' deals are on the frontier
    code, out, _ = _run(capsys, "rehearse", str(demo_file), "--auto", "--debrief")
    assert code == 0 and "concessions of 安徽省人民政府: r1 " in out and "vs Nash [" in out


def test_rehearse_writes_a_one_page_debrief_report(demo_file: Path, tmp_path: Path, capsys) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler) is not installed")

    def body_text(pdf: Path) -> str:
        done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                              check=False)
        return re.sub(r"\s+", "", done.stdout)

    out = tmp_path / "复盘 #1 %.pdf"
    code, printed, _ = _run(capsys, "rehearse", str(demo_file), "--auto", "--pdf", str(out),
                            "--strategies", f"{ANHUI}=conceder,{ZHEJIANG}=tft")
    assert code == 0 and f"wrote the debrief report to {out} (1 page(s))" in printed
    text = body_text(out)
    for expected in ("演练复盘", "新安江流域上下游横向生态补偿（第二轮）", "安徽省人民政府=conceder", "第7轮达成一致",
                     "效用比较", "纳什", "让步曲线", "不必要的让步", "遗留价值", "本报告为演练结果，不属于正式记录。"):
        assert expected in text, expected
    out_en = tmp_path / "debrief.pdf"
    code, _, _ = _run(capsys, "rehearse", str(demo_file), "--auto", "--pdf", str(out_en), "--lang", "en",
                      "--strategies", f"{ANHUI}=tft,{ZHEJIANG}=hardliner")
    assert code == 0
    text = body_text(out_en)
    assert "Rehearsaldebrief" in text and "Noagreementwithin20rounds" in text and "BATNA" in text
    code, _, err = _run(capsys, "rehearse", str(demo_file), "--auto", "--seeds", "2", "--pdf", str(out_en))
    assert code == 1 and "a debrief report is written for one run" in err
