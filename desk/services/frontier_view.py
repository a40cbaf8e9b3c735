"""Chart data for a case and a choice of parties: frontier, cloud, solutions, proposals (cached, no Qt).

The heavy part (model, exact frontier, solutions, cloud) is cached under a fingerprint of
the utility model, so edits that leave every profile unchanged (a party's delegate, a
session's place, a new proposal) reuse it; proposals are placed on it on every call.
"""
from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from desk.charts.data import ChartData, ChartParty, FrontierPanel, ProposalPoint, SolutionPoint
from desk.charts.figure import cloud_image
from desk.charts.style import SOLUTION_KEYS
from desk.core.analytics.errors import AnalysisError, CancelCheck, ProgressCallback, monitor_of
from desk.core.analytics.explain import PartyExplanation, explain
from desk.core.analytics.frontier import exact_frontier
from desk.core.analytics.infeasible import explain_infeasible
from desk.core.analytics.model import Model
from desk.core.analytics.opposition import most_opposed_pair
from desk.core.analytics.profiles import profiles_from_snapshot
from desk.core.analytics.sampling import sample_choices
from desk.core.analytics.solutions import all_solutions
from desk.core.bargaining import BargainingRecord
from desk.core.issues import Value
from desk.core.snapshot import CaseSnapshot

#: Spaces up to this size are drawn whole; bigger ones as a uniform sample of this many packages.
CLOUD_LIMIT = 20_000


@dataclass(slots=True, eq=False)
class _Analysis:
    pair: FrontierPanel
    cloud: np.ndarray
    cloud_total: int
    cloud_sampled: bool
    multi: FrontierPanel | None
    multi_reason: str
    cloud_image: np.ndarray


def model_fingerprint(model: Model) -> str:
    """A digest of everything the charts depend on: grids, contribution tables, constraints, d, powers."""
    digest = hashlib.blake2b(digest_size=16)
    for issue in model.space.issues:
        digest.update(repr((issue.key, issue.values)).encode())
    for profile in model.profiles:
        digest.update(repr((profile.key, profile.disagreement, profile.power)).encode())
        for ok in profile.acceptable:
            digest.update(np.packbits(ok).tobytes())
    for table in model.tables:
        digest.update(table.tobytes())
    for constraint in model.space.constraints:  # the cloud and the frontier leave out the packages breaking them
        digest.update(repr((constraint.keys, constraint.text, constraint.signature)).encode())
    return digest.hexdigest()


