"""``desk minutes``: the minutes (会议纪要) of a closed round as a PDF."""
from __future__ import annotations

import argparse
from pathlib import Path

from desk.core.errors import DeskError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("minutes", help="write the minutes of a closed round of CASE.desk as a PDF")
    parser.add_argument("case", type=Path, metavar="CASE.desk", help="the case file")
    parser.add_argument("--pdf", type=Path, required=True, metavar="OUT.pdf", help="the PDF to write")
    parser.add_argument("--session", metavar="TITLE", help="the session's title (default: the latest session)")
    parser.add_argument("--round", type=int, metavar="N", help="the round's number (default: the latest closed one)")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the labels (default zh)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not args.case.is_file():
        raise DeskError(f"{args.case}: no such case file")
    from desk.services.bargaining import BargainingService
    from desk.services.cases import CaseService
    from desk.services.minutes_export import export_minutes_pdf

    cases = CaseService.open(args.case, readonly=True)
    try:
        record = BargainingService(cases).record()
        sessions = [s for s in record.sessions if args.session in (None, s.title)]
        if not sessions:
            known = "、".join(s.title for s in record.sessions) or "none"
            raise DeskError(f"no session titled {args.session!r} (sessions: {known})" if args.session
                            else "the case has no bargaining session yet")
        rounds = [r for r in record.rounds_of(sessions[-1].id) if args.round in (None, r.number)]
        closed = [r for r in rounds if r.is_closed]
        if not closed:
            raise DeskError(f"round {args.round} is still open or does not exist" if args.round
                            else "no round of this session is closed yet")
        args.pdf.parent.mkdir(parents=True, exist_ok=True)
        export_minutes_pdf(cases, closed[-1].id, args.pdf, lang=args.lang)
    finally:
        cases.close()
    print(args.pdf)
    return 0
