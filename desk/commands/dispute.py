"""``desk dispute raise|escalate|decide|letter``: disputes escalated along the administrative hierarchy."""
from __future__ import annotations

import argparse
from pathlib import Path

from desk.commands.monitoring import _date, open_case
from desk.core.enums import DisputeOutcome


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("dispute", help="raise, escalate or decide a dispute")
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    r = sub.add_parser("raise", help="a party raises a dispute against another (at the joint conference)")
    r.add_argument("file", type=Path, help="case file (.desk)")
    r.add_argument("claimant", help="the party raising it (name or short name)")
    r.add_argument("respondent", help="the party it is raised against")
    r.add_argument("--claim", required=True, help="what is claimed and why")
    r.add_argument("--amount", type=float, help="amount claimed (in --unit, default the case's money unit)")
    r.add_argument("--unit", choices=("元", "万元", "亿元"))
    r.add_argument("--commitment", default="", metavar="KEY", help="the commitment in dispute")
    r.add_argument("--clause", default="", metavar="HEADING", help="the clause of the agreement in dispute")
    r.add_argument("--evidence", action="append", default=[], metavar="TEXT",
                   help="what the claim relies on (repeat for each item)")
    r.add_argument("--on", type=_date, required=True, metavar="YYYY-MM-DD", help="the date it is raised")
    r.set_defaults(func=run_raise)

    e = sub.add_parser("escalate", help="take the dispute to the next level of the hierarchy")
    e.add_argument("file", type=Path, help="case file (.desk)")
    e.add_argument("dispute", help="dispute id (or a unique beginning of it)")
    e.add_argument("--on", type=_date, required=True, metavar="YYYY-MM-DD")
    e.set_defaults(func=run_escalate)

    w = sub.add_parser("letter", help="write the letter asking the current arbiter to decide (提请裁定函), as a PDF")
    w.add_argument("file", type=Path, help="case file (.desk)")
    w.add_argument("dispute", help="dispute id (or a unique beginning of it)")
    w.add_argument("--pdf", type=Path, required=True, help="write the letter here")
    w.add_argument("--on", type=_date, default=None, metavar="YYYY-MM-DD", help="the letter's date (default: today)")
    w.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the letter")
    w.set_defaults(func=run_letter)

    d = sub.add_parser("decide", help="record the decision at the dispute's current level")
    d.add_argument("file", type=Path, help="case file (.desk)")
    d.add_argument("dispute", help="dispute id (or a unique beginning of it)")
    d.add_argument("outcome", choices=[o.value for o in DisputeOutcome])
    d.add_argument("--amount", type=float, help="amount awarded (upheld: the claim by default)")
    d.add_argument("--reasoning", required=True)
    d.add_argument("--on", type=_date, required=True, metavar="YYYY-MM-DD")
    d.set_defaults(func=run_decide)


def _show(dispute, cases) -> None:
    from desk.services.monitoring import secretariat_name

    snapshot = cases.snapshot()
    names = {p.id: p.name for p in snapshot.parties}
    where = names.get(dispute.arbiter_id, "") if dispute.arbiter_id else secretariat_name(snapshot)
    step = dispute.steps[-1]
    print(f"dispute {dispute.id}: {dispute.status.value} at {dispute.level.value} ({where}), "
          f"step deadline {step.deadline.isoformat()}"
          + (f"; decided {dispute.outcome.value}" + (f" {dispute.decided_amount:g}{dispute.unit}"
                                                      if dispute.decided_amount else "") if dispute.outcome else ""))


def run_raise(args: argparse.Namespace) -> int:
    from desk.services.monitoring import MonitoringService

    cases = open_case(args.file)
    try:
        dispute = MonitoringService(cases).raise_dispute(args.claimant, args.respondent, args.claim, args.on,
                                                         args.amount, args.unit or "", args.commitment,
                                                         "\n".join(args.evidence), args.clause)
        _show(dispute, cases)
    finally:
        cases.close()
    return 0


def run_escalate(args: argparse.Namespace) -> int:
    from desk.services.monitoring import MonitoringService

    cases = open_case(args.file)
    try:
        _show(MonitoringService(cases).escalate(args.dispute, args.on), cases)
    finally:
        cases.close()
    return 0


def run_decide(args: argparse.Namespace) -> int:
    from desk.services.monitoring import MonitoringService

    cases = open_case(args.file)
    try:
        _show(MonitoringService(cases).decide(args.dispute, DisputeOutcome(args.outcome), args.reasoning, args.on,
                                              args.amount), cases)
    finally:
        cases.close()
    return 0


def run_letter(args: argparse.Namespace) -> int:
    from desk.services.dispute_letter import write_dispute_letter

    cases = open_case(args.file)
    try:
        letter, result = write_dispute_letter(cases, args.dispute, args.pdf, args.on, args.lang)
    finally:
        cases.close()
    print(f"letter to {letter.addressee} (decision due {letter.deadline.isoformat()}) written to {args.pdf} "
          f"({result.pages} pages)")
    return 0
