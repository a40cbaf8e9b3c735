"""Latency from an edit of a demand to the redrawn frontier chart, through the real widgets.

Run: QT_QPA_PLATFORM=offscreen uv run python bench/chart_latency.py [--repeats 7]

For the demo case (453,600 packages), a synthetic case of 10^6 packages (6 issues × 10
values, two signatories and two consulted parties) and the same with a rule whose ratios tie
three issues (the cloud a sample of the 63,000 packages that meet it), opens the case window on the Sessions
page, then repeatedly changes one demand's priority (each time to a value not used before: a
profile change the cache cannot help with) through the undoable command the Demands page
uses, and times until matplotlib has finished drawing the new chart (its ``draw_event``) and
until Qt has painted it ("on screen"); "edit+all pages refresh" is the synchronous part (the
database transaction, re-reading the case, every page's refresh). A 5 ms main-thread timer runs
throughout; the longest gap between its ticks is the longest the window was unresponsive.
Also times a switch to presentation mode (the chart recomputed from the public snapshot and redrawn).
"""
from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import tempfile
import time
from pathlib import Path

from desk.core.case import Case
from desk.core.demands import Demand
from desk.core.enums import PartyRole
from desk.core.issues import Issue
from desk.core.parties import PALETTE, Party
from desk.core.rules.model import BenefitRule, RuleKind
from desk.services.cases import CaseService
from desk.services.demo import write_demo_case
from desk.services.rules import RuleService


def million_case(path: Path) -> Path:
    """6 numeric issues of 10 values each (10^6 packages), 2 signatories and 2 consulted parties."""
    service = CaseService.create(path, Case(name="10^6 benchmark"))
    cid = service.case_id
    parties = [service.add_party(Party(cid, name, role=role, colour=PALETTE[k], position=k, batna=0.1 * (k < 2)))
               for k, (name, role) in enumerate((("甲", PartyRole.SIGNATORY), ("乙", PartyRole.SIGNATORY),
                                                 ("丙", PartyRole.CONSULTED), ("丁", PartyRole.CONSULTED)))]
    issues = [service.add_issue(Issue(cid, f"事项{k + 1}", unit="%", minimum=0, maximum=90, step=10, position=k))
              for k in range(6)]
    for p, party in enumerate(parties):
        for k, issue in enumerate(issues):
            up = (p + k) % 2 == 0
            service.set_demand(Demand(cid, party.id, issue.id, ideal=90.0 if up else 0.0,
                                      reservation=(10.0 if up else 80.0) if p < 2 else None,
                                      priority=float(1 + (p * 3 + k * 5) % 7)))
    service.close()
    return path


def ratio_case(path: Path) -> Path:
    """The 10^6 case with a pool whose allocation shares are issues 1–3 (they must sum to 100 %): 63,000 of its
    packages meet that constraint, more than the cloud draws whole, so the cloud is a sample of those."""
    million_case(path)
    service = CaseService.open(path)
    snapshot = service.snapshot()
    parties, issues = snapshot.parties[:3], snapshot.issues[:3]
    RuleService(service).save_rule(BenefitRule(
        snapshot.case.id, "分配比例", RuleKind.POOL, unit="万元",
        params={"account": "基金", "first_year": 2026, "years": 3, "size": 10000,
                "contributions": [{"party": p.id, "ratio": 1} for p in parties],
                "allocations": [{"party": p.id, "ratio": {"issue": i.id}}
                                for p, i in zip(parties, issues, strict=True)]}))
    service.close()
    return path


