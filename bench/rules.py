"""Benchmark of the rules engine: payments for 10⁴ relocated enterprises × 10 years of readings.

Run: uv run python bench/rules.py [--enterprises 10000] [--years 10] [--repeat 5]

A revenue-share rule (share 50 %, cap 1× the pre-move total, term 5 years, extension 2) plus a pool
with deductions over 7 sections × 120 months; prints the readings count, payments, and the median and
best in-process time of the computation (readings already parsed, as the app holds them). Target: ≤ 1 s.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import time

from desk.core.monitoring import Indicator
from desk.core.rules.engine import compute
from desk.core.rules.model import BenefitRule, RuleKind
from desk.core.rules.params import Terms
from desk.core.rules.periods import months
from desk.core.rules.readings import Reading, ReadingIndex

CASE = "bench"


def build(enterprises: int, years: int, seed: int = 1) -> tuple[list[BenefitRule], list[Indicator], list[Reading]]:
    rng = random.Random(seed)
    tax = Indicator(case_id=CASE, name="三税地方分成", unit="万元", id="tax")
    base = Indicator(case_id=CASE, name="迁移前三年三税合计", unit="万元", id="base")
    ok = Indicator(case_id=CASE, name="断面达标", target=1.0, higher_is_better=True, id="ok")
    readings = []
    for e in range(enterprises):
        subject = f"企业{e:05d}"
        readings.append(Reading(CASE, "base", "baseline", float(rng.randint(500, 5000)), subject))
        first = 2020 + rng.randint(0, 2)
        for y in range(first, first + years):
            if rng.random() < 0.9:  # some years without data
                readings.append(Reading(CASE, "tax", str(y), round(rng.uniform(50, 1500), 2), subject))
    sections = {"yn": ["S1", "S2"], "gz": ["S3", "S4", "S5"], "sc": ["S6", "S7"]}
    for subjects in sections.values():
        for s in subjects:
            for y in range(2020, 2020 + years):
                readings += [Reading(CASE, "ok", m, float(rng.random() < 0.97), s) for m in months(y)]
    share = BenefitRule(CASE, "三税分享", RuleKind.REVENUE_SHARE, {
        "payer": "hb", "payee": "bj", "indicator": "tax", "share": 0.5, "cap_base": "base", "cap_multiple": 1,
        "term_years": 5, "extension_years": 2})
    pool = BenefitRule(CASE, "资金", RuleKind.POOL, {
        "account": "fund", "first_year": 2020, "years": years, "size": 20000,
        "contributions": [{"party": p, "ratio": r} for p, r in (("yn", 1), ("gz", 5), ("sc", 4))],
        "allocations": [{"party": p, "ratio": r} for p, r in (("yn", 3), ("gz", 4), ("sc", 3))]}, position=1)
    deduction = BenefitRule(CASE, "扣减", RuleKind.DEDUCTION, {
        "pool": pool.id, "indicator": "ok", "sections": sections,
        "per_failure": {"mode": "allocation_share", "divisor": 12}}, position=2)
    return [share, pool, deduction], [tax, base, ok], readings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--enterprises", type=int, default=10_000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rules, indicators, readings = build(args.enterprises, args.years)
    names = {"bj": "北京", "hb": "河北", "yn": "云南", "gz": "贵州", "sc": "四川"}
    terms = Terms.of([], {})
    times, index_times, cpu = [], [], []
    for _ in range(args.repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        index = ReadingIndex(readings)
        indexed = time.perf_counter()
        schedule = compute(rules, terms, indicators, index, names)
        nets = schedule.nets()
        done = time.perf_counter()
        cpu.append(time.process_time() - cpu_started)
        index_times.append(indexed - started)
        times.append(done - started)
    print(f"rules engine: {args.enterprises} enterprises × {args.years} years, {len(readings)} readings, "
          f"{len(schedule.payments)} payments, {len(nets)} accounts")
    print(f"  index + compute + nets: median {statistics.median(times):.3f} s, best {min(times):.3f} s "
          f"(indexing the readings: median {statistics.median(index_times):.3f} s); target ≤ 1 s")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"  CPU time of the process: median {statistics.median(cpu):.3f} s, best {min(cpu):.3f} s "
          f"(load average {load:.1f} on {os.cpu_count()} cores: wall time is inflated when the machine is shared)")


if __name__ == "__main__":
    main()
