"""What an agent sees when it acts: the arena, the deadline, the round, and every party's own offers so far."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desk.core.rehearsal.arena import Arena


@dataclass(frozen=True, slots=True)
class View:
    """The state of a negotiation as an agent sees it.

    ``offers[j]`` lists the negotiating parties' utilities (one vector each) of party j's own
    proposals in the order tabled; ``tabled`` are the parties that tabled in ``round``.
    """

    arena: Arena
    deadline: int
    round: int
    offers: tuple[tuple[np.ndarray, ...], ...]
    tabled: frozenset[int] = frozenset()

    def time(self, round_: int) -> float:
        """Relative time of a round: 0 at round 1, 1 at the deadline (and after it)."""
        if self.deadline <= 1:
            return 1.0
        return min(1.0, max(0.0, (round_ - 1) / (self.deadline - 1)))

    def next_round(self, party: int) -> int:
        """The round of the party's next proposal: this one, or the next if it has tabled already."""
        return self.round + 1 if party in self.tabled else self.round

    def positions(self) -> np.ndarray:
        """(n × n): row j is the utility vector of party j's latest offer (its best frontier row before any)."""
        arena = self.arena
        rows = []
        for j in range(arena.size):
            if self.offers[j]:
                rows.append(self.offers[j][-1])
            else:
                rows.append(arena.utilities[int(np.argmax(arena.utilities[:, j]))])
        return np.array(rows, dtype=np.float64)

    def targets(self) -> np.ndarray:
        """What each party asks: its own utility of its latest offer (its best before any)."""
        return np.diag(self.positions()).copy()
