"""All outcomes by enumeration (small spaces) and uniform samples of packages (any space)."""
from __future__ import annotations

import numpy as np

from desk.core.analytics.errors import AnalysisError
from desk.core.analytics.frontier import Frontier, pareto_filter
from desk.core.analytics.model import Model

#: Largest space the enumerator accepts (packages).
ENUMERATION_LIMIT = 5_000_000


def enumerate_utilities(model: Model, *, limit: int = ENUMERATION_LIMIT) -> np.ndarray:
    """(N × parties) int64 utilities of every package, built by broadcasting one issue at a time.

    U_k = U_{k−1}[:, None, :] + C_k[None, :, :], reshaped; rows are in lexicographic
    package order (first issue slowest), matching :meth:`OutcomeSpace.all_choices`.
    """
    if model.space.size > limit:
        raise AnalysisError(f"the space has {model.space.size:,} packages; enumeration stops at {limit:,} — "
                            "use the exact frontier or a sample instead")
    total = np.zeros((1, len(model.profiles)), dtype=np.int64)
    for table in model.tables:
        total = (total[:, None, :] + table[None, :, :]).reshape(-1, len(model.profiles))
    return total


def brute_force_frontier(model: Model, *, limit: int = ENUMERATION_LIMIT) -> Frontier:
    """The frontier by enumerating every package and filtering it (reference for tests, small spaces)."""
    if model.space.size > limit:
        raise AnalysisError(f"the space has {model.space.size:,} packages; brute force stops at {limit:,}")
    return pareto_filter(model, model.space.all_choices(), "brute force", exact=True)


def sample_choices(model: Model, count: int, *, seed: int | None = 0) -> np.ndarray:
    """``count`` packages drawn uniformly from those that meet the space's constraints (each issue's option
    uniform and independent; issues tied by a constraint drawn together, uniform over their valid combinations,
    which is uniform over the valid packages). No rows when no package meets the constraints."""
    if count < 0:
        raise AnalysisError("the sample size must not be negative")
    rng = np.random.default_rng(seed)
    space = model.space
    tied = space.tied_combos()
    if not tied:
        columns = [rng.integers(0, size, size=count) for size in space.sizes]
        return np.stack(columns, axis=1).astype(np.intp) if columns else np.zeros((count, 0), dtype=np.intp)
    if any(len(combos) == 0 for _, combos in tied):
        return np.zeros((0, len(space.issues)), dtype=np.intp)
    choices = np.empty((count, len(space.issues)), dtype=np.intp)
    in_group = {i for group, _ in tied for i in group}
    for i, size in enumerate(space.sizes):
        if i not in in_group:
            choices[:, i] = rng.integers(0, size, size=count)
    for group, combos in tied:
        choices[:, group] = combos[rng.integers(0, len(combos), size=count)]
    return choices


def sampled_frontier(model: Model, count: int, *, seed: int | None = 0) -> Frontier:
    """The non-dominated packages of a uniform sample — an approximation, labelled as such."""
    choices = np.unique(sample_choices(model, count, seed=seed), axis=0)
    return pareto_filter(model, choices, f"sampled ({count:,} random packages; not exact)", exact=False)
