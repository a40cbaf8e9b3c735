"""The debrief (复盘) of a negotiation: the dance, concession curves, the deal against the bargaining
solutions, concessions the deal shows were not needed, and value left on the table."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from desk.core.analytics.improvement import improvement
from desk.core.analytics.solutions import egalitarian, kalai_smorodinsky, nash, rounded
from desk.core.rehearsal.arena import TOLERANCE, Arena
from desk.core.rehearsal.protocol import MEDIATOR, Outcome


@dataclass(frozen=True, slots=True)
class Debrief:
    """What a negotiation teaches, in the negotiating parties' utilities (index k = ``parties[k]``).

    ``dance``: every proposal as (round, author — −1 for the mediator —, utilities).
    ``concessions[k]``: (round, own utility) of party k's own proposals — its concession curve.
    ``solutions``: per solution (nash, kalai_smorodinsky, egalitarian) its utilities, the deal's
    distance to it and each party's gain from the deal compared with it (negative: it got less).
    ``needless``: party k's proposals worth less to k than the deal k finally got — concessions
    the accepted package shows were not needed — with the amount.
    ``left_on_table``: packages of the frontier every party likes at least as well as the deal
    (count), the most each party could have gained, and the largest gain all could share.
    """

    parties: tuple[str, ...]
    agreement: bool
    deal: tuple[float, ...]
    rounds: int
    dance: tuple[tuple[int, int, tuple[float, ...]], ...]
    concessions: tuple[tuple[tuple[int, float], ...], ...]
    solutions: dict[str, dict[str, Any]] = field(default_factory=dict)
    needless: tuple[dict[str, Any], ...] = ()
    left_on_table: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, parties by name."""
        names = self.parties
        return {
            "agreement": self.agreement, "deal": rounded(self.deal), "rounds": self.rounds,
            "dance": [{"round": r, "author": "mediator" if a == MEDIATOR else names[a], "utilities": rounded(u)}
                      for r, a, u in self.dance],
            "concessions": {names[k]: [[r, round(u, 9)] for r, u in curve] for k, curve in enumerate(self.concessions)},
            "solutions": self.solutions,
            "needless_concessions": [{**item, "party": names[item["party"]]} for item in self.needless],
            "left_on_table": self.left_on_table,
        }


def debrief(arena: Arena, outcome: Outcome) -> Debrief:
    """The debrief of ``outcome`` played in ``arena``; without a deal each party's BATNA stands for it."""
    n = arena.size
    deal = outcome.agreement
    deal_u = np.asarray(deal.utilities) if deal is not None else arena.reservation.copy()
    dance = tuple((p.round, p.author, tuple(float(u) for u in p.utilities)) for p in outcome.proposals)
    concessions = tuple(tuple((p.round, float(p.utilities[k])) for p in outcome.proposals if p.author == k)
                        for k in range(n))
    solutions: dict[str, dict[str, Any]] = {}
    if len(arena.frontier):
        for solution in (nash(arena.frontier), kalai_smorodinsky(arena.frontier), egalitarian(arena.frontier)):
            if solution.index is None:
                continue
            target = np.asarray(solution.utilities)
            solutions[solution.name] = {
                "utilities": rounded(target), "distance": round(float(np.sqrt(((deal_u - target) ** 2).sum())), 9),
                "gains": rounded(deal_u - target)}
    needless = []
    if deal is not None:
        for p in outcome.proposals:
            if p.author != MEDIATOR and p.utilities[p.author] < deal_u[p.author] - TOLERANCE:
                needless.append({"party": p.author, "round": p.round, "offered": round(p.utilities[p.author], 9),
                                 "deal": round(float(deal_u[p.author]), 9),
                                 "amount": round(float(deal_u[p.author] - p.utilities[p.author]), 9)})
    left: dict[str, Any] = {}
    if deal is not None and len(arena.frontier):
        found = improvement(arena.frontier, np.asarray(deal.choice))
        left = {"dominated_by": len(found.dominating), "best_gain": rounded(found.best_gain),
                "common_gain": round(found.common_gain, 9)}
    return Debrief(arena.names, deal is not None, tuple(float(u) for u in deal_u), outcome.rounds, dance,
                   concessions, solutions, tuple(needless), left)
