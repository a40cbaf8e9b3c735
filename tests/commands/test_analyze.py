"""``desk analyze``: the JSON contract on GENIUS profiles and on the demo case file."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from desk.cli import main

GENIUS = Path(__file__).resolve().parents[2].parent / "shared" / "domains" / "genius"
DOMAINS = sorted(p for p in GENIUS.iterdir() if p.is_dir()) if GENIUS.is_dir() else []
SOLUTIONS = ("nash", "kalai_smorodinsky", "egalitarian", "utilitarian")


def _analyze(capsys, *args: str) -> dict:
    assert main(["analyze", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _check_contract(result: dict) -> None:
    n = len(result["parties"])
    assert isinstance(result["outcomes"], int) and len(result["disagreement"]) == n
    assert result["pareto"]
    for row in result["pareto"]:
        assert len(row["utilities"]) == n and isinstance(row["package"], dict)
    for name in SOLUTIONS:
        solution = result["solutions"][name]
        assert len(solution["utilities"]) == n and isinstance(solution["package"], dict)
        assert solution["disagreement"] == result["disagreement"] and solution["normalisation"]
        assert {"utilities": solution["utilities"], "package": solution["package"]} in [
            {"utilities": r["utilities"], "package": r["package"]} for r in result["pareto"]]


@pytest.mark.parametrize("folder", DOMAINS, ids=lambda p: p.name)
def test_every_genius_domain(capsys, folder: Path) -> None:
    profiles = [str(p) for p in sorted(folder.glob("*.xml"))]
    result = _analyze(capsys, *profiles)
    _check_contract(result)


def test_laptop_json(capsys, shared_dir: Path) -> None:
    folder = shared_dir / "domains" / "genius" / "Laptop"
    result = _analyze(capsys, str(folder / "Laptop-C-prof1.xml"), str(folder / "Laptop-C-prof2.xml"),
                      "--sample", "5")
    assert result["parties"] == ["Laptop-C-prof1", "Laptop-C-prof2"]
    assert result["outcomes"] == 27 and len(result["sample"]) == 5
    assert result["solutions"]["nash"]["package"] == {"Laptop": "HP", "Harddisk": "60 Gb",
                                                      "External Monitor": "19'' LCD"}
    assert result["frontier"]["distinct_utility_vectors"] == 4


def test_demo_case(capsys, demo_file: Path) -> None:
    result = _analyze(capsys, str(demo_file))
    _check_contract(result)
    assert result["parties"] == ["安徽省人民政府", "浙江省人民政府"]  # the signatories by default
    assert result["disagreement"] == [0.15, 0.2]
    assert "others" in result and all(len(r["others"]) == len(result["others"]) for r in result["pareto"])
    assert result["compensation"]["money_issue"] and result["compensation"]["feasible"]


def test_demo_case_with_chosen_parties(capsys, demo_file: Path) -> None:
    result = _analyze(capsys, str(demo_file), "--parties", "安徽,浙江,中央")
    _check_contract(result)
    assert len(result["parties"]) == 3


def test_human_summary_and_errors(capsys, demo_file: Path, tmp_path: Path) -> None:
    assert main(["analyze", str(demo_file)]) == 0
    assert "nash" in capsys.readouterr().out
    assert main(["analyze", str(demo_file), "--parties", "nobody", "--json"]) == 1
    assert "no party named" in capsys.readouterr().err
    bad = tmp_path / "bad.xml"
    bad.write_text("<!DOCTYPE x><utility_space/>")
    assert main(["analyze", str(bad), "--json"]) == 1
    assert str(bad) in capsys.readouterr().err


def _empty_frontier(capsys, path: Path, lang: str | None) -> dict:
    result = _analyze(capsys, str(path), *(("--lang", lang) if lang else ()))
    assert result["pareto"] == [] and result["frontier"]["packages"] == 0
    return result


def test_why_the_frontier_is_empty_is_said_in_the_language_asked(capsys, demo_file: Path) -> None:
    import dataclasses

    from desk.services.cases import CaseService

    cases = CaseService.open(demo_file)
    party = cases.snapshot().signatories[0]
    cases.update_party(dataclasses.replace(party, batna=0.99))  # nothing gives it that much
    cases.close()
    zh = _empty_frontier(capsys, demo_file, None)["frontier"]["reason"]
    assert zh == _empty_frontier(capsys, demo_file, "zh")["frontier"]["reason"] == \
        "没有方案能使各前沿方都至少得到其破裂点效用"
    assert _empty_frontier(capsys, demo_file, "en")["frontier"]["reason"] == \
        "no package gives every frontier party at least its disagreement utility"


def test_a_constraint_no_package_meets_is_named_in_the_language_asked(capsys, tmp_path: Path) -> None:
    from ratio_case import ratio_case

    service, names = ratio_case(tmp_path / "赤水 20–30%.desk", maximum=30)  # never 100 % in all
    service.close()
    zh = _empty_frontier(capsys, tmp_path / "赤水 20–30%.desk", "zh")
    assert zh["outcomes"] == 0 and zh["grid_outcomes"] > 0
    tied, _, why = zh["frontier"]["reason"].partition("的可接受取值中没有满足约束的组合：规则“")
    assert sorted(tied.split("＋")) == sorted(names) and why.endswith(f"分配比例（{'、'.join(names)}）之和须为100%")
    en = _empty_frontier(capsys, tmp_path / "赤水 20–30%.desk", "en")
    issues = " + ".join(tied.split("＋"))
    assert en["frontier"]["reason"] == f"no acceptable values of {issues} meet: {en['constraints'][0]}"
    assert en["constraints"][0].endswith("must sum to 100 %") and zh["constraints"][0].endswith("之和须为100%")