@dataclass
class FrontierViewService:
    """Builds :class:`ChartData`; thread-safe, keeps the last few analyses."""

    cloud_limit: int = CLOUD_LIMIT
    cache_size: int = 8
    _cache: OrderedDict = field(default_factory=OrderedDict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _choices: OrderedDict = field(default_factory=OrderedDict, repr=False)
    hits: int = 0
    misses: int = 0

    def model(self, snapshot: CaseSnapshot) -> Model:
        """The utility model of every party of the case (cheap: built per call)."""
        if not snapshot.issues or not snapshot.parties:
            raise AnalysisError("the case needs parties and issues before anything can be charted")
        space, profiles = profiles_from_snapshot(snapshot)
        return Model.build(space, profiles)

    def opposed_pair(self, snapshot: CaseSnapshot, party_ids: Sequence[str]) -> tuple[str, str]:
        """The two of ``party_ids`` whose utilities correlate least over the packages (the seeded sample the
        cloud uses, or every package of a small space): the pair the chart shows first."""
        model = self.model(snapshot)
        ids = [pid for pid in dict.fromkeys(party_ids) if any(p.key == pid for p in model.profiles)]
        if len(ids) < 2:
            raise AnalysisError("choose two parties for the chart")
        choices = sample_choices(model, self.cloud_limit)
        if not len(choices):  # no package meets the rules' constraints: nothing to compare
            return ids[0], ids[1]
        first, second = most_opposed_pair(model.utilities_q(choices), [_column(model, pid) for pid in ids])
        return model.profiles[first].key, model.profiles[second].key

    def explain(self, snapshot: CaseSnapshot, package: Mapping[str, Value]) -> tuple[PartyExplanation, ...]:
        """Every party's utility of ``package`` broken down by issue (for the editor's live bars)."""
        return explain(self.model(snapshot), package)

    def chart_data(self, snapshot: CaseSnapshot, record: BargainingRecord | None, party_ids: Sequence[str], *,
                   progress: ProgressCallback | None = None, is_cancelled: CancelCheck | None = None) -> ChartData:
        """Chart data for ``party_ids`` (first two are the axes; three or more add the N-party view)."""
        ids = list(dict.fromkeys(party_ids))
        if len(ids) < 2:
            raise AnalysisError("choose two parties for the chart")
        model = self.model(snapshot)
        fingerprint = model_fingerprint(model)
        key = (fingerprint, tuple(ids), self.cloud_limit)
        with self._lock:
            analysis = self._cache.get(key)
            if analysis is not None:
                self._cache.move_to_end(key)
                self.hits += 1
        if analysis is None:
            analysis = self._analyse(model, ids, monitor_of(progress, is_cancelled))
            with self._lock:
                self.misses += 1
                self._cache[key] = analysis
                while len(self._cache) > self.cache_size:
                    self._cache.popitem(last=False)
        everyone = {p.id: ChartParty(p.id, p.name, p.label, p.colour) for p in snapshot.parties}
        return ChartData(tuple(everyone[i] for i in ids), analysis.pair, analysis.cloud, analysis.cloud_total,
                         analysis.cloud_sampled, analysis.multi, analysis.multi_reason,
                         _proposals(model, record, ids), tuple((i.id, i.name, i.unit) for i in snapshot.issues),
                         fingerprint, tuple(everyone.values()), analysis.cloud_image,
                         cloud_constrained=bool(model.space.constraints))

    def _analyse(self, model: Model, ids: list[str], monitor) -> _Analysis:
        pair = _panel(model.with_frontier(ids[:2]), monitor)
        total = model.space.feasible_size()  # the cloud holds only packages that meet the rules' constraints
        sampled = total > self.cloud_limit
        cloud = _unique_pairs(_pair_utilities_q(model, self._cloud_choices(model, sampled), ids[:2]))
        cloud = cloud.astype(np.float64) / 1e9
        image = cloud_image(cloud)  # here rather than on the GUI thread when the chart is drawn
        image.setflags(write=False)
        multi, reason = None, ""
        if len(ids) > 2:
            try:
                multi = _panel(model.with_frontier(ids), monitor)
            except AnalysisError as exc:  # e.g. FrontierTooLarge: the 2-party view still stands
                reason = str(exc)
        return _Analysis(pair, cloud, total, sampled, multi, reason, image)


    def _cloud_choices(self, model: Model, sampled: bool) -> np.ndarray:
        """The packages of the cloud, the seeded uniform sample (or every package) of those that meet the
        space's constraints, kept per space as rows of the issues' contribution tables stacked (issues ×
        packages; see :func:`_pair_utilities_q`).

        They depend only on the issues' sizes and the constraints, so an edit of a demand (new
        utilities, same space) reuses them; the array is read-only because the cache shares it.
        """
        signatures = tuple((c.keys, c.text, c.signature) for c in model.space.constraints)
        key = (model.space.sizes, signatures, self.cloud_limit if sampled else None)
        with self._lock:
            choices = self._choices.get(key)
        if choices is None:
            choices = sample_choices(model, self.cloud_limit) if sampled else model.space.feasible_choices()
            first_rows = np.cumsum((0, *model.space.sizes[:-1]), dtype=np.intp)
            choices = np.ascontiguousarray(choices.T) + first_rows[:, None]
            choices.setflags(write=False)
            with self._lock:
                self._choices[key] = choices
                while len(self._choices) > 2:
                    self._choices.popitem(last=False)
        return choices


def _pair_utilities_q(model: Model, rows: np.ndarray, party_ids: Sequence[str]) -> np.ndarray:
    """(N × 2) int64 utilities for two parties of N packages given as ``rows`` (issues × N) of the issues'
    contribution tables stacked: ``model.utilities_q(choices)[:, cols]`` without the other parties'
    columns, in one gather and one sum (few numpy calls: the worker waits for the GIL at each one
    while the GUI thread is busy)."""
    cols = [_column(model, i) for i in party_ids]
    stacked = np.concatenate([table[:, cols] for table in model.tables])
    return np.take(stacked, rows, axis=0).sum(axis=0)


def _unique_pairs(rows: np.ndarray) -> np.ndarray:
    """``np.unique(rows, axis=0)`` for (N × 2) int64 rows: the same rows in the same (lexicographic) order.

    Non-negative values below 2**31 (quantised utilities are at most 10**9) pack into one int64
    key whose order is the rows' lexicographic order; sorting that and dropping repeats is ~100×
    faster than numpy's row-wise unique, which sorts a structured view.
    """
    if len(rows) and rows.min() >= 0 and rows.max() < _PACK:
        keys = np.sort(rows[:, 0] * _PACK + rows[:, 1])
        first = np.empty(len(keys), dtype=bool)
        first[0] = True
        np.not_equal(keys[1:], keys[:-1], out=first[1:])
        keys = keys[first]
        return np.column_stack((keys // _PACK, keys % _PACK))
    return np.unique(rows, axis=0)


_PACK = np.int64(2**31)


def _column(model: Model, party_id: str) -> int:
    return next(i for i, p in enumerate(model.profiles) if p.key == party_id)


def _panel(model: Model, monitor) -> FrontierPanel:
    frontier = exact_frontier(model, monitor=monitor)
    solutions = {}
    for key, solution in all_solutions(frontier).items():
        if key in SOLUTION_KEYS and solution.index is not None:
            package = model.space.package(frontier.choices[solution.index], by="key")
            solutions[key] = SolutionPoint(key, solution.index, tuple(solution.utilities), package,
                                           max(1, len(solution.ties)))
    cols = list(model.frontier)
    infeasible = explain_infeasible(model) if len(frontier) == 0 else None
    return FrontierPanel(frontier, frontier.frontier_utilities, tuple(float(x) for x in model.disagreement()[cols]),
                         solutions, frontier.reason, infeasible)


def _proposals(model: Model, record: BargainingRecord | None, ids: list[str]) -> tuple[ProposalPoint, ...]:
    """Tabled proposals with their utilities; a proposal whose values left the issues' grids is skipped."""
    if record is None:
        return ()
    cols = [_column(model, i) for i in ids]
    points = []
    for proposal in record.proposals:
        try:
            choice = model.space.choice_of(proposal.package)
        except AnalysisError:
            continue
        utilities = model.utilities(choice)[0, cols]
        points.append(ProposalPoint(proposal.id, proposal.author_id, record.round_number(proposal),
                                    tuple(float(u) for u in utilities), dict(proposal.package)))
    return tuple(points)


