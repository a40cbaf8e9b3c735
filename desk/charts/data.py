"""What a frontier chart draws: the parties, the exact frontiers with their solutions, the proposals."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desk.core.analytics.frontier import Frontier
from desk.core.analytics.infeasible import Infeasibility
from desk.core.issues import Value


@dataclass(frozen=True, slots=True)
class ChartParty:
    id: str
    name: str
    label: str
    colour: str


@dataclass(frozen=True, slots=True)
class SolutionPoint:
    """A bargaining solution: its frontier row, utilities (chart parties' order) and package by issue id."""

    key: str
    index: int
    utilities: tuple[float, ...]
    package: dict[str, Value]
    ties: int = 1


@dataclass(frozen=True, slots=True)
class ProposalPoint:
    """A tabled proposal placed on the chart: utilities in the chart parties' order."""

    id: str
    author_id: str
    round_number: int
    utilities: tuple[float, ...]
    package: dict[str, Value]


@dataclass(frozen=True, slots=True, eq=False)
class FrontierPanel:
    """One exact frontier (2 or N parties) with its solutions; ``utilities`` is S × parties."""

    frontier: Frontier
    utilities: np.ndarray
    disagreement: tuple[float, ...]
    solutions: dict[str, SolutionPoint]
    reason: str = ""
    infeasible: Infeasibility | None = None  # why the frontier is empty, when it is

    def package(self, row: int) -> dict[str, Value]:
        """The package of frontier row ``row``, keyed by issue id."""
        return self.frontier.model.space.package(self.frontier.choices[row], by="key")


@dataclass(frozen=True, slots=True, eq=False)
class ChartData:
    """Everything the frontier view draws. ``pair`` is for parties[0] × parties[1]; ``multi`` for all of them."""

    parties: tuple[ChartParty, ...]
    pair: FrontierPanel
    cloud: np.ndarray
    cloud_total: int
    cloud_sampled: bool
    multi: FrontierPanel | None
    multi_reason: str
    proposals: tuple[ProposalPoint, ...]
    issues: tuple[tuple[str, str, str], ...]  # (id, name, unit)
    fingerprint: str = ""
    everyone: tuple[ChartParty, ...] = ()  # every party of the case (authors may be off the chart)
    cloud_image: np.ndarray | None = None  # the cloud's density image (chart_figure.cloud_image), read-only
    cloud_constrained: bool = False  # the rules' constraints leave packages out: the cloud is the rest

    def trajectories(self) -> dict[str, tuple[ProposalPoint, ...]]:
        """Each author's proposals in the order tabled (their "negotiation dance")."""
        result: dict[str, list[ProposalPoint]] = {}
        for point in self.proposals:
            result.setdefault(point.author_id, []).append(point)
        return {author: tuple(points) for author, points in result.items()}

    def party(self, party_id: str) -> ChartParty | None:
        """A party of the case (on the chart or not), or None."""
        return next((p for p in (*self.parties, *self.everyone) if p.id == party_id), None)
