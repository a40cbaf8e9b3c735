"""A rehearsal the user plays: its settings, and the negotiation they set up (agents, seating, perturbation).

The settings are what the "new rehearsal" dialog asks: the parties the user plays, every
other negotiating party's strategy, the deadline in rounds, the seed, the perturbation range,
whether a mediator tables texts, and the pause before the agents answer. Given the same model
and settings, :func:`start` builds the same negotiation (same seating order, same perturbed
profiles): a rehearsal is replayed from its record, never stored as live state.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from desk.core.analytics.errors import Monitor
from desk.core.analytics.model import Model
from desk.core.rehearsal.agents import Mediator, make_agent
from desk.core.rehearsal.arena import Arena
from desk.core.rehearsal.errors import RehearsalError
from desk.core.rehearsal.perturb import MAX_SPREAD, perturb_model
from desk.core.rehearsal.protocol import Negotiation

#: Longest pause before the agents answer (ms).
MAX_PAUSE_MS = 600_000


@dataclass(frozen=True, slots=True)
class GameSettings:
    """What a played rehearsal is: ``players`` and ``strategies`` are keyed by party id (profile key)."""

    players: tuple[str, ...]
    strategies: Mapping[str, str] = field(default_factory=dict)
    rounds: int = 10
    seed: int = 0
    perturbation: float = 0.0
    mediator: bool = False
    pause_ms: int = 0

    def validate(self) -> GameSettings:
        if not self.players:
            raise RehearsalError("choose at least one party to play yourself")
        if not 1 <= self.rounds <= 200:
            raise RehearsalError(f"the deadline must lie between 1 and 200 rounds, not {self.rounds}")
        if not 0.0 <= self.perturbation <= MAX_SPREAD:
            raise RehearsalError(f"the perturbation must lie between 0 and {MAX_SPREAD}, not {self.perturbation}")
        if not 0 <= self.pause_ms <= MAX_PAUSE_MS:
            raise RehearsalError(f"the pause must lie between 0 and {MAX_PAUSE_MS // 1000} s")
        if self.seed < 0:
            raise RehearsalError(f"the seed must not be negative, not {self.seed}")
        return self

    def to_dict(self) -> dict[str, Any]:
        return {"players": list(self.players), "strategies": dict(self.strategies), "rounds": self.rounds,
                "seed": self.seed, "perturbation": self.perturbation, "mediator": self.mediator,
                "pause_ms": self.pause_ms}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GameSettings:
        """Settings read back from :meth:`to_dict`; a missing or mistyped field is a RehearsalError."""
        try:
            return cls(players=tuple(str(p) for p in data["players"]),
                       strategies={str(k): str(v) for k, v in dict(data.get("strategies", {})).items()},
                       rounds=int(data["rounds"]), seed=int(data.get("seed", 0)),
                       perturbation=float(data.get("perturbation", 0.0)), mediator=bool(data.get("mediator", False)),
                       pause_ms=int(data.get("pause_ms", 0))).validate()
        except (KeyError, TypeError, ValueError) as exc:
            raise RehearsalError(f"the rehearsal's settings are damaged ({exc})") from None


def player_indices(model: Model, settings: GameSettings) -> tuple[int, ...]:
    """Indices (among the negotiating parties) of the parties the user plays."""
    keys = [model.profiles[p].key for p in model.frontier]
    missing = [p for p in settings.players if p not in keys]
    if missing:
        raise RehearsalError(f"the party {missing[0]!r} the user plays does not negotiate in this case")
    return tuple(sorted(keys.index(p) for p in settings.players))


def check(model: Model, settings: GameSettings) -> None:
    """Refuse settings that cannot be played on ``model`` (a player that does not negotiate, an unknown
    strategy) without building anything heavy."""
    settings.validate()
    humans = player_indices(model, settings)
    for k, p in enumerate(model.frontier):
        if k not in humans:
            make_agent(settings.strategies.get(model.profiles[p].key, "linear"), k)


def _draw(model: Model, settings: GameSettings) -> tuple[list[int], Model]:
    """The seeded draws of ``settings``: the seating order, then the agents' perturbed profiles (in this order)."""
    humans = player_indices(model, settings)
    rng = np.random.default_rng(settings.seed)
    order = [int(k) for k in rng.permutation(len(model.frontier))]
    if settings.perturbation > 0:
        others = [p for k, p in enumerate(model.frontier) if k not in humans]
        model = perturb_model(model, settings.perturbation, rng, others)
    return order, model


def prepare(model: Model, settings: GameSettings, monitor: Monitor | None = None) -> Arena:
    """The arena the rehearsal is played in: the (perturbed) model's exact frontier — the slow part of
    :func:`start`, to be computed once (off the GUI thread) and passed to it."""
    settings.validate()
    return Arena.build(_draw(model, settings)[1], monitor=monitor)


def start(model: Model, settings: GameSettings, arena: Arena | None = None) -> Negotiation:
    """The negotiation of ``settings`` on ``model``: agents for every party the user does not play.

    ``arena``: what :func:`prepare` returned for the same model and settings (built here when None)."""
    check(model, settings)
    order, played = _draw(model, settings)
    if arena is None:
        arena = Arena.build(played)
    humans = player_indices(model, settings)
    agents = {k: make_agent(settings.strategies.get(model.profiles[p].key, "linear"), k)
              for k, p in enumerate(model.frontier) if k not in humans}
    return Negotiation(arena, agents, deadline=settings.rounds, order=order,
                       mediator=Mediator() if settings.mediator else None)
