"""Selective refresh: a page names the kinds of change it shows and renders from ``doc.state``.

A visible page renders as soon as an operation touches one of its kinds; a hidden one only
remembers that it is stale and renders when it is shown (napari's evented models, anki's
``OpChanges`` handlers); only the presentation switch renders every page at once. Rendering never
queries: everything is in the read model.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from desk.core.changes import Changes, Kind
from desk.ui.case_document import CaseDocument


class Subscription(QObject):
    """Calls ``render()`` now, after every change of ``kinds`` while ``page`` is visible, and when it is shown
    again after changes it missed."""

    def __init__(self, page: QWidget, doc: CaseDocument, kinds: Iterable[Kind], render: Callable[[], None]) -> None:
        super().__init__(page)
        self.page, self.render = page, render
        self.kinds = frozenset(kinds)
        self.stale = False
        self.renders = 0
        doc.changed.connect(self._changed)
        page.installEventFilter(self)
        self._render()

    def visible(self) -> bool:
        """Shown in its window (a page behind another in the window's stack is not); a page that is its own
        window (a test, a preview) counts as shown: nothing else would ever show it."""
        window = self.page.window()
        return window is self.page or self.page.isVisibleTo(window)

    def _changed(self, changes: Changes) -> None:
        if not changes.touches(self.kinds):
            return
        # a switch to or from presentation mode renders hidden pages too: no confidential value may stay
        # in any widget (tooltips, models) once the projector is on — it costs no query
        if self.visible() or Kind.PRESENTATION in changes:
            self._render()
        else:
            self.stale = True

    def _render(self) -> None:
        self.stale = False
        self.renders += 1
        self.render()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.stale and event.type() in (QEvent.Type.Show, QEvent.Type.ShowToParent):
            self._render()
        return False


def subscribe(page: QWidget, doc: CaseDocument, kinds: Iterable[Kind], render: Callable[[], None]) -> Subscription:
    """Render ``page`` from the document's state whenever ``kinds`` change (see :class:`Subscription`)."""
    return Subscription(page, doc, kinds, render)
