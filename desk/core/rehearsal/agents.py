"""Negotiating agents: one small class per strategy, each with one documented decision rule.

Every agent offers the frontier row at its current aspiration that is best for the others
(:meth:`Arena.offer`) and answers with AC_next: accept a package when it is individually
rational and worth at least what the agent would offer next. Strategies differ only in how
the aspiration moves (GENIUS/NegMAS vocabulary: the bidding strategy).
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar

import numpy as np

from desk.core.rehearsal.arena import TOLERANCE
from desk.core.rehearsal.errors import RehearsalError
from desk.core.rehearsal.view import View


class Agent(ABC):
    """A negotiating party played by the computer; ``party`` is its index among the negotiating parties."""

    strategy: ClassVar[str] = ""

    def __init__(self, party: int) -> None:
        self.party = party

    @property
    def label(self) -> str:
        """The strategy as written in a strategy list (e.g. ``boulware``, ``time:0.5``)."""
        return self.strategy

    @abstractmethod
    def aspiration(self, view: View, round_: int) -> float:
        """The utility the agent asks for when it tables in ``round_`` (rounds past the deadline allowed)."""

    def propose(self, view: View) -> int:
        """The frontier row the agent tables in the current round."""
        return view.arena.offer(self.party, self.aspiration(view, view.round), view.targets())

    def accepts(self, view: View, utilities: np.ndarray, rational: np.ndarray) -> bool:
        """AC_next: individually rational, and worth at least the agent's own next offer."""
        if not rational[self.party]:
            return False
        row = view.arena.offer(self.party, self.aspiration(view, view.next_round(self.party)), view.targets())
        return bool(utilities[self.party] >= view.arena.utilities[row, self.party] - TOLERANCE)


class TimeDependent(Agent):
    """Time-dependent concession: u(t) = P_min + (1 − t^(1/e))·(P_max − P_min).

    t runs from 0 at round 1 to 1 at the deadline; P_max is the agent's best utility on the
    frontier, P_min its reservation (BATNA) utility. e < 1 concedes late (Boulware), e = 1
    linearly, e > 1 early (conceder).
    """

    strategy = "time"
    NAMED: ClassVar[dict[str, float]] = {"boulware": 0.2, "linear": 1.0, "conceder": 2.0}

    def __init__(self, party: int, exponent: float) -> None:
        super().__init__(party)
        if not exponent > 0:
            raise RehearsalError(f"the concession exponent must be positive, not {exponent}")
        self.exponent = float(exponent)

    @property
    def label(self) -> str:
        for name, exponent in self.NAMED.items():
            if exponent == self.exponent:
                return name
        return f"time:{self.exponent:g}"

    def aspiration(self, view: View, round_: int) -> float:
        arena, k = view.arena, self.party
        t = view.time(round_)
        return float(arena.reservation[k] + (1.0 - t ** (1.0 / self.exponent)) * (arena.best[k] - arena.reservation[k]))


class Hardliner(Agent):
    """Hardliner: always asks for its best utility on the frontier and accepts nothing less."""

    strategy = "hardliner"

    def aspiration(self, view: View, round_: int) -> float:
        return float(view.arena.best[self.party])


class TitForTat(Agent):
    """Relative tit-for-tat: concedes, as a share of its own range, what the opponents last conceded of theirs.

    The opponents' concession is the mean over opponents of (u_j(previous own offer) −
    u_j(latest own offer)) / span_j — negative when they hardened, and then so does the agent.
    Its first proposal asks for its best; its second concedes ``opening`` of its range so that
    two tit-for-tat agents can start moving. A concession always reaches at least the next lower
    utility level of the frontier, so that it shows in the offer (on a coarse frontier a small
    step would leave the offer, and so the opponents' view of it, unchanged). The aspiration
    stays within [P_min, P_max].
    """

    strategy = "tft"

    def __init__(self, party: int, opening: float = 0.05) -> None:
        super().__init__(party)
        self.opening = opening
        self._level: float | None = None
        self._tablings = 0
        self._last_round = 0

    def aspiration(self, view: View, round_: int) -> float:
        arena, k = view.arena, self.party
        if self._level is None:
            return float(arena.best[k])
        if round_ <= self._last_round:
            return self._level
        if self._tablings == 1:
            step = self.opening
        else:
            steps = [(offers[-2][j] - offers[-1][j]) / arena.span[j]
                     for j, offers in enumerate(view.offers) if j != k and len(offers) >= 2]
            step = float(np.mean(steps)) if steps else 0.0
        level = self._level - step * arena.span[k]
        if step > 0 and view.offers[k]:
            mine = arena.utilities[:, k]
            lower = mine[mine < view.offers[k][-1][k] - TOLERANCE]
            if len(lower):
                level = min(level, float(lower.max()))
        return float(min(arena.best[k], max(arena.reservation[k], level)))

    def propose(self, view: View) -> int:
        aspiration = self.aspiration(view, view.round)
        self._level, self._tablings, self._last_round = aspiration, self._tablings + 1, view.round
        return view.arena.offer(self.party, aspiration, view.targets())


class Mediator:
    """Mediator: tables single negotiating texts between the parties' positions, moving toward the Nash package.

    Text of round r: the frontier row nearest (in units of each party's span) to
    (1 − λ)·m + λ·N, where m is the mean of the parties' latest offers as utility vectors
    (their best rows before they offer), N the Nash package's utilities and
    λ = min(1, 2t): halfway through the rounds the text is the Nash package. It is not a
    party: it never answers.
    """

    strategy = "mediator"
    label = "mediator"

    def propose(self, view: View) -> int:
        arena = view.arena
        mean = view.positions().mean(axis=0)
        target = arena.nash_utilities
        weight = min(1.0, 2.0 * view.time(view.round)) if target is not None else 0.0
        point = mean if target is None else (1.0 - weight) * mean + weight * target
        return arena.nearest(point)


#: Strategy names accepted in a strategy list, with what they mean.
STRATEGIES: dict[str, str] = {
    "boulware": "time-dependent, e = 0.2 (concedes late)",
    "linear": "time-dependent, e = 1",
    "conceder": "time-dependent, e = 2 (concedes early)",
    "time:E": "time-dependent with exponent E",
    "tft": "relative tit-for-tat (mirrors the opponents' concessions)",
    "hardliner": "always asks for its best",
}


def make_agent(spec: str, party: int) -> Agent:
    """The agent a strategy name stands for (see :data:`STRATEGIES`)."""
    name = spec.strip().lower()
    if name in TimeDependent.NAMED:
        return TimeDependent(party, TimeDependent.NAMED[name])
    if name.startswith(("time:", "e=")):
        text = name.split(":", 1)[1] if name.startswith("time:") else name[2:]
        try:
            exponent = float(text)
        except ValueError:
            raise RehearsalError(f"strategy {spec!r}: {text!r} is not a number") from None
        return TimeDependent(party, exponent)
    if name in ("tft", "tit-for-tat", "titfortat"):
        return TitForTat(party)
    if name in ("hardliner", "hard"):
        return Hardliner(party)
    raise RehearsalError(f"unknown strategy {spec!r} (known: {', '.join(STRATEGIES)})")
