"""A read-only window follows the case file: when another program saves a change, the view reloads."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desk.core.errors import DeskError

#: How often the case file's audit head is read (milliseconds).
POLL_MS = 1500


class FileWatch(QObject):
    """Polls the chain head of a read-only document; a new head means another program edited the file."""

    reloaded = Signal()

    def __init__(self, doc, interval_ms: int = POLL_MS) -> None:
        super().__init__(doc)
        self.doc = doc
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> bool:
        """Reload when the file's head differs from the one the view shows; True when it did."""
        try:
            head = self.doc.service.chain_head()
        except DeskError:
            return False  # the writer is mid-commit or the file is gone: try again at the next tick
        known = self.doc.last_event
        if (head is None) == (known is None) and (head is None or (head.seq, head.digest) == (known.seq, known.hash)):
            return False
        self.doc.undo_stack.clear()
        self.doc.refresh()
        self.reloaded.emit()
        return True
