"""``desk check FILE [--anchor SEQ:HASH]``: SQLite integrity, the audit chain, every row against it, an anchor."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("check", help="check a case file's integrity and audit chain")
    parser.add_argument("file", type=Path, help="case file (.desk)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desk.services.integrity import check_case_file

    report = check_case_file(args.file)
    for problem in report.problems:
        print(f"{args.file}: {problem}", file=sys.stderr)
    for gap in report.unverifiable:
        print(f"{args.file}: not verifiable: {gap}", file=sys.stderr)
    if report.ok:
        print(f"{args.file}: ok ({report.events} audit events, chain intact, every row matches it)")
        return 0
    return 1
