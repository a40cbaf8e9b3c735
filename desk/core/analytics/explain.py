"""Explanation of a package: each party's utility broken down issue by issue."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from desk.core.analytics.model import Model
from desk.core.issues import Value


@dataclass(frozen=True, slots=True)
class IssueContribution:
    """Issue i for party p: value x_i, score v_p,i(x_i), weight w_p,i and contribution w·v."""

    issue: str
    value: Value
    score: float
    weight: float
    contribution: float
    acceptable: bool


@dataclass(frozen=True, slots=True)
class PartyExplanation:
    """u_p(x) = Σ_i w_p,i · v_p,i(x_i), with d_p for comparison."""

    party: str
    utility: float
    disagreement: float
    acceptable: bool
    rows: tuple[IssueContribution, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"party": self.party, "utility": self.utility, "disagreement": self.disagreement,
                "acceptable": self.acceptable,
                "issues": [{"issue": r.issue, "value": r.value, "score": r.score, "weight": r.weight,
                            "contribution": r.contribution, "acceptable": r.acceptable} for r in self.rows]}


def explain(model: Model, package: Mapping[str, Value] | np.ndarray) -> tuple[PartyExplanation, ...]:
    """Per-issue contributions of every party's utility for ``package``; they sum to the utility."""
    choice = np.asarray(package) if isinstance(package, np.ndarray) else model.space.choice_of(package)
    labels = model.space.labels()
    result = []
    for profile in model.profiles:
        rows = []
        for i in range(len(model.space.issues)):
            k = int(choice[i])
            score = float(profile.scores[i][k])
            rows.append(IssueContribution(labels[i], model.space.package(choice)[labels[i]], score,
                                          profile.weights[i], profile.weights[i] * score,
                                          bool(profile.acceptable[i][k])))
        result.append(PartyExplanation(profile.name, float(sum(r.contribution for r in rows)),
                                       profile.disagreement, all(r.acceptable for r in rows), tuple(rows)))
    return tuple(result)
