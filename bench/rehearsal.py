"""Benchmark and study of the rehearsal agents.

Run: uv run python bench/rehearsal.py [--genius DIR] [--rounds 20] [--seeds 4] [--negmas PYTHON]

1. What-if speed: 100 agents-only runs on the demo case (5 × 5 strategy pairs × 4 seeds),
   median of three repeats, with the exact frontier computed once; then 100 perturbed runs
   (a frontier per run).
2. GENIUS study: on every domain under the shared GENIUS folder, every ordered pair of
   strategies × seeds, deadline ``--rounds``: agreement rate, share of deals on the exact
   frontier (distance 0) and mean distance to Nash, per pair over all domains.
3. With ``--negmas PYTHON`` (a Python with NegMAS installed, e.g. a throw-away venv — NegMAS
   is not a dependency of the app): NegMAS's AspirationNegotiator pair on the same domains and
   deadline (bench/negmas_pairs.py), scored against the same exact frontier.
"""
from __future__ import annotations

import argparse
import itertools
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from desk.core.analytics.model import Model
from desk.core.genius import load_genius
from desk.core.rehearsal.arena import Arena
from desk.core.rehearsal.runs import Runner, summarise

HERE = Path(__file__).resolve().parent
GENIUS = HERE.parents[0].parent / "shared" / "domains" / "genius"
STRATEGIES = ("boulware", "linear", "conceder", "tft", "hardliner")


def demo_model() -> Model:
    from desk.services.cases import load_snapshot
    from desk.services.demo import write_demo_case
    from desk.services.rehearsal import model_of_snapshot

    with tempfile.TemporaryDirectory() as folder:
        path = write_demo_case(Path(folder) / "demo.desk")
        return model_of_snapshot(load_snapshot(path))


def what_if_speed(rounds: int) -> None:
    model = demo_model()
    pairs = list(itertools.product(STRATEGIES, STRATEGIES))
    started = time.perf_counter()
    arena = Arena.build(model)
    frontier_s = time.perf_counter() - started
    times = []
    for _ in range(3):
        runner = Runner(model, deadline=rounds)
        runner._arena = arena
        started = time.perf_counter()
        results = runner.grid(pairs, range(4))
        times.append(time.perf_counter() - started)
    assert len(results) == 100
    deals = sum(r.agreement for r in results)
    print(f"demo: {model.space.size:,} packages, frontier of {len(arena.frontier)} packages computed once in "
          f"{frontier_s * 1000:.0f} ms")
    print(f"100 what-if runs on the demo (5×5 strategy pairs × 4 seeds, {rounds} rounds): "
          f"{statistics.median(times):.2f} s median of 3 (min {min(times):.2f}, max {max(times):.2f}); "
          f"{deals} agreements")
    runner = Runner(model, deadline=rounds, perturbation=0.1)
    started = time.perf_counter()
    perturbed = runner.grid(pairs, range(4))
    print(f"100 perturbed runs (±0.1, a new exact frontier per run): {time.perf_counter() - started:.2f} s; "
          f"{sum(r.agreement for r in perturbed)} agreements")


def domains(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_dir() and any(p.glob("*.xml")))


