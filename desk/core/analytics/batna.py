"""A party's BATNA in issue terms: the utility of its no-agreement package, and what 0 and 1 mean for it."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from desk.core.analytics.space import IssueGrid
from desk.core.issues import Value


def issue_score(issue: IssueGrid, scores: np.ndarray, value: Value) -> float:
    """v(value) on one issue: the option's score, or for a number between grid points the linear
    interpolation of its neighbours' scores (the value functions are piecewise linear; beyond the range
    the end's score). A value the issue does not have scores 0, the party's worst."""
    if issue.numeric:
        if isinstance(value, str):
            return 0.0
        grid = np.asarray(issue.values, dtype=np.float64)
        return float(np.clip(np.interp(float(value), grid, scores), 0.0, 1.0))
    return float(scores[issue.values.index(value)]) if value in issue.values else 0.0


def package_utility(issues: Sequence[IssueGrid], weights: Sequence[float], scores: Sequence[np.ndarray],
                    package: Mapping[str, Value]) -> float:
    """u(x) = Σ_i w_i · v_i(x_i) for a package given by issue key; an issue it leaves out scores 0."""
    total = sum(w * issue_score(issue, s, package[issue.key])
                for issue, w, s in zip(issues, weights, scores, strict=True) if issue.key in package)
    return float(min(1.0, max(0.0, total)))


@dataclass(frozen=True, slots=True)
class UtilityScale:
    """What a party's utilities mean: 0 is its worst package, 1 its best (by issue key; issues it weighs)."""

    worst: dict[str, Value]
    best: dict[str, Value]


def utility_scale(issues: Sequence[IssueGrid], weights: Sequence[float],
                  scores: Sequence[np.ndarray]) -> UtilityScale:
    """Each weighed issue at its lowest- and at its highest-scoring value. When several values tie (a linear value
    function is flat beyond the reservation and beyond the ideal), the two tied values nearest each other are
    taken: the reservation and the ideal, the range over which the party's satisfaction actually moves."""
    worst: dict[str, Value] = {}
    best: dict[str, Value] = {}
    for issue, weight, s in zip(issues, weights, scores, strict=True):
        if weight > 0 and len(s):
            low = np.flatnonzero(s <= s.min() + 1e-12)
            high = np.flatnonzero(s >= s.max() - 1e-12)
            w = int(low[np.argmin(np.abs(low - np.median(high)))])
            worst[issue.key] = issue.values[w]
            best[issue.key] = issue.values[int(high[np.argmin(np.abs(high - w))])]
    return UtilityScale(worst, best)
