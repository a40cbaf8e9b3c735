"""Uncertainty about a counterpart: its weights and BATNA utility perturbed within a stated range, by seed."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

import numpy as np

from desk.core.analytics.model import Model
from desk.core.rehearsal.errors import RehearsalError

#: Largest spread accepted.
MAX_SPREAD = 0.5


def describe(spread: float) -> str:
    """The range a perturbation draws from, in words (printed with every perturbed run)."""
    return (f"each agent's issue weights scaled by a factor drawn uniformly from [{1 - spread:g}, {1 + spread:g}] "
            f"and renormalised to their former sum; its BATNA utility moved by up to ±{spread:g} "
            "(kept within [0, 0.95])")


def perturb_model(model: Model, spread: float, rng: np.random.Generator,
                  parties: Iterable[int] | None = None) -> Model:
    """The model with the profiles at indices ``parties`` (default: all) perturbed as :func:`describe` says."""
    if not 0.0 <= spread <= MAX_SPREAD:
        raise RehearsalError(f"the perturbation must lie between 0 and {MAX_SPREAD}, not {spread}")
    chosen = set(range(len(model.profiles)) if parties is None else parties)
    profiles = []
    for index, profile in enumerate(model.profiles):
        if index not in chosen or spread == 0.0:
            profiles.append(profile)
            continue
        weights = np.asarray(profile.weights, dtype=np.float64)
        scaled = weights * rng.uniform(1.0 - spread, 1.0 + spread, size=len(weights))
        if scaled.sum() > 0:
            scaled *= weights.sum() / scaled.sum()
        batna = float(np.clip(profile.disagreement + rng.uniform(-spread, spread), 0.0, 0.95))
        profiles.append(replace(profile, weights=tuple(float(w) for w in scaled), disagreement=batna))
    keys = [model.profiles[i].key for i in model.frontier]
    return Model.build(model.space, profiles, keys)
