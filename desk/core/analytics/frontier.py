"""Exact Pareto frontier built issue by issue, never enumerating the outcome space."""
from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from desk.core.analytics.errors import FrontierTooLarge, Monitor
from desk.core.analytics.model import Model
from desk.core.analytics.reasons import EmptyReason, empty_reason_text
from desk.core.analytics.skyline import dequantise, dominated_by, nondominated_mask, unique_rows
from desk.core.issues import Value
from desk.core.language import EN

#: Default cap on frontier packages; beyond it the engine says so instead of truncating.
DEFAULT_CAP = 250_000
#: Candidates (packages × frontier parties) combined in one vectorised block.
BLOCK_CELLS = 8_000_000
#: Block size (candidate cells) when candidates are first tested against the kept 2-party staircase.
PREFILTER_CELLS = 250_000
#: Candidates in a step (four or more parties) from which dominated option triples are ruled out first.
EXCHANGE_MIN = 20_000
#: Most option triples in one table of the exchange filter.
EXCHANGE_TABLE = 4_096
#: Prefixes sampled to judge whether a pair of issues rules out enough candidates to be worth applying.
EXCHANGE_SAMPLE = 1_024
#: Fraction of the sampled candidates a pair of issues must rule out to be applied to every prefix.
EXCHANGE_USEFUL = 0.01

ALTERNATIVES = (
    "put fewer parties on the frontier (e.g. only the signatories: --parties A,B)",
    "use coarser steps on numeric issues",
    "use a sampled frontier of N random packages (desk analyze --sampled-frontier N), labelled as sampled, not exact",
    "raise the cap if the machine has the memory",
)


@dataclass(frozen=True, slots=True, eq=False)
class Frontier:
    """Frontier packages (rows of option indices) with every party's utilities.

    ``method`` says how it was obtained; ``exact`` is False for a sampled frontier, which
    is only the non-dominated part of a sample. ``reason`` explains an empty frontier in English, ``why`` as
    data (:func:`desk.core.analytics.reasons.empty_reason_text` says it in either language).
    """

    model: Model
    choices: np.ndarray
    utilities_q: np.ndarray
    method: str
    exact: bool = True
    reason: str = ""
    candidates: int = 0  # combinations examined while building it (for benchmarks)
    why: EmptyReason | None = None

    def __len__(self) -> int:
        return int(self.choices.shape[0])

    @property
    def utilities(self) -> np.ndarray:
        """(S × all parties) float utilities, frontier parties and others alike."""
        return dequantise(self.utilities_q)

    @property
    def frontier_utilities_q(self) -> np.ndarray:
        """(S × frontier parties) int64 utilities."""
        return self.utilities_q[:, list(self.model.frontier)]

    @property
    def frontier_utilities(self) -> np.ndarray:
        return dequantise(self.frontier_utilities_q)

    def distinct_count(self) -> int:
        """Number of distinct utility vectors of the frontier parties (tied packages count once)."""
        return int(unique_rows(self.frontier_utilities_q)[0].shape[0])

    def package(self, index: int) -> dict[str, Value]:
        return self.model.space.package(self.choices[index])


def make_frontier(model: Model, choices: np.ndarray, method: str, *, exact: bool = True,
                  why: EmptyReason | None = None, candidates: int = 0) -> Frontier:
    """A Frontier of the given packages, sorted by the frontier parties' utilities (first party best first);
    ``why`` it is empty when it is."""
    choices = np.asarray(choices, dtype=np.intp).reshape(-1, len(model.space.issues))
    utilities = model.utilities_q(choices)
    order = _display_order(choices, utilities, model.frontier)
    reason = empty_reason_text(why, EN) if why is not None else ""
    return Frontier(model, choices[order], utilities[order], method, exact, reason, candidates, why)


