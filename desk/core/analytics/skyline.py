"""Exact Pareto filters (skylines) over integer utility vectors: 2-d sweep, n-d divide and conquer.

Utilities are compared as integers in units of :data:`QUANTUM` (1e-9): every per-issue
contribution is rounded once, so sums are exact and summation order cannot create or
break a tie (DESIGN.md §3). A point is *dominated* when another point is at least as
good for every party and strictly better for one; points with equal vectors (ties)
never dominate each other and are all kept.
"""
from __future__ import annotations

import functools
import os
from collections.abc import Callable

import numpy as np

#: Utilities are compared after rounding to this resolution.
QUANTUM = 1e-9
#: Filter for three or more columns: "auto" (moocore when installed, else numpy), "moocore" or "numpy".
#: The environment variable DESK_SKYLINE sets the default; benchmarks and tests may assign it.
PREFERRED = os.environ.get("DESK_SKYLINE", "auto")
_EXACT_FLOAT = 2**53  # integers below this in magnitude are exact as float64 (moocore compares doubles)
_BRUTE = 160  # at or below this many points, compare all pairs
_BRUTE_PAIRS = 40_000  # at or below |L|·|H| pairs, compare all pairs


def quantise(values: np.ndarray | float) -> np.ndarray:
    """Utilities as int64 multiples of QUANTUM: ``round(u / 1e-9)``."""
    return np.rint(np.asarray(values, dtype=np.float64) / QUANTUM).astype(np.int64)


def dequantise(values: np.ndarray) -> np.ndarray:
    """Back to float utilities."""
    return np.asarray(values, dtype=np.float64) * QUANTUM


