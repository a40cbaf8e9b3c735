"""``desk verify FILE.pdf [--trust CA.pem] [--json]``: report every signature of a PDF."""
from __future__ import annotations

import argparse
import json
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("verify", help="verify the signatures of a PDF")
    parser.add_argument("file", type=Path, help="signed PDF")
    parser.add_argument("--trust", type=Path, help="PEM file of trusted CA certificates (e.g. the case's CA)")
    parser.add_argument("--json", action="store_true", help="print the reports as JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Exit 0 when there is at least one signature and all are intact, valid (and trusted with --trust)."""
    from desk.services.agreements import verify_file

    reports = verify_file(args.file, args.trust)
    good = bool(reports) and all(r.ok and (r.trusted or args.trust is None) for r in reports)
    if args.json:
        print(json.dumps({"file": str(args.file), "ok": good, "signatures": [r.as_dict() for r in reports]},
                         ensure_ascii=False, indent=2))
        return 0 if good else 1
    if not reports:
        print(f"{args.file}: no signatures")
        return 1
    for number, r in enumerate(reports, start=1):
        when = r.signed_at.isoformat(timespec="seconds") if r.signed_at else "unknown time"
        print(f"#{number} {r.field}: {r.signer} ({r.organisation}), {when}")
        print(f"   intact: {_yes(r.intact)}  valid: {_yes(r.valid)}  trusted: {_yes(r.trusted)}"
              f"  changed after: {_changes(r)}")
        if r.problem:
            print(f"   problem: {r.problem}")
    print(f"{args.file}: {'all signatures ok' if good else 'NOT OK'}")
    return 0 if good else 1


def _changes(report) -> str:
    if not report.modified_after:
        return "no"
    if report.changes_after == "form filling":
        return "only later signatures (allowed)"
    return f"YES ({report.changes_after})"


def _yes(value: bool) -> str:
    return "yes" if value else "NO"
