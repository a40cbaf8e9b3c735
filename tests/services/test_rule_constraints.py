"""A case whose fund allocates by ratios decided by three % issues: the frontier, the solutions and the package
drafted from leave out every package whose ratios do not sum to 100 %."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from desk.core.demands import Demand
from desk.core.enums import IssueCategory
from desk.core.issues import Issue
from desk.services.agreement_package import nash_package
from desk.services.analysis import analyze_snapshot
from desk.services.rules import RuleService
from desk.services.samples import build_sample


def test_allocation_ratios_bound_to_percent_issues_sum_to_100_on_the_frontier(tmp_path: Path):
    service = build_sample("chishui", tmp_path / "赤水 50%#.desk")
    snapshot = service.snapshot()
    provinces = [p for p in snapshot.parties if p.name.endswith("省人民政府")]
    # drop the sample's discrete allocation issue from the rule: each province's share is its own % issue
    shares = {}
    for province in provinces:
        issue = service.add_issue(Issue(snapshot.case.id, f"{province.name[:2]}分配比例", "%",
                                        category=IssueCategory.SHARING, minimum=20, maximum=50, step=5))
        shares[province.id] = issue.id
        for other in provinces:  # everyone wants its own share high and the others' low
            mine = other.id == province.id
            service.set_demand(Demand(snapshot.case.id, other.id, issue.id, ideal=50 if mine else 20,
                                      reservation=None, priority=3 if mine else 1))
    pool = next(r for r in snapshot.rules if r.kind == "pool")
    allocations = [{"party": a["party"], "ratio": {"issue": shares[a["party"]]}} for a in pool.params["allocations"]]
    RuleService(service).save_rule(dataclasses.replace(pool, params={**pool.params, "allocations": allocations}))
    snapshot = service.snapshot()
    names = [snapshot.issue(shares[p.id]).name for p in provinces]

    result = analyze_snapshot(snapshot)
    assert result["constraints"] == [f"rule {pool.name}: the allocations ({'、'.join(names)}) must sum to 100 %"]
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
