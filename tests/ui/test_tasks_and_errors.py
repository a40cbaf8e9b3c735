"""Background task runner (progress, cancel, errors in a dialog) and the global exception hook."""
from __future__ import annotations

import sys
import time

from desk.core.errors import ValidationError
from desk.ui.interaction import ScriptedInteraction
from desk.ui.logs import ExceptionHook, setup_logging
from desk.ui.tasks import TaskCancelled, TaskRunner


def test_task_reports_progress_and_result(qtbot):
    runner = TaskRunner(ScriptedInteraction())
    steps, results = [], []

    def work(n, progress, is_cancelled):
        for i in range(n):
            progress((i + 1) / n, f"step {i}")
        return n * 2

    task = runner.run(work, 3, title="t", show_progress=False, on_done=results.append)
    task.signals.progress.connect(lambda f, m: steps.append(f))
    qtbot.waitUntil(lambda: results == [6], timeout=3000)
    assert runner.shutdown()


def test_task_can_be_cancelled(qtbot):
    runner = TaskRunner(ScriptedInteraction())
    done = []

    def work(progress, is_cancelled):
        while not is_cancelled():
            time.sleep(0.005)
        raise TaskCancelled

    task = runner.run(work, title="long", show_progress=False, on_done=done.append)
    qtbot.waitUntil(lambda: runner.running() == 1, timeout=1000)
    task.cancel()
    qtbot.waitUntil(lambda: runner.running() == 0, timeout=3000)
    assert done == [] and task.done.is_set()
    assert runner.shutdown()


def test_task_error_is_shown_in_a_dialog(qtbot):
    interaction = ScriptedInteraction()
    runner = TaskRunner(interaction)

    def work(progress, is_cancelled):
        raise ValidationError("step", "issue.step_positive", "step must be greater than zero")

    runner.run(work, title="Analyse", show_progress=False)
    qtbot.waitUntil(lambda: bool(interaction.messages), timeout=3000)
    kind, title, text = interaction.messages[0]
    assert (kind, title) == ("error", "Analyse") and text == "The step must be greater than zero."
    assert runner.shutdown()


def test_exception_hook_logs_and_shows_the_log_path(tmp_path, monkeypatch):
    monkeypatch.setenv("DESK_LOG_DIR", str(tmp_path / "logs"))
    log_path = setup_logging()
    shown = []
    hook = ExceptionHook(log_path, lambda message, path: shown.append((message, path)))
    hook.install()
    try:
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        hook.uninstall()
    assert shown == [("RuntimeError: boom", str(log_path))]
    assert "boom" in log_path.read_text(encoding="utf-8")
