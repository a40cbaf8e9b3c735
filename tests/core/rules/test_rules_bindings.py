"""Bindable parameters of a rule: listed per kind, read and set by path without touching the original."""
from __future__ import annotations

from rule_helpers import rule

from desk.core.rules.bindings import get_param, parameters, set_param
from desk.core.rules.model import RuleKind


def test_list_get_and_set_parameters():
    pool = rule(RuleKind.POOL, account="基金", first_year=2018, years=3, size={"issue": "fund"},
                contributions=[{"party": "yn", "ratio": 1}, {"party": "gz", "ratio": 5}],
                allocations=[{"party": "yn", "ratio": 3}, {"party": "gz", "ratio": 4}])
    assert parameters(pool) == [("size", {"issue": "fund"}), ("years", 3), ("contributions[0].ratio", 1),
                                ("contributions[1].ratio", 5), ("allocations[0].ratio", 3),
                                ("allocations[1].ratio", 4)]
    changed = set_param(pool.params, "allocations[1].ratio", {"issue": "gz-share"})
    assert get_param(changed, "allocations[1].ratio") == {"issue": "gz-share"}
    assert get_param(pool.params, "allocations[1].ratio") == 4  # the original is untouched
    assert get_param(pool.params, "contributions[7].ratio") is None
