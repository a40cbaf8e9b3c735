"""``desk verify FILE.pdf [--trust CA.pem] [--case CASE.desk] [--json]``: report every signature field of a PDF."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("verify", help="verify the signatures of a PDF")
    parser.add_argument("file", type=Path, help="signed PDF")
    parser.add_argument("--trust", type=Path, help="PEM file of trusted CA certificates (e.g. the case's CA)")
    parser.add_argument("--case", type=Path, metavar="CASE.desk",
                        help="trust what this case trusts (its CA, the CAs and delegate certificates it added), and "
                             "check each signer against the case's parties")
    parser.add_argument("--json", action="store_true", help="print the reports as JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Exit 0 only when every signature field is signed, intact, by its own party and trusted."""
    result = _verification(args)
    overall = result.verdict
    if args.json:
        print(json.dumps({"file": str(args.file), "ok": overall.ok, "reason": overall.reason,
                          "signatures": [r.as_dict() for r in result.reports]}, ensure_ascii=False, indent=2))
    else:
        _print(args.file, result.reports, overall)
    if not overall.ok:
        print(f"desk: {args.file}: NOT OK: {overall.reason}", file=sys.stderr)
    return 0 if overall.ok else 1


def _verification(args: argparse.Namespace):
    from desk.core.errors import DeskError
    from desk.services.verification import case_trust, file_trust, verify

    if args.case is None:
        return verify(args.file, file_trust(args.trust))
    from desk.services.agreement_workflow import AgreementService
    from desk.services.cases import CaseService

    if not args.case.is_file():
        raise DeskError(f"{args.case}: no such case file")
    if not args.file.is_file():
        raise DeskError(f"{args.file} does not exist")
    cases = CaseService.open(args.case, actor="desk verify", readonly=True)  # reads only: works while the app has it
    try:
        trust = case_trust(AgreementService(cases), args.trust)
    finally:
        cases.close()
    return verify(args.file, trust)


def _print(path: Path, reports, overall) -> None:
    for number, r in enumerate(reports, start=1):
        if not r.signed:
            print(f"#{number} {r.field}: NOT SIGNED" + (f" ({r.problem})" if r.problem != "not signed" else ""))
            continue
        when = r.signed_at.isoformat(timespec="seconds") if r.signed_at else "unknown time"
        kind = " (document timestamp)" if r.kind == "timestamp" else ""
        print(f"#{number} {r.field}{kind}: {r.signer or '?'} ({r.organisation or '?'}), {when}")
        print(f"   intact: {_yes(r.intact)}  valid: {_yes(r.valid)}  own party: {_yes(r.party_ok)}"
              f"  trusted: {_yes(r.trusted)}  changed after: {_changes(r)}")
        if r.problem:
            print(f"   problem: {r.problem}")
    print(f"{path}: {'all signatures ok' if overall.ok else 'NOT OK: ' + overall.reason}")


def _changes(report) -> str:
    if not report.modified_after:
        return "no"
    if report.changes_after == "form filling":
        return "only later signatures (allowed)"
    if report.changes_after == "LTA updates":
        return "only long-term validation data (allowed)"
    return f"YES ({report.changes_after})"


def _yes(value: bool) -> str:
    return "yes" if value else "NO"
