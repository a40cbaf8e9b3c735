"""The one door between the UI and an open case: operations in, an immutable read model and change kinds out.

Every user action is an :class:`~desk.services.operations.Operation` run by :meth:`CaseDocument.run`
(one transaction; slow ones on the database worker with progress and cancel). The document then
holds the new :class:`~desk.services.case_state.CaseState` (only the parts the operation's
``Changes`` name are read again, in the same transaction) and emits ``changed(Changes)``; pages
render from ``doc.state`` and subscribe to the kinds they show (:mod:`desk.ui.page_refresh`).
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desk.core.changes import Changes, Kind
from desk.core.errors import DeskError
from desk.core.events import Event
from desk.core.snapshot import CaseSnapshot
from desk.services.attachments import AttachmentService
from desk.services.bargaining import BargainingService
from desk.services.case_state import CaseState
from desk.services.cases import CaseService, read_only_error
from desk.services.operations import Operation, read_state, run_operation
from desk.ui.file_watch import FileWatch

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desk.services.agreement_workflow import AgreementService
    from desk.services.frontier_view import FrontierViewService
    from desk.ui.tasks import Task, TaskRunner

T = TypeVar("T")


class CaseDocument(QObject):
    """Runs the operations of one case and holds what its pages show."""

    changed = Signal(object)  # Changes: the kinds the last operation (or reload) touched
    refused = Signal(str, str)  # an undo/redo step the case refused: (the step's text, why)

    def __init__(self, service: CaseService, tasks: TaskRunner | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.tasks = tasks
        self.attachments = AttachmentService(service)
        self.bargaining = BargainingService(service)
        self._agreements: AgreementService | None = None
        self._views: FrontierViewService | None = None
        self.undo_stack = QUndoStack(self)
        self.state: CaseState = read_state(service)
        #: Opened while another program edits the file: nothing can be changed, the view follows the file.
        self.readonly = service.readonly
        self.watch = FileWatch(self) if self.readonly else None

    # -- what the pages read -------------------------------------------------------------------
    @property
    def path(self) -> Path:
        assert self.service.path is not None
        return self.service.path

    @property
    def snapshot(self) -> CaseSnapshot:
        """The case's preparation data as stored (the secretariat's view; ``state.shown`` is the screen's)."""
        return self.state.snapshot

    @property
    def last_event(self) -> Event | None:
        return self.state.audit.last

    @property
    def event_count(self) -> int:
        return self.state.audit.count

    @property
    def agreements(self) -> AgreementService:
        """The agreement use cases (built on first use: they import the PDF and signing stack)."""
        if self._agreements is None:
            from desk.services.agreement_workflow import AgreementService

            self._agreements = AgreementService(self.service)
        return self._agreements

    @property
    def views(self) -> FrontierViewService:
        """The case's analysis (frontier, solutions, chart data) with its cache, shared by every page."""
        if self._views is None:
            from desk.services.frontier_view import FrontierViewService

            self._views = FrontierViewService()
        return self._views

    # -- the door --------------------------------------------------------------------------------
    def run(self, op: Operation[T]) -> T:
        """Run a quick operation now, on this thread, in one transaction; errors reach the caller and change
        nothing. Returns its result after the state is updated and the pages are told."""
        result, state = run_operation(self.service, op, self.state)
        assert state is not None
        self._publish(state, op.changes)
        return result

    def run_slow(self, op: Operation[T], title: str, parent: QWidget | None = None,
                 on_done: Callable[[T], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None) -> Task:
        """Run ``op`` on the database worker with a progress dialog and cancel; the state is updated (on this
        thread) before ``on_done(result)``. A cancelled operation changes nothing and shows only a status line."""
        assert self.tasks is not None, "a document without a task runner runs operations with run()"
        service = self.service

        def work(progress, is_cancelled) -> T:
            return run_operation(service, op, None, progress, is_cancelled)[0]

        def done(result: T) -> None:
            self.reload(op.changes)
            if on_done is not None:
                on_done(result)

        return self.tasks.run(work, title=title, parent=parent, on_done=done, on_error=on_error, database=True)

    def execute(self, command: QUndoCommand) -> None:
        """Run an edit command's first step as one operation (errors reach the caller) and push it on the
        undo stack; undo and redo run operations too. Refused in a read-only window."""
        if self.readonly:
            raise read_only_error(self.path)
        self.run(Operation.of(command.first_run, *command.kinds))  # type: ignore[attr-defined]
        self.undo_stack.push(command)

    def execute_slow(self, command: QUndoCommand, title: str, parent: QWidget | None = None,
                     on_done: Callable[[QUndoCommand], None] | None = None,
                     on_error: Callable[[BaseException], None] | None = None) -> None:
        """:meth:`execute` for an edit whose first step is slow (e.g. reading and storing a file): that step
        runs on the database worker with progress; the command is pushed on the undo stack once it succeeded,
        then ``on_done(command)``. Errors go to ``on_error`` and change nothing. Without a task runner (a
        document opened by a script or a test) the step runs here."""
        if self.readonly:
            raise read_only_error(self.path)
        op = Operation.of(command.first_run, *command.kinds, slow=True)  # type: ignore[attr-defined]

        def done(_result: object) -> None:
            self.undo_stack.push(command)
            if on_done is not None:
                on_done(command)

        if self.tasks is not None:
            self.run_slow(op, title, parent, on_done=done, on_error=on_error)
            return
        try:
            self.run(op)
        except DeskError as exc:
            if on_error is None:
                raise
            on_error(exc)
            return
        done(None)

    def reload(self, changes: Changes = Changes.everything()) -> None:
        """Read the parts ``changes`` names again (everything by default: after a change made outside this
        window, e.g. another writer) and tell the pages."""
        self._publish(read_state(self.service, changes, self.state), changes)

    def refresh(self, changes: Changes = Changes.everything()) -> None:
        """Same as :meth:`reload` (the name older callers use)."""
        self.reload(changes)

    def set_presenting(self, presenting: bool) -> None:
        """Switch the read model between the secretariat's view and the projector's (no query)."""
        state = self.state.presented(presenting)
        if state is not self.state:
            self._publish(state, Changes(frozenset({Kind.PRESENTATION})))

    def _publish(self, state: CaseState, changes: Changes) -> None:
        self.state = state
        self.changed.emit(changes)

    def close(self) -> None:
        if self.watch is not None:
            self.watch.timer.stop()
        self.undo_stack.clear()
        self.service.close()

