"""``desk check FILE``: SQLite integrity check plus verification of the audit chain."""
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
    pending = "" if report.pending is None else f"; {report.pending}"
    if report.ok:
        print(f"{args.file}: ok ({report.events} audit events, chain intact{pending})")
        return 0
    if pending:
        print(f"{args.file}: {report.pending}", file=sys.stderr)
    for problem in report.problems:
        print(f"{args.file}: {problem}", file=sys.stderr)
    return 1
