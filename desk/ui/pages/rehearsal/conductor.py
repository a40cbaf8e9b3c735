"""Plays the agents of a rehearsal opened in its window: replays the record, answers after the pause, guards turns.

The conductor belongs to the case document of a played rehearsal's sandbox. The game's arena (its
exact frontier: about a second for a large five-party case) is computed once per profile state on the
task runner, with progress (the strip shows it; the game waits meanwhile). After every change of the
bargaining record it replays the game (:func:`desk.services.rehearsal_game.load_game`, fast with the arena);
when an agent is to act it starts a single-shot QTimer for the pause (never blocking the GUI
thread) and then records the agents' moves as one :class:`AgentReply`, merged on the undo stack
into the user's move it answers. The user's own steps from the Sessions page pass through
:meth:`Conductor.wrap`, which refuses a step out of turn with a one-line reason.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand
from shiboken6 import isValid

from desk.core.analytics.model import Model
from desk.core.changes import Kind
from desk.core.errors import DeskError
from desk.core.language import text_language
from desk.core.rehearsal.arena import Arena
from desk.core.rehearsal.errors import RehearsalError
from desk.core.rehearsal.game import GameSettings
from desk.core.rehearsal.protocol import MEDIATOR, Action
from desk.core.rehearsal.replay import agent_moves
from desk.services.frontier_view import model_fingerprint
from desk.services.operations import Operation
from desk.services.rehearsal_game import Game, load_game, prepare_arena, read_passes, write_passes, write_settings
from desk.ui.bargaining_commands import AnswerProposal, EditSession, TableProposal
from desk.ui.case_document import CaseDocument
from desk.ui.pages.rehearsal.turn_commands import AgentReply, Pass, Turn
from desk.ui.tasks import Task, describe_error

#: Kinds of change after which the game is replayed (the record, or the profiles the agents use).
REPLAY_KINDS = (Kind.BARGAINING, Kind.PARTIES, Kind.ISSUES, Kind.DEMANDS)


class Conductor(QObject):
    """The agents' side of one played rehearsal; ``changed`` after every replay (the bar shows whose turn) and
    with each step of the arena's progress (``preparing``: its fraction while it is computed, else None)."""

    changed = Signal()

    def __init__(self, doc: CaseDocument, settings: GameSettings, language: str = "zh",
                 parent: QObject | None = None) -> None:
        super().__init__(parent or doc)
        self.doc, self.settings, self.language = doc, settings, language
        self.game: Game | None = None
        self.problem = ""
        self.passes: set[tuple[int, int]] = set()  # (round, party index) the user let go, kept beside the file
        try:
            self._stored_passes = read_passes(doc.path)
        except DeskError as exc:
            self._stored_passes, self.problem = set(), describe_error(exc)
        self._model: tuple[str, Model] | None = None
        self._arena: tuple[str, Arena] | None = None
        self._failed: tuple[str, str] | None = None  # (model key, message): an arena that could not be built
        self.preparing: float | None = None
        self._task: Task | None = None
        self._task_key = ""
        self._generation = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.reply)
        doc.changed.connect(self._doc_changed)
        self.sync()

    # -- the game ----------------------------------------------------------------------------------
    @property
    def action(self) -> Action | None:
        """What the game waits for (None: ended, or the record cannot be played)."""
        return None if self.game is None else self.game.negotiation.next_action()

    @property
    def finished(self) -> bool:
        return self.game is not None and self.game.negotiation.finished

    def agents_to_act(self) -> bool:
        action = self.action
        return action is not None and (action.party == MEDIATOR or action.party in self.game.negotiation.agents)

    def sync(self) -> None:
        """Replay the record; start the pause when the agents are to act, stop it when they are not."""
        try:
            self.game = self._load()
            self.problem = ""
        except DeskError as exc:
            self.game, self.problem = None, describe_error(exc)
        if self._round_behind():  # the secretariat's part: the next round opens at once
            self.timer.start(0)
        elif self.agents_to_act() or self._round_left_open():
            if not self.timer.isActive():
                self.timer.start(self.settings.pause_ms)
        else:
            self.timer.stop()
        self.changed.emit()

    def _load(self) -> Game | None:
        """The game at the record's turn; None while its arena is computed in the background (started here)."""
        state = self.doc.state
        from desk.services.rehearsal import model_of_snapshot

        model = model_of_snapshot(state.snapshot)
        key = model_fingerprint(model)
        if self._model is None or self._model[0] != key:
            self._model = (key, model)
        model = self._model[1]
        if self._stored_passes:  # passes of an earlier window, by party id
            keys = [model.profiles[p].key for p in model.frontier]
            self.passes |= {(r, keys.index(pid)) for r, pid in self._stored_passes if pid in keys}
            self._stored_passes = set()
        if self._arena is None or self._arena[0] != key:
            if self._failed is not None and self._failed[0] == key:
                raise RehearsalError(self._failed[1])
            if self.doc.tasks is not None:
                self._prepare(key, model)
                return None
            self._arena = (key, prepare_arena(model, self.settings))  # no task runner (a bare document)
        self._cancel()
        return load_game(state.snapshot, state.record, self.settings, self.passes, model, self._arena[1])

    # -- the arena, in the background ------------------------------------------------------------------
    def _prepare(self, key: str, model: Model) -> None:
        """Compute the arena of ``model`` on the task runner (unless it is being computed already)."""
        if self._task is not None and self._task_key == key:
            return
        self._cancel()
        self._generation += 1
        generation = self._generation
        self.preparing, self._task_key = 0.0, key
        self._task = self.doc.tasks.run(prepare_arena, model, self.settings, show_progress=False,
                                        on_done=lambda arena: self._arena_ready(generation, key, arena),
                                        on_error=lambda exc: self._arena_failed(generation, key, exc),
                                        on_progress=self._progress(generation))
        self.destroyed.connect(self._task.cancel)  # the window closed meanwhile: stop computing

    def _progress(self, generation: int) -> Callable[[float, str], None]:
        def forward(fraction: float, _message: str) -> None:
            # queued: the rehearsal's window may have closed (and this conductor gone) before it arrives
            if isValid(self) and generation == self._generation and self.preparing is not None:
                self.preparing = fraction
                self.changed.emit()
        return forward

    def _arena_ready(self, generation: int, key: str, arena: Arena) -> None:
        if not isValid(self) or generation != self._generation:
            return  # the window closed, or the profiles changed again: a newer arena is on its way
        self._task, self.preparing, self._arena = None, None, (key, arena)
        self.sync()

    def _arena_failed(self, generation: int, key: str, exc: BaseException) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self._task, self.preparing, self._failed = None, None, (key, describe_error(exc))
        self.sync()

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._generation += 1
        self._task, self.preparing = None, None

    def _round_left_open(self) -> bool:
        """Ended without agreement while the last round is still open: the agents close it (its minutes)."""
        game = self.game
        return (game is not None and game.negotiation.finished and game.negotiation.agreement is None
                and game.open_round is not None)

    def _round_behind(self) -> bool:
        """The user is to table in a round the record has not opened yet (the last round ended on an answer)."""
        game, action = self.game, self.action
        if game is None or action is None or action.kind != "table" or self.agents_to_act():
            return False
        current = game.open_round
        return current is None or current.number < game.negotiation.round

    def _doc_changed(self, changes) -> None:
        if any(kind in changes for kind in REPLAY_KINDS):
            self.sync()

    def reply(self) -> None:
        """The agents act now (the pause is over): their moves recorded until the user must act again."""
        if self.doc.readonly:
            return
        try:
            game = self._load()
        except DeskError:
            return
        if game is None:  # the arena is being computed: the agents act once it is there
            return
        self.game = game
        behind = self._round_behind()
        moves = agent_moves(game.negotiation)
        n = game.negotiation
        if not moves and not behind and not (n.finished and n.agreement is None and game.open_round is not None):
            return
        lang = text_language(self.language)
        close = n.finished and n.agreement is None
        reply = AgentReply(self.doc, game, moves, close, lang, None if n.finished else n.round)
        stack = self.doc.undo_stack
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        try:
            if isinstance(top, Turn) and top.awaiting:
                self.doc.execute(reply)  # merged into the user's move it answers: one undo step
            else:  # the agents open the game: nothing of the user's to undo with it
                self.doc.run(Operation.of(reply.first_run, *reply.kinds))
        except DeskError as exc:
            self.problem = describe_error(exc)
            self.changed.emit()

    # -- the user's steps ----------------------------------------------------------------------------
    def wrap(self, command: QUndoCommand) -> QUndoCommand:
        """The user's step from the Sessions page as a turn the agents' replies join; refused out of turn."""
        if isinstance(command, EditSession):
            return command
        action, game = self.action, self.game
        if game is None and self.preparing is not None:
            raise RehearsalError(self.tr("Wait: the rehearsal is being prepared (its exact frontier is being "
                                         "computed)."))
        if game is None:
            raise RehearsalError(self.problem or self.tr("The rehearsal cannot go on."))
        if action is None:
            raise RehearsalError(self.tr("The rehearsal has ended: see the debrief, or start a new rehearsal."))
        if self.agents_to_act() or self._round_behind():
            raise RehearsalError(self.tr("Wait: %1 is about to answer.").replace("%1", self.party_name(action.party)))
        if isinstance(command, TableProposal):
            index = game.party_index(command.args[1])
            if action.kind != "table" or index != action.party:
                raise RehearsalError(self._expected(action))
            return Turn(self.doc, command.text(), [command])
        if isinstance(command, AnswerProposal):
            proposal_id, party_id, _kind, _comment, _package = command.args  # a counter: the agents answer it
            index = game.party_index(party_id)
            if (action.kind != "answer" or index != action.party
                    or game.proposal_ids[action.proposal] != proposal_id):
                raise RehearsalError(self._expected(action))
            return Turn(self.doc, command.text(), [command])
        raise RehearsalError(self.tr("In a rehearsal the rounds are opened and closed for you. %1")
                             .replace("%1", self._expected(action)))

    def pass_turn(self) -> None:
        """The user lets the current tabling slot go (undoable with the agents' replies)."""
        action = self.action
        if action is None or action.kind != "table" or self.agents_to_act():
            return
        slot = (self.game.negotiation.round, action.party)
        self.doc.execute(Turn(self.doc, self.tr("Pass"), [Pass(self.doc, self.passes, slot, self.save_passes)]))

    def save_passes(self) -> None:
        """Keep the passes beside the sandbox, so that a pass the agents have not answered yet outlives the window."""
        keys = self.game.party_ids if self.game is not None else ()
        try:
            write_passes(self.doc.path, {(r, keys[k]) for r, k in self.passes if 0 <= k < len(keys)})
        except (OSError, DeskError) as exc:
            raise RehearsalError(self.tr("The pass cannot be kept beside the rehearsal (%1).").replace(
                "%1", describe_error(exc))) from None

    def set_pause(self, milliseconds: int) -> None:
        """A new pause for the agents' next replies, kept in the rehearsal's settings."""
        self.settings = replace(self.settings, pause_ms=milliseconds).validate()
        try:
            write_settings(self.doc.path, self.settings)
        except (OSError, DeskError):
            pass  # the pause still holds for this window; the file keeps the former one
        if self.timer.isActive():
            self.timer.start(milliseconds)

    # -- words -------------------------------------------------------------------------------------------
    def party_name(self, index: int) -> str:
        if index == MEDIATOR:
            return self.tr("the mediator")
        return self.game.negotiation.arena.names[index] if self.game is not None else "?"

    def _expected(self, action: Action) -> str:
        who = self.party_name(action.party)
        if action.kind == "table":
            return self.tr("It is %1's turn to table a proposal (or pass).").replace("%1", who)
        author = self.party_name(self.game.negotiation.proposals[action.proposal].author)
        return self.tr("It is %1's turn to answer the proposal of %2.").replace("%1", who).replace("%2", author)
