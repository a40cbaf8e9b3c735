"""``desk commitments``, ``desk status``, ``desk pay`` and ``desk readings import``: monitoring after signing."""
from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from desk.core.errors import DeskError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("commitments", help="what the concluded package commits each party to")
    p.add_argument("file", type=Path, help="case file (.desk)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--waive", metavar="KEY", help="waive the commitment KEY (give --reason)")
    p.add_argument("--done", metavar="KEY", help="mark the agreement clause's duty KEY done (--reason: a note)")
    p.add_argument("--reason", default="", help="why the commitment is waived (or a note on the duty done)")
    p.set_defaults(func=run_commitments)

    p = subparsers.add_parser("status", help="each commitment's standing on a date, balances, disputes")
    p.add_argument("file", type=Path, help="case file (.desk)")
    p.add_argument("--on", type=_date, default=None, metavar="YYYY-MM-DD", help="the date (default: today)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="also write the board as a PDF (official layout)")
    p.add_argument("--xlsx", type=Path, metavar="OUT.xlsx", help="also write the board as an Excel workbook")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the PDF and XLSX (default zh)")
    p.set_defaults(func=run_status)

    p = subparsers.add_parser("pay", help="record a payment made against a commitment")
    p.add_argument("file", type=Path, help="case file (.desk)")
    p.add_argument("key", help="the commitment's key (or a unique beginning of it)")
    p.add_argument("amount", type=float, help="amount paid, in the commitment's unit unless --unit")
    p.add_argument("--on", type=_date, required=True, metavar="YYYY-MM-DD", help="the date it was paid")
    p.add_argument("--unit", choices=("元", "万元", "亿元"), help="unit of the amount")
    p.add_argument("--reference", default="", help="payment reference (e.g. 拨付文号)")
    p.set_defaults(func=run_pay)

    p = subparsers.add_parser("readings", help="indicator readings of a case")
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = sub.add_parser("import", help="import readings from CSV/XLSX (period, indicator, subject, value)")
    imp.add_argument("file", type=Path, help="case file (.desk)")
    imp.add_argument("readings", type=Path, help="readings file (.csv or .xlsx)")
    imp.add_argument("--reporter", default="", metavar="NAME", help="who reported the readings")
    imp.add_argument("--source", type=Path, metavar="FILE",
                     help="the source document (e.g. the monitoring report), kept in the case as an attachment")
    imp.set_defaults(func=run_readings_import)
    show = sub.add_parser("list", help="the readings with their provenance (reporter, source document)")
    show.add_argument("file", type=Path, help="case file (.desk)")
    show.add_argument("--json", action="store_true", help="print JSON instead of lines")
    show.set_defaults(func=run_readings_list)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def open_case(path: Path):
    from desk.services.cases import CaseService

    if not path.is_file():
        raise DeskError(f"{path}: no such case file")
    return CaseService.open(path, actor="desk")


def run_commitments(args: argparse.Namespace) -> int:
    from desk.services.monitoring import MonitoringService
    from desk.services.monitoring_view import board_json, board_table

    cases = open_case(args.file)
    try:
        service = MonitoringService(cases)
        if args.waive:
            if not args.reason.strip():
                raise DeskError("a waiver needs a reason: give --reason")
            row = service.waive(args.waive, args.reason)
            print(f"waived {row.key}")
            return 0
        if args.done:
            row = service.fulfil(args.done, args.reason)
            print(f"done: {row.description}")
            return 0
        board = service.board(date.today())
    finally:
        cases.close()
    print(json.dumps(board_json(board, statuses=False), ensure_ascii=False, indent=1) if args.json
          else board_table(board, statuses=False))
    return 0


def run_status(args: argparse.Namespace) -> int:
    from desk.services.monitoring import MonitoringService
    from desk.services.monitoring_view import board_json, board_table

    cases = open_case(args.file)
    try:
        service = MonitoringService(cases)
        board = service.board(args.on or date.today())
        name, anchor, payments = cases.case().name, cases.chain_head(), service.record().payments
    finally:
        cases.close()
    if args.pdf or args.xlsx:
        from desk.services.status_export import write_status_pdf, write_status_xlsx

        if args.pdf:
            write_status_pdf(board, name, args.pdf, args.lang, "" if anchor is None else anchor.printed(args.lang))
        if args.xlsx:
            write_status_xlsx(board, args.xlsx, args.lang, payments)
    print(json.dumps(board_json(board), ensure_ascii=False, indent=1) if args.json else board_table(board))
    return 0


def run_pay(args: argparse.Namespace) -> int:
    from desk.services.monitoring import MonitoringService

    cases = open_case(args.file)
    try:
        record = MonitoringService(cases).record_payment(args.key, args.amount, args.on, args.reference, args.unit)
    finally:
        cases.close()
    print(f"recorded {record.amount:g}{record.unit} paid {record.paid_on.isoformat()} against {record.key}")
    return 0


def run_readings_import(args: argparse.Namespace) -> int:
    from desk.services.rules import RuleService

    cases = open_case(args.file)
    try:
        added, replaced = RuleService(cases).import_readings_file(args.readings, reporter=args.reporter,
                                                                  document=args.source)
    finally:
        cases.close()
    print(f"{added} readings added, {replaced} replaced"
          + (f"; reported by {args.reporter.strip()}" if args.reporter.strip() else "")
          + (f"; source {args.source.name} attached" if args.source else ""))
    return 0


def run_readings_list(args: argparse.Namespace) -> int:
    from desk.services.attachments import AttachmentService
    from desk.services.rules import RuleService

    cases = open_case(args.file)
    try:
        readings = RuleService(cases).readings()
        indicators = {i.id: i.name for i in cases.snapshot().indicators}
        files = {a.id: a.filename for a in AttachmentService(cases).list()}
    finally:
        cases.close()
    rows = [{"indicator": indicators.get(r.indicator_id, r.indicator_id), "subject": r.subject, "period": r.period,
             "value": r.value, "source": r.source, "reporter": r.reporter,
             "document": files.get(r.attachment_id, "") if r.attachment_id else ""} for r in readings]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for row in rows:
        where = " · ".join(x for x in (row["subject"], row["period"]) if x)
        origin = "; ".join(x for x in (row["reporter"], row["document"] or row["source"]) if x)
        print(f"{row['indicator']} {where}: {row['value']:g}" + (f" ({origin})" if origin else ""))
    return 0
