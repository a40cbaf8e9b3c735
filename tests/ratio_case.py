"""The Chishui sample with a ratio constraint: each province's allocation share is its own % issue (20–50 in steps
of 5), bound to the pool rule, so only packages whose three shares sum to 100 % are in the outcome space."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from desk.core.demands import Demand
from desk.core.enums import IssueCategory
from desk.core.issues import Issue
from desk.services.cases import CaseService
from desk.services.rules import RuleService
from desk.services.samples import build_sample


def ratio_case(path: Path, maximum: int = 50) -> tuple[CaseService, list[str]]:
    """The open case service and the names of the three share issues (in province order); ``maximum`` is the
    largest share (three shares of at most 30 % never make 100 %)."""
    service = build_sample("chishui", path)
    snapshot = service.snapshot()
    provinces = [p for p in snapshot.parties if p.name.endswith("省人民政府")]
    shares = {}
    for province in provinces:
        issue = service.add_issue(Issue(snapshot.case.id, f"{province.name[:2]}分配比例", "%",
                                        category=IssueCategory.SHARING, minimum=20, maximum=maximum, step=5))
        shares[province.id] = issue.id
        for other in provinces:  # everyone wants its own share high and the others' low
            mine = other.id == province.id
            service.set_demand(Demand(snapshot.case.id, other.id, issue.id, ideal=maximum if mine else 20,
                                      reservation=None, priority=3 if mine else 1))
    pool = next(r for r in snapshot.rules if r.kind == "pool")
    allocations = [{"party": a["party"], "ratio": {"issue": shares[a["party"]]}} for a in pool.params["allocations"]]
    RuleService(service).save_rule(dataclasses.replace(pool, params={**pool.params, "allocations": allocations}))
    snapshot = service.snapshot()
    return service, [snapshot.issue(shares[p.id]).name for p in provinces]


#: Shares 20–50 % in steps of 5 (7 values each) that sum to 100: the combinations a, b, 100 − a − b in range.
VALID_SHARES = sum(1 for a in range(20, 55, 5) for b in range(20, 55, 5) if 20 <= 100 - a - b <= 50)
