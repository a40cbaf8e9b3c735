"""``desk payments --scenario NAME`` and ``desk scenarios``: the samples' scenarios, from the shipped bundles."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from desk.cli import main
from desk.services.samples import samples_dir

XINAN = {"安徽省年度出资": 2, "浙江省年度出资": 2, "中央年度出资": 4, "水质稳定系数（K值）": 0.89,
         "考核指标权重": "四项各25%", "协议期限": 3, "资金拨付规则": "对赌：达标浙江拨付安徽，不达标安徽拨付浙江"}


@pytest.fixture(scope="module")
def case(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("情景 50%#")
    target = folder / "新安江 50%#.desk"
    assert main(["import-bundle", str(samples_dir() / "xinanjiang-round2.json"), str(target)]) == 0
    (folder / "package.json").write_text(json.dumps(XINAN, ensure_ascii=False), encoding="utf-8")
    return target


def run(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_payments_under_each_scenario_follow_its_outcome(case: Path, capsys):
    package = case.parent / "package.json"
    code, out, err = run(capsys, "payments", case, "--scenario", "水质达标", "--package", package, "--json")
    assert code == 0, err
    betting = [p for p in json.loads(out)["payments"] if p["rule"] == "跨省断面水质考核补偿"]
    # P = 0.89 × 0.95, 0.89 × 0.92, 0.89 × 0.90: Zhejiang's 2亿 goes to Anhui every year
    assert [(p["period"], p["payer"], p["payee"], p["amount"], p["basis"]) for p in betting] == [
        ("2015", "浙江省人民政府", "安徽省人民政府", 2, "P = 0.8455 ≤ 1"),
        ("2016", "浙江省人民政府", "安徽省人民政府", 2, "P = 0.8188 ≤ 1"),
        ("2017", "浙江省人民政府", "安徽省人民政府", 2, "P = 0.8010 ≤ 1")]
    code, out, err = run(capsys, "payments", case, "--scenario", "水质未达标", "--package", package, "--json")
    assert code == 0, err
    betting = [p for p in json.loads(out)["payments"] if p["rule"] == "跨省断面水质考核补偿"]
    # P = 0.89 × 1.20, × 1.25, × 1.30: Anhui's 2亿 goes to Zhejiang every year
    assert [(p["payer"], p["basis"]) for p in betting] == [
        ("安徽省人民政府", "P = 1.0680 > 1"), ("安徽省人民政府", "P = 1.1125 > 1"),
        ("安徽省人民政府", "P = 1.1570 > 1")]
    code, out, err = run(capsys, "payments", case, "--scenario", "水质达标", "--package", package)
    assert code == 0 and "P = 0.8455 ≤ 1" in out


def test_an_unknown_scenario_is_one_line_naming_the_ones_there_are(case: Path, capsys):
    code, out, err = run(capsys, "payments", case, "--scenario", "不存在", "--package", case.parent / "package.json")
    assert code == 1 and out == ""
    assert err.strip().count("\n") == 0 and "不存在" in err and "水质达标、水质未达标" in err


def test_readings_and_scenario_exclude_each_other(case: Path, capsys):
    code, _, err = run(capsys, "payments", case, "--scenario", "水质达标", "--readings",
                       samples_dir() / "xinanjiang-readings.csv")
    assert code == 2 and "not allowed with argument" in err
    code, _, err = run(capsys, "payments", case)
    assert code == 2 and "one of the arguments --readings --scenario is required" in err


def test_scenarios_lists_names_and_readings_counts(case: Path, capsys):
    code, out, err = run(capsys, "scenarios", case)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["scenario", "readings"]
    assert [line.split()[:2] for line in lines[1:]] == [["水质达标", "24"], ["水质未达标", "24"]]
    code, out, err = run(capsys, "scenarios", case, "--json")
    assert [(s["name"], s["readings"]) for s in json.loads(out)] == [("水质达标", 24), ("水质未达标", 24)]