def measure(path: Path, repeats: int) -> dict[str, float]:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from desk.ui.bootstrap import application, create_context, shutdown
    from desk.ui.interaction import ScriptedInteraction
    from desk.ui.undo_commands import SetDemand

    app = application()
    ctx = create_context(app, settings_dir=Path(tempfile.mkdtemp()), language="zh_CN",
                         interaction=ScriptedInteraction(), install_hook=False)
    window = ctx.windows.open_case(path)
    window.resize(1280, 800)
    window.show_page("sessions")
    page = window.pages["sessions"]
    view = page.frontier

    def wait(condition, timeout: float = 60.0) -> None:
        """Run the event loop until ``condition()``, checked every millisecond.

        Not a loop of ``processEvents()``: spinning holds a core and contends for the GIL with
        the chart's worker thread (slowing what is measured), and with PySide6 6.12 on
        Python 3.11 every such call drops a reference to None until the interpreter aborts.
        """
        if condition():
            return
        end = time.perf_counter() + timeout
        loop, poll = QEventLoop(), QTimer()
        poll.setInterval(1)
        poll.timeout.connect(lambda: (condition() or time.perf_counter() > end) and loop.quit())
        poll.start()
        loop.exec()
        poll.stop()
        if not condition():
            raise TimeoutError("no redraw")

    wait(lambda: view.pair_canvas is not None and not view.job.running())
    canvas = view.pair_canvas.canvas  # the canvas survives redraws
    drawn = {"at": 0.0, "count": 0, "with_data": False}
    painted: list[float] = []

    def on_draw(_event) -> None:
        drawn.update(at=time.perf_counter(), count=drawn["count"] + 1, with_data=view.pair_canvas.data is not None)

    class PaintWatch(QObject):
        def eventFilter(self, _obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(time.perf_counter())
            return False

    watch = PaintWatch()
    canvas.installEventFilter(watch)
    canvas.mpl_connect("draw_event", on_draw)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    results: list[float] = []
    on_screen: list[float] = []
    synchronous: list[float] = []
    gaps: list[float] = []
    doc = page.doc
    for k in range(repeats):
        snap = doc.snapshot
        signatory = snap.signatories[0]
        demand = next(d for d in snap.demands if d.party_id == signatory.id)
        # a priority not used before in this run, so the chart's analysis cache cannot answer
        new = dataclasses.replace(demand, priority=round(1.0 + (0.5 + 0.731 * k) % 8.0, 3))
        before = drawn["count"]
        ticks.clear()
        start = time.perf_counter()
        doc.execute(SetDemand(doc, demand, new))
        synchronous.append(time.perf_counter() - start)
        wait(lambda before=before: drawn["count"] > before and not view.job.running()
             and any(t >= drawn["at"] for t in painted))
        results.append(drawn["at"] - start)
        on_screen.append(next(t for t in painted if t >= drawn["at"]) - start)
        stamps = [start, *ticks, drawn["at"]]
        gaps.append(max(b - a for a, b in zip(stamps, stamps[1:], strict=False)))
    packages, frontier = float(view.data.cloud_total), float(len(view.data.pair.utilities))
    # presentation mode: the chart is dropped at once (a draw of its own, without data) and
    # recomputed from the public snapshot; time until that new chart is drawn
    before = drawn["count"]
    start = time.perf_counter()
    ctx.presentation.set_active(True)
    wait(lambda: view.data is not None and not view.job.running() and drawn["count"] > before
         and drawn["with_data"])
    presenting = drawn["at"] - start
    timer.stop()
    canvas.removeEventFilter(watch)
    figures = {"median_ms": statistics.median(results) * 1000, "max_ms": max(results) * 1000,
               "screen_ms": statistics.median(on_screen) * 1000,
               "max_frozen_ms": max(gaps) * 1000, "presentation_ms": presenting * 1000,
               "sync_ms": statistics.median(synchronous) * 1000, "packages": packages, "frontier": frontier}
    shutdown(ctx)
    QApplication.processEvents()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="desk-bench-"))
    cases = {"demo": write_demo_case(folder / "demo.desk"), "10^6": million_case(folder / "million.desk"),
             "ratios": ratio_case(folder / "ratios.desk")}
    print("case      packages frontier | edit→redrawn median   max | on screen | of which edit+pages refresh (sync) | "
          "longest UI stall | presentation switch")
    for name, path in cases.items():
        f = measure(path, args.repeats)
        print(f"{name:6} {int(f['packages']):>11,} {int(f['frontier']):>8} | {f['median_ms']:>16.0f} ms "
              f"{f['max_ms']:>4.0f} ms | {f['screen_ms']:>6.0f} ms | {f['sync_ms']:>31.0f} ms | "
              f"{f['max_frozen_ms']:>13.0f} ms | {f['presentation_ms']:>16.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
