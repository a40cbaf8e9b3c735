"""Which two parties are most opposed: the pair whose utilities move least together over the packages."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def most_opposed_pair(utilities: np.ndarray, candidates: Sequence[int] | None = None) -> tuple[int, int]:
    """Columns (i, j), i < j, of ``utilities`` (packages × parties) with the lowest Pearson correlation among
    ``candidates`` (default: every column): the pair a chart of the bargaining should show first.

    A column that does not vary (a party indifferent to every package here) has no correlation and is
    chosen last; ties go to the earlier pair. With fewer than two candidates the first two columns are
    returned.
    """
    columns = list(range(utilities.shape[1])) if candidates is None else list(candidates)
    if len(columns) < 2:
        return (0, 1)
    block = np.asarray(utilities, dtype=np.float64)[:, columns]
    centred = block - block.mean(axis=0)
    spread = np.sqrt((centred ** 2).sum(axis=0))
    best: tuple[float, int, int] | None = None
    for a in range(len(columns)):
        for b in range(a + 1, len(columns)):
            if spread[a] == 0 or spread[b] == 0:
                score = 2.0  # no correlation to speak of: after every real one
            else:
                score = float(centred[:, a] @ centred[:, b] / (spread[a] * spread[b]))
            if best is None or score < best[0] - 1e-12:
                best = (score, a, b)
    assert best is not None
    return (columns[best[1]], columns[best[2]])
