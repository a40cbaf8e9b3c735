"""Background task runner: a service function in a worker thread with progress, cancel and error dialog.

The function receives two keyword arguments, the progress protocol shared with the CLI:
``progress(fraction, message)`` and ``is_cancelled() -> bool``. Its result (or exception)
comes back to the main thread by signal.
"""
from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desk.core.analytics.errors import Cancelled
from desk.core.errors import DeskError
from desk.ui.interaction import Interaction
from desk.ui.validation_text import error_text

log = logging.getLogger("desk.tasks")


#: What a task function raises when it noticed ``is_cancelled()``: the core's own exception, so a cancelled
#: analysis is reported as cancelled (a status line), never as a failure.
TaskCancelled = Cancelled


class _Signals(QObject):
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()


class Task(QRunnable):
    """One run of ``fn``; connect to ``signals`` or use the callbacks given to :meth:`TaskRunner.run`."""

    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = _Signals()
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, fraction: float, message: str = "") -> None:
        self.signals.progress.emit(max(0.0, min(1.0, float(fraction))), message)

    def run(self) -> None:
        try:
            result = self.fn(*self.args, progress=self.progress, is_cancelled=self.is_cancelled, **self.kwargs)
        except TaskCancelled:
            self.signals.cancelled.emit()
        except BaseException as exc:
            self.signals.failed.emit(exc, "".join(traceback.format_exception(exc)))
        else:
            if self.is_cancelled():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)
        finally:
            self.done.set()


class TaskRunner(QObject):
    """Runs tasks on its own thread pool (database work on one worker thread of its own) and shows progress,
    cancel and errors; a cancelled task says so in ``status`` (the window's status line) and nothing else."""

    status = Signal(str)

    def __init__(self, interaction: Interaction, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self.database = QThreadPool(self)  # one writer: operations on a case never run side by side
        self.database.setMaxThreadCount(1)
        self.interaction = interaction
        self._running: set[Task] = set()

    def run(self, fn: Callable[..., Any], *args: Any, title: str = "", parent: QWidget | None = None,
            on_done: Callable[[Any], None] | None = None, on_error: Callable[[BaseException], None] | None = None,
            show_progress: bool = True, database: bool = False,
            on_progress: Callable[[float, str], None] | None = None,
            on_cancelled: Callable[[], None] | None = None, **kwargs: Any) -> Task:
        """Start ``fn(*args, progress=…, is_cancelled=…, **kwargs)``; ``on_done(result)`` runs on the main thread.
        ``database``: on the database worker thread (case operations), else on the general pool. ``on_progress``
        (queued to the main thread) and ``on_cancelled`` are connected before the task starts, so no report is
        missed."""
        task = Task(fn, args, kwargs)
        dialog = _progress_dialog(title, parent, task) if show_progress else None
        self._running.add(task)

        def finish() -> None:
            self._running.discard(task)
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()

        def succeeded(result: Any) -> None:
            finish()
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException, trace: str) -> None:
            finish()
            log.error("task %s failed\n%s", title or getattr(fn, "__name__", "?"), trace)
            if on_error is not None:
                on_error(exc)
            else:
                self.interaction.error(parent, title or self.tr("Task failed"), describe_error(exc))

        task.signals.finished.connect(succeeded, Qt.ConnectionType.QueuedConnection)
        task.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        def cancelled() -> None:
            finish()
            log.info("task %s cancelled", title or getattr(fn, "__name__", "?"))
            self.status.emit(self.tr("Cancelled: %1").replace("%1", title) if title else self.tr("Cancelled"))
            if on_cancelled is not None:
                on_cancelled()

        task.signals.cancelled.connect(cancelled, Qt.ConnectionType.QueuedConnection)
        if dialog is not None:
            task.signals.progress.connect(
                lambda fraction, message: (dialog.setValue(int(fraction * 1000)),
                                           dialog.setLabelText(message or title)),
                Qt.ConnectionType.QueuedConnection)
        if on_progress is not None:
            task.signals.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
        (self.database if database else self.pool).start(task)
        return task

    def running(self) -> int:
        return len(self._running)

    def cancel_all(self) -> None:
        for task in list(self._running):
            task.cancel()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel whatever runs and wait for the threads; True when all stopped."""
        self.cancel_all()
        return self.pool.waitForDone(timeout_ms) and self.database.waitForDone(timeout_ms)


def describe_error(exc: BaseException) -> str:
    """A short message for the user: translated for validation errors, the message for our own errors."""
    if isinstance(exc, DeskError):
        return error_text(exc)
    return f"{type(exc).__name__}: {exc}"


def _progress_dialog(title: str, parent: QWidget | None, task: Task) -> QProgressDialog:
    dialog = QProgressDialog(title, QProgressDialog.tr("Cancel"), 0, 1000, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(400)  # quick tasks never flash a dialog
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(task.cancel)
    return dialog
