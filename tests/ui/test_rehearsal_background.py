"""A played rehearsal's slow work runs in the background: the arena (exact frontier) off the GUI thread with its
progress in the strip, and late results of a window that has closed (the arena, a what-if run) are dropped."""
from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from desk.core.rehearsal.arena import Arena
from desk.core.rehearsal.errors import RehearsalError


def new_rehearsal(case: Path, pause_ms: int = 0) -> Path:
    """A rehearsal of the demo in which the user plays 安徽 against a linear 浙江."""
    from desk.core.rehearsal.game import GameSettings
    from desk.services.cases import load_snapshot
    from desk.services.rehearsal_game import new_game

    anhui, zhejiang = load_snapshot(case).signatories
    settings = GameSettings((anhui.id,), {zhejiang.id: "linear"}, rounds=10, seed=1, pause_ms=pause_ms)
    return new_game(case, settings, "演练：安徽")


@pytest.fixture
def slow_arena(monkeypatch):
    """Arena.build reports half-way, then takes a while; the threads it ran on are recorded."""
    build = Arena.build.__func__
    threads: list[threading.Thread] = []
    release = threading.Event()

    def slow(cls, model, **kwargs):
        threads.append(threading.current_thread())
        monitor = kwargs.get("monitor")
        if monitor is not None:
            monitor.report(0.5, "half-way")
        release.wait(30.0)
        return build(cls, model, **kwargs)

    monkeypatch.setattr(Arena, "build", classmethod(slow))
    yield threads, release
    release.set()


def _errors_while(qtbot, milliseconds: int) -> list[BaseException]:
    errors: list[BaseException] = []
    hook, sys.excepthook = sys.excepthook, lambda _kind, exc, _tb: errors.append(exc)
    try:
        qtbot.wait(milliseconds)
        QApplication.processEvents()
    finally:
        sys.excepthook = hook
    return errors


def test_the_arena_is_computed_off_the_gui_thread_with_progress(ctx, demo_file: Path, qtbot, slow_arena) -> None:
    threads, release = slow_arena
    window = ctx.windows.open_case(new_rehearsal(demo_file))
    window.show_page("sessions")
    page = window.pages["sessions"]
    conductor, strip = page.conductor, window.rehearsal_strip
    # the window is there at once; the game waits for its arena, and says so
    assert conductor.game is None and conductor.preparing is not None
    assert "preparing" in strip.turn.full and "安徽" in strip.turn.full
    assert not strip.pass_button.isEnabled() and not strip.debrief_button.isEnabled()
    with pytest.raises(RehearsalError, match="being prepared"):
        conductor.wrap(None)  # a step of the user's meanwhile: refused in one line
    qtbot.waitUntil(lambda: "50%" in strip.turn.full, timeout=20000)  # the task's progress reaches the strip
    release.set()
    qtbot.waitUntil(lambda: conductor.game is not None and not conductor.agents_to_act()
                    and not conductor.timer.isActive(), timeout=10000)
    assert conductor.preparing is None and not conductor.problem
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert "round 1/10" in strip.turn.full
    # the record changes (the user passes, the agents reply): replayed with the same arena, nothing rebuilt
    built = len(threads)
    qtbot.mouseClick(strip.pass_button, Qt.MouseButton.LeftButton) if conductor.action.kind == "table" else \
        qtbot.mouseClick(page.panel.reject_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: conductor.game is not None and not conductor.agents_to_act(), timeout=10000)
    assert len(threads) == built and len(window.doc.state.record.proposals) >= 1


def test_closing_the_window_while_the_arena_computes(ctx, demo_file: Path, qtbot, slow_arena) -> None:
    threads, release = slow_arena
    window = ctx.windows.open_case(new_rehearsal(demo_file))
    window.show_page("sessions")
    qtbot.waitUntil(lambda: bool(threads), timeout=5000)  # the task has started
    window.close()
    QApplication.processEvents()
    release.set()  # the task ends after the window (and its conductor) is gone: cancelled, nothing delivered
    assert _errors_while(qtbot, 300) == []
    qtbot.waitUntil(lambda: ctx.tasks.running() == 0, timeout=5000)


def test_an_arena_finished_as_the_window_closes_is_dropped(ctx, demo_file: Path, qtbot, slow_arena) -> None:
    """The result is already on its way (queued to the GUI thread) when the window closes."""
    threads, release = slow_arena
    window = ctx.windows.open_case(new_rehearsal(demo_file))
    window.show_page("sessions")
    task = window.pages["sessions"].conductor._task
    qtbot.waitUntil(lambda: bool(threads), timeout=5000)
    release.set()
    assert task.done.wait(10.0)  # finished, its progress and result queued; no event handled since
    window.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the window and its conductor gone first
    assert _errors_while(qtbot, 300) == []
    assert ctx.tasks.running() == 0


def test_closing_the_window_while_a_what_if_runs(ctx, demo_file: Path, qtbot, monkeypatch) -> None:
    import desk.ui.pages.rehearsal_page as rehearsal_page

    release, started = threading.Event(), threading.Event()
    run = rehearsal_page.run_what_if

    def slow(*args, **kwargs):
        started.set()
        release.wait(5.0)
        return run(*args, **kwargs)

    monkeypatch.setattr(rehearsal_page, "run_what_if", slow)
    window = ctx.windows.open_case(demo_file)
    window.show_page("rehearsal")
    page = window.pages["rehearsal"]
    page.seeds.setValue(1)
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert started.wait(5.0)
    window.close()
    QApplication.processEvents()
    release.set()
    time.sleep(0.05)
    qtbot.waitUntil(lambda: ctx.tasks.running() == 0, timeout=20000)
    assert _errors_while(qtbot, 100) == []
