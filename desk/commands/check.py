"""``desk check FILE [--anchor SEQ:HASH]``: SQLite integrity, the audit chain, every row against it, an anchor."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("check", help="check a case file's integrity and audit chain")
    parser.add_argument("file", type=Path, help="case file (.desk)")
    parser.add_argument("--anchor", type=_anchor, metavar="SEQ:HASH",
                        help="a chain head printed in an exported document (e.g. 123:3f2a9c1b7d0e4a55): "
                             "confirm that the file's history still holds it unchanged")
    parser.add_argument("--restore-missing", action="store_true",
                        help="put back the rows the file lost outside the app (e.g. demands an old upgrade "
                             "deleted) from the full states its audit log records, after a backup copy")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desk.services.integrity import check_case_file

    if args.restore_missing:
        _restore(args.file)
    report = check_case_file(args.file, args.anchor)
    if report.pending is not None:
        print(f"{args.file}: {report.pending}", file=sys.stderr if not report.ok else sys.stdout)
    for problem in report.problems:
        print(f"{args.file}: {problem}", file=sys.stderr)
    for gap in report.unverifiable:
        print(f"{args.file}: not verifiable: {gap}", file=sys.stderr)
    if report.ok:
        print(f"{args.file}: ok ({report.events} audit events, chain intact, every row matches it)")
        _print_anchor(args.file, report)
        return 0
    _print_anchor(args.file, report)
    return 1


def _restore(path: Path) -> None:
    from desk.services.repair import restore_from_log

    done = restore_from_log(path)
    if done.backup is not None:
        print(f"{path}: {len(done.rows.restored)} rows restored from the audit log "
              f"({', '.join(sorted({t for t, _ in done.rows.restored})) or 'none'}); the file as it was is kept as "
              f"{done.backup.name}")
    for refusal in done.rows.refused:
        print(f"{path}: not restored: {refusal}", file=sys.stderr)


def _anchor(text: str):
    from desk.core.anchors import AnchorError, parse_anchor

    try:
        return parse_anchor(text)
    except AnchorError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _print_anchor(path: Path, report) -> None:
    if report.anchor is not None:
        print(f"{path}: anchor #{report.anchor.seq} confirmed: the history still holds that event unchanged")
