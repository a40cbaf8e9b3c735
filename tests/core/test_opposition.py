"""The most opposed pair of parties: lowest correlation of their utilities over the packages."""
from __future__ import annotations

import numpy as np

from desk.core.analytics.opposition import most_opposed_pair


def test_the_pair_that_pulls_apart_is_chosen_over_the_first_two():
    rng = np.random.default_rng(5)
    base = rng.random(500)
    utilities = np.column_stack([base, base * 0.8 + 0.1 * rng.random(500),  # 0 and 1 agree
                                 1 - base + 0.05 * rng.random(500),          # 2 opposes both
                                 rng.random(500)])                           # 3 unrelated
    assert most_opposed_pair(utilities) == (0, 2)
    assert most_opposed_pair(utilities, [1, 3, 2]) == (1, 2)
    assert most_opposed_pair(utilities, [0, 1]) == (0, 1)
    assert most_opposed_pair(utilities, [3]) == (0, 1)


def test_an_indifferent_party_comes_last_and_ties_keep_the_order():
    utilities = np.array([[0.1, 0.5, 0.9], [0.2, 0.5, 0.8], [0.3, 0.5, 0.7]])
    assert most_opposed_pair(utilities) == (0, 2)
    same = np.array([[0.0, 1.0, 1.0], [1.0, 0.0, 0.0]])
    assert most_opposed_pair(same) == (0, 1)  # (0,1) and (0,2) tie at −1
