"""Preference elicitation (as Inspire and Smartsettle ask it): option ratings, value-function points, and
issue weights by swing weighting or by pairwise comparison (AHP, with Saaty's consistency ratio). Pure."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from desk.core.errors import ValidationError

#: The audit event that keeps one set of answers: {"party_id", "subject", "method", "answers", "result"}.
ELICITED = "preferences.elicited"
#: Saaty's random consistency index by matrix size (Saaty 1980; n = 1 … 10).
RANDOM_INDEX = (0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49)
#: A comparison set is consistent enough when its consistency ratio is below this (Saaty's 10 % rule).
CR_LIMIT = 0.10
#: The judgements of Saaty's scale: 1 equal … 9 extremely more important (and their reciprocals).
SAATY_SCALE = (1, 2, 3, 4, 5, 6, 7, 8, 9)


def scores_from_ratings(ratings: Mapping[str, float]) -> dict[str, float]:
    """Option scores in [0, 1] from ratings on any scale (e.g. 0–100): the best rated option scores 1, the
    worst 0, the rest in proportion (an interval scale, as a value function needs)."""
    if len(ratings) < 2:
        raise ValidationError("ratings", "elicit.ratings_few", "rate at least two options")
    values = {option: float(r) for option, r in ratings.items()}
    if any(not np.isfinite(r) or r < 0 for r in values.values()):
        raise ValidationError("ratings", "elicit.rating_negative", "a rating is a number of 0 or more")
    low, high = min(values.values()), max(values.values())
    if high == low:
        raise ValidationError("ratings", "elicit.ratings_equal",
                              "the ratings are all equal: the issue would not matter to this party")
    return {option: (r - low) / (high - low) for option, r in values.items()}


def value_points(points: Sequence[tuple[float, float]], low: float, high: float) -> tuple[tuple[float, float], ...]:
    """A numeric issue's piecewise-linear value function from (value, score) points: sorted, within the
    issue's range [low, high], scores in [0, 1], at least two points, one scoring 0 and one scoring 1."""
    cleaned = sorted((float(x), float(y)) for x, y in points)
    if len(cleaned) < 2:
        raise ValidationError("breakpoints", "elicit.points_few", "give at least two points")
    xs = [x for x, _ in cleaned]
    if len(set(xs)) != len(xs):
        raise ValidationError("breakpoints", "demand.breakpoints_order",
                              "breakpoints must have strictly increasing values")
    for x, y in cleaned:
        if not (low - 1e-9 <= x <= high + 1e-9):
            raise ValidationError("breakpoints", "elicit.point_outside", f"the value {x:g} lies outside the issue",
                                  value=x, low=low, high=high)
        if not (0.0 <= y <= 1.0):
            raise ValidationError("breakpoints", "elicit.score_range", "a score lies between 0 and 1")
    scores = [y for _, y in cleaned]
    if min(scores) > 1e-9 or max(scores) < 1 - 1e-9:
        raise ValidationError("breakpoints", "elicit.points_anchor",
                              "one point must score 0 (the worst value) and one score 1 (the best)")
    return tuple(cleaned)


def swing_weights(points: Mapping[str, float]) -> dict[str, float]:
    """Issue weights by swing weighting: the swing (worst → best value of an issue) that matters most gets 100
    points, every other swing the points it is worth beside that one; weights are the points' shares."""
    if not points:
        raise ValidationError("swings", "elicit.swings_empty", "rate the swing of at least one issue")
    values = {issue: float(p) for issue, p in points.items()}
    if any(not np.isfinite(p) or p < 0 or p > 100 for p in values.values()):
        raise ValidationError("swings", "elicit.swing_range", "swing points lie between 0 and 100")
    if max(values.values()) != 100:
        raise ValidationError("swings", "elicit.swing_top", "the most important swing gets 100 points")
    total = sum(values.values())
    return {issue: p / total for issue, p in values.items()}