def _display_order(choices: np.ndarray, utilities: np.ndarray, frontier: tuple[int, ...]) -> np.ndarray:
    """Lexicographic order on (−u_f1, −u_f2, …, x_1, x_2, …) over the frontier parties f and options x.

    One argsort on −u_f1 places every row; only rows sharing their u_f1 with another row
    (usually few) are then lexsorted on all the keys, in place — lexsorting every row on
    every key is several times slower on 10^4 rows.
    """
    first = -utilities[:, frontier[0]]
    order = np.argsort(first, kind="stable")
    ranked = first[order]
    tied = np.zeros(len(order), dtype=bool)
    tied[1:] = ranked[1:] == ranked[:-1]
    tied[:-1] |= tied[1:]
    if tied.any():
        rows = order[tied]
        keys = [choices[rows, i] for i in reversed(range(choices.shape[1]))]
        keys += [-utilities[rows, p] for p in reversed(frontier)]
        order[tied] = rows[np.lexsort(keys)]
    return order


def pareto_filter(model: Model, choices: np.ndarray, method: str, *, exact: bool) -> Frontier:
    """The feasible (u_p ≥ d_p, hard and cross-issue constraints met), non-dominated packages among ``choices``."""
    choices = np.asarray(choices, dtype=np.intp)
    cols = list(model.frontier)
    utilities = model.utilities_q(choices)[:, cols]
    ok = np.all(utilities >= model.disagreement_q()[cols], axis=1)
    ok &= np.all(model.acceptable(choices)[:, cols], axis=1)
    if model.space.constraints:
        ok &= model.space.valid(choices)
    choices, utilities = choices[ok], utilities[ok]
    keep = nondominated_mask(utilities) if len(choices) else np.zeros(0, dtype=bool)
    why = None if keep.any() else EmptyReason("no_feasible")
    return make_frontier(model, choices[keep], method, exact=exact, why=why)


def exact_frontier(model: Model, *, cap: int = DEFAULT_CAP, monitor: Monitor | None = None) -> Frontier:
    """The exact Pareto frontier of the feasible packages, built issue by issue.

    Maths: with additive utilities u(x) = Σ_i c_i(x_i), if x is non-dominated then every
    prefix (x_1..x_k) is non-dominated among prefixes — otherwise swapping in a dominating
    prefix would dominate x. So F_k = ND(F_{k−1} ⊕ ND(C_k)) holds the prefixes of every
    frontier package, ties included, and F_n is the frontier. Options worse than a frontier
    party's reservation are removed per issue; prefixes that cannot reach u_p ≥ d_p even
    with the best remaining options are pruned; feasibility u_p ≥ d_p is applied at the end.
    The issues are combined in the order of :func:`_issue_order`: the frontier does not
    depend on it, the sizes of the intermediate F_k (and so the time) do.
    """
    monitor = monitor or Monitor()
    cols = list(model.frontier)
    d = model.disagreement_q()[cols]
    n = len(model.space.issues)
    groups = model.space.coupled()  # issues tied by a constraint are combined as one compound issue
    combos: list[np.ndarray] = []
    for group in groups:
        allowed = [np.flatnonzero(model.allowed(i)) for i in group]
        for i, opts in zip(group, allowed, strict=True):
            if len(opts) == 0:
                name = model.space.issues[i].name
                return make_frontier(model, np.zeros((0, n)), "exact (issue by issue)",
                                     why=EmptyReason("no_value", (name,)))
        combos.append(model.space.group_combos(group, allowed))
        if len(combos[-1]) == 0:
            tied = tuple(c for c in model.space.constraints if set(model.space.constraint_columns(c)) <= set(group))
            names = tuple(model.space.issues[i].name for i in group)
            return make_frontier(model, np.zeros((0, n)), "exact (issue by issue)",
                                 why=EmptyReason("no_combination", names, tied))
    tables = [sum(model.tables[i][combo[:, j]] for j, i in enumerate(group))[:, cols]
              for group, combo in zip(groups, combos, strict=True)]
    keep = [nondominated_mask(table) for table in tables]
    order = _issue_order([table[mask] for table, mask in zip(tables, keep, strict=True)])
    options = [np.flatnonzero(keep[g]) for g in order]  # from here on, groups in combination order
    tables = [tables[g][keep[g]] for g in order]
    best_rest = _best_remaining(tables)
    running = np.zeros((1, len(cols)), dtype=np.int64)
    chosen = np.zeros((1, 0), dtype=np.min_scalar_type(max(len(t) for t in tables)))
    candidates = 0
    for k, table in enumerate(tables):
        name = _group_name(model, groups[order[k]])
        monitor.report(k / len(tables), f"issue {k + 1}/{len(tables)}: {name} ({len(running):,} partial packages)")
        candidates += len(running) * len(table)
        ruled_out = _exchange_filter(tables, chosen, k)
        running, parent, option = _combine(running, table, ruled_out, d - best_rest[k + 1], monitor)
        if len(running) > cap:
            raise FrontierTooLarge(len(running), cap, name, ALTERNATIVES)
        chosen = np.column_stack([chosen[parent], option.astype(chosen.dtype)])
    feasible = np.flatnonzero(np.all(running >= d, axis=1))
    monitor.report(1.0, f"frontier: {len(feasible):,} packages")
    choices = np.zeros((len(feasible), n), dtype=np.intp)
    for k, g in enumerate(order):
        choices[:, groups[g]] = combos[g][options[k][chosen[feasible, k]]]
    why = None if len(feasible) else EmptyReason("below_disagreement")
    return make_frontier(model, choices, "exact (issue by issue)", why=why, candidates=candidates)


