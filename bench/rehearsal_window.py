"""How long a played rehearsal's window is unresponsive: opening it, the user's moves, the debrief.

Run: QT_QPA_PLATFORM=offscreen uv run python bench/rehearsal_window.py [--moves 4]

On a synthetic five-party case (8 issues × 10 values: 10^8 packages, an exact frontier of about
56,000 packages; the file in a folder with spaces, # and % in a Chinese name) a rehearsal is created
(the user plays 安徽, four linear agents, 10 rounds, no pause), its window opened on the Sessions page;
a 5 ms main-thread timer runs throughout and the longest gap between its ticks is the longest the
window was frozen. The real case's window is opened (and closed) first, so that the modules of every
page are imported before the measurement. Times: until the game is ready for the user's first move
(the arena, i.e. the exact frontier, computed), each of ``--moves`` moves of the user's (pass, or
reject) until the agents have replied, and opening the debrief.
"""
from __future__ import annotations

import argparse
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

NAMES = ("安徽", "浙江", "江苏", "上海", "江西")


def five_party_case(path: Path, issues: int = 8, values: int = 10) -> Path:
    """Five signatories with opposed interests on ``issues`` numeric issues of ``values`` values each."""
    service = CaseService.create(path, Case(name="五方 benchmark"))
    cid = service.case_id
    parties = [service.add_party(Party(cid, name, role=PartyRole.SIGNATORY, colour=PALETTE[k], position=k,
                                       batna=0.05)) for k, name in enumerate(NAMES)]
    step = 10
    top = float(step * (values - 1))
    items = [service.add_issue(Issue(cid, f"事项{k + 1}", unit="%", minimum=0, maximum=top, step=step, position=k))
             for k in range(issues)]
    for p, party in enumerate(parties):
        for k, issue in enumerate(items):
            up = (p + k) % 2 == 0
            service.set_demand(Demand(cid, party.id, issue.id, ideal=top if up else 0.0, reservation=None,
                                      priority=float(1 + (p * 3 + k * 5) % 7)))
    service.close()
    return path


def measure(path: Path, moves: int) -> dict[str, float]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desk.core.rehearsal.game import GameSettings
    from desk.services.cases import load_snapshot
    from desk.services.rehearsal import model_of_snapshot
    from desk.services.rehearsal_game import new_game
    from desk.ui.bootstrap import application, create_context, shutdown
    from desk.ui.interaction import ScriptedInteraction

    model = model_of_snapshot(load_snapshot(path))
    players = (model.profiles[model.frontier[0]].key,)
    settings = GameSettings(players, {}, rounds=10, seed=1, pause_ms=0)
    started = time.perf_counter()
    sandbox = new_game(path, settings, "演练：安徽")
    created = time.perf_counter() - started

    app = application()
    ctx = create_context(app, settings_dir=Path(tempfile.mkdtemp()), language="zh_CN",
                         interaction=ScriptedInteraction(), install_hook=False)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()

    def wait(condition, timeout: float = 120.0) -> None:
        end = time.perf_counter() + timeout
        loop, poll = QEventLoop(), QTimer()
        poll.setInterval(2)
        poll.timeout.connect(lambda: (condition() or time.perf_counter() > end) and loop.quit())
        poll.start()
        loop.exec()
        poll.stop()
        if not condition():
            raise TimeoutError("the rehearsal did not get ready in time")

    def frozen(start: float, end: float) -> float:
        stamps = [start, *(t for t in ticks if start <= t <= end), end]
        return max(b - a for a, b in zip(stamps, stamps[1:], strict=False))

    warm = ctx.windows.open_case(path)  # the first window of a process imports the pages' modules: not measured
    warm.show_page("sessions")
    wait(lambda: warm.pages["sessions"].frontier.job.task is None)
    warm.close()
    QApplication.processEvents()
    start = time.perf_counter()
    window = ctx.windows.open_case(sandbox)
    window.resize(1366, 768)
    window.show_page("sessions")
    window.show()
    opened = time.perf_counter() - start
    conductor = window.pages["sessions"].conductor

    def users_turn() -> bool:
        return conductor.game is not None and (conductor.finished or (
            conductor.action is not None and not conductor.agents_to_act() and not conductor.timer.isActive()))

    wait(users_turn)
    ready = time.perf_counter()
    figures = {"create_s": created, "open_s": opened, "ready_s": ready - start, "open_frozen_s": frozen(start, ready)}
    times, gaps = [], []
    page = window.pages["sessions"]
    for _ in range(moves):
        if conductor.finished:
            break
        settle = time.perf_counter() + 0.05  # the page is primed for the move on a later turn of the event loop
        wait(lambda settle=settle: time.perf_counter() > settle)
        before = len(window.doc.state.record.proposals) + len(window.doc.state.record.responses)
        start = time.perf_counter()
        if conductor.action.kind == "table":
            conductor.pass_turn()
        else:
            page.panel.reject_button.click()
        wait(lambda before=before: users_turn() and len(window.doc.state.record.proposals)
             + len(window.doc.state.record.responses) > before)
        end = time.perf_counter()
        times.append(end - start)
        gaps.append(frozen(start, end))
    figures["move_s"] = statistics.median(times)
    figures["move_frozen_s"] = max(gaps)
    start = time.perf_counter()
    window.rehearsal_strip.open_debrief()
    QApplication.processEvents()
    figures["debrief_s"] = time.perf_counter() - start
    figures["frontier"] = float(len(conductor.game.negotiation.arena.frontier))
    timer.stop()
    shutdown(ctx)
    QApplication.processEvents()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--moves", type=int, default=4)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="desk-bench-")) / "五方 案例 #1 50%"
    folder.mkdir()
    path = five_party_case(folder / "五方.desk")
    f = measure(path, args.moves)
    print(f"five parties, 10^8 packages, exact frontier of {int(f['frontier']):,} packages")
    print(f"new rehearsal (sandbox written): {f['create_s']:.2f} s")
    print(f"open the window: {f['open_s']:.2f} s; ready for the first move after {f['ready_s']:.2f} s; "
          f"longest freeze meanwhile {f['open_frozen_s'] * 1000:.0f} ms")
    print(f"a move of the user's until the agents replied: median {f['move_s'] * 1000:.0f} ms; longest freeze "
          f"{f['move_frozen_s'] * 1000:.0f} ms")
    print(f"open the debrief: {f['debrief_s'] * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
