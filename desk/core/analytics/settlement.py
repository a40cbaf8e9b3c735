"""Settlement of side payments as a payer → payee graph with the fewest payments."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from desk.core.analytics.errors import AnalysisError

if TYPE_CHECKING:
    import networkx as nx

#: Up to this many parties with a non-zero balance the minimum is exact (2^n subset search).
EXACT_LIMIT = 18


@dataclass(frozen=True, slots=True, eq=False)
class Settlement:
    """Payments (payer, payee, amount) and the same as a networkx DiGraph with ``amount`` on edges.

    ``minimal`` is True when the number of payments is proven minimal.
    """

    payments: tuple[tuple[str, str, float], ...]
    graph: nx.DiGraph
    minimal: bool

    def to_dict(self) -> dict[str, Any]:
        return {"payments": [{"payer": a, "payee": b, "amount": amount} for a, b, amount in self.payments],
                "minimal": self.minimal}


def settle(balances: Mapping[str, float], *, precision: float = 1e-6) -> Settlement:
    """Payments that realise ``balances`` (+ receives, − pays; they must sum to 0).

    Maths: n parties with non-zero balance need n − k payments, where k is the largest
    number of disjoint zero-sum groups they split into; each group of size g settles with
    g − 1 payments (largest payer pays largest payee, repeatedly). k is found exactly by a
    dynamic programme over subsets for up to 18 parties; beyond, one group (n − 1 payments).
    Amounts are rounded to ``precision`` (default 1e-6 of the unit, e.g. 100 元 for 亿元).
    """
    import networkx as nx

    names = list(balances)
    units = {name: round(float(balances[name]) / precision) for name in names}
    if abs(sum(units.values())) > len(names):
        raise AnalysisError(f"balances must sum to zero (they sum to {sum(balances.values()):g})")
    _absorb_rounding(units)
    active = [name for name in names if units[name] != 0]
    exact = len(active) <= EXACT_LIMIT
    groups = _zero_sum_groups([units[a] for a in active]) if exact else [list(range(len(active)))]
    payments: list[tuple[str, str, float]] = []
    for group in groups:
        payments += _settle_group({active[i]: units[active[i]] for i in group}, precision)
    graph = nx.DiGraph()
    graph.add_nodes_from((name, {"balance": float(balances[name])}) for name in names)
    for payer, payee, amount in payments:
        graph.add_edge(payer, payee, amount=amount)
    return Settlement(tuple(payments), graph, exact)


def _absorb_rounding(units: dict[str, int]) -> None:
    """Give a rounding residue of a few units to the largest balance so the total is exactly 0."""
    residue = sum(units.values())
    if residue and units:
        largest = max(units, key=lambda k: abs(units[k]))
        units[largest] -= residue


def _zero_sum_groups(amounts: list[int]) -> list[list[int]]:
    """Split indices into the most disjoint zero-sum groups (subset DP, layer by layer in numpy)."""
    n = len(amounts)
    if n == 0:
        return []
    masks = np.arange(1 << n, dtype=np.int64)
    total = np.zeros(1 << n, dtype=np.int64)
    for i, amount in enumerate(amounts):
        total += amount * (masks >> i & 1)
    zero = (total == 0).astype(np.int64)
    size = np.bitwise_count(masks.astype(np.uint64)).astype(np.intp)
    best = np.zeros(1 << n, dtype=np.int64)  # best[m]: most zero-sum prefixes of an ordering of m
    for layer in range(1, n + 1):
        members = masks[size == layer]
        value = np.zeros(len(members), dtype=np.int64)
        for i in range(n):
            has = (members >> i & 1).astype(bool)
            value[has] = np.maximum(value[has], best[members[has] ^ (1 << i)])
        best[members] = value + zero[members]
    groups, current, mask = [], [], (1 << n) - 1
    while mask:
        for i in range(n):
            if mask >> i & 1 and best[mask ^ (1 << i)] == best[mask] - zero[mask]:
                break
        current.append(i)
        mask ^= 1 << i
        if mask == 0 or zero[mask]:
            groups.append(current)
            current = []
    return groups


def _settle_group(units: dict[str, int], precision: float) -> list[tuple[str, str, float]]:
    """Largest payer pays largest payee until the zero-sum group is settled (g − 1 payments)."""
    payers = {k: -v for k, v in units.items() if v < 0}
    payees = {k: v for k, v in units.items() if v > 0}
    payments = []
    while payers and payees:
        payer = max(payers, key=payers.__getitem__)
        payee = max(payees, key=payees.__getitem__)
        amount = min(payers[payer], payees[payee])
        payments.append((payer, payee, round(amount * precision, 12)))
        payers[payer] -= amount
        payees[payee] -= amount
        if payers[payer] == 0:
            del payers[payer]
        if payees[payee] == 0:
            del payees[payee]
    return payments
