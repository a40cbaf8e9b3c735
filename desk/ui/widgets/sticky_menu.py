"""A menu of check boxes that stays open while they are ticked (choosing several parties in one go)."""
from __future__ import annotations

from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QMenu


class StickyMenu(QMenu):
    """Clicking a checkable action toggles it and leaves the menu open; other actions close it as usual."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.actionAt(event.position().toPoint())
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()  # toggles and emits toggled/triggered, without closing the menu
            return
        super().mouseReleaseEvent(event)
