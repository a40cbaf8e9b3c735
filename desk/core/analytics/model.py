"""The negotiation model: outcome space, profiles, and which parties define the frontier."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from desk.core.analytics.errors import AnalysisError
from desk.core.analytics.profiles import Profile
from desk.core.analytics.skyline import dequantise, quantise
from desk.core.analytics.space import OutcomeSpace
from desk.core.enums import PartyRole


@dataclass(frozen=True, slots=True, eq=False)
class Model:
    """Space + profiles, with integer contribution tables for exact arithmetic.

    ``tables[i]`` is a (options × parties) int64 matrix of w_p,i · v_p,i(option) in units
    of 1e-9; a package's utility vector is the sum of one row per issue. ``frontier``
    holds the indices of the parties whose utilities define the Pareto frontier.
    """

    space: OutcomeSpace
    profiles: tuple[Profile, ...]
    frontier: tuple[int, ...]
    tables: tuple[np.ndarray, ...] = field(repr=False)

    @classmethod
    def build(cls, space: OutcomeSpace, profiles: Sequence[Profile],
              parties: Sequence[str] | None = None) -> Model:
        """The model; ``parties`` names the frontier parties (default: the signatories, else all)."""
        profiles = tuple(profiles)
        if not profiles:
            raise AnalysisError("the analysis needs at least one party")
        if not space.issues:
            raise AnalysisError("the analysis needs at least one issue")
        for profile in profiles:
            if len(profile.scores) != len(space.issues):
                raise AnalysisError(f"the profile of {profile.name} does not cover every issue")
        tables = tuple(
            quantise(np.stack([p.contributions(i) for p in profiles], axis=1)) for i in range(len(space.issues)))
        return cls(space, profiles, _frontier_parties(profiles, parties), tables)

    def with_frontier(self, parties: Sequence[str]) -> Model:
        """The same model with another choice of frontier parties."""
        return Model(self.space, self.profiles, _frontier_parties(self.profiles, parties), self.tables)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.profiles)

    @property
    def frontier_names(self) -> tuple[str, ...]:
        return tuple(self.profiles[i].name for i in self.frontier)

    def disagreement(self) -> np.ndarray:
        """d_p of every party (float)."""
        return np.array([p.disagreement for p in self.profiles], dtype=np.float64)

    def disagreement_q(self) -> np.ndarray:
        """d_p of every party in units of 1e-9."""
        return quantise(self.disagreement())

    def allowed(self, issue: int) -> np.ndarray:
        """Options of ``issue`` acceptable to every frontier party (their hard constraints)."""
        mask = np.ones(len(self.space.issues[issue].values), dtype=bool)
        for p in self.frontier:
            mask &= self.profiles[p].acceptable[issue]
        return mask

    def acceptable(self, choices: np.ndarray) -> np.ndarray:
        """(N × parties) bool: does each package respect each party's reservation values?"""
        choices = np.atleast_2d(choices)
        result = np.ones((choices.shape[0], len(self.profiles)), dtype=bool)
        for p, profile in enumerate(self.profiles):
            for i, ok in enumerate(profile.acceptable):
                result[:, p] &= ok[choices[:, i]]
        return result

    def utilities_q(self, choices: np.ndarray) -> np.ndarray:
        """(N × parties) int64 utilities of packages given as rows of option indices (vectorised gather)."""
        choices = np.atleast_2d(choices)
        total = np.zeros((choices.shape[0], len(self.profiles)), dtype=np.int64)
        for i, table in enumerate(self.tables):
            total += table[choices[:, i]]
        return total

    def utilities(self, choices: np.ndarray) -> np.ndarray:
        """(N × parties) float utilities of packages."""
        return dequantise(self.utilities_q(choices))


def _frontier_parties(profiles: tuple[Profile, ...], parties: Sequence[str] | None) -> tuple[int, ...]:
    if parties is None:
        chosen = tuple(i for i, p in enumerate(profiles) if p.role == PartyRole.SIGNATORY.value)
        return chosen or tuple(range(len(profiles)))
    indices: list[int] = []
    for name in parties:
        name = name.strip()
        match = [i for i, p in enumerate(profiles) if name in (p.name, p.key, *p.aliases)]
        if not match:
            known = ", ".join(p.name for p in profiles)
            raise AnalysisError(f"no party named {name!r} (parties: {known})")
        if match[0] not in indices:
            indices.append(match[0])
    if not indices:
        raise AnalysisError("choose at least one party for the frontier")
    return tuple(indices)
