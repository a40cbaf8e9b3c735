"""Playing a rehearsal in its window: one conductor per played rehearsal's document, the Sessions page's steps
guarded by it and primed for the user's move, and the rehearsal strip in the window's toolbar (every view)."""
from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from desk.core.errors import DeskError
from desk.core.rehearsal.files import is_sandbox
from desk.core.rehearsal.protocol import Action
from desk.ui.case_document import CaseDocument
from desk.ui.context import AppContext

if TYPE_CHECKING:
    from desk.ui.pages.rehearsal.conductor import Conductor
    from desk.ui.pages.sessions_page import SessionsPage

_CONDUCTORS: weakref.WeakKeyDictionary[CaseDocument, Conductor | None] = weakref.WeakKeyDictionary()


def conductor_for(ctx: AppContext, doc: CaseDocument, owner: QObject | None = None) -> Conductor | None:
    """The conductor of a played rehearsal's document (made on first use, a child of ``owner``: the window,
    so its timer dies with it), None for any other case file."""
    if doc in _CONDUCTORS:
        return _CONDUCTORS[doc]
    conductor = None
    if is_sandbox(doc.path):
        from desk.services.rehearsal_game import read_settings
        from desk.ui.pages.rehearsal.conductor import Conductor

        try:
            settings = read_settings(doc.path)
        except DeskError:
            settings = None  # damaged settings: the file opens as a record to read; the strip says nothing
        if settings is not None:  # an agents-only run kept as a file has none: nothing to play
            conductor = Conductor(doc, settings, ctx.language, owner)
    _CONDUCTORS[doc] = conductor
    return conductor


def attach_to_sessions(ctx: AppContext, page: SessionsPage) -> Conductor | None:
    """Guard the page's steps by the rehearsal's turns and ready the page for each move of the user's."""
    conductor = conductor_for(ctx, page.doc)
    if conductor is None:
        return None
    page.panel.wrap = conductor.wrap
    Primer(page, conductor)
    return conductor


class Primer(QObject):
    """Readies the Sessions page for the move the game waits for: the proposal to answer selected and the
    party the user plays chosen to answer it, or chosen as the editor's author (a child of the page: it goes
    with it)."""

    def __init__(self, page: SessionsPage, conductor: Conductor) -> None:
        super().__init__(page)
        self.page, self.conductor = page, conductor
        self.primed: Action | None = None
        conductor.changed.connect(self.schedule)
        self.schedule()

    def schedule(self) -> None:
        QTimer.singleShot(0, self, self.prime)  # after the page has shown the record that changed

    def prime(self) -> None:
        conductor, page = self.conductor, self.page
        game, action = conductor.game, conductor.action
        if game is None or action is None or conductor.agents_to_act() or action == self.primed:
            return
        self.primed = action
        party_id = game.party_ids[action.party]
        if action.kind == "answer":
            page.panel.select_proposal(game.proposal_ids[action.proposal])
            page.panel.answer_party.setCurrentIndex(max(0, page.panel.answer_party.findData(party_id)))
        else:
            page.editor.set_author(party_id)


def rehearsal_strip(ctx: AppContext, window: QWidget, doc: CaseDocument) -> QWidget | None:
    """The strip for the toolbar of a played rehearsal's window (None for any other case file)."""
    conductor = conductor_for(ctx, doc, window)
    if conductor is None:
        return None
    from desk.ui.pages.rehearsal.strip import RehearsalStrip

    return RehearsalStrip(ctx, window, doc, conductor)
