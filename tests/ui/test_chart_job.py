"""The chart job: a cancellation still queued when its window closed is dropped once the job is gone."""
from __future__ import annotations

import sys
import threading
from types import SimpleNamespace

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication
from shiboken6 import delete


class _Signals(QObject):
    progress = Signal(float, str)
    cancelled = Signal()


class _Task:
    def __init__(self) -> None:
        self.signals, self.done = _Signals(), threading.Event()

    def cancel(self) -> None:
        self.signals.cancelled.emit()  # as the runner does: queued to the job


class _Runner:
    """Connects the callbacks to the task's signals, queued, as the real runner does."""

    def run(self, *_args, on_progress=None, on_cancelled=None, **_kwargs) -> _Task:
        self.task = _Task()
        if on_progress is not None:
            self.task.signals.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
        if on_cancelled is not None:
            self.task.signals.cancelled.connect(on_cancelled, Qt.ConnectionType.QueuedConnection)
        return self.task


def test_a_cancellation_arriving_after_the_job_is_deleted_is_dropped(qapp):
    from desk.ui.chart_job import ChartJob

    runner = _Runner()
    job = ChartJob(runner, SimpleNamespace(chart_data=None))  # type: ignore[arg-type]
    job.request(None, None, [])  # type: ignore[arg-type]
    task = runner.task
    job.cancel()  # the window closing: the cancellation is queued ...
    delete(job)  # ... and the job is gone before it arrives
    errors: list[BaseException] = []
    hook, sys.excepthook = sys.excepthook, lambda _kind, exc, _tb: errors.append(exc)
    try:
        QApplication.processEvents()
    finally:
        sys.excepthook = hook
    assert errors == [] and not task.done.is_set()


class _FinishingRunner(_Runner):
    def run(self, *_args, on_done=None, on_error=None, **kwargs) -> _Task:
        self.on_done, self.on_error = on_done, on_error
        return super().run(**kwargs)


def test_a_result_arriving_after_the_window_closed_is_dropped(qapp):
    """A window closed while its chart was computing (seen closing a rehearsal's window): the finished
    task's result reaches a job that is gone, and nothing is raised."""
    from desk.ui.chart_job import ChartJob

    runner = _FinishingRunner()
    job = ChartJob(runner, SimpleNamespace(chart_data=None))  # type: ignore[arg-type]
    job.request(None, None, [])  # type: ignore[arg-type]
    delete(job)  # the window and its chart job are gone; the worker still finishes
    runner.on_done(object())
    runner.on_error(RuntimeError("late"))


def test_progress_arriving_after_the_window_closed_is_dropped(qapp):
    """Seen in CI closing a rehearsal's window: the worker's progress was queued to a job already deleted
    and emitting from it raised "Signal source has been deleted" in the event loop."""
    from desk.ui.chart_job import ChartJob

    runner = _Runner()
    job = ChartJob(runner, SimpleNamespace(chart_data=None))  # type: ignore[arg-type]
    job.request(None, None, [])  # type: ignore[arg-type]
    runner.task.signals.progress.emit(0.5, "half")  # queued to the job ...
    delete(job)  # ... which is gone before it arrives
    errors: list[BaseException] = []
    hook, sys.excepthook = sys.excepthook, lambda _kind, exc, _tb: errors.append(exc)
    try:
        QApplication.processEvents()
    finally:
        sys.excepthook = hook
    assert errors == []


def test_the_runner_hands_over_a_report_made_the_moment_the_task_starts(qapp, qtbot):
    """Progress and cancellation callbacks are connected before the task starts: a task that reports and is
    cancelled at once (a small chart) still reaches its callbacks (connected after, such reports were lost)."""
    from desk.core.analytics.errors import Cancelled
    from desk.ui.interaction import ScriptedInteraction
    from desk.ui.tasks import TaskRunner

    runner = TaskRunner(ScriptedInteraction())
    seen: list[object] = []

    def quick(*, progress, is_cancelled):
        progress(0.5, "half")
        raise Cancelled("stopped")

    runner.run(quick, show_progress=False, on_progress=lambda f, m: seen.append((f, m)),
               on_cancelled=lambda: seen.append("cancelled"))
    qtbot.waitUntil(lambda: "cancelled" in seen, timeout=5000)
    assert seen == [(0.5, "half"), "cancelled"]
