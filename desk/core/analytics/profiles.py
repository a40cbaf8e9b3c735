"""Utility profiles: each party's issue weights and per-issue value functions, derived from demands."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from desk.core.analytics.batna import package_utility
from desk.core.analytics.space import IssueGrid, OutcomeSpace
from desk.core.demands import Demand
from desk.core.enums import PartyRole
from desk.core.parties import Party
from desk.core.snapshot import CaseSnapshot

_EPS = 1e-12


@dataclass(frozen=True, slots=True, eq=False)
class Profile:
    """An additive utility function u(x) = Σ_i w_i · v_i(x_i), each v_i in [0, 1] on the issue's grid.

    ``acceptable[i][k]`` is False when option k of issue i is worse than the party's
    reservation value (a hard constraint). ``disagreement`` is d_p, the utility of the
    party's no-agreement alternative (BATNA); ``power`` its bargaining power.
    """

    key: str
    name: str
    weights: tuple[float, ...]
    scores: tuple[np.ndarray, ...]
    acceptable: tuple[np.ndarray, ...]
    disagreement: float = 0.0
    power: float = 1.0
    role: str = PartyRole.SIGNATORY.value
    aliases: tuple[str, ...] = ()

    def contributions(self, issue: int) -> np.ndarray:
        """w_i · v_i for every option of issue ``issue``."""
        return self.weights[issue] * self.scores[issue]


def linear_scores(grid: np.ndarray, ideal: float, reservation: float) -> tuple[np.ndarray, np.ndarray]:
    """v(x) = (x − r)/(i − r) clipped to [0, 1]; x beyond r (away from i) is unacceptable."""
    raw = (grid - reservation) / (ideal - reservation)
    return np.clip(raw, 0.0, 1.0), raw >= -1e-9


def piecewise_scores(grid: np.ndarray, breakpoints: Sequence[tuple[float, float]]) -> np.ndarray:
    """v(x) interpolated linearly between (value, utility) breakpoints, constant beyond the ends."""
    xs = np.array([float(x) for x, _ in breakpoints])
    ys = np.array([float(y) for _, y in breakpoints])
    return np.clip(np.interp(grid, xs, ys), 0.0, 1.0)


def _far_end(issue: IssueGrid, ideal: float) -> float:
    """Default reservation: the end of the range farther from the ideal."""
    low, high = float(issue.values[0]), float(issue.values[-1])
    return low if abs(ideal - low) >= abs(high - ideal) else high


def numeric_value_function(issue: IssueGrid, demand: Demand) -> tuple[np.ndarray, np.ndarray]:
    """Scores and acceptability of a numeric issue's grid for one demand.

    Linear from the reservation (0) to the ideal (1) by default; piecewise-linear when
    breakpoints are given. Without a reservation the far end of the range serves as one
    and every value is acceptable.
    """
    grid = np.asarray(issue.values, dtype=np.float64)
    ideal = float(demand.ideal)
    reservation = _far_end(issue, ideal) if demand.reservation is None else float(demand.reservation)
    if reservation == ideal:  # a one-point range: the party only wants its ideal
        reservation = _far_end(issue, ideal)
    scores, acceptable = linear_scores(grid, ideal, reservation)
    if demand.reservation is None:
        acceptable = np.ones(len(grid), dtype=bool)
    if demand.breakpoints:
        scores = piecewise_scores(grid, demand.breakpoints)
    return scores, acceptable


def discrete_value_function(issue: IssueGrid, demand: Demand) -> tuple[np.ndarray, np.ndarray]:
    """Scores and acceptability of a discrete issue's options for one demand.

    Option scores when given (unscored options score 0), else 1 for the ideal and 0 for
    the rest. Options scoring below the reservation option are unacceptable; without a
    reservation (the worst-scored option) every option is acceptable.
    """
    given = demand.scores()
    if given:
        scores = np.array([float(given.get(option, 0.0)) for option in issue.values])
    else:
        scores = np.array([1.0 if option == demand.ideal else 0.0 for option in issue.values])
    if demand.reservation is None or demand.reservation not in issue.values:
        acceptable = np.ones(len(scores), dtype=bool)
    else:
        floor = scores[issue.values.index(demand.reservation)]
        acceptable = scores >= floor - 1e-9
    return np.clip(scores, 0.0, 1.0), acceptable


def profile_from_demands(party: Party, space: OutcomeSpace, demands: Sequence[Demand]) -> Profile:
    """The profile of ``party``: weights are priorities normalised to sum 1 over its demands.

    Issues without a demand get weight 0 (the party is indifferent). If every priority is
    0 the demanded issues share the weight equally. The disagreement point is the utility of the
    party's no-agreement package when it states one, else its typed BATNA utility.
    """
    by_issue = {d.issue_id: d for d in demands if d.party_id == party.id}
    priorities = np.array([max(0.0, by_issue[i.key].priority) if i.key in by_issue else 0.0 for i in space.issues])
    if priorities.sum() <= _EPS:
        priorities = np.array([1.0 if i.key in by_issue else 0.0 for i in space.issues])
    total = priorities.sum()
    weights = priorities / total if total > _EPS else priorities
    scores, acceptable = [], []
    for issue in space.issues:
        demand = by_issue.get(issue.key)
        if demand is None:
            s, a = np.zeros(len(issue.values)), np.ones(len(issue.values), dtype=bool)
        elif issue.numeric:
            s, a = numeric_value_function(issue, demand)
        else:
            s, a = discrete_value_function(issue, demand)
        scores.append(s)
        acceptable.append(a)
    aliases = (party.short_name,) if party.short_name else ()
    weights_ = tuple(float(w) for w in weights)
    disagreement = (package_utility(space.issues, weights_, scores, dict(party.no_agreement)) if party.no_agreement
                    else float(party.batna))
    return Profile(party.id, party.name, weights_, tuple(scores), tuple(acceptable),
                   disagreement, float(party.bargaining_power), str(party.role.value), aliases)


def profiles_from_snapshot(snapshot: CaseSnapshot) -> tuple[OutcomeSpace, tuple[Profile, ...]]:
    """The outcome space of a case and one profile per party (display order kept)."""
    from desk.core.rules.constraints import rule_constraints  # the rules tie issues (ratios summing to 100 %)

    space = OutcomeSpace.from_issues(snapshot.issues).with_constraints(rule_constraints(snapshot.rules,
                                                                                        snapshot.issues))
    profiles = tuple(profile_from_demands(p, space, snapshot.demands) for p in snapshot.parties)
    return space, profiles
