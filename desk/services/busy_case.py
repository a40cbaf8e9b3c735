"""A busy case for benchmarks and tests: the demo with many proposals over several sessions and versions."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from desk.core.enums import ResponseKind
from desk.core.issues import Issue, Value
from desk.core.sessions import Session
from desk.services.agreement_package import TABLED, PackageChoice
from desk.services.agreement_workflow import AgreementService
from desk.services.bargaining import BargainingService
from desk.services.cases import CaseService
from desk.services.demo import write_demo_case


def write_busy_case(path: Path | str, proposals: int = 30, versions: int = 3) -> Path:
    """The demo case with ``proposals`` proposals over three sessions (each answered, every round closed but
    the last) and ``versions`` agreement versions drafted from the latest proposal; the bargaining stays open."""
    path = write_demo_case(path)
    cases = CaseService.open(path, actor="基准")
    try:
        snapshot = cases.snapshot()
        bargaining, agreements = BargainingService(cases), AgreementService(cases)
        authors = list(snapshot.signatories) or list(snapshot.parties)
        answering = snapshot.parties[-1]
        tabled = 0
        for s in range(3):
            session = bargaining.create_session(Session(snapshot.case.id, f"第{s + 1}次联席会议",
                                                        held_on=date(2025, 3 + s, 1), place="黄山市"))
            while tabled < proposals * (s + 1) // 3:
                rnd = bargaining.open_round(session.id)
                for _ in range(5):
                    if tabled >= proposals * (s + 1) // 3:
                        break
                    package = {i.id: package_value(i, tabled) for i in snapshot.issues}
                    made = bargaining.table_proposal(rnd.id, authors[tabled % len(authors)].id, package,
                                                     note=f"方案 {tabled + 1}")
                    bargaining.answer(made.id, answering.id, ResponseKind.REJECT, "再议")
                    tabled += 1
                if tabled < proposals:
                    bargaining.close_round(rnd.id, "纪要")
        latest = bargaining.record().latest_proposal()
        if latest is not None:
            for _ in range(versions):
                agreements.draft("zh", PackageChoice(dict(latest.package), TABLED, latest.id))
    finally:
        cases.close()
    return path


def package_value(issue: Issue, k: int) -> Value:
    """The ``k``-th of a spread of valid values of ``issue`` (options in turn, grid points 7 apart)."""
    if issue.options:
        return issue.options[k % len(issue.options)]
    steps = round((issue.maximum - issue.minimum) / issue.step)
    return issue.minimum + issue.step * ((k * 7) % (steps + 1))
