"""Compensation (利益补偿) with a transferable money issue: side payments and surplus-sharing rules."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from desk.core.analytics.errors import AnalysisError
from desk.core.analytics.frontier import Frontier
from desk.core.analytics.model import Model
from desk.core.issues import Value

RULES = ("equal", "proportional", "power")


@dataclass(frozen=True, slots=True)
class Compensation:
    """Money-equivalent gains g_p before transfers, target shares s_p after, transfers τ_p = s_p − g_p.

    τ_p > 0 means party p receives money, τ_p < 0 that it pays; Σ τ_p = 0. Every s_p ≥ 0,
    so every party ends at or above its disagreement utility. ``feasible`` is False when
    the total surplus Σ g_p is negative: no transfers can make everyone whole.
    """

    parties: tuple[str, ...]
    rule: str
    gains: tuple[float, ...]
    surplus: float
    shares: tuple[float, ...]
    transfers: tuple[float, ...]
    feasible: bool
    note: str = ""

    def balances(self) -> dict[str, float]:
        """Transfers by party name (+ receives, − pays), for the settlement."""
        return dict(zip(self.parties, self.transfers, strict=True))

    def to_dict(self) -> dict[str, Any]:
        return {"parties": list(self.parties), "rule": self.rule, "gains": [round(g, 9) for g in self.gains],
                "surplus": round(self.surplus, 9), "shares": [round(s, 9) for s in self.shares],
                "transfers": [round(t, 9) for t in self.transfers], "feasible": self.feasible, "note": self.note}


def split_surplus(parties: Sequence[str], gains: Sequence[float], rule: str = "equal",
                  powers: Sequence[float] | None = None) -> Compensation:
    """Share the surplus G = Σ g_p under transferable utility.

    - ``equal``: s_p = G/n — the Nash bargaining solution with transferable utility;
    - ``proportional``: s_p = G · g_p⁺ / Σ g⁺ — in proportion to what each party gains
      from the package itself (equal split if nobody gains);
    - ``power``: s_p = G · β_p / Σ β — by bargaining power (weighted Nash under TU).
    """
    if rule not in RULES:
        raise AnalysisError(f"unknown sharing rule {rule!r} (choose {', '.join(RULES)})")
    g = np.asarray(gains, dtype=np.float64)
    n = len(g)
    surplus = float(g.sum())
    if surplus < -1e-9:
        return Compensation(tuple(parties), rule, tuple(g.tolist()), surplus, tuple(g.tolist()), (0.0,) * n, False,
                            "the package creates less value than the parties' alternatives: "
                            "no side payments can bring everyone to its disagreement utility")
    surplus = max(surplus, 0.0)
    share = _shares(g, rule, powers)
    shares = surplus * share
    transfers = shares - g
    transfers -= transfers.mean()  # exact balance despite rounding
    return Compensation(tuple(parties), rule, tuple(g.tolist()), surplus, tuple(shares.tolist()),
                        tuple(transfers.tolist()), True)


def _shares(gains: np.ndarray, rule: str, powers: Sequence[float] | None) -> np.ndarray:
    """Fractions of the surplus per party (sum 1)."""
    n = len(gains)
    if rule == "proportional":
        basis = np.clip(gains, 0.0, None)
    elif rule == "power":
        basis = np.ones(n) if powers is None else np.clip(np.asarray(powers, dtype=np.float64), 0.0, None)
    else:
        basis = np.ones(n)
    total = basis.sum()
    return basis / total if total > 0 else np.full(n, 1.0 / n)


def money_rates(model: Model, money_issue: str) -> np.ndarray:
    """Utility per unit of money for each frontier party on the money issue.

    rate_p = w_p · (max v_p − min v_p) / |x(max v_p) − x(min v_p)|: the party's average
    utility per unit between its worst and best amounts (the slope of a linear value function).
    """
    index = _issue_index(model, money_issue)
    issue = model.space.issues[index]
    if not issue.numeric:
        raise AnalysisError(f"issue {issue.name!r} is not numeric, so it cannot carry side payments")
    grid = np.asarray(issue.values, dtype=np.float64)
    rates = []
    for p in model.frontier:
        profile = model.profiles[p]
        scores = profile.scores[index]
        hi, lo = int(np.argmax(scores)), int(np.argmin(scores))
        span = abs(grid[hi] - grid[lo])
        rates.append(profile.weights[index] * (scores[hi] - scores[lo]) / span if span > 0 else 0.0)
    return np.asarray(rates)


def _issue_index(model: Model, key: str) -> int:
    for i, issue in enumerate(model.space.issues):
        if key in (issue.key, issue.name):
            return i
    raise AnalysisError(f"no issue named {key!r}")


def compensate(model: Model, package: Mapping[str, Value] | np.ndarray, money_issue: str,
               rule: str = "equal") -> Compensation:
    """Side payments (in the money issue's unit) for ``package`` under ``rule``.

    Gains are converted to money: g_p = (u_p − d_p) / rate_p. Parties that put no weight on
    money cannot be paid: they keep τ_p = 0, and the package is infeasible for
    compensation if such a party loses.
    """
    choice = np.asarray(package) if isinstance(package, np.ndarray) else model.space.choice_of(package)
    cols = list(model.frontier)
    gain_u = model.utilities(choice)[0, cols] - model.disagreement()[cols]
    rates = money_rates(model, money_issue)
    names = model.frontier_names
    payable = rates > 1e-12
    losing = [names[i] for i in np.flatnonzero(~payable) if gain_u[i] < -1e-9]
    if losing:
        return Compensation(names, rule, tuple(gain_u.tolist()), 0.0, tuple(gain_u.tolist()), (0.0,) * len(names),
                            False, f"{', '.join(losing)} lose(s) and put no weight on money, so money cannot "
                                   "compensate them")
    powers = [model.profiles[p].power for p in cols]
    inner = split_surplus([names[i] for i in np.flatnonzero(payable)], gain_u[payable] / rates[payable], rule,
                          [powers[i] for i in np.flatnonzero(payable)])
    gains, shares, transfers = gain_u / np.where(payable, rates, 1.0), gain_u.copy(), np.zeros(len(names))
    gains[~payable] = 0.0
    shares[payable], transfers[payable] = inner.shares, inner.transfers
    shares[~payable] = 0.0
    return Compensation(names, rule, tuple(gains.tolist()), inner.surplus, tuple(shares.tolist()),
                        tuple(transfers.tolist()), inner.feasible, inner.note)


def best_transferable(frontier: Frontier, money_issue: str) -> int | None:
    """The frontier row maximising the money-equivalent surplus Σ_p (u_p − d_p)/rate_p (paying parties only)."""
    if len(frontier) == 0:
        return None
    model = frontier.model
    rates = money_rates(model, money_issue)
    payable = rates > 1e-12
    if not payable.any():
        return None
    cols = list(model.frontier)
    gains = frontier.frontier_utilities - model.disagreement()[cols]
    return int(np.argmax((gains[:, payable] / rates[payable]).sum(axis=1)))
