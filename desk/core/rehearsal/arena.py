"""What every agent knows: the exact frontier of the negotiating parties, and the offer rule on it."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desk.core.analytics.errors import Monitor
from desk.core.analytics.frontier import DEFAULT_CAP, Frontier, exact_frontier
from desk.core.analytics.model import Model
from desk.core.analytics.skyline import dequantise
from desk.core.analytics.solutions import nash

#: Utilities closer than this are equal (the engine's quantum is 1e-9).
TOLERANCE = 1e-9
_TINY = 1e-12


@dataclass(frozen=True, slots=True, eq=False)
class Arena:
    """The model, its exact frontier, and each negotiating party's best and reservation utility.

    The negotiating parties are the model's frontier parties (the signatories by default);
    their index ``k`` below is the position in ``model.frontier``. ``utilities`` holds the
    negotiating parties' utilities on each frontier row; ``best[k]`` is party k's highest
    utility on the frontier (P_max), ``reservation[k]`` its BATNA utility d_k (P_min).
    ``nash_row`` is the frontier row of the Nash package, None when it is undefined;
    ``allowed[i]`` (options × negotiating parties) says which options of issue i each
    negotiating party's hard constraints allow.
    """

    model: Model
    frontier: Frontier
    utilities: np.ndarray
    best: np.ndarray
    reservation: np.ndarray
    nash_row: int | None
    allowed: tuple[np.ndarray, ...] = ()

    @classmethod
    def build(cls, model: Model, *, cap: int = DEFAULT_CAP, monitor: Monitor | None = None) -> Arena:
        """The arena of ``model``: its exact frontier (FrontierTooLarge past ``cap``; progress and cancel through
        ``monitor``) and Nash package."""
        frontier = exact_frontier(model, cap=cap, monitor=monitor)
        utilities = frontier.frontier_utilities
        reservation = model.disagreement()[list(model.frontier)]
        best = utilities.max(axis=0) if len(frontier) else reservation.copy()
        cols = list(model.frontier)
        allowed = tuple(np.stack([model.profiles[p].acceptable[i] for p in cols], axis=1)
                        for i in range(len(model.space.issues)))
        return cls(model, frontier, utilities, best, reservation, nash(frontier).index if len(frontier) else None,
                   allowed)

    @property
    def names(self) -> tuple[str, ...]:
        """Names of the negotiating parties."""
        return self.model.frontier_names

    @property
    def size(self) -> int:
        """Number of negotiating parties."""
        return len(self.model.frontier)

    @property
    def span(self) -> np.ndarray:
        """best − reservation of each negotiating party (the range an agent concedes over; > 0)."""
        return np.maximum(self.best - self.reservation, _TINY)

    @property
    def nash_utilities(self) -> np.ndarray | None:
        return None if self.nash_row is None else self.utilities[self.nash_row]

    def choice(self, row: int) -> np.ndarray:
        """Option indices of a frontier row."""
        return self.frontier.choices[row]

    def evaluate(self, choice: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Negotiating parties' utilities of a package, and whether it is individually rational for each.

        Individually rational: no hard constraint (reservation value of a demand) broken and
        utility at least the BATNA utility d_k.
        """
        choice = np.asarray(choice, dtype=np.intp).reshape(-1)
        utilities = dequantise(sum(table[c] for table, c in zip(self.model.tables, choice, strict=True)))
        utilities = utilities[list(self.model.frontier)]
        rational = utilities >= self.reservation - TOLERANCE
        for ok, c in zip(self.allowed, choice, strict=True):
            rational = rational & ok[c]
        return utilities, rational

    def offer(self, party: int, aspiration: float, targets: np.ndarray) -> int:
        """The frontier row party ``party`` offers at ``aspiration``, best for the others.

        Rule: among frontier rows giving the party at least its aspiration (its best rows if
        none does), the row whose shortfall from what the others ask (``targets``, each
        party's utility of its own latest offer) is smallest — Σ_j ((target_j − u_j)⁺ / span_j)²;
        ties go to the row better for the party itself, then to the first row.
        """
        if len(self.frontier) == 0:
            raise ValueError("the frontier is empty: there is nothing to offer")
        mine = self.utilities[:, party]
        ok = mine >= aspiration - TOLERANCE
        if not ok.any():
            ok = mine >= mine.max() - TOLERANCE
        rows = np.flatnonzero(ok)
        others = [j for j in range(self.size) if j != party]
        if not others:
            return int(rows[np.argmax(mine[rows])])
        shortfall = np.clip(np.asarray(targets, dtype=np.float64)[others] - self.utilities[rows][:, others], 0.0, None)
        score = np.round(((shortfall / self.span[others]) ** 2).sum(axis=1), 12)
        order = np.lexsort((rows, -np.round(mine[rows], 9), score))
        return int(rows[order[0]])

    def nearest(self, point: np.ndarray) -> int:
        """The frontier row nearest to a utility vector (distance measured in units of each party's span)."""
        gaps = (self.utilities - np.asarray(point, dtype=np.float64)) / self.span
        distance = np.round((gaps ** 2).sum(axis=1), 12)
        return int(np.argmin(distance))

    def frontier_distance(self, utilities: np.ndarray) -> float | None:
        """Euclidean distance from a utility vector to the nearest frontier point (0 on the frontier)."""
        if len(self.frontier) == 0:
            return None
        gaps = self.utilities - np.asarray(utilities, dtype=np.float64)
        return _clean(float(np.sqrt((gaps ** 2).sum(axis=1).min())))

    def nash_distance(self, utilities: np.ndarray) -> float | None:
        """Euclidean distance from a utility vector to the Nash package's utilities (None if undefined)."""
        target = self.nash_utilities
        if target is None:
            return None
        return _clean(float(np.sqrt(((np.asarray(utilities, dtype=np.float64) - target) ** 2).sum())))


def _clean(distance: float) -> float:
    """A distance rounded to the engine's precision (float noise below 1e-9 is zero)."""
    return 0.0 if distance < TOLERANCE else round(distance, 9)
