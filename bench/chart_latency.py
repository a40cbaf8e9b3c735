"""Latency from an edit of a demand to the redrawn frontier chart, through the real widgets.

Run: QT_QPA_PLATFORM=offscreen uv run python bench/chart_latency.py [--repeats 7]

For the demo case (453,600 packages) and a synthetic case of 10^6 packages (6 issues × 10
values, two signatories and two consulted parties), opens the case window on the Sessions
page, then repeatedly changes one demand's priority (a profile change: the cache cannot
help) through the undoable command the Demands page uses, and times until matplotlib has
finished drawing the new chart (its ``draw_event``); "edit+all pages refresh" is the
synchronous part (the database transaction, re-reading the case, every page's refresh). A 5 ms main-thread timer runs
throughout; the longest gap between its ticks is the longest the window was unresponsive.
Also times a cached redraw (a presentation-mode switch: same analysis, new figure).
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
from desk.services.cases import CaseService
from desk.services.demo import write_demo_case


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


def measure(path: Path, repeats: int) -> dict[str, float]:
    from PySide6.QtCore import QTimer
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
    drawn = {"at": 0.0, "count": 0}

    def wait(condition, timeout: float = 60.0) -> None:
        end = time.perf_counter() + timeout
        while not condition():
            app.processEvents()
            if time.perf_counter() > end:
                raise TimeoutError("no redraw")

    wait(lambda: view.pair_canvas is not None and not view.job.running())
    app.processEvents()

    def on_draw(_event) -> None:
        drawn["at"], drawn["count"] = time.perf_counter(), drawn["count"] + 1

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    results: list[float] = []
    synchronous: list[float] = []
    gaps: list[float] = []
    doc = page.doc
    for k in range(repeats):
        view.pair_canvas.canvas.mpl_connect("draw_event", on_draw)  # the canvas survives redraws
        snap = doc.snapshot
        signatory = snap.signatories[0]
        demand = next(d for d in snap.demands if d.party_id == signatory.id)
        new = dataclasses.replace(demand, priority=demand.priority % 9 + 1 + (k % 2))
        before = drawn["count"]
        ticks.clear()
        start = time.perf_counter()
        doc.execute(SetDemand(doc, demand, new))
        synchronous.append(time.perf_counter() - start)
        wait(lambda before=before: drawn["count"] > before and not view.job.running())
        results.append(drawn["at"] - start)
        stamps = [start, *ticks, drawn["at"]]
        gaps.append(max(b - a for a, b in zip(stamps, stamps[1:], strict=False)))
    before = drawn["count"]
    start = time.perf_counter()
    ctx.presentation.set_active(True)
    wait(lambda: drawn["count"] > before)
    cached = drawn["at"] - start
    timer.stop()
    figures = {"median_ms": statistics.median(results) * 1000, "max_ms": max(results) * 1000,
               "max_frozen_ms": max(gaps) * 1000, "cached_redraw_ms": cached * 1000,
               "sync_ms": statistics.median(synchronous) * 1000,
               "packages": float(view.data.cloud_total), "frontier": float(len(view.data.pair.utilities))}
    shutdown(ctx)
    QApplication.processEvents()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="desk-bench-"))
    cases = {"demo": write_demo_case(folder / "demo.desk"), "10^6": million_case(folder / "million.desk")}
    print("case      packages frontier | edit→redrawn median   max | of which edit+pages refresh (sync) | "
          "longest UI stall | cached redraw")
    for name, path in cases.items():
        f = measure(path, args.repeats)
        print(f"{name:6} {int(f['packages']):>11,} {int(f['frontier']):>8} | {f['median_ms']:>16.0f} ms "
              f"{f['max_ms']:>4.0f} ms | {f['sync_ms']:>31.0f} ms | {f['max_frozen_ms']:>13.0f} ms | "
              f"{f['cached_redraw_ms']:>10.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