def unique_rows(points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct rows of an integer matrix and, per input row, the index of its distinct row."""
    n = points.shape[0]
    if n == 0:
        return points, np.zeros(0, dtype=np.intp)
    order = np.lexsort(points.T[::-1])
    ranked = points[order]
    starts = np.ones(n, dtype=bool)
    starts[1:] = np.any(ranked[1:] != ranked[:-1], axis=1)
    inverse = np.empty(n, dtype=np.intp)
    inverse[order] = np.cumsum(starts) - 1
    return ranked[starts], inverse


def nondominated_mask(points: np.ndarray, *, method: str | None = None) -> np.ndarray:
    """Boolean mask of the rows of ``points`` (N × m integers) that no other row dominates.

    Maths: row i is kept iff there is no j with p_j ≥ p_i componentwise and p_j ≠ p_i.
    Equal rows are all kept. One column: the rows attaining the maximum. Two columns:
    sort-and-sweep in O(N log N). More: Kung–Luccio–Preparata divide and conquer,
    O(N log^{m−2} N) — compiled, from moocore, when available (``method`` "auto" or
    "moocore"; see :func:`skyline_method`), else in numpy on the distinct rows.
    """
    points = np.asarray(points)
    n, m = points.shape
    if n == 0:
        return np.zeros(0, dtype=bool)
    if m == 1:
        return points[:, 0] == points[:, 0].max()
    if m == 2:
        return ~_dominated_2d_with_ties(points[:, 0], points[:, 1])
    moocore_filter = _moocore_filter() if (method or PREFERRED) != "numpy" else None
    if moocore_filter is not None and np.abs(points).max() < _EXACT_FLOAT:
        return moocore_filter(points)
    if (method or PREFERRED) == "moocore":
        raise RuntimeError("moocore is not installed, or the values are too large to compare exactly as doubles")
    return numpy_nondominated_mask(points)


def numpy_nondominated_mask(points: np.ndarray) -> np.ndarray:
    """The pure-numpy skyline for m ≥ 3 columns: divide and conquer on the distinct rows, ties mapped back."""
    distinct, inverse = unique_rows(np.asarray(points))
    return ~_dominated(distinct, tuple(range(distinct.shape[1])))[inverse]


def skyline_method(columns: int) -> str:
    """Which filter :func:`nondominated_mask` uses for ``columns`` columns (for benchmarks and reports)."""
    if columns <= 2:
        return "sort-and-sweep" if columns == 2 else "maximum"
    if PREFERRED != "numpy" and _moocore_filter() is not None:
        return f"moocore {_moocore_version()} (compiled KLP)"
    return "numpy divide and conquer"


@functools.cache
def _moocore_filter() -> Callable[[np.ndarray], np.ndarray] | None:
    """moocore's is_nondominated as an exact tie-keeping maximising filter, or None if moocore is absent.

    ``maximise=True`` because utilities are maximised; ``keep_weakly=True`` keeps every copy
    of a non-dominated row (ties), while copies of a dominated row are all dominated. moocore
    compares doubles, exact for the int64 utilities below 2^53 checked by the caller. Imported
    on first use, so start-up does not pay for it.
    """
    try:
        import moocore
    except ImportError:
        return None

    def keep(points: np.ndarray) -> np.ndarray:
        mask = moocore.is_nondominated(points.astype(np.float64), maximise=True, keep_weakly=True)
        return np.asarray(mask, dtype=bool)
    return keep


def _moocore_version() -> str:
    import moocore
    return str(getattr(moocore, "__version__", ""))


def _dominated_2d_with_ties(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """2-d sweep keeping ties: sort by (a, b) descending; p is dominated iff a point before its tie group has b' ≥ b.

    Points before p's group have a' > a (then b' ≥ b dominates) or a' = a, b' > b (dominates).
    """
    order = np.lexsort((-b, -a))
    sa, sb = a[order], b[order]
    n = len(sa)
    running = np.empty_like(sb)
    running[0] = np.iinfo(sb.dtype).min
    running[1:] = np.maximum.accumulate(sb[:-1])
    start = np.ones(n, dtype=bool)
    start[1:] = (sa[1:] != sa[:-1]) | (sb[1:] != sb[:-1])
    group_start = np.maximum.accumulate(np.where(start, np.arange(n), 0))
    dominated = np.empty(n, dtype=bool)
    dominated[order] = running[group_start] >= sb
    return dominated


def dominated_by(low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """Is each row of ``low`` strictly dominated by some row of ``high``?

    Two columns: with ``high`` sorted on the first column and a suffix maximum of the
    second, each test is two binary searches (h_a > l_a and h_b ≥ l_b, or h_a ≥ l_a and
    h_b > l_b). More columns: see :func:`_dominated_by_nd`.
    """
    if len(high) == 0 or len(low) == 0:
        return np.zeros(len(low), dtype=bool)
    if low.shape[1] != 2:
        return _dominated_by_nd(low, high)
    order = np.argsort(high[:, 0], kind="stable")
    ha = high[order, 0]
    suffix = np.maximum.accumulate(high[order, 1][::-1])[::-1]
    suffix = np.append(suffix, np.iinfo(np.int64).min)
    above = np.searchsorted(ha, low[:, 0], side="right")
    at_least = np.searchsorted(ha, low[:, 0], side="left")
    return (suffix[above] >= low[:, 1]) | (suffix[at_least] > low[:, 1])


def _dominated_2d(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Distinct 2-d points: sort by (a, b) descending; p is dominated iff an earlier point has b' ≥ b.

    Earlier points have a' > a, or a' = a and b' > b, so b' ≥ b makes them dominate;
    the test is a running (exclusive) maximum of b along the sorted order.
    """
    order = np.lexsort((-b, -a))
    sorted_b = b[order]
    running = np.empty_like(sorted_b)
    running[0] = np.iinfo(sorted_b.dtype).min
    if len(sorted_b) > 1:
        running[1:] = np.maximum.accumulate(sorted_b[:-1])
    dominated = np.empty(len(a), dtype=bool)
    dominated[order] = running >= sorted_b
    return dominated


def _split(column: np.ndarray) -> np.ndarray | None:
    """A mask ``high`` with every high value > every low value, both sides non-empty; None if constant."""
    low, high = column.min(), column.max()
    if low == high:
        return None
    pivot = np.partition(column, len(column) // 2)[len(column) // 2]
    mask = column > pivot
    if not mask.any():
        mask = column >= pivot
    return mask


def _dominated_by_nd(low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """Strict dominance as a weak cover in m + 1 dimensions.

    For integers, h dominates l iff h ≥ l componentwise and Σh ≥ Σl + 1; so append the
    row sum (plus one for ``low``) as an extra column and ask the divide-and-conquer cover
    test, splitting on the sum first. Equal rows (ties) are never reported.
    """
    m = low.shape[1]
    low_x = np.hstack([low, low.sum(axis=1, keepdims=True) + 1])
    high_x = np.hstack([high, high.sum(axis=1, keepdims=True)])
    return _covered(low_x, high_x, (m, *range(m)))


def _dominated(points: np.ndarray, dims: tuple[int, ...]) -> np.ndarray:
    """Rows of distinct ``points`` dominated (on ``dims``) by another row; other columns are constant.

    Split on the median of the first dimension into high and low halves (every high value
    exceeds every low one). High rows can only be dominated by high rows; a low row is
    dominated by a low row, or is *covered* on the remaining dimensions by a
    non-dominated high row.
    """
    n = points.shape[0]
    if n <= 1:
        return np.zeros(n, dtype=bool)
    if len(dims) == 2:
        return _dominated_2d(points[:, dims[0]], points[:, dims[1]])
    if n <= _BRUTE:
        sub = points[:, dims]
        at_least = np.all(sub[None, :, :] >= sub[:, None, :], axis=2)
        return at_least.sum(axis=1) > 1  # every row is at least itself
    high = _split(points[:, dims[0]])
    if high is None:
        return _dominated(points, dims[1:])
    result = np.zeros(n, dtype=bool)
    high_idx, low_idx = np.flatnonzero(high), np.flatnonzero(~high)
    high_dom = _dominated(points[high_idx], dims)
    result[high_idx] = high_dom
    low_dom = _dominated(points[low_idx], dims)
    survivors = low_idx[~low_dom]
    covered = _covered(points[survivors], points[high_idx[~high_dom]], dims[1:])
    result[low_idx[low_dom]] = True
    result[survivors[covered]] = True
    return result


def _covered(low: np.ndarray, high: np.ndarray, dims: tuple[int, ...]) -> np.ndarray:
    """For each row l of ``low``: is there a row h of ``high`` with h ≥ l on every dimension in ``dims``?"""
    n = low.shape[0]
    if n == 0 or high.shape[0] == 0:
        return np.zeros(n, dtype=bool)
    if len(dims) == 1:
        return low[:, dims[0]] <= high[:, dims[0]].max()
    if len(dims) == 2:
        return _covered_2d(low[:, dims[0]], low[:, dims[1]], high[:, dims[0]], high[:, dims[1]])
    if n * high.shape[0] <= _BRUTE_PAIRS:
        return _covered_brute(low[:, dims], high[:, dims])
    split = _split(np.concatenate([low[:, dims[0]], high[:, dims[0]]]))
    if split is None:
        return _covered(low, high, dims[1:])
    low_high, high_high = split[:n], split[n:]
    result = np.zeros(n, dtype=bool)
    result[low_high] = _covered(low[low_high], high[high_high], dims)
    rest = np.flatnonzero(~low_high)
    # A high row above the pivot beats every low row on dims[0]; only the other dimensions matter.
    by_high = _covered(low[rest], high[high_high], dims[1:])
    result[rest[by_high]] = True
    rest = rest[~by_high]
    result[rest] = _covered(low[rest], high[~high_high], dims)
    return result


def _covered_brute(low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """All-pairs version of :func:`_covered` for small inputs, one dimension at a time."""
    at_least = high[None, :, 0] >= low[:, None, 0]
    for d in range(1, low.shape[1]):
        at_least &= high[None, :, d] >= low[:, None, d]
    return at_least.any(axis=1)


def _covered_2d(la: np.ndarray, lb: np.ndarray, ha: np.ndarray, hb: np.ndarray) -> np.ndarray:
    """2-d cover test: max{h_b : h_a ≥ l_a} ≥ l_b, by sorting ``high`` on a and a running max of b."""
    order = np.argsort(-ha, kind="stable")
    best_b = np.maximum.accumulate(hb[order])
    ascending = ha[order][::-1]
    count = len(ha) - np.searchsorted(ascending, la, side="left")  # rows with h_a ≥ l_a
    covered = np.zeros(len(la), dtype=bool)
    some = count > 0
    covered[some] = best_b[count[some] - 1] >= lb[some]
    return covered
