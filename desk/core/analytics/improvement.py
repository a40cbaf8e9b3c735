"""Improvement analysis: which frontier packages beat a given package, and by how much."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from desk.core.analytics.frontier import Frontier
from desk.core.analytics.skyline import dequantise
from desk.core.issues import Value


@dataclass(frozen=True, slots=True, eq=False)
class Improvement:
    """What is left on the table for a package.

    ``dominating`` are the frontier rows at least as good for every frontier party and
    better for one; ``gains`` their utility gains (rows × parties); ``best_gain`` the most
    each party can gain without anyone losing; ``distance`` the Euclidean distance to the
    nearest dominating frontier point (0 when none); ``common_gain`` the largest gain every
    party gets at once (max over dominating rows of the minimum gain).
    """

    utilities: tuple[float, ...]
    acceptable: bool
    feasible: bool
    on_frontier: bool
    dominating: np.ndarray
    gains: np.ndarray
    best_gain: tuple[float, ...]
    distance: float
    common_gain: float

    def to_dict(self, frontier: Frontier, limit: int = 20) -> dict[str, Any]:
        """JSON-ready form, listing at most ``limit`` dominating packages (largest common gain first)."""
        order = np.argsort(-self.gains.min(axis=1), kind="stable")[:limit] if len(self.gains) else []
        return {"utilities": list(self.utilities), "acceptable": self.acceptable, "feasible": self.feasible,
                "on_frontier": self.on_frontier, "dominated_by": len(self.dominating),
                "best_gain": list(self.best_gain), "distance": self.distance, "common_gain": self.common_gain,
                "better_packages": [{"package": frontier.package(int(self.dominating[i])),
                                     "gains": [float(g) for g in self.gains[i]]} for i in order]}


def improvement(frontier: Frontier, package: Mapping[str, Value] | np.ndarray) -> Improvement:
    """Compare ``package`` (a dict or a row of option indices) with the exact frontier."""
    model = frontier.model
    cols = list(model.frontier)
    choice = np.asarray(package) if isinstance(package, np.ndarray) else model.space.choice_of(package)
    u = model.utilities_q(choice)[0, cols]
    acceptable = bool(model.acceptable(choice)[0, cols].all())
    feasible = bool(np.all(u >= model.disagreement_q()[cols]))
    rows = frontier.frontier_utilities_q
    at_least = np.all(rows >= u, axis=1)
    better = at_least & np.any(rows > u, axis=1)
    dominating = np.flatnonzero(better)
    gains = dequantise(rows[dominating] - u)
    best = gains.max(axis=0) if len(gains) else np.zeros(len(cols))
    distance = float(np.sqrt((gains ** 2).sum(axis=1)).min()) if len(gains) else 0.0
    common = float(gains.min(axis=1).max()) if len(gains) else 0.0
    return Improvement(tuple(float(x) for x in dequantise(u)), acceptable, feasible,
                       bool(len(dominating) == 0 and feasible and acceptable), dominating, gains,
                       tuple(float(b) for b in best), distance, common)
