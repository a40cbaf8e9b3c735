"""``desk payments CASE.desk --readings R.csv [--package P.json] [--json]``: the payment schedule of the rules."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from desk.core.errors import DeskError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "payments", help="the payments due under the case's sharing and compensation rules, from readings")
    parser.add_argument("file", type=Path, help="case file (.desk)")
    parser.add_argument("--readings", type=Path, required=True, metavar="R.csv",
                        help="readings file (.csv or .xlsx) with columns period, indicator, subject, value")
    parser.add_argument("--package", type=Path, metavar="P.json",
                        help="a package as a JSON object issue name → value (default: the concluded package)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desk.services.bargaining import BargainingService
    from desk.services.cases import CaseService
    from desk.services.payments import package_by_names, read_package_file, schedule_json, schedule_table
    from desk.services.readings_file import read_readings
    from desk.services.rules import RuleService

    if not args.file.is_file():
        raise DeskError(f"{args.file}: no such case file")
    given = read_package_file(args.package) if args.package is not None else None
    cases = CaseService.open(args.file, readonly=True)  # reads only: works while the app has the file
    try:
        snapshot = cases.snapshot()
        if not snapshot.rules:
            raise DeskError("the case has no sharing or compensation rules")
        if given is not None:
            package = package_by_names(snapshot, given)
        else:
            concluded = BargainingService(cases).concluded()
            if concluded is None:
                raise DeskError("the case has no concluded package yet; give one with --package P.json")
            package = dict(concluded.package)
        readings = read_readings(args.readings, snapshot.indicators, snapshot.case.id)
        schedule = RuleService(cases).schedule(package, readings)
    finally:
        cases.close()
    if args.json:
        print(json.dumps(schedule_json(schedule, snapshot), ensure_ascii=False, indent=1))
    else:
        print(schedule_table(schedule, snapshot))
    return 0
