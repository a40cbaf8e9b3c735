"""What one user action costs on the GUI thread: SQL statements, transactions and milliseconds.

Run: QT_QPA_PLATFORM=offscreen uv run python bench/edit_cost.py [--repeats 20]

For the demo case and for a case with 30 proposals (3 sessions, answers, closed rounds) and 3
agreement versions, opens the case window as a user has it and times three actions through the
same undoable commands the pages use: a demand edit (Demands page shown), a proposal tabled and
an answer (Sessions page shown). Statements are counted by an SQLAlchemy ``before_cursor_execute``
listener and transactions by a ``begin`` listener on the case's engine, both only on the GUI
thread and only inside the action (the undo that resets the case between repeats is not counted).
Milliseconds: the median of ``--repeats`` runs of the synchronous part (the write, re-reading what
changed and every page's refresh).
"""
from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from desk.core.enums import ResponseKind
from desk.core.sessions import Session
from desk.services.agreement_package import TABLED, PackageChoice
from desk.services.agreement_workflow import AgreementService
from desk.services.bargaining import BargainingService
from desk.services.cases import CaseService
from desk.services.demo import write_demo_case


def busy_case(path: Path, proposals: int = 30, versions: int = 3) -> Path:
    """The demo case with ``proposals`` proposals over three sessions (answered, rounds closed but the
    last) and ``versions`` agreement versions drafted from the latest proposal (the bargaining stays open)."""
    write_demo_case(path)
    cases = CaseService.open(path, actor="基准")
    try:
        snapshot = cases.snapshot()
        bargaining = BargainingService(cases)
        agreements = AgreementService(cases)
        issues = snapshot.issues
        authors = [p for p in snapshot.parties if p.is_signatory] or list(snapshot.parties)
        answering = snapshot.parties[-1]
        per_round, tabled = 5, 0
        for s in range(3):
            session = bargaining.create_session(Session(snapshot.case.id, f"第{s + 1}次联席会议",
                                                        held_on=date(2025, 3 + s, 1), place="黄山市 #1 %"))
            while tabled < proposals * (s + 1) // 3:
                rnd = bargaining.open_round(session.id)
                for _ in range(per_round):
                    if tabled >= proposals * (s + 1) // 3:
                        break
                    package = {i.id: _value(i, tabled) for i in issues}
                    made = bargaining.table_proposal(rnd.id, authors[tabled % len(authors)].id, package,
                                                     note=f"方案 {tabled + 1}")
                    bargaining.answer(made.id, answering.id, ResponseKind.REJECT, "再议")
                    tabled += 1
                if tabled < proposals:
                    bargaining.close_round(rnd.id, "纪要")
        latest = bargaining.record().latest_proposal()
        assert latest is not None
        for _ in range(versions):
            agreements.draft("zh", PackageChoice(dict(latest.package), TABLED, latest.id))
    finally:
        cases.close()
    return path


def _value(issue, k: int):
    if issue.options:
        return issue.options[k % len(issue.options)]
    steps = round((issue.maximum - issue.minimum) / issue.step)
    return issue.minimum + issue.step * ((k * 7) % (steps + 1))


class Counter:
    """Statements and transactions on the GUI thread while ``active``."""

    def __init__(self, engine) -> None:
        from sqlalchemy import event

        self.statements = self.transactions = 0
        self.active = False
        self.gui = threading.get_ident()
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "begin", self._begin)

    def _statement(self, *_args) -> None:
        if self.active and threading.get_ident() == self.gui:
            self.statements += 1

    def _begin(self, *_args) -> None:
        if self.active and threading.get_ident() == self.gui:
            self.transactions += 1

    def measure(self, action: Callable[[], None]) -> tuple[int, int, float]:
        self.statements = self.transactions = 0
        self.active = True
        start = time.perf_counter()
        try:
            action()
        finally:
            elapsed = time.perf_counter() - start
            self.active = False
        return self.statements, self.transactions, elapsed


def measure(path: Path, repeats: int) -> dict[str, tuple[int, int, float]]:
    from PySide6.QtWidgets import QApplication

    from desk.ui.bargaining_commands import AnswerProposal, TableProposal
    from desk.ui.bootstrap import application, create_context, shutdown
    from desk.ui.interaction import ScriptedInteraction
    from desk.ui.undo_commands import SetDemand

    app = application()
    ctx = create_context(app, settings_dir=Path(tempfile.mkdtemp()), language="zh_CN",
                         interaction=ScriptedInteraction(), install_hook=False)
    window = ctx.windows.open_case(path)
    window.resize(1280, 800)
    doc = window.doc
    counter = Counter(doc.service.db.engine)
    sessions_page = window.pages["sessions"]
    bargaining = sessions_page.bargaining
    figures: dict[str, tuple[int, int, float]] = {}

    def settle() -> None:
        ctx.tasks.pool.waitForDone(60_000)
        QApplication.processEvents()

    def run(name: str, action: Callable[[int], None], reset: Callable[[], None] | None) -> None:
        results = []
        for k in range(repeats):
            settle()
            results.append(counter.measure(lambda k=k: action(k)))
            if reset is not None:
                reset()
        statements, transactions, _ = results[-1]
        figures[name] = (statements, transactions, statistics.median(r[2] for r in results) * 1000)

    # a demand edit, the Demands page shown
    window.show_page("demands")
    settle()

    def edit_demand(k: int) -> None:
        snap = doc.snapshot
        demand = next(d for d in snap.demands if d.party_id == snap.signatories[0].id)
        doc.execute(SetDemand(doc, demand, dataclasses.replace(demand, priority=round(1.0 + (0.5 + 0.731 * k) % 8, 3))))

    run("demand edit", edit_demand, None)

    # tabling and answering, the Sessions page shown (an open round needed)
    window.show_page("sessions")
    settle()
    record = bargaining.record()
    open_round = next((r for r in record.rounds if not r.is_closed), None)
    if open_round is None:
        session = bargaining.create_session(Session(doc.snapshot.case.id, "基准会议"))
        open_round = bargaining.open_round(session.id)
        doc.refresh()
    snap = doc.snapshot
    author = snap.signatories[0]
    package = {i.id: _value(i, 3) for i in snap.issues}

    run("proposal tabled",
        lambda k: doc.execute(TableProposal(doc, bargaining, open_round.id, author.id, package, f"基准 {k}")),
        doc.undo_stack.undo)
    target = bargaining.table_proposal(open_round.id, author.id, package, "基准答复")
    doc.refresh()
    answerer = next(p for p in snap.parties if not p.is_signatory)
    run("answer",
        lambda k: doc.execute(AnswerProposal(doc, bargaining, target.id, answerer.id, ResponseKind.REJECT, "否")),
        doc.undo_stack.undo)
    shutdown(ctx)
    QApplication.processEvents()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="desk-bench-"))
    cases = {"demo": write_demo_case(folder / "演示 案例.desk"),
             "30 proposals, 3 versions": busy_case(folder / "繁忙 案例 #30%.desk")}
    print(f"{'case':26} {'action':16} {'statements':>10} {'transactions':>12} {'GUI ms (median)':>16}")
    for name, path in cases.items():
        for action, (statements, transactions, ms) in measure(path, args.repeats).items():
            print(f"{name:26} {action:16} {statements:>10} {transactions:>12} {ms:>16.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
