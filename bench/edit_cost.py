"""What one user action costs on the GUI thread: SQL statements, transactions and milliseconds.

Run: QT_QPA_PLATFORM=offscreen uv run python bench/edit_cost.py [--repeats 20]

For the demo case and for a case with 30 proposals (3 sessions, answers, closed rounds) and 3
agreement versions, opens the case window as a user has it and times three actions through the
same undoable commands the pages use: a demand edit (Demands page shown), a proposal tabled and
an answer (Sessions page shown). Statements are counted by an SQLAlchemy ``before_cursor_execute``
listener and transactions by a ``begin`` listener on the case's engine, both only on the GUI
thread and only inside the action (the undo that resets the case between repeats is not counted).
Milliseconds: the median of ``--repeats`` runs of the synchronous part (the write, re-reading what
changed and every page's refresh), as wall time and as the GUI thread's CPU time (``time.thread_time``:
less sensitive to other processes on a loaded machine, but blind to waiting on the disk).
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
from pathlib import Path

from desk.core.enums import ResponseKind
from desk.core.sessions import Session
from desk.services.busy_case import package_value, write_busy_case
from desk.services.demo import write_demo_case


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

    def measure(self, action: Callable[[], None]) -> tuple[int, int, float, float]:
        """Statements, transactions, wall seconds and GUI-thread CPU seconds of ``action()``."""
        self.statements = self.transactions = 0
        self.active = True
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            action()
        finally:
            elapsed, cpu = time.perf_counter() - start, time.thread_time() - cpu
            self.active = False
        return self.statements, self.transactions, elapsed, cpu


def measure(path: Path, repeats: int) -> dict[str, tuple[int, int, float, float]]:
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
    figures: dict[str, tuple[int, int, float, float]] = {}

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
        statements, transactions, _, _ = results[-1]
        figures[name] = (statements, transactions, statistics.median(r[2] for r in results) * 1000,
                         statistics.median(r[3] for r in results) * 1000)

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
    package = {i.id: package_value(i, 3) for i in snap.issues}

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
             "30 proposals, 3 versions": write_busy_case(folder / "繁忙 案例 #30%.desk")}
    print(f"{'case':26} {'action':16} {'statements':>10} {'transactions':>12} {'GUI ms (median)':>16} "
          f"{'of it CPU ms':>12}")
    for name, path in cases.items():
        for action, (statements, transactions, ms, cpu) in measure(path, args.repeats).items():
            print(f"{name:26} {action:16} {statements:>10} {transactions:>12} {ms:>16.1f} {cpu:>12.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
