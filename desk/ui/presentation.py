"""Presentation mode: one switch that hides every confidential value in every window."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

#: What a hidden confidential value shows instead (● is in GB 2312, so in the bundled font).
MASK = "●●●"


class Presentation(QObject):
    """Whether confidential values (reservations, BATNAs, notes) may be shown; always off at start."""

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._active = False

    @property
    def active(self) -> bool:
        return self._active

    def set_active(self, active: bool) -> None:
        if active != self._active:
            self._active = active
            self.changed.emit(active)

    def toggle(self) -> None:
        self.set_active(not self._active)
