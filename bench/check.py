"""Time of `desk check` (chain + every row against the audit log) on a large case.

Builds the demo case, then adds sessions with rounds, each with proposals and answers, deleting
and restoring demands along the way (deletions exercise the cascade replay), and times the check.

    uv run python bench/check.py [--sessions 20] [--proposals 25]
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path


def build(path: Path, sessions: int, proposals: int) -> None:
    from desk.core.enums import ResponseKind
    from desk.core.sessions import Session
    from desk.services.bargaining import BargainingService
    from desk.services.cases import CaseService
    from desk.services.demo import write_demo_case

    write_demo_case(path)
    cases = CaseService.open(path, actor="bench")
    try:
        snapshot = cases.snapshot()
        bargaining = BargainingService(cases)
        package = {i.id: i.grid()[0] for i in snapshot.issues}
        anhui, zhejiang = snapshot.party_by_name("安徽"), snapshot.party_by_name("浙江")
        for number in range(sessions):
            session = bargaining.create_session(Session(cases.case_id, f"第{number + 1}次会议"))
            rnd = bargaining.open_round(session.id)
            for _ in range(proposals):
                proposal = bargaining.table_proposal(rnd.id, anhui.id, package)
                bargaining.answer(proposal.id, zhejiang.id, ResponseKind.REJECT)
            bargaining.close_round(rnd.id, "记录")
            demand = snapshot.demands[number % len(snapshot.demands)]
            cases.delete_demand(demand.id)
            cases.restore_demand(demand)
    finally:
        cases.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--proposals", type=int, default=25)
    args = parser.parse_args()
    from desk.services.integrity import check_case_file

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.desk"
        build(path, args.sessions, args.proposals)
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            report = check_case_file(path)
            runs.append(time.perf_counter() - start)
        assert report.ok, (report.problems[:3], report.unverifiable[:3])
        print(f"desk check on {report.events:,} events ({path.stat().st_size / 1e6:.1f} MB): "
              f"best {min(runs):.2f} s of {len(runs)}")


if __name__ == "__main__":
    main()
