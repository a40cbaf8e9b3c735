"""Preference elicitation: answers give the expected scores and weights (hand-computed), bad answers are named."""
from __future__ import annotations

import numpy as np
import pytest

from desk.core.elicitation import (
    pairwise_weights,
    priorities_from_weights,
    scores_from_ratings,
    swing_weights,
    value_points,
)
from desk.core.errors import ValidationError


def test_option_ratings_become_an_interval_scale():
    assert scores_from_ratings({"联合监测": 90, "各自监测": 30, "第三方监测": 60}) == {
        "联合监测": 1.0, "各自监测": 0.0, "第三方监测": 0.5}
    with pytest.raises(ValidationError) as info:
        scores_from_ratings({"甲": 5, "乙": 5})
    assert info.value.code == "elicit.ratings_equal"


def test_value_points_are_sorted_checked_and_anchored():
    assert value_points([(3.0, 1.0), (1.0, 0.0), (2.0, 0.8)], 1.0, 3.0) == ((1.0, 0.0), (2.0, 0.8), (3.0, 1.0))
    for bad, code in (([(1.0, 0.0)], "elicit.points_few"), ([(1.0, 0.2), (3.0, 1.0)], "elicit.points_anchor"),
                      ([(0.0, 0.0), (3.0, 1.0)], "elicit.point_outside"), ([(1.0, 0.0), (1.0, 1.0)],
                                                                            "demand.breakpoints_order")):
        with pytest.raises(ValidationError) as info:
            value_points(bad, 1.0, 3.0)
        assert info.value.code == code


def test_swing_weights_are_the_shares_of_the_points():
    weights = swing_weights({"出资": 100, "K值": 60, "期限": 40})
    assert weights == pytest.approx({"出资": 0.5, "K值": 0.3, "期限": 0.2})
    with pytest.raises(ValidationError) as info:
        swing_weights({"出资": 80, "K值": 60})
    assert info.value.code == "elicit.swing_top"


def test_pairwise_comparison_of_a_consistent_set_gives_the_exact_weights():
    # weights 0.6 / 0.3 / 0.1 → a12 = 2, a13 = 6, a23 = 3: perfectly consistent, λmax = n, CR = 0
    judgements = {("出资", "K值"): 2, ("出资", "期限"): 6, ("期限", "K值"): 1 / 3}
    result = pairwise_weights(["出资", "K值", "期限"], judgements)
    assert result.weights == pytest.approx({"出资": 0.6, "K值": 0.3, "期限": 0.1})
    assert result.lambda_max == pytest.approx(3.0) and result.consistency_ratio == pytest.approx(0.0, abs=1e-9)
    assert result.consistent


def test_an_inconsistent_set_is_flagged_with_saatys_ratio():
    # A > B (3), B > C (3), but C > A (3): a cycle
    result = pairwise_weights(["A", "B", "C"], {("A", "B"): 3, ("B", "C"): 3, ("C", "A"): 3})
    matrix = np.array([[1, 3, 1 / 3], [1 / 3, 1, 3], [3, 1 / 3, 1]])
    lam = max(np.linalg.eigvals(matrix).real)
    assert result.lambda_max == pytest.approx(lam)
    assert result.consistency_ratio == pytest.approx((lam - 3) / 2 / 0.58)
    assert not result.consistent and result.weights == pytest.approx({"A": 1 / 3, "B": 1 / 3, "C": 1 / 3})
    with pytest.raises(ValidationError) as info:
        pairwise_weights(["A", "B", "C"], {("A", "B"): 3})
    assert info.value.code == "elicit.pair_missing" and info.value.params["count"] == 2


def test_priorities_reproduce_the_weights():
    priorities = priorities_from_weights({"a": 0.5, "b": 0.3, "c": 0.2})
    assert priorities == {"a": 50.0, "b": 30.0, "c": 20.0}
