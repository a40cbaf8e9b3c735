"""Bargaining solutions on the frontier: Nash, weighted Nash, Kalai–Smorodinsky, egalitarian, utilitarian."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from desk.core.analytics.frontier import Frontier
from desk.core.analytics.skyline import QUANTUM, dequantise

_LOG_TOLERANCE = 1e-10  # log-products closer than this are equal (float rounding, not preference)
_RATIO_TOLERANCE = 1e-9
_MAX_TIES_LISTED = 50


@dataclass(frozen=True, slots=True)
class Solution:
    """One solution: the chosen frontier row, its utilities and package, and every row tying with it.

    ``index`` is None when the solution is undefined (``note`` says why). ``ties`` are the
    frontier rows attaining the same optimum; the representative is the tied row with the
    largest total utility (then the first).
    """

    name: str
    index: int | None
    utilities: tuple[float, ...]
    package: dict[str, Any] | None
    objective: float | None
    disagreement: tuple[float, ...]
    normalisation: str
    ties: tuple[int, ...] = ()
    note: str = ""
    tied_utilities: tuple[tuple[float, ...], ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"utilities": rounded(self.utilities), "package": self.package,
                "objective": None if self.objective is None else round(self.objective, 12),
                "disagreement": rounded(self.disagreement), "normalisation": self.normalisation,
                "ties": len(self.ties), "tied_utilities": [rounded(u) for u in self.tied_utilities],
                "note": self.note}


def rounded(values: Sequence[float], digits: int = 9) -> list[float]:
    """Utilities for display/JSON: multiples of 1e-9 printed without float noise."""
    return [round(float(v), digits) for v in values]


def _pick(frontier: Frontier, name: str, score: np.ndarray | None, tolerance: float, normalisation: str,
          note: str = "", tie_break: np.ndarray | None = None) -> Solution:
    """The row maximising ``score`` (rows with −inf excluded), ties within ``tolerance`` reported."""
    d = tuple(float(x) for x in frontier.model.disagreement()[list(frontier.model.frontier)])
    if score is None or len(score) == 0 or not np.isfinite(score).any():
        return Solution(name, None, (), None, None, d, normalisation,
                        note=note or "the frontier is empty")
    best = float(np.max(score[np.isfinite(score)]))
    tied = np.flatnonzero(score >= best - tolerance)
    total = frontier.frontier_utilities_q.sum(axis=1) if tie_break is None else tie_break
    index = int(tied[np.argmax(total[tied])])
    rows = frontier.frontier_utilities
    distinct = np.unique(frontier.frontier_utilities_q[tied], axis=0)[::-1][:_MAX_TIES_LISTED]
    return Solution(name, index, tuple(float(u) for u in rows[index]), frontier.package(index), best, d,
                    normalisation, tuple(int(t) for t in tied), note,
                    tuple(tuple(float(u) for u in dequantise(row)) for row in distinct))


def _gains(frontier: Frontier) -> tuple[np.ndarray, np.ndarray]:
    """Integer gains u_p − d_p of frontier parties on each frontier row, and d in integers."""
    cols = list(frontier.model.frontier)
    d = frontier.model.disagreement_q()[cols]
    return frontier.frontier_utilities_q - d, d


def nash(frontier: Frontier, powers: Sequence[float] | None = None) -> Solution:
    """argmax Π_p (u_p − d_p)^{w_p} over frontier rows with every gain > 0.

    Plain Nash has w_p = 1; weighted (asymmetric) Nash uses bargaining powers normalised to
    sum 1. Maximised as Σ w_p log(u_p − d_p); rows where some party gains nothing are
    excluded (their product is 0).
    """
    gains, _ = _gains(frontier)
    weighted = powers is not None
    weights = np.ones(gains.shape[1]) if powers is None else np.asarray(powers, dtype=np.float64)
    if weighted:
        if weights.sum() <= 0 or (weights < 0).any():
            weights = np.ones(gains.shape[1])
        weights = weights / weights.sum()
    positive = np.all(gains > 0, axis=1)
    score = np.full(len(gains), -np.inf)
    if positive.any():
        score[positive] = np.log(dequantise(gains[positive])) @ weights
    name = "weighted_nash" if weighted else "nash"
    power_text = ", ".join(f"{w:.4g}" for w in weights)
    normalisation = ("none: Nash is invariant to rescaling each party's utility; maximises "
                     + (f"Σ w_p·log(u_p − d_p) with powers w = ({power_text})" if weighted
                        else "Π (u_p − d_p)"))
    note = "" if positive.any() else "no frontier package gives every party more than its disagreement utility"
    return _pick(frontier, name, score if positive.any() else None, _LOG_TOLERANCE, normalisation, note)


def kalai_smorodinsky(frontier: Frontier) -> Solution:
    """argmax min_p (u_p − d_p)/(I_p − d_p), I_p = party p's best utility on the frontier.

    On a discrete frontier the equal-fraction point rarely exists exactly; the largest
    common fraction of each party's ideal gain is the max–min of normalised gains.
    Parties with I_p = d_p (nothing to gain) are left out of the minimum.
    """
    gains, _ = _gains(frontier)
    if len(gains) == 0:
        return _pick(frontier, "kalai_smorodinsky", None, 0.0, "")
    span = gains.max(axis=0)
    active = span > 0
    ratios = dequantise(gains[:, active]) / dequantise(span[active]) if active.any() else np.ones((len(gains), 1))
    score = ratios.min(axis=1)
    normalisation = "gains u_p − d_p divided by each party's best gain on the frontier, I_p − d_p"
    return _pick(frontier, "kalai_smorodinsky", score, _RATIO_TOLERANCE, normalisation,
                 tie_break=ratios.sum(axis=1))


def egalitarian(frontier: Frontier) -> Solution:
    """argmax min_p (u_p − d_p): the package whose worst-off party gains most (absolute gains)."""
    gains, _ = _gains(frontier)
    score = dequantise(gains.min(axis=1)) if len(gains) else None
    return _pick(frontier, "egalitarian", score, QUANTUM / 2,
                 "none: absolute gains u_p − d_p, each party's utility on its own 0–1 scale")


def utilitarian(frontier: Frontier) -> Solution:
    """argmax Σ_p u_p (ties broken by the larger minimum gain)."""
    gains, _ = _gains(frontier)
    if len(gains) == 0:
        return _pick(frontier, "utilitarian", None, 0.0, "")
    score = dequantise(frontier.frontier_utilities_q.sum(axis=1))
    return _pick(frontier, "utilitarian", score, QUANTUM / 2, "none: sum of raw utilities, each on its own 0–1 scale",
                 tie_break=gains.min(axis=1))


def all_solutions(frontier: Frontier) -> dict[str, Solution]:
    """Every solution, keyed by name; weighted Nash uses the parties' bargaining powers."""
    powers = [frontier.model.profiles[p].power for p in frontier.model.frontier]
    return {"nash": nash(frontier), "weighted_nash": nash(frontier, powers),
            "kalai_smorodinsky": kalai_smorodinsky(frontier), "egalitarian": egalitarian(frontier),
            "utilitarian": utilitarian(frontier)}