@dataclass(frozen=True, slots=True)
class PairwiseResult:
    """AHP weights (principal eigenvector), λmax, the consistency index and ratio, and whether CR < 10 %."""

    weights: dict[str, float]
    lambda_max: float
    consistency_index: float
    consistency_ratio: float

    @property
    def consistent(self) -> bool:
        return self.consistency_ratio < CR_LIMIT


def comparison_matrix(issues: Sequence[str], judgements: Mapping[tuple[str, str], float]) -> np.ndarray:
    """The reciprocal matrix A (a_ij = how many times issue i matters more than j; a_ji = 1 / a_ij) from one
    judgement per pair, given either way round; every pair must be judged on Saaty's 1/9 … 9 scale."""
    index = {issue: k for k, issue in enumerate(issues)}
    n = len(issues)
    matrix = np.ones((n, n))
    seen = set()
    for (a, b), value in judgements.items():
        if a not in index or b not in index or a == b:
            raise ValidationError("judgements", "elicit.pair_unknown", f"no such pair of issues: {a}, {b}")
        value = float(value)
        if not (1 / 9 - 1e-9 <= value <= 9 + 1e-9):
            raise ValidationError("judgements", "elicit.judgement_range", "a judgement lies between 1/9 and 9")
        i, j = index[a], index[b]
        matrix[i, j], matrix[j, i] = value, 1.0 / value
        seen.add(frozenset((a, b)))
    missing = [(a, b) for k, a in enumerate(issues) for b in issues[k + 1:] if frozenset((a, b)) not in seen]
    if missing:
        raise ValidationError("judgements", "elicit.pair_missing", f"{len(missing)} pairs are not compared yet",
                              count=len(missing))
    return matrix


def pairwise_weights(issues: Sequence[str], judgements: Mapping[tuple[str, str], float]) -> PairwiseResult:
    """AHP (Saaty): weights are the principal eigenvector of the comparison matrix, normalised to sum 1;
    CI = (λmax − n)/(n − 1), CR = CI / RI(n). Fewer than three issues are always consistent."""
    if len(issues) < 2:
        raise ValidationError("judgements", "elicit.issues_few", "compare at least two issues")
    if len(issues) > len(RANDOM_INDEX):
        raise ValidationError("judgements", "elicit.issues_many", "pairwise comparison takes at most 10 issues")
    matrix = comparison_matrix(issues, judgements)
    eigenvalues, eigenvectors = np.linalg.eig(matrix)
    k = int(np.argmax(eigenvalues.real))
    vector = np.abs(eigenvectors[:, k].real)
    weights = vector / vector.sum()
    n = len(issues)
    lambda_max = float(eigenvalues[k].real)
    ci = max(0.0, (lambda_max - n) / (n - 1))
    ri = RANDOM_INDEX[n - 1]
    cr = ci / ri if ri > 0 else 0.0
    return PairwiseResult({issue: float(w) for issue, w in zip(issues, weights, strict=True)}, lambda_max, ci, cr)


def priorities_from_weights(weights: Mapping[str, float]) -> dict[str, float]:
    """Demand priorities (0–100, normalised into weights by the profile) that give exactly these weights."""
    total = sum(weights.values())
    if total <= 0:
        raise ValidationError("weights", "elicit.weights_zero", "at least one weight must be above zero")
    return {issue: round(100.0 * w / total, 6) for issue, w in weights.items()}


def latest_answers(payloads: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, dict]]:
    """Party id → subject ("weights" or an issue id) → the latest recorded answers, from the payloads of the
    ``preferences.elicited`` events in log order (a later set of answers on a subject replaces the earlier)."""
    latest: dict[str, dict[str, dict]] = {}
    for payload in payloads:
        party, subject = payload.get("party_id"), payload.get("subject")
        if isinstance(party, str) and isinstance(subject, str):
            latest.setdefault(party, {})[subject] = dict(payload)
    return latest
