"""Played rehearsals: a new game's sandbox (session, round 1, settings beside it), and a game rebuilt from its record.

A played rehearsal is a sandbox case file (:mod:`desk.services.rehearsal_sandbox`) with one
session; its settings lie beside it in ``NAME.rehearsal.json``. The game is replayed from
the sandbox's bargaining record every time it is needed (:mod:`desk.core.rehearsal.replay`),
so the file alone says where the game stands.
"""
from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from desk.core.analytics.errors import AnalysisError, CancelCheck, ProgressCallback, monitor_of
from desk.core.analytics.model import Model
from desk.core.analytics.space import OutcomeSpace
from desk.core.bargaining import BargainingRecord
from desk.core.enums import PartyRole, ResponseKind
from desk.core.issues import Value
from desk.core.output_files import write_atomically
from desk.core.rehearsal.arena import Arena
from desk.core.rehearsal.debrief import Debrief, debrief
from desk.core.rehearsal.errors import RehearsalError
from desk.core.rehearsal.files import is_sandbox, settings_path
from desk.core.rehearsal.game import GameSettings, check, prepare, start
from desk.core.rehearsal.protocol import MEDIATOR, Negotiation
from desk.core.rehearsal.replay import Recorded, replay
from desk.core.sessions import Round, Session
from desk.core.snapshot import CaseSnapshot
from desk.services.bargaining import BargainingService
from desk.services.rehearsal import model_of_snapshot


def _read_file(sandbox: Path | str) -> dict[str, Any] | None:
    """The settings file beside a sandbox as JSON (None: there is none)."""
    path = settings_path(sandbox)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RehearsalError(f"{path.name}: the rehearsal's settings cannot be read ({exc})") from None
    if not isinstance(data, dict):
        raise RehearsalError(f"{path.name}: the rehearsal's settings are damaged")
    return data


def _write_file(sandbox: Path | str, data: dict[str, Any]) -> None:
    """Write the settings file whole or not at all."""
    write_atomically(settings_path(sandbox), json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))


def read_settings(sandbox: Path | str) -> GameSettings | None:
    """The settings of a played rehearsal; None for a file that is not one (a real case, an agents-only run)."""
    if not is_sandbox(sandbox):
        return None
    data = _read_file(sandbox)
    return None if data is None else GameSettings.from_dict(data)


def write_settings(sandbox: Path | str, settings: GameSettings) -> None:
    """Write the settings beside the sandbox (a temporary file renamed over the old one; the passes kept)."""
    try:
        passes = (_read_file(sandbox) or {}).get("passes", [])
    except RehearsalError:
        passes = []
    _write_file(sandbox, {**settings.to_dict(), "passes": passes})


def read_passes(sandbox: Path | str) -> set[tuple[int, str]]:
    """The slots (round, party id) the user let go in a played rehearsal, kept beside its sandbox: a pass
    leaves nothing in the record until the agents' later moves show it, and must outlive the window."""
    data = _read_file(sandbox) or {}
    try:
        return {(int(r), str(p)) for r, p in data.get("passes", [])}
    except (TypeError, ValueError):
        raise RehearsalError(f"{settings_path(sandbox).name}: the rehearsal's passes are damaged") from None


def write_passes(sandbox: Path | str, passes: Collection[tuple[int, str]]) -> None:
    """Keep the user's passes beside the sandbox (with the settings, in the same file)."""
    data = _read_file(sandbox)
    if data is None:
        raise RehearsalError(f"{settings_path(sandbox).name}: the rehearsal's settings are missing")
    _write_file(sandbox, {**data, "passes": sorted([r, p] for r, p in passes)})


def new_game(case_path: Path | str, settings: GameSettings, title: str) -> Path:
    """A sandbox of the real case ready to play: one session titled ``title``, round 1 open, the settings beside it.

    The real case is only read. The settings are checked against the case first (a party the
    user plays must negotiate; the agents' strategies must be known)."""
    from desk.services.rehearsal_sandbox import create_sandbox, delete_rehearsal

    settings.validate()
    service = create_sandbox(case_path, "play")
    path = service.path
    try:
        snapshot = service.snapshot()
        check(model_of_snapshot(snapshot), settings)  # refuses unknown players or strategies before anything
        chair = next((p.name for p in snapshot.parties if p.role is PartyRole.MEDIATOR), "")
        bargaining = BargainingService(service)
        session = bargaining.create_session(Session(case_id=service.case_id, title=title[:200], chair=chair))
        bargaining.open_round(session.id)
    except BaseException:
        service.close()
        delete_rehearsal(path)
        raise
    service.close()
    try:
        write_settings(path, settings)
    except OSError as exc:
        delete_rehearsal(path)
        raise RehearsalError(f"the rehearsal's settings cannot be written beside {path.name} ({exc})") from None
    return path


