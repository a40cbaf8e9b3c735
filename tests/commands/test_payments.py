"""``desk payments`` on each shipped sample with its readings: hand-computed payments and nets."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from desk.cli import main
from desk.services.samples import samples_dir

XINAN = {"安徽省年度出资": 2, "浙江省年度出资": 2, "中央年度出资": 4, "水质稳定系数（K值）": 0.89,
         "考核指标权重": "四项各25%", "协议期限": 3, "资金拨付规则": "对赌：达标浙江拨付安徽，不达标安徽拨付浙江"}
CHISHUI = {"年度补偿资金规模": 2, "补偿资金分配比例（云南:贵州:四川）": "3:4:3"}
JJJ = {"迁出地分享比例": 50, "分享上限（迁移前三年三税总额的倍数）": 1, "分享期限": 3, "未达上限时延长年限": 2,
       "一次性园区建设补偿": 4}


@pytest.fixture(scope="module")
def cases(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("samples")  # Chinese or % in the folder: issue 9 (Alembic URL interpolation)
    for name in ("xinanjiang-round2", "chishui", "jingjinji-tax"):
        assert main(["import-bundle", str(samples_dir() / f"{name}.json"), str(folder / f"{name}.desk")]) == 0
    return folder


def payments(cases: Path, name: str, readings: str, package: dict, capsys) -> dict:
    capsys.readouterr()
    (cases / f"{name}-package.json").write_text(json.dumps(package, ensure_ascii=False), encoding="utf-8")
    code = main(["payments", str(cases / f"{name}.desk"), "--readings", str(samples_dir() / readings),
                 "--package", str(cases / f"{name}-package.json"), "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def flows(result: dict) -> list[tuple]:
    return [(p["period"], p["payer"], p["payee"], p["amount"], p["unit"]) for p in result["payments"]]


def test_xinanjiang(cases, capsys):
    result = payments(cases, "xinanjiang-round2", "xinanjiang-readings.csv", XINAN, capsys)
    central, anhui, zhejiang = "财政部、生态环境部（中央）", "安徽省人民政府", "浙江省人民政府"
    # central funds 4/3/2; P = 0.89 (2015), 0.89 × 1.1 = 0.979 (2016, monthly mean), 0.89 × 1.2 = 1.068 (2017)
    assert flows(result) == [
        ("2015", central, anhui, 4, "亿元"), ("2016", central, anhui, 3, "亿元"), ("2017", central, anhui, 2, "亿元"),
        ("2015", zhejiang, anhui, 2, "亿元"), ("2016", zhejiang, anhui, 2, "亿元"),
        ("2017", anhui, zhejiang, 2, "亿元")]
    assert [p["basis"] for p in result["payments"][3:]] == ["P = 0.8900 ≤ 1", "P = 0.9790 ≤ 1", "P = 1.0680 > 1"]
    assert result["unit"] == "亿元"
    assert result["net"] == {central: {"2015": -4, "2016": -3, "2017": -2}, anhui: {"2015": 6, "2016": 5, "2017": 0},
                             zhejiang: {"2015": -2, "2016": -2, "2017": 2}}
    other = payments(cases, "xinanjiang-round2", "xinanjiang-readings.csv",
                     {**XINAN, "考核指标权重": "总氮、总磷各28%，高锰酸盐指数、氨氮各22%"}, capsys)
    assert other["payments"][-1]["basis"] == "P = 1.0733 > 1"  # 0.89 × (0.22·1.1 + 0.22·1.2 + 0.28·1.2 + 0.28·1.3)
    tiers = payments(cases, "xinanjiang-round2", "xinanjiang-readings.csv", {**XINAN, "资金拨付规则": "按P值分档拨付"},
                     capsys)
    assert [(p["period"], p["payer"], p["amount"], p["basis"]) for p in tiers["payments"][3:]] == [
        ("2015", zhejiang, 2, "P = 0.8900 ≤ 0.95"), ("2016", zhejiang, 1, "P = 0.9790 ≤ 1"),  # half in (0.95, 1]
        ("2017", anhui, 2, "P = 1.0680 > 1.05")]


def test_chishui(cases, capsys):
    result = payments(cases, "chishui", "chishui-readings.csv", CHISHUI, capsys)
    fund, yn, gz, sc = "赤水河流域横向生态补偿资金", "云南省人民政府", "贵州省人民政府", "四川省人民政府"
    y2018 = [f[1:4] for f in flows(result) if f[0] == "2018"]
    assert y2018 == [
        (yn, fund, 2000), (gz, fund, 10000), (sc, fund, 8000),
        # 鱼洞 2018-03 failed: 6000/12/2 = 250 → 贵州 4/7, 四川 3/7
        (fund, gz, 142.857143), (fund, sc, 107.142857),
        # 茅台 2018-07 missing: 8000/12/3 = 222.222222 → 云南 and 四川 by 3:3
        (fund, yn, 111.111111), (fund, sc, 111.111111),
        (fund, yn, 5750), (fund, gz, 7777.777778), (fund, sc, 6000)]
    assert [f[1:4] for f in flows(result) if f[0] == "2020"][3:] == [
        (fund, yn, 214.285714), (fund, gz, 285.714286),  # 赤水 May and June: 2 × 6000/12/2 = 500 → 3:4
        (fund, yn, 6000), (fund, gz, 8000), (fund, sc, 5500)]
    assert result["net"] == {
        yn: {"2018": 3861.111111, "2019": 4000, "2020": 4214.285714},
        gz: {"2018": -2079.365079, "2019": -2000, "2020": -1714.285714},
        sc: {"2018": -1781.746032, "2019": -2000, "2020": -2500}}
    assert [(n["subject"], n["period"]) for n in result["notes"]] == [("茅台", "2018-07")]


def test_jingjinji(cases, capsys):
    result = payments(cases, "jingjinji-tax", "jingjinji-readings.csv", JJJ, capsys)
    by_firm: dict[str, list] = {}
    for p in result["payments"]:
        by_firm.setdefault(p.get("subject", ""), []).append((p["period"], p["amount"]))
    assert by_firm == {
        "企业甲（汽车零部件，示意）": [("2019", 300), ("2020", 400), ("2021", 300)],  # cap 1000 crossed in 2021
        "企业乙（医药，示意）": [("2019", 200), ("2021", 300), ("2022", 500), ("2023", 500)],  # gap, extended
        "企业丙（装备制造，示意）": [("2020", 200), ("2021", 200), ("2022", 100)],  # cap reached exactly: no extension
        "企业丁（物流，示意）": [("2021", 50), ("2022", 50), ("2023", 50), ("2024", 50), ("2025", 50)],
        "": [("2026", 4)]}  # the one-off compensation, once
    assert result["payments"][-1]["unit"] == "亿元" and result["unit"] == "万元"
    assert result["net"]["北京市人民政府"]["2026"] == -40000
    assert result["net"]["河北省人民政府"] == {"2019": -500, "2020": -600, "2021": -850, "2022": -650, "2023": -550,
                                         "2024": -50, "2025": -50, "2026": 40000}


def test_table_output_and_errors(cases, capsys, tmp_path):
    base = ["payments", str(cases / "jingjinji-tax.desk"), "--readings", str(samples_dir() / "jingjinji-readings.csv")]
    (tmp_path / "p.json").write_text(json.dumps(JJJ, ensure_ascii=False), encoding="utf-8")
    assert main([*base, "--package", str(tmp_path / "p.json")]) == 0
    out = capsys.readouterr().out
    assert "一次性，2026-06-30前" in out and "net per period (万元" in out
    assert main(base) == 1  # no concluded package
    assert capsys.readouterr().err.strip() == ("desk: the case has no concluded package yet; "
                                               "give one with --package P.json")
    partial = {k: v for k, v in JJJ.items() if k != "分享期限"}
    (tmp_path / "q.json").write_text(json.dumps(partial, ensure_ascii=False), encoding="utf-8")
    assert main([*base, "--package", str(tmp_path / "q.json")]) == 1
    assert capsys.readouterr().err.strip() == "desk: the package lacks issues the rules need: 分享期限"
    (tmp_path / "r.json").write_text(json.dumps({**JJJ, "分享期限": 99}, ensure_ascii=False), encoding="utf-8")
    assert main([*base, "--package", str(tmp_path / "r.json")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("desk: the package's value for 分享期限:") and err.count("\n") == 1
    bad = tmp_path / "bad.csv"
    bad.write_text("period,indicator,subject,value\n2020,三税,企业甲,1\n", encoding="utf-8")
    assert main(["payments", str(cases / "jingjinji-tax.desk"), "--readings", str(bad), "--package",
                 str(tmp_path / "p.json")]) == 1
    assert capsys.readouterr().err.strip() == "desk: bad.csv: B2: 三税 is not an indicator of the case"