def genius_study(folder: Path, rounds: int, seeds: int) -> dict[str, Model]:
    models: dict[str, Model] = {}
    results = []
    per_domain = []
    pairs = list(itertools.product(STRATEGIES, STRATEGIES))
    started = time.perf_counter()
    for domain in domains(folder):
        space, profiles = load_genius(sorted(domain.glob("*.xml")))
        model = Model.build(space, profiles)
        models[domain.name] = model
        runner = Runner(model, deadline=rounds)
        found = runner.grid(pairs, range(seeds))
        results.extend(found)
        deals = [r for r in found if r.agreement]
        per_domain.append((domain.name, len(runner.arena.frontier), len(found), len(deals),
                           sum(r.frontier_distance == 0.0 for r in deals)))
    elapsed = time.perf_counter() - started
    print(f"\nGENIUS study: {len(per_domain)} domains × {len(pairs)} ordered strategy pairs × {seeds} seeds, "
          f"{rounds} rounds ({len(results)} runs, {elapsed:.1f} s)")
    print(f"{'domain':<20} {'frontier':>8} {'runs':>5} {'deals':>6} {'on frontier':>12}")
    for name, size, runs, deals, on in per_domain:
        print(f"{name:<20} {size:>8} {runs:>5} {deals:>6} {on:>12}")
    print(f"\n{'pair (party 1 vs party 2)':<26} {'agree':>6} {'on frontier':>12} {'mean d(Nash)':>13} "
          f"{'rounds':>7}")
    for row in summarise(results, (0, 1)):
        rate = row["on_frontier_rate"]
        nash_d = row["mean_nash_distance"]
        print(f"{' vs '.join(row['strategies']):<26} {row['agreement_rate']:>6.0%} "
              f"{'—' if rate is None else f'{rate:.0%}':>12} {'—' if nash_d is None else f'{nash_d:.4f}':>13} "
              f"{row['mean_rounds']:>7.1f}")
    deals = [r for r in results if r.agreement]
    print(f"all pairs: {len(deals)}/{len(results)} agreements, "
          f"{sum(r.frontier_distance == 0.0 for r in deals) / max(1, len(deals)):.1%} of them on the exact frontier, "
          f"mean distance to Nash {np.mean([r.nash_distance for r in deals]):.4f}")
    return models


def negmas_study(python: str, folder: Path, rounds: int, models: dict[str, Model]) -> None:
    command = [python, str(HERE / "negmas_pairs.py"), "--rounds", str(rounds), *map(str, domains(folder))]
    started = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=3600, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        print(f"\nNegMAS could not run: {exc}")
        return
    if done.returncode != 0:
        print(f"\nNegMAS could not run (exit {done.returncode}): {done.stderr.strip().splitlines()[-1:]}")
        return
    found = json.loads(done.stdout)
    print(f"\nNegMAS AspirationNegotiator pairs (SAOMechanism, n_steps={rounds}, discounting ignored; "
          f"{time.perf_counter() - started:.0f} s):")
    by_type: dict[str, list[tuple[bool, float | None, float | None]]] = {}
    for entry in found:
        if "error" in entry:
            print(f"  {entry['domain']}: {entry['error']}")
            continue
        row = (False, None, None)
        if entry["agreement"] is not None:
            model = models[entry["domain"]]
            arena = Arena.build(model)
            choice = model.space.choice_of(entry["agreement"])
            utilities, _ = arena.evaluate(choice)
            row = (True, arena.frontier_distance(utilities), arena.nash_distance(utilities))
        by_type.setdefault(entry["type"], []).append(row)
    for kind, rows in by_type.items():
        deals = [r for r in rows if r[0]]
        on = sum(r[1] == 0.0 for r in deals)
        print(f"  {kind} vs {kind}: {len(deals)}/{len(rows)} agreements, {on}/{len(deals)} on the exact frontier "
              f"({on / max(1, len(deals)):.0%}), mean distance to the frontier "
              f"{np.mean([r[1] for r in deals]):.4f}, to Nash {np.mean([r[2] for r in deals]):.4f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--genius", type=Path, default=GENIUS, help="folder of GENIUS domain folders")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--seeds", type=int, default=4)
    parser.add_argument("--negmas", metavar="PYTHON", help="a Python with NegMAS installed, for the comparison")
    parser.add_argument("--skip-demo", action="store_true")
    args = parser.parse_args()
    if not args.skip_demo:
        what_if_speed(args.rounds)
    if not args.genius.is_dir():
        print(f"\nno GENIUS domains at {args.genius}: study skipped")
        return 0
    models = genius_study(args.genius, args.rounds, args.seeds)
    if args.negmas:
        negmas_study(args.negmas, args.genius, args.rounds, models)
    else:
        print("\nNegMAS comparison not run (give --negmas PYTHON)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
