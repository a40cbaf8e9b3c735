"""Computing chart data in the background task runner: the latest request wins, older ones are cancelled."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from desk.core.analytics.errors import Cancelled
from desk.core.bargaining import BargainingRecord
from desk.core.snapshot import CaseSnapshot
from desk.services.frontier_view import ChartData, FrontierViewService
from desk.ui.tasks import Task, TaskRunner, describe_error


class ChartJob(QObject):
    """Runs :meth:`FrontierViewService.chart_data` off the main thread and reports by signal."""

    started = Signal()
    progress = Signal(float, str)
    ready = Signal(object)  # ChartData
    failed = Signal(str)
    idle = Signal()

    def __init__(self, runner: TaskRunner | None, views: FrontierViewService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner, self.views = runner, views
        self.task: Task | None = None
        self._generation = 0

    def request(self, snapshot: CaseSnapshot, record: BargainingRecord | None, party_ids: Sequence[str]) -> None:
        """Compute for these inputs; a request still running is cancelled and its result dropped."""
        self.cancel()
        self._generation += 1
        generation = self._generation
        if self.runner is None:  # no runner (a bare widget in a test): compute here
            self._deliver(generation, self.views.chart_data(snapshot, record, list(party_ids)))
            return
        self.started.emit()
        # every callback is connected before the task starts (connected after, a quick task's reports were lost)
        self.task = self.runner.run(self.views.chart_data, snapshot, record, list(party_ids), show_progress=False,
                                    on_done=lambda data: self._deliver(generation, data),
                                    on_error=lambda exc: self._fail(generation, exc),
                                    on_progress=self._progress(generation),
                                    on_cancelled=lambda: self._cancelled(generation))

    def _progress(self, generation: int) -> Callable[[float, str], None]:
        def forward(fraction: float, message: str) -> None:
            # queued: a window closed while its chart was computing is gone before the progress arrives
            if isValid(self) and generation == self._generation:
                self.progress.emit(fraction, message)
        return forward

    def running(self) -> bool:
        return self.task is not None and not self.task.done.is_set()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None

    def _deliver(self, generation: int, data: ChartData) -> None:
        # a window closed while its chart was computing: the job is gone, nobody waits for the result
        if isValid(self) and generation == self._generation:
            self.task = None
            self.ready.emit(data)
            self.idle.emit()

    def _fail(self, generation: int, exc: BaseException) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self.task = None
        if not isinstance(exc, Cancelled):
            self.failed.emit(describe_error(exc))
        self.idle.emit()

    def _cancelled(self, generation: int) -> None:
        # queued: a window closed while its chart was computing cancels the task and is gone by now
        if isValid(self) and generation == self._generation:
            self.idle.emit()
