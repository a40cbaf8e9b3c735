"""Shapley value of a cooperative game (exact up to 15 players, Monte-Carlo beyond) and the core check."""
from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from desk.core.analytics.errors import AnalysisError

#: Players up to which the Shapley value is computed exactly (2^n coalitions).
EXACT_LIMIT = 15
ValueFunction = Callable[[frozenset[str]], float]


@dataclass(frozen=True, slots=True)
class ShapleyResult:
    """φ_i per player; for a Monte-Carlo estimate, ``half_width`` of the 95 % confidence interval."""

    players: tuple[str, ...]
    values: tuple[float, ...]
    exact: bool
    samples: int = 0
    half_width: tuple[float, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"players": list(self.players), "shapley": list(self.values), "exact": self.exact}
        if not self.exact:
            out.update(samples=self.samples, ci95_half_width=list(self.half_width))
        return out


def parse_coalition(key: str | Iterable[str], players: Sequence[str]) -> frozenset[str]:
    """A coalition from ``"A,B"`` or an iterable of player names; unknown names are errors."""
    members = [m.strip() for m in key.split(",")] if isinstance(key, str) else [str(m) for m in key]
    members = [m for m in members if m]
    unknown = [m for m in members if m not in players]
    if unknown:
        raise AnalysisError(f"coalition {key!r} names unknown player(s): {', '.join(unknown)}")
    return frozenset(members)


def value_table(players: Sequence[str], values: Mapping[Any, float]) -> np.ndarray:
    """v over all 2^n coalitions indexed by bitmask (bit i = players[i]); v(∅) = 0.

    Every non-empty coalition must have a value; the first missing one is named.
    """
    n = len(players)
    table = np.full(1 << n, np.nan)
    table[0] = 0.0
    for key, value in values.items():
        mask = sum(1 << players.index(m) for m in parse_coalition(key, players))
        table[mask] = float(value)
    missing = np.flatnonzero(np.isnan(table))
    if len(missing):
        names = [players[i] for i in range(n) if missing[0] >> i & 1]
        raise AnalysisError(f"no value given for coalition {{{', '.join(names)}}} "
                            f"({len(missing)} of {(1 << n) - 1} coalitions missing)")
    return table


def _popcount(masks: np.ndarray) -> np.ndarray:
    return np.bitwise_count(masks.astype(np.uint64)).astype(np.intp)


def shapley_exact(players: Sequence[str], values: Mapping[Any, float]) -> ShapleyResult:
    """φ_i = Σ_{S ⊆ N∖{i}} |S|!(n−|S|−1)!/n! · (v(S∪{i}) − v(S)), vectorised over bitmasks."""
    players = tuple(players)
    n = len(players)
    if n == 0 or n > EXACT_LIMIT:
        raise AnalysisError(f"exact Shapley values need 1 to {EXACT_LIMIT} players (got {n})")
    table = value_table(players, values)
    masks = np.arange(1 << n, dtype=np.int64)
    size = _popcount(masks)
    weight = np.array([math.factorial(s) * math.factorial(n - s - 1) / math.factorial(n) for s in range(n)])
    phi = []
    for i in range(n):
        without = masks[(masks >> i & 1) == 0]
        phi.append(float(np.sum(weight[size[without]] * (table[without | (1 << i)] - table[without]))))
    return ShapleyResult(players, tuple(phi), True)