@dataclass(slots=True)
class Game:
    """A played rehearsal as its record has it: the negotiation (at the turn the record reached), the record's
    proposal id of each negotiation proposal, the rehearsal's session and its rounds by number."""

    settings: GameSettings
    negotiation: Negotiation
    proposal_ids: list[str]
    session: Session
    rounds: dict[int, Round]
    party_ids: tuple[str, ...]
    mediator_id: str | None

    @property
    def open_round(self) -> Round | None:
        return next((r for r in self.rounds.values() if not r.is_closed), None)

    @property
    def players(self) -> tuple[int, ...]:
        """Indices of the parties the user plays."""
        return tuple(k for k, pid in enumerate(self.party_ids) if pid in self.settings.players)

    def party_index(self, party_id: str) -> int | None:
        """Index among the negotiating parties (:data:`MEDIATOR` for the mediator party), None for others."""
        if party_id == self.mediator_id:
            return MEDIATOR
        return self.party_ids.index(party_id) if party_id in self.party_ids else None

    def package(self, choice: tuple[int, ...]) -> dict[str, Value]:
        """A package to table, keyed by issue id."""
        return self.negotiation.arena.model.space.package(np.asarray(choice), by="key")

    def debrief(self) -> Debrief:
        return debrief(self.negotiation.arena, self.negotiation.outcome())


def prepare_arena(model: Model, settings: GameSettings, *, progress: ProgressCallback | None = None,
                  is_cancelled: CancelCheck | None = None) -> Arena:
    """The arena of a played rehearsal (its exact frontier: the slow part), for a background task."""
    return prepare(model, settings, monitor_of(progress, is_cancelled))


def load_game(snapshot: CaseSnapshot, record: BargainingRecord, settings: GameSettings,
              passes: Collection[tuple[int, int]] = (), model: Model | None = None, arena: Arena | None = None) -> Game:
    """The game the record of a played rehearsal stands at (``model``: the case's, when already built;
    ``arena``: :func:`prepare_arena`'s for it, when already built — else built here, which takes a while)."""
    if not record.sessions:
        raise RehearsalError("the rehearsal has no session: it was not started by “New rehearsal”")
    model = model or model_of_snapshot(snapshot)
    negotiation = start(model, settings, arena)
    session = record.sessions[0]
    rounds = {r.number: r for r in record.rounds_of(session.id)}
    numbers = {r.id: r.number for r in rounds.values()}
    party_ids = tuple(model.profiles[p].key for p in model.frontier)
    mediator = next((p.id for p in snapshot.parties if p.role is PartyRole.MEDIATOR), None)
    game = Game(settings, negotiation, [], session, rounds, party_ids, mediator)
    recorded = []
    space = model.space
    countered = {r.counter_id: r.proposal_id for r in record.responses
                 if r.kind is ResponseKind.COUNTER and r.counter_id is not None}
    for proposal in record.proposals:
        if proposal.round_id not in numbers:
            continue
        author = game.party_index(proposal.author_id)
        if author is None or (author == MEDIATOR and negotiation.mediator is None):
            raise RehearsalError(f"round {numbers[proposal.round_id]}: a proposal of a party that does not "
                                 "negotiate in this rehearsal")
        answers = {}
        for party_id, kind in record.answer_summary(proposal.id).items():
            k = game.party_index(party_id)
            if k is not None and k != MEDIATOR:
                answers[k] = kind is ResponseKind.ACCEPT
        recorded.append(Recorded(proposal.id, numbers[proposal.round_id], author,
                                 tuple(int(c) for c in nearest_choice(space, proposal.package)), answers,
                                 countered.get(proposal.id)))
    closed = {r.number for r in rounds.values() if r.is_closed}
    game.proposal_ids = replay(negotiation, recorded, closed_rounds=closed, passes=passes)
    return game


def nearest_choice(space: OutcomeSpace, package: dict[str, Value] | Any) -> np.ndarray:
    """Option indices of a package; a number between grid points counts as the nearest one."""
    try:
        return space.choice_of(package)
    except AnalysisError:
        pass
    choice = np.empty(len(space.issues), dtype=np.intp)
    for i, issue in enumerate(space.issues):
        value = package.get(issue.key)
        if value is None:
            raise RehearsalError(f"the package gives no value for issue {issue.name!r}")
        try:
            choice[i] = issue.index_of(value)
        except AnalysisError:
            if not issue.numeric or isinstance(value, str):
                raise RehearsalError(f"{value!r} is not a value of issue {issue.name!r}") from None
            choice[i] = int(np.argmin(np.abs(np.asarray(issue.values, dtype=np.float64) - float(value))))
    return choice


def report_data(game: Game, labels: dict[int, str]) -> dict[str, Any]:
    """The played game in the shape of a ``desk rehearse`` result with one run (for the debrief PDF);
    ``labels[k]`` names what party k played (the user, or its strategy)."""
    negotiation = game.negotiation
    outcome = negotiation.outcome()
    names = negotiation.arena.names
    deal = outcome.agreement
    author = None if deal is None else ("mediator" if deal.author == MEDIATOR else names[deal.author])
    run = {"seed": game.settings.seed, "agreement": deal is not None, "rounds": outcome.rounds,
           "proposed_by": author, "package": None if deal is None else
           negotiation.arena.model.space.package(np.asarray(deal.choice)),
           "strategies": [labels.get(k, negotiation.agents[k].label if k in negotiation.agents else "")
                          for k in range(len(names))],
           "debrief": game.debrief().to_dict()}
    return {"parties": list(names), "rounds": negotiation.deadline, "runs": [run]}
