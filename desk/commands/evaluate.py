"""``desk evaluate`` (the evaluation report as PDF/DOCX) and ``desk party`` (a party's population and revenue)."""
from __future__ import annotations

import argparse
from pathlib import Path

from desk.commands.monitoring import _date, open_case
from desk.core.errors import DeskError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("evaluate", help="the evaluation report of a period or of the whole term (PDF/DOCX)")
    p.add_argument("file", type=Path, help="case file (.desk)")
    p.add_argument("--pdf", type=Path, help="write the report as a PDF here")
    p.add_argument("--docx", type=Path, help="write the report as a DOCX here")
    p.add_argument("--period", default="", metavar="YEAR", help="the year evaluated (default: the whole term)")
    p.add_argument("--on", type=_date, default=None, metavar="YYYY-MM-DD", help="as of this date (default: today)")
    p.add_argument("--findings", metavar="TEXT", help="enter the secretariat's findings for the period first")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the report")
    p.set_defaults(func=run_evaluate)

    p = subparsers.add_parser("party", help="show or set a party's population and fiscal revenue")
    p.add_argument("file", type=Path, help="case file (.desk)")
    p.add_argument("party", help="the party (name or short name)")
    p.add_argument("--population", type=_positive, metavar="万人", help="resident population, in 10,000 persons")
    p.add_argument("--fiscal-revenue", type=_positive, metavar="亿元",
                   help="general public budget revenue a year, in 100 million yuan")
    p.set_defaults(func=run_party)


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} must be a number above zero")
    return value


def run_evaluate(args: argparse.Namespace) -> int:
    from desk.services.evaluation import EvaluationService

    if args.pdf is None and args.docx is None:
        raise DeskError("give --pdf and/or --docx: where to write the evaluation")
    cases = open_case(args.file)
    try:
        service = EvaluationService(cases)
        if args.findings is not None:
            service.report(args.period, args.on)  # refuse a bad period before recording anything
            service.record_findings(args.findings, args.period)
        report, result = service.write(args.pdf, args.docx, period=args.period, on=args.on, lang=args.lang)
    finally:
        cases.close()
    years = f"{report.years[0]}" if report.period else f"{report.years[0]}–{report.years[-1]}"
    written = " and ".join(str(p) for p in (args.pdf, args.docx) if p is not None)
    pages = f" ({result.pages} pages)" if result is not None else ""
    print(f"evaluation of {years} as of {report.on.isoformat()} written to {written}{pages}")
    return 0


def run_party(args: argparse.Namespace) -> int:
    from desk.services.evaluation import EvaluationService

    cases = open_case(args.file)
    try:
        if args.population is not None or args.fiscal_revenue is not None:
            EvaluationService(cases).set_statistics(args.party, args.population, args.fiscal_revenue)
        snapshot = cases.snapshot()
        party = snapshot.party_by_name(args.party)
        if party is None:
            raise DeskError(f"{args.party} is not a party of this case")
    finally:
        cases.close()
    population = "—" if party.population is None else f"{party.population:g}万人"
    revenue = "—" if party.fiscal_revenue is None else f"{party.fiscal_revenue:g}亿元/年"
    print(f"{party.name}: population {population}, fiscal revenue {revenue}")
    return 0
