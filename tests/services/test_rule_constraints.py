"""A case whose fund allocates by ratios decided by three % issues: the frontier, the solutions and the package
drafted from leave out every package whose ratios do not sum to 100 %."""
from __future__ import annotations

import json
from pathlib import Path

from ratio_case import VALID_SHARES, ratio_case

from desk.cli import main
from desk.services.agreement_package import nash_package
from desk.services.analysis import analyze_snapshot
from desk.services.rules import RuleService


def test_allocation_ratios_bound_to_percent_issues_sum_to_100_on_the_frontier(tmp_path: Path):
    service, names = ratio_case(tmp_path / "赤水 50%#.desk")
    snapshot = service.snapshot()
    pool = next(r for r in snapshot.rules if r.kind == "pool")
    shares = {p.id: next(i.id for i in snapshot.issues if i.name == f"{p.name[:2]}分配比例")
              for p in snapshot.parties if p.name.endswith("省人民政府")}
    provinces = [p for p in snapshot.parties if p.id in shares]

    result = analyze_snapshot(snapshot, lang="en")
    assert result["constraints"] == [f"rule {pool.name}: the allocations ({'、'.join(names)}) must sum to 100 %"]
    zh = f"规则“{pool.name}”：分配比例（{'、'.join(names)}）之和须为100%"
    assert analyze_snapshot(snapshot)["constraints"] == [zh]
    assert result["pareto"], "the frontier is not empty"
    for row in result["pareto"]:
        assert sum(row["package"][n] for n in names) == 100, row["package"]
    for solution in result["solutions"].values():
        if solution.get("package"):
            assert sum(solution["package"][n] for n in names) == 100
    package = nash_package(snapshot)
    assert sum(package[shares[p.id]] for p in provinces) == 100
    RuleService(service).schedule(package)  # the package computes: no "ratios sum to …" refusal
    service.close()


def test_analyze_counts_the_packages_that_meet_the_rules_constraints(tmp_path: Path, capsys):
    path = tmp_path / "赤水 ratio #1.desk"
    service, names = ratio_case(path)
    snapshot = service.snapshot()
    service.close()
    others = 1
    for issue in snapshot.issues:
        if issue.name not in names:
            others *= len(issue.grid())
    assert main(["analyze", str(path), "--json", "--sample", "50"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["grid_outcomes"] == others * 7**3
    assert result["outcomes"] == others * VALID_SHARES < result["grid_outcomes"]
    assert len(result["sample"]) == 50  # the sample is drawn from the packages that meet them
    assert all(sum(row["package"][n] for n in names) == 100 for row in result["sample"])

    assert main(["analyze", str(path)]) == 0
    out = capsys.readouterr().out
    assert (f"outcomes: {others * 7**3:,} packages, {others * VALID_SHARES:,} meet the rules' constraints"
            in out), out
