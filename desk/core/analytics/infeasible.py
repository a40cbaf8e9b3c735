"""Why no package is feasible: the issue whose reservations conflict, or whose BATNAs exclude everything and by
how much (the best a party can get from the packages that satisfy every other frontier party)."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from desk.core.analytics.errors import AnalysisError
from desk.core.analytics.frontier import exact_frontier
from desk.core.analytics.model import Model
from desk.core.analytics.skyline import dequantise


@dataclass(frozen=True, slots=True)
class Shortfall:
    """Party ``name`` needs ``needs`` (its BATNA utility); the packages that give every other frontier party its
    BATNA (and respect every reservation) give it at most ``best`` — None when no package satisfies the others."""

    party: str
    name: str
    needs: float
    best: float | None


@dataclass(frozen=True, slots=True)
class Infeasibility:
    """Either an issue on which the frontier parties' reservations leave no value (``issue`` and ``parties``
    whose reservations rule values out), or the parties whose BATNAs exclude every package (``shortfalls``)."""

    issue: str = ""
    parties: tuple[str, ...] = ()
    shortfalls: tuple[Shortfall, ...] = ()

    @property
    def by_reservations(self) -> bool:
        return bool(self.issue)


def explain_infeasible(model: Model) -> Infeasibility | None:
    """The reason the feasible set of ``model``'s frontier parties is empty; None when it is not empty (or the
    frontier of the reservations alone is too large to tell).

    Maths: the best u_p over the packages with u_q ≥ d_q for every other q is reached on the Pareto frontier
    of the packages that respect the reservations (a package dominating the best one satisfies the others
    too), so one exact frontier without BATNAs answers every party.
    """
    cols = list(model.frontier)
    for i, issue in enumerate(model.space.issues):
        if not model.allowed(i).any():
            limiting = tuple(model.profiles[p].name for p in cols if not model.profiles[p].acceptable[i].all())
            return Infeasibility(issue=issue.name, parties=limiting)
    relaxed = Model(model.space, tuple(dataclasses.replace(p, disagreement=0.0) for p in model.profiles),
                    model.frontier, model.tables)
    try:
        frontier = exact_frontier(relaxed)
    except AnalysisError:
        return None
    utilities = frontier.frontier_utilities_q
    d = model.disagreement_q()[cols]
    meets = utilities >= d
    if np.all(meets, axis=1).any():
        return None
    shortfalls = []
    for k, p in enumerate(cols):
        others = np.all(np.delete(meets, k, axis=1), axis=1)
        best = float(dequantise(utilities[others, k].max())) if others.any() else None
        if best is None or utilities[others, k].max() < d[k]:
            profile = model.profiles[p]
            shortfalls.append(Shortfall(profile.key, profile.name, float(profile.disagreement), best))
    return Infeasibility(shortfalls=tuple(shortfalls))