def shapley_monte_carlo(players: Sequence[str], value: ValueFunction | Mapping[Any, float], *,
                        samples: int = 2000, seed: int | None = 0) -> ShapleyResult:
    """φ_i estimated as the mean marginal contribution of i over random orderings of the players.

    The 95 % confidence half-width is 1.96 · s_i / √M (s_i the sample standard deviation of
    player i's marginal contributions, M the number of orderings). Each distinct coalition
    is evaluated once.
    """
    players = tuple(players)
    n = len(players)
    if n == 0 or samples < 2:
        raise AnalysisError("a Monte-Carlo Shapley estimate needs players and at least 2 samples")
    evaluate = _table_lookup(players, value) if isinstance(value, Mapping) else value

    rng = np.random.default_rng(seed)
    orders = np.argsort(rng.random((samples, n)), axis=1)
    bits = [1 << i for i in range(n)]
    exact_type = np.int64 if n < 63 else object  # bitmasks must stay exact
    prefix = np.cumsum(np.array(bits, dtype=exact_type)[orders], axis=1)  # masks of the growing coalitions
    distinct = {int(m) for m in prefix.ravel()}
    worth = {m: evaluate(frozenset(players[i] for i in range(n) if m >> i & 1)) for m in distinct}
    worth[0] = 0.0
    totals = np.vectorize(worth.__getitem__, otypes=[float])(prefix)
    marginal = np.diff(np.concatenate([np.zeros((samples, 1)), totals], axis=1), axis=1)
    per_player = np.empty_like(marginal)
    per_player[np.arange(samples)[:, None], orders] = marginal
    mean = per_player.mean(axis=0)
    half = 1.96 * per_player.std(axis=0, ddof=1) / math.sqrt(samples)
    return ShapleyResult(players, tuple(mean.tolist()), False, samples, tuple(half.tolist()))


def _table_lookup(players: tuple[str, ...], values: Mapping[Any, float]) -> ValueFunction:
    """A value function reading a table of coalition values; a missing coalition is an error."""
    lookup = {parse_coalition(k, players): float(v) for k, v in values.items()}

    def evaluate(coalition: frozenset[str]) -> float:
        if coalition and coalition not in lookup:
            raise AnalysisError(f"no value given for coalition {{{', '.join(sorted(coalition))}}}")
        return lookup.get(coalition, 0.0)

    return evaluate


def shapley(players: Sequence[str], values: Mapping[Any, float] | ValueFunction, *, samples: int = 2000,
            seed: int | None = 0) -> ShapleyResult:
    """Exact for ≤ 15 players given a full table of coalition values, Monte-Carlo otherwise."""
    if len(players) <= EXACT_LIMIT and isinstance(values, Mapping):
        return shapley_exact(players, values)
    return shapley_monte_carlo(players, values, samples=samples, seed=seed)


@dataclass(frozen=True, slots=True)
class CoreCheck:
    """Is an allocation in the core? ``violations`` lists (coalition, shortfall) worst first."""

    stable: bool
    efficient: bool
    violations: tuple[tuple[tuple[str, ...], float], ...]


def core_check(players: Sequence[str], values: Mapping[Any, float], allocation: Sequence[float], *,
               kind: str = "benefit", tolerance: float = 1e-9) -> CoreCheck:
    """Benefit game: x(S) ≥ v(S) for every coalition S; cost game: x(S) ≤ c(S); and x(N) = v(N).

    A violated coalition would do better on its own, so the split is not stable.
    """
    if kind not in ("benefit", "cost"):
        raise AnalysisError("kind must be 'benefit' or 'cost'")
    players = tuple(players)
    n = len(players)
    if n > 20:
        raise AnalysisError("the core check enumerates coalitions and supports at most 20 players")
    table = value_table(players, values)
    x = np.asarray(allocation, dtype=np.float64)
    masks = np.arange(1 << n, dtype=np.int64)
    sums = np.zeros(1 << n)
    for i in range(n):
        sums += x[i] * (masks >> i & 1)
    shortfall = table - sums if kind == "benefit" else sums - table
    scale = tolerance * max(1.0, float(np.abs(table).max()))
    efficient = bool(abs(sums[-1] - table[-1]) <= scale)
    bad = np.flatnonzero(shortfall[1:] > scale) + 1
    bad = bad[np.argsort(-shortfall[bad], kind="stable")]
    violations = tuple((tuple(players[i] for i in range(n) if m >> i & 1), float(shortfall[m])) for m in bad)
    return CoreCheck(efficient and not violations, efficient, violations)
