"""Exact issue-by-issue frontier against brute force, the skyline against a naive filter, caps and cancellation."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.core.analytics import frontier as frontier_module
from desk.core.analytics import skyline
from desk.core.analytics.errors import Cancelled, FrontierTooLarge, Monitor
from desk.core.analytics.frontier import exact_frontier
from desk.core.analytics.model import Model
from desk.core.analytics.sampling import brute_force_frontier, enumerate_utilities, sampled_frontier
from desk.core.analytics.skyline import nondominated_mask, numpy_nondominated_mask, quantise
from desk.core.analytics.tables import model_from_tables


@st.composite
def domains(draw, min_parties: int = 2, max_parties: int = 5) -> Model:
    """Random small domains; coarse scores and weights make ties common, hard constraints and d_p > 0 occur."""
    n_parties = draw(st.integers(min_parties, max_parties))
    n_issues = draw(st.integers(1, 4))
    sizes = [draw(st.integers(1, 4)) for _ in range(n_issues)]
    issues = [{"name": f"i{k}", "options": [f"o{j}" for j in range(size)]} for k, size in enumerate(sizes)]
    parties = []
    for p in range(n_parties):
        weights = [draw(st.integers(0, 3)) for _ in sizes]
        total = sum(weights) or 1
        parties.append({
            "name": f"P{p}",
            "weights": {f"i{k}": w / total for k, w in enumerate(weights)},
            "scores": {f"i{k}": [draw(st.integers(0, 4)) / 4 for _ in range(size)] for k, size in enumerate(sizes)},
            "acceptable": {f"i{k}": [draw(st.booleans()) or j == 0 for j in range(size)]
                           for k, size in enumerate(sizes)},
            "disagreement": draw(st.sampled_from([0.0, 0.0, 0.1, 0.3])),
            "role": draw(st.sampled_from(["signatory", "signatory", "consulted"])),
        })
    return model_from_tables(issues, parties)


def _packages(frontier) -> set[tuple[int, ...]]:
    return {tuple(row) for row in frontier.choices.tolist()}


@settings(max_examples=150, deadline=None)
@given(domains())
def test_issue_by_issue_frontier_equals_brute_force(model: Model) -> None:
    exact = exact_frontier(model)
    brute = brute_force_frontier(model)
    assert _packages(exact) == _packages(brute)  # same packages, ties included
    assert np.array_equal(np.sort(exact.utilities_q, axis=0), np.sort(brute.utilities_q, axis=0))


@settings(max_examples=60, deadline=None)
@given(domains(min_parties=1, max_parties=4))
def test_frontier_packages_are_feasible_and_undominated(model: Model) -> None:
    frontier = exact_frontier(model)
    cols = list(model.frontier)
    everything = enumerate_utilities(model)[:, cols]
    everything = everything[model.acceptable(model.space.all_choices())[:, cols].all(axis=1)]
    for row in frontier.frontier_utilities_q:
        assert not np.any(np.all(everything >= row, axis=1) & np.any(everything > row, axis=1))
        assert np.all(row >= model.disagreement_q()[cols])
    assert model.acceptable(frontier.choices)[:, cols].all()


def _naive(points: np.ndarray) -> np.ndarray:
    keep = np.ones(len(points), dtype=bool)
    for i, p in enumerate(points):
        keep[i] = not np.any(np.all(points >= p, axis=1) & np.any(points > p, axis=1))
    return keep


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 6), st.integers(0, 600), st.integers(1, 9), st.integers(0, 2**32 - 1))
def test_skyline_matches_naive_filter(m: int, n: int, spread: int, seed: int) -> None:
    points = np.random.default_rng(seed).integers(0, spread, size=(n, m))
    assert np.array_equal(nondominated_mask(points), _naive(points))
    assert np.array_equal(nondominated_mask(points, method="numpy"), _naive(points))


needs_moocore = pytest.mark.skipif(skyline._moocore_filter() is None, reason="moocore not installed")


@needs_moocore
@settings(max_examples=60, deadline=None)
@given(st.integers(3, 6), st.integers(1, 4000), st.sampled_from([2, 5, 50, 10**6, 10**15]),
       st.integers(0, 2**32 - 1))
def test_moocore_and_numpy_skylines_agree(m: int, n: int, spread: int, seed: int) -> None:
    """The compiled filter and the numpy fallback give the same mask, duplicates (ties) included."""
    rng = np.random.default_rng(seed)
    points = rng.integers(-spread, spread, size=(n, m))
    points = np.concatenate([points, points[rng.integers(0, n, size=n // 4)]])  # exact duplicates
    assert np.array_equal(nondominated_mask(points, method="moocore"), numpy_nondominated_mask(points))


@needs_moocore
def test_moocore_keeps_all_ties_and_drops_dominated_copies() -> None:
    points = np.array([[1, 1, 1], [0, 0, 0], [1, 1, 1], [0, 0, 0], [2, 0, 0], [2, 0, 0]])
    assert nondominated_mask(points, method="moocore").tolist() == [True, False, True, False, True, True]


def test_values_too_large_for_doubles_use_the_exact_numpy_filter() -> None:
    big = 2**60
    points = np.array([[big, 0, 0], [big + 1, 0, 0], [0, 1, 0]])  # equal as doubles, not as integers
    assert nondominated_mask(points).tolist() == [False, True, True]


@needs_moocore
@settings(max_examples=40, deadline=None)
@given(domains(min_parties=3, max_parties=5))
def test_frontier_is_the_same_with_either_skyline(model: Model) -> None:
    previous = skyline.PREFERRED
    try:
        skyline.PREFERRED = "numpy"
        by_numpy = exact_frontier(model)
        skyline.PREFERRED = "moocore"
        by_moocore = exact_frontier(model)
    finally:
        skyline.PREFERRED = previous
    assert np.array_equal(by_numpy.choices, by_moocore.choices)


def _seeded_domain(seed: int) -> Model:
    """4–6 parties, 3–5 issues of 2–5 options: coarse scores, twin options (tied packages), some hard
    constraints and d_p > 0."""
    rng = np.random.default_rng(seed)
    sizes = rng.integers(2, 6, size=rng.integers(3, 6)).tolist()
    twins = rng.random(len(sizes)) < 0.3  # the last option scores like the first for everyone
    issues = [{"name": f"i{k}", "options": [f"o{j}" for j in range(size)]} for k, size in enumerate(sizes)]
    parties = []
    for p in range(rng.integers(4, 7)):
        scores = [rng.integers(0, 5, size=size) / 4 for size in sizes]
        for k in np.flatnonzero(twins):
            scores[k][-1] = scores[k][0]
        parties.append({
            "name": f"P{p}",
            "weights": {f"i{k}": int(rng.integers(0, 4)) for k in range(len(sizes))},
            "scores": {f"i{k}": row.tolist() for k, row in enumerate(scores)},
            "acceptable": {f"i{k}": (rng.random(size) > 0.04).tolist() for k, size in enumerate(sizes)},
            "disagreement": float(rng.choice([0.0, 0.0, 0.0, 0.2, 0.4])),
        })
    return model_from_tables(issues, parties)


@settings(max_examples=150, deadline=None)
@given(st.integers(0, 2**32 - 1), st.sampled_from(["numpy", "moocore"]))
def test_exchange_filter_on_every_step_keeps_the_frontier_exact(seed: int, method: str) -> None:
    """The dominated-triple filter, forced on from the third issue (it normally waits for 20,000 candidates)."""
    model = _seeded_domain(seed)
    if method == "moocore" and skyline._moocore_filter() is None:
        method = "numpy"
    previous = frontier_module.EXCHANGE_MIN, skyline.PREFERRED
    try:
        frontier_module.EXCHANGE_MIN, skyline.PREFERRED = 0, method
        exact = exact_frontier(model)
    finally:
        frontier_module.EXCHANGE_MIN, skyline.PREFERRED = previous
    brute = brute_force_frontier(model)
    assert _packages(exact) == _packages(brute)  # same packages, ties included


@pytest.mark.parametrize("seed", range(4))
def test_exchange_filter_rules_out_exactly_the_dominated_triples(seed: int, monkeypatch) -> None:
    """With two issues combined, a candidate is ruled out iff its three options are strictly dominated."""
    monkeypatch.setattr(frontier_module, "EXCHANGE_MIN", 0)
    rng = np.random.default_rng(seed)
    tables = [rng.integers(0, 4, size=(size, 4)) for size in (3, 4, 5)]  # coarse: ties and dominance both occur
    chosen = np.array([(a, b) for a in range(3) for b in range(4)], dtype=np.uint8)
    ruled_out = frontier_module._exchange_filter(tables, chosen, 2)
    sums = (tables[0][:, None, None] + tables[1][None, :, None] + tables[2][None, None, :]).reshape(-1, 4)
    expected = ~_naive(sums)
    assert ruled_out is not None and ruled_out.any() and not ruled_out.all()
    assert np.array_equal(ruled_out.reshape(-1), expected)


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 300), st.integers(1, 4), st.integers(1, 5), st.integers(1, 6), st.integers(0, 2**32 - 1))
def test_display_order_is_the_full_lexicographic_order(rows: int, parties: int, issues: int, spread: int,
                                                       seed: int) -> None:
    """Sorting on the first party's utility, then lexsorting only the tied rows, gives the lexsort of every key."""
    rng = np.random.default_rng(seed)
    choices = rng.integers(0, 3, size=(rows, issues))
    utilities = rng.integers(0, spread, size=(rows, parties + 1))
    frontier = tuple(rng.permutation(parties + 1)[:parties].tolist())
    keys = [choices[:, i] for i in reversed(range(issues))] + [-utilities[:, p] for p in reversed(frontier)]
    assert np.array_equal(frontier_module._display_order(choices, utilities, frontier), np.lexsort(keys))


