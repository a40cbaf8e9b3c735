"""One open case in a window: its service, the current snapshot, the undo stack and a change signal."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desk.core.snapshot import CaseSnapshot
from desk.services.attachments import AttachmentService
from desk.services.cases import CaseService


class CaseDocument(QObject):
    """Holds the snapshot the pages display and refreshes it after every edit."""

    changed = Signal()
    refused = Signal(str, str)  # an undo/redo step the case refused: (the step's text, why)

    def __init__(self, service: CaseService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.attachments = AttachmentService(service)
        self.undo_stack = QUndoStack(self)
        self.snapshot: CaseSnapshot = service.snapshot()
        self.last_event = None
        self._refresh_events()

    @property
    def path(self) -> Path:
        assert self.service.path is not None
        return self.service.path

    def refresh(self) -> None:
        """Read the snapshot again (after an edit) and tell the pages."""
        self.snapshot = self.service.snapshot()
        self._refresh_events()
        self.changed.emit()

    def _refresh_events(self) -> None:
        events = self.service.events()
        self.last_event = events[-1] if events else None
        self.event_count = len(events)

    def execute(self, command: QUndoCommand) -> None:
        """Run an edit command now (so its errors reach the caller) and push it on the undo stack."""
        command.first_run()  # type: ignore[attr-defined]
        self.undo_stack.push(command)
        self.refresh()

    def close(self) -> None:
        self.undo_stack.clear()
        self.service.close()
