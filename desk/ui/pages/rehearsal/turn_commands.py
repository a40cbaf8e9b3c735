"""Undo steps of a played rehearsal: the user's move and the agents' replies to it are one step.

The user's move is pushed as a :class:`Turn` open to replies; when the agents answer (at once
or after the pause) their moves are pushed as an :class:`AgentReply`, which Qt merges into the
open turn (same ``id``). Undo then takes back the agents' replies and the user's move together,
in one transaction; redo puts them all back.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desk.core.changes import Kind
from desk.core.enums import ResponseKind
from desk.core.rehearsal.protocol import MEDIATOR
from desk.core.rehearsal.replay import Move
from desk.services.bargaining import BargainingService
from desk.services.rehearsal_game import Game
from desk.ui.bargaining_commands import AnswerProposal, CloseRound, OpenRound, TableProposal
from desk.ui.case_document import CaseDocument
from desk.ui.undo_commands import ServiceCommand

#: The undo stack merges an agent reply into the turn it answers by this id.
TURN_ID = 0x5245


class Turn(ServiceCommand):
    """Steps run (and undone) together; ``awaiting``: a user's move the agents have not answered yet."""

    kinds = (Kind.BARGAINING,)

    def __init__(self, doc: CaseDocument, text: str, steps: Sequence[ServiceCommand] = (),
                 awaiting: bool = True) -> None:
        super().__init__(doc, text)
        self.steps = list(steps)
        self.awaiting = awaiting

    def apply(self) -> None:
        for step in self.steps:
            step.apply()

    def revert(self) -> None:
        for step in reversed(self.steps):
            step.revert()

    def id(self) -> int:
        return TURN_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (self.awaiting and isinstance(other, AgentReply)):
            return False
        self.steps += other.steps
        self.awaiting = False
        return True


class Pass(ServiceCommand):
    """The user lets a tabling slot go: the record shows it only once the agents reply (their later moves), so
    the pass is kept by ``save`` beside the sandbox at once — closing the window loses nothing."""

    kinds = (Kind.BARGAINING,)

    def __init__(self, doc: CaseDocument, passes: set[tuple[int, int]], slot: tuple[int, int],
                 save: Callable[[], None] = lambda: None) -> None:
        super().__init__(doc, QCoreApplication.translate("RehearsalTurns", "Pass"))
        self.passes, self.slot, self.save = passes, slot, save

    def apply(self) -> None:
        self.passes.add(self.slot)
        try:
            self.save()
        except BaseException:
            self.passes.discard(self.slot)
            raise

    def revert(self) -> None:
        self.passes.discard(self.slot)
        try:
            self.save()
        except BaseException:
            self.passes.add(self.slot)
            raise


class AgentReply(Turn):
    """The agents' moves until the user must act again, recorded as the ordinary bargaining steps."""

    def __init__(self, doc: CaseDocument, game: Game, moves: Sequence[Move], close_at_end: bool, lang: str,
                 open_to: int | None = None, minutes_note: Callable[[], str] = str) -> None:
        super().__init__(doc, QCoreApplication.translate("RehearsalTurns", "The agents' replies"), awaiting=False)
        self.game, self.moves, self.close_at_end, self.lang = game, list(moves), close_at_end, lang
        self.open_to = open_to
        self.minutes_note = minutes_note

    def first_run(self) -> None:
        """Record the moves one by one (a new round's id is known only once it is opened)."""
        game, bargaining = self.game, BargainingService(self.doc.service)
        current = game.open_round
        for move in self.moves:
            if move.kind == "table":
                if current is None or current.number < move.round:
                    if current is not None:
                        self._run(CloseRound(self.doc, bargaining, current.id, self.minutes_note(), self.lang))
                    current = self._run(OpenRound(self.doc, bargaining, game.session.id))
                author = game.mediator_id if move.party == MEDIATOR else game.party_ids[move.party]
                made = self._run(TableProposal(self.doc, bargaining, current.id, author, game.package(move.choice),
                                               ""))
                game.proposal_ids.append(made.id)
            else:
                kind = ResponseKind.ACCEPT if move.accept else ResponseKind.REJECT
                self._run(AnswerProposal(self.doc, bargaining, game.proposal_ids[move.proposal],
                                         game.party_ids[move.party], kind, ""))
        if self.close_at_end and current is not None and not current.is_closed:
            self._run(CloseRound(self.doc, bargaining, current.id, self.minutes_note(), self.lang))
        while self.open_to is not None and (current is None or current.number < self.open_to):
            if current is not None:  # the user tables next, in a round the record has not opened yet
                self._run(CloseRound(self.doc, bargaining, current.id, self.minutes_note(), self.lang))
            current = self._run(OpenRound(self.doc, bargaining, game.session.id))
        self._skip_redo = True

    def _run(self, step: ServiceCommand):
        step.apply()
        self.steps.append(step)
        return getattr(step, "made", None)
