"""Benchmark of the status board (履约监督): every commitment's standing, the balances and the overdue list on a
date, computed from the read model without a query, as the Monitoring page does at each render.

Run: uv run python bench/monitoring_board.py [--enterprises 10000] [--years 10] [--repeat 5]

The case of bench/rules.py (10⁴ relocated enterprises × 10 years of tax readings, a pool with deductions over 7
sections × 120 months), with one payment recorded against every tenth payment due. Prints the counts and the
median and best time of one board. The page renders on the GUI thread: it should stay well under a second.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import date

sys.path.insert(0, os.path.dirname(__file__))
from rules import CASE, build

from desk.core.case import Case
from desk.core.compliance.board import all_dues, build_board
from desk.core.compliance.ledger import PaymentRecord
from desk.core.compliance.record import MonitoringRecord
from desk.core.parties import Party
from desk.core.snapshot import CaseSnapshot


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--enterprises", type=int, default=10_000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rules, indicators, readings = build(args.enterprises, args.years)
    parties = tuple(Party(CASE, name, id=key) for key, name in (
        ("yn", "云南省"), ("gz", "贵州省"), ("sc", "四川省"), ("hb", "河北省"), ("bj", "北京市")))
    snapshot = CaseSnapshot(Case("bench", id=CASE), parties, (), (), tuple(indicators), tuple(rules))
    record = MonitoringRecord(readings=tuple(readings))
    dues, _schedule = all_dues(snapshot, {}, record)
    money = [d for d in dues if d.amount is not None]
    paid = tuple(PaymentRecord(CASE, d.key, d.party, d.counterparty, float(d.amount), d.unit,
                               d.due_on or date(2030, 1, 1)) for d in money[::10])
    record = MonitoringRecord(readings=tuple(readings), payments=paid)
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        board = build_board(snapshot, {}, record, date(2026, 12, 31))
        times.append(time.perf_counter() - start)
    print(f"readings {len(readings):,}; commitments {len(board.statuses):,} ({len(money):,} payments, "
          f"{len(paid):,} paid); overdue {len(board.overdue()):,}; accounts {len(board.balances)}")
    print(f"board: median {statistics.median(times):.2f} s, best {min(times):.2f} s "
          f"(load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
