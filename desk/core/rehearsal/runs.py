"""Agents-only runs: one seeded run with its measures, and a grid of strategy assignments × seeds."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from desk.core.analytics.model import Model
from desk.core.analytics.solutions import rounded
from desk.core.rehearsal.agents import Mediator, make_agent
from desk.core.rehearsal.arena import Arena
from desk.core.rehearsal.debrief import debrief
from desk.core.rehearsal.errors import RehearsalError
from desk.core.rehearsal.perturb import perturb_model
from desk.core.rehearsal.protocol import MEDIATOR, Outcome, play


@dataclass(frozen=True, slots=True)
class RunResult:
    """One agents-only run and its measures (distances in the negotiating parties' utility space).

    ``utilities`` are every party's (negotiating or not) utilities of the deal, or each
    party's BATNA utility without one. Distances are None without a deal.
    """

    strategies: tuple[str, ...]
    seed: int
    agreement: bool
    package: dict[str, Any] | None
    utilities: tuple[float, ...]
    rounds: int
    proposals: int
    author: str | None
    frontier_distance: float | None
    nash_distance: float | None
    debrief: dict[str, Any] | None = None

    def to_dict(self, names: Sequence[str]) -> dict[str, Any]:
        """JSON-ready form; ``names`` are every party's names in model order."""
        return {"strategies": list(self.strategies), "seed": self.seed, "agreement": self.agreement,
                "package": self.package, "utilities": dict(zip(names, rounded(self.utilities), strict=True)),
                "rounds": self.rounds, "proposals": self.proposals, "proposed_by": self.author,
                "frontier_distance": self.frontier_distance, "nash_distance": self.nash_distance,
                **({"debrief": self.debrief} if self.debrief is not None else {})}


class Runner:
    """Runs agents-only negotiations on one model; the unperturbed arena is computed once."""

    def __init__(self, model: Model, *, deadline: int = 20, mediator: bool = False, perturbation: float = 0.0,
                 mediator_name: str = "mediator", debrief: bool = False) -> None:
        if deadline < 1:
            raise RehearsalError(f"the deadline must be at least one round, not {deadline}")
        self.model, self.deadline, self.mediator, self.perturbation = model, deadline, mediator, perturbation
        self.mediator_name, self.debrief = mediator_name, debrief
        self._arena: Arena | None = None

    @property
    def arena(self) -> Arena:
        """The arena of the model as given (no perturbation)."""
        if self._arena is None:
            self._arena = Arena.build(self.model)
        return self._arena

    def run(self, strategies: Sequence[str], seed: int) -> RunResult:
        """One run: ``strategies[k]`` plays negotiating party k; the seed fixes the seating order and perturbation."""
        arena, outcome, labels = self.play(strategies, seed)
        deal = outcome.agreement
        lesson = debrief(arena, outcome).to_dict() if self.debrief else None
        if deal is None:
            return RunResult(labels, seed, False, None, tuple(float(d) for d in arena.model.disagreement()),
                             outcome.rounds, len(outcome.proposals), None, None, None, lesson)
        choice = np.asarray(deal.choice)
        author = self.mediator_name if deal.author == MEDIATOR else arena.names[deal.author]
        return RunResult(labels, seed, True, arena.model.space.package(choice),
                         tuple(float(u) for u in arena.model.utilities(choice)[0]), outcome.rounds,
                         len(outcome.proposals), author, arena.frontier_distance(np.asarray(deal.utilities)),
                         arena.nash_distance(np.asarray(deal.utilities)), lesson)

    def play(self, strategies: Sequence[str], seed: int) -> tuple[Arena, Outcome, tuple[str, ...]]:
        """The arena played in (perturbed if asked), the outcome with every proposal, the strategies' labels."""
        n = len(self.model.frontier)
        if len(strategies) != n:
            raise RehearsalError(f"give one strategy for each of the {n} negotiating parties")
        rng = np.random.default_rng(seed)
        order = tuple(int(k) for k in rng.permutation(n))
        arena = self.arena
        if self.perturbation > 0:
            arena = Arena.build(perturb_model(self.model, self.perturbation, rng, self.model.frontier))
        agents = {k: make_agent(spec, k) for k, spec in enumerate(strategies)}
        outcome = play(arena, agents, deadline=self.deadline, order=order,
                       mediator=Mediator() if self.mediator else None)
        return arena, outcome, tuple(agents[k].label for k in range(n))

    def grid(self, assignments: Sequence[Sequence[str]], seeds: Sequence[int]) -> list[RunResult]:
        """Every assignment of strategies played with every seed."""
        return [self.run(strategies, seed) for strategies in assignments for seed in seeds]


def summarise(results: Sequence[RunResult], frontier: Sequence[int]) -> list[dict[str, Any]]:
    """Per strategy assignment: runs, agreement rate, mean utilities (BATNA without a deal) of the
    negotiating parties (``frontier`` = their indices), share of deals on the frontier, mean distances
    to the frontier and to Nash (over deals), mean rounds used."""
    groups: dict[tuple[str, ...], list[RunResult]] = {}
    for result in results:
        groups.setdefault(result.strategies, []).append(result)
    rows = []
    for strategies, group in groups.items():
        deals = [r for r in group if r.agreement]
        frontier_d = [r.frontier_distance for r in deals if r.frontier_distance is not None]
        nash_d = [r.nash_distance for r in deals if r.nash_distance is not None]
        utilities = np.array([[r.utilities[i] for i in frontier] for r in group])
        rows.append({
            "strategies": list(strategies), "runs": len(group), "agreement_rate": len(deals) / len(group),
            "mean_utilities": rounded(utilities.mean(axis=0)),
            "on_frontier_rate": (sum(d == 0.0 for d in frontier_d) / len(frontier_d)) if frontier_d else None,
            "mean_frontier_distance": _mean(frontier_d), "mean_nash_distance": _mean(nash_d),
            "mean_rounds": float(np.mean([r.rounds for r in group]))})
    return rows


def _mean(values: Sequence[float]) -> float | None:
    return round(float(np.mean(values)), 9) if values else None
