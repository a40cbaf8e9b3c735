"""Benchmark of the analytics engine on seeded synthetic domains and GENIUS Energy.

Run: uv run python bench/analytics.py [--skyline numpy] [--seeds 3 6 8]

Prints which Pareto filter is used for three or more parties (moocore when installed, else
the numpy fallback; ``--skyline numpy`` forces the fallback for comparison). Per domain:
outcomes, frontier size, median times of profile building, frontier and solutions, and
peak traced memory; for two parties, the ratio of the frontier time to
``numpy.argsort`` of one utility column over as many values as the frontier examined.
"""
from __future__ import annotations

import argparse
import resource
import statistics
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from desk.core.analytics import skyline
from desk.core.analytics.errors import FrontierTooLarge
from desk.core.analytics.frontier import exact_frontier
from desk.core.analytics.model import Model
from desk.core.analytics.profiles import profiles_from_snapshot
from desk.core.analytics.solutions import all_solutions
from desk.core.case import Case
from desk.core.demands import Demand
from desk.core.enums import IssueKind
from desk.core.genius import load_genius
from desk.core.issues import Issue
from desk.core.parties import Party
from desk.core.snapshot import CaseSnapshot

ENERGY = Path(__file__).resolve().parents[1].parent / "shared" / "domains" / "genius" / "Energy"


@dataclass
class Domain:
    name: str
    build: Callable[[], Model]  # profile building (parsing or deriving profiles from demands)
    target: str


def synthetic_snapshot(parties: int, issues: int, options: int, seed: int) -> CaseSnapshot:
    """A seeded case: discrete issues, each party with random priorities and option scores."""
    rng = np.random.default_rng(seed)
    case = Case(f"synthetic {parties}p×{issues}×{options}")
    labels = tuple(f"o{k}" for k in range(options))
    issue_list = tuple(Issue(case.id, f"i{i}", kind=IssueKind.DISCRETE, options=labels, position=i)
                       for i in range(issues))
    party_list = tuple(Party(case.id, f"P{p}", position=p) for p in range(parties))
    demands = tuple(
        Demand(case.id, party.id, issue.id, ideal=labels[0], priority=float(rng.integers(1, 10)),
               option_scores=tuple(zip(labels, np.round(rng.random(options), 6).tolist(), strict=True)))
        for party in party_list for issue in issue_list)
    return CaseSnapshot(case, party_list, issue_list, demands)


def synthetic(parties: int, issues: int, options: int, target: str, seed: int = 1) -> Domain:
    snapshot = synthetic_snapshot(parties, issues, options, seed)
    return Domain(f"synthetic {parties}p × {issues} issues × {options} options (seed {seed})", lambda: Model.build(
        *profiles_from_snapshot(snapshot)), target)


def energy() -> Domain:
    files = sorted(ENERGY.glob("*.xml"))
    return Domain("GENIUS Energy (2p × 8 issues × 5 options)", lambda: Model.build(*load_genius(files)),
                  "profile+frontier+solutions ≤ 50 ms")


def _median_times(domain: Domain, repeats: int) -> tuple[float, float, float, Model, object]:
    profile_t, frontier_t, solution_t = [], [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        model = domain.build()
        t1 = time.perf_counter()
        frontier = exact_frontier(model)
        t2 = time.perf_counter()
        all_solutions(frontier)
        t3 = time.perf_counter()
        profile_t.append(t1 - t0)
        frontier_t.append(t2 - t1)
        solution_t.append(t3 - t2)
    return (statistics.median(profile_t), statistics.median(frontier_t), statistics.median(solution_t),
            model, frontier)


def _peak_memory(domain: Domain) -> int:
    tracemalloc.start()
    all_solutions(exact_frontier(domain.build()))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def _argsort_time(count: int) -> float:
    column = np.random.default_rng(0).random(max(1, count))
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        np.argsort(column)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def run(domain: Domain, repeats: int) -> None:
    profile, frontier_time, solutions, model, frontier = _median_times(domain, repeats)
    peak = _peak_memory(domain)
    print(f"{domain.name}\n  outcomes {model.space.size:.3g} ({model.space.size:,})"
          f"; frontier {len(frontier):,} packages ({frontier.distinct_count():,} distinct utility vectors)")
    print(f"  median of {repeats}: profile {profile * 1e3:.1f} ms, frontier {frontier_time * 1e3:.1f} ms, "
          f"solutions {solutions * 1e3:.1f} ms, total {(profile + frontier_time + solutions) * 1e3:.1f} ms"
          f"   [target: {domain.target}]")
    line = (f"  peak traced memory {peak / 2**20:.1f} MiB; candidates examined {frontier.candidates:,}"
            f"; filter: {skyline.skyline_method(len(model.frontier))}")
    if len(model.frontier) == 2:
        ratio = frontier_time / _argsort_time(frontier.candidates)
        line += f"; frontier time / numpy.argsort of {frontier.candidates:,} values = {ratio:.1f}"
    print(line)


def explosion(cap: int) -> None:
    """6 parties × 12 issues × 10 options: the frontier passes the cap and the engine says so."""
    model = Model.build(*profiles_from_snapshot(synthetic_snapshot(6, 12, 10, 1)))
    t0 = time.perf_counter()
    try:
        frontier = exact_frontier(model, cap=cap)
        print(f"synthetic 6p × 12 × 10: frontier {len(frontier):,} packages in {time.perf_counter() - t0:.1f} s")
    except FrontierTooLarge as exc:
        print(f"synthetic 6p × 12 × 10 (cap {cap:,}): FrontierTooLarge after {time.perf_counter() - t0:.1f} s "
              f"({exc.size:,} packages after issue {exc.issue})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--explosion", action="store_true", help="also run the 6-party case that exceeds the cap")
    parser.add_argument("--cap", type=int, default=100_000)
    parser.add_argument("--seeds", type=int, nargs="*", default=[],
                        help="also run 5p × 10 × 8 with these seeds (e.g. 3 6 8: frontiers of 5·10^4–8·10^4 packages)")
    parser.add_argument("--skyline", choices=["auto", "moocore", "numpy"], default=skyline.PREFERRED,
                        help="Pareto filter for three or more parties (default: moocore when installed)")
    args = parser.parse_args()
    skyline.PREFERRED = args.skyline
    print(f"skyline for 3+ parties: {skyline.skyline_method(3)}")
    domains = [energy()] if ENERGY.is_dir() else []
    domains += [synthetic(2, 20, 10, "frontier ≤ 0.1 s"), synthetic(3, 8, 10, "frontier ≤ 0.2 s"),
                synthetic(5, 10, 8, "frontier ≤ 1 s at ~10^4 frontier packages", seed=2),
                synthetic(5, 10, 8, "harder seed: a 4·10^4-package frontier; reported, no target", seed=1),
                synthetic(3, 12, 21, "frontier ≤ 1 s")]
    domains += [synthetic(5, 10, 8, "extra seed; reported, no target", seed=seed) for seed in args.seeds]
    for domain in domains:
        run(domain, args.repeats)
    if args.explosion:
        explosion(args.cap)
    print(f"max resident set size of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"
          "   [target: ≤ 1 GB]")


if __name__ == "__main__":
    main()