def test_skyline_keeps_exact_ties_and_ignores_float_noise() -> None:
    noisy = quantise(np.array([[0.1 + 0.2, 0.5], [0.3, 0.5], [0.3, 0.5 - 1e-15], [0.2, 0.4]]))
    assert nondominated_mask(noisy).tolist() == [True, True, True, False]


def _big_model(parties: int = 3, issues: int = 8, options: int = 10, seed: int = 0) -> Model:
    rng = np.random.default_rng(seed)
    spec = [{"name": f"i{k}", "options": list(range(options))} for k in range(issues)]
    people = [{"name": f"P{p}", "weights": {f"i{k}": w for k, w in enumerate(rng.dirichlet(np.ones(issues)))},
               "scores": {f"i{k}": rng.random(options).tolist() for k in range(issues)}} for p in range(parties)]
    return model_from_tables(spec, people)


def test_frontier_past_the_cap_is_reported_not_truncated() -> None:
    with pytest.raises(FrontierTooLarge) as caught:
        exact_frontier(_big_model(), cap=50)
    assert caught.value.size > 50
    assert "sampled" in str(caught.value) and "fewer parties" in str(caught.value)


def test_progress_is_reported_and_cancellation_stops_the_work() -> None:
    seen: list[float] = []
    exact_frontier(_big_model(), monitor=Monitor(lambda f, _m: seen.append(f)))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        exact_frontier(_big_model(), monitor=Monitor(None, lambda: next(calls) >= 3))


def test_huge_space_is_solved_without_enumeration() -> None:
    model = _big_model(parties=2, issues=20, options=10)  # 10^20 packages
    frontier = exact_frontier(model)
    assert model.space.size == 10**20 and len(frontier) > 0
    sampled = sampled_frontier(model, 2000, seed=3)
    assert not sampled.exact and "sampled" in sampled.method
    # every sampled "frontier" point is weakly dominated by some exact frontier point
    exact_rows = frontier.frontier_utilities_q
    for row in sampled.frontier_utilities_q:
        assert np.any(np.all(exact_rows >= row, axis=1))


def test_no_acceptable_option_gives_an_empty_frontier_with_a_reason() -> None:
    model = model_from_tables(
        [{"name": "x", "options": ["a", "b"]}],
        [{"name": "A", "weights": {"x": 1}, "scores": {"x": [1, 0]}, "acceptable": {"x": [True, False]}},
         {"name": "B", "weights": {"x": 1}, "scores": {"x": [0, 1]}, "acceptable": {"x": [False, True]}}])
    frontier = exact_frontier(model)
    assert len(frontier) == 0 and "acceptable" in frontier.reason
