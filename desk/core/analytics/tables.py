"""Models built straight from score tables (oracle cases, tests, rehearsal scenarios)."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from desk.core.analytics.errors import AnalysisError
from desk.core.analytics.model import Model
from desk.core.analytics.profiles import Profile
from desk.core.analytics.space import IssueGrid, OutcomeSpace


def model_from_tables(issues: Sequence[Mapping[str, Any]], parties: Sequence[Mapping[str, Any]],
                      frontier: Sequence[str] | None = None) -> Model:
    """A model from ``issues`` ({name, options}) and ``parties`` ({name, weights, scores, …}).

    ``weights[issue]`` and ``scores[issue]`` (one per option, in option order) give
    u_p(x) = Σ_i w_p,i · s_p,i(x_i); optional ``disagreement``, ``power``, ``role`` and
    ``acceptable[issue]`` (booleans per option) complete the profile.
    """
    grids = []
    for issue in issues:
        values = tuple(issue["options"])
        numeric = all(isinstance(v, int | float) and not isinstance(v, bool) for v in values)
        grids.append(IssueGrid(str(issue["name"]), str(issue["name"]), values, numeric=numeric))
    space = OutcomeSpace(tuple(grids))
    profiles = [_profile(party, space) for party in parties]
    return Model.build(space, profiles, frontier)


def _profile(party: Mapping[str, Any], space: OutcomeSpace) -> Profile:
    name = str(party["name"])
    weights, scores, acceptable = [], [], []
    for issue in space.issues:
        weight = float(party.get("weights", {}).get(issue.name, 0.0))
        given = party.get("scores", {}).get(issue.name)
        row = np.zeros(len(issue.values)) if given is None else np.asarray(given, dtype=np.float64)
        if row.shape != (len(issue.values),):
            raise AnalysisError(f"{name}: issue {issue.name!r} needs one score per option")
        ok = party.get("acceptable", {}).get(issue.name)
        weights.append(weight)
        scores.append(row)
        acceptable.append(np.ones(len(row), dtype=bool) if ok is None else np.asarray(ok, dtype=bool))
    return Profile(name, name, tuple(weights), tuple(scores), tuple(acceptable),
                   float(party.get("disagreement", 0.0)), float(party.get("power", 1.0)),
                   str(party.get("role", "signatory")))