def _group_name(model: Model, group: list[int]) -> str:
    return " + ".join(model.space.issues[i].name for i in group)


def _issue_order(tables: list[np.ndarray]) -> list[int]:
    """Issues with fewer non-dominated options first, then smaller total spread Σ_p (max − min).

    A heuristic, not an optimum: the intermediate frontiers stay smaller while issues with
    few options are combined. Over seeds 1–12 of the 5p × 10 × 8 domain of
    bench/analytics.py it took about 7% less time in all than the given order (most
    options first: about 23% more).
    """
    def key(i: int) -> tuple[int, int]:
        table = tables[i]
        return len(table), int((table.max(axis=0) - table.min(axis=0)).sum())
    return sorted(range(len(tables)), key=key)


def _best_remaining(tables: list[np.ndarray]) -> np.ndarray:
    """best_rest[k][p]: the most utility party p can still gain from issues k, k+1, … (in combination order)."""
    rest = np.zeros((len(tables) + 1, tables[0].shape[1]), dtype=np.int64)
    for i in reversed(range(len(tables))):
        rest[i] = rest[i + 1] + tables[i].max(axis=0)
    return rest


def _exchange_filter(tables: list[np.ndarray], chosen: np.ndarray, k: int) -> np.ndarray | None:
    """(N × |C_k|) mask: prefix row r of ``chosen`` extended by option o of issue k is strictly dominated.

    Maths: if options (x_i, x_j, x_k) of issues i < j < k are strictly dominated within
    C_i ⊕ C_j ⊕ C_k by some (y_i, y_j, y_k), swapping them into a prefix that uses
    x_i, x_j, x_k gives a prefix that dominates it (utilities are additive), so that prefix
    is not in F_k; removing it before the skyline changes nothing else, as dominance is
    transitive. Equal sums are ties, not dominance, so tied prefixes stay.

    Used for four or more parties (for three, moocore's O(N log N) skyline is cheaper than
    the tables) once a step has EXCHANGE_MIN candidates. A pair (i, j) costs one byte
    gather per prefix, so it is applied only if it rules out at least EXCHANGE_USEFUL of
    the candidates of a sample of EXCHANGE_SAMPLE prefixes. None: no filter.
    """
    last = tables[k]
    count = len(last)
    if k < 2 or last.shape[1] < 4 or len(chosen) * count < EXCHANGE_MIN:
        return None
    sample = chosen[::max(1, len(chosen) // EXCHANGE_SAMPLE)]
    ruled_out = np.zeros((len(chosen), (count + 7) // 8), dtype=np.uint8)
    for i, j, bits in _dominated_triples(tables, k, max(len(chosen) * count, EXCHANGE_TABLE)):
        width = len(tables[j])
        hits = np.unpackbits(bits[sample[:, i].astype(np.intp) * width + sample[:, j]], axis=1, count=count)
        if hits.size and hits.mean() >= EXCHANGE_USEFUL:  # no sample (no prefix): nothing to gain
            ruled_out |= bits[chosen[:, i].astype(np.intp) * width + chosen[:, j]]
    return np.unpackbits(ruled_out, axis=1, count=count).view(bool)


def _dominated_triples(tables: list[np.ndarray], k: int, budget: int) -> Iterator[tuple[int, int, np.ndarray]]:
    """(i, j, bits) for issues i < j < k: row x_i·|C_j| + x_j of ``bits`` packs, over x_k, whether
    (x_i, x_j, x_k) is strictly dominated within C_i ⊕ C_j ⊕ C_k (the skyline of that small table).

    Tables above EXCHANGE_TABLE triples are skipped, and all of them together stay within
    ``budget`` triples; pairs with no dominated triple are not yielded.
    """
    last = tables[k]
    for i, j in itertools.combinations(range(k), 2):
        size = len(tables[i]) * len(tables[j]) * len(last)
        if size > min(EXCHANGE_TABLE, budget):
            continue
        budget -= size
        sums = tables[i][:, None, None, :] + tables[j][None, :, None, :] + last[None, None, :, :]
        beaten = ~nondominated_mask(sums.reshape(-1, last.shape[1]))
        if beaten.any():
            yield i, j, np.packbits(beaten.reshape(-1, len(last)), axis=1)


def _combine(running: np.ndarray, table: np.ndarray, ruled_out: np.ndarray | None, floor: np.ndarray,
             monitor: Monitor) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """ND(running ⊕ table) with back-pointers (parent row, option index), in blocks of options.

    Each block's candidates are pruned (a partial sum below ``floor`` cannot become
    feasible; ``ruled_out`` from :func:`_exchange_filter`; for two parties, candidates the
    kept staircase already dominates) and merged with the frontier kept so far, so memory
    stays bounded. Options are visited in a strided order so the first block already spans
    the whole trade-off.
    """
    m = running.shape[1]
    cells = max(1, len(running) * m)
    per_block = max(1, BLOCK_CELLS // cells)
    if m == 2:  # small blocks: the binary-search prefilter against the kept staircase removes most candidates
        per_block = min(per_block, max(8, PREFILTER_CELLS // cells))
    order = _strided(len(table), per_block)
    kept = np.zeros((0, m), dtype=np.int64)
    kept_parent = np.zeros(0, dtype=np.intp)
    kept_option = np.zeros(0, dtype=np.intp)
    for start in range(0, len(order), per_block):
        monitor.check()
        picked = order[start:start + per_block]
        values = (running[:, None, :] + table[picked][None, :, :]).reshape(-1, m)
        viable = np.all(values >= floor, axis=1)
        if ruled_out is not None:
            viable &= ~ruled_out[:, picked].reshape(-1)
        if m == 2 and len(kept):
            viable &= ~dominated_by(values, kept)
        index = np.flatnonzero(viable)
        values = np.concatenate([kept, values[index]])
        parent = np.concatenate([kept_parent, index // len(picked)])
        option = np.concatenate([kept_option, picked[index % len(picked)]])
        keep = nondominated_mask(values)
        kept, kept_parent, kept_option = values[keep], parent[keep], option[keep]
    return kept, kept_parent, kept_option


def _strided(count: int, block: int) -> np.ndarray:
    """0..count−1 reordered so that consecutive blocks of ``block`` indices each spread over the whole range."""
    blocks = max(1, -(-count // block))
    index = np.arange(count)
    return index[np.lexsort((index, index % blocks))]
