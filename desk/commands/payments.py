"""``desk payments CASE.desk (--readings R.csv | --scenario NAME) [--package P.json] [--json]``: the payment
schedule of the rules, and ``desk scenarios CASE.desk``: the case's reading scenarios."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from desk.core.errors import DeskError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "payments", help="the payments due under the case's sharing and compensation rules, from readings")
    parser.add_argument("file", type=Path, help="case file (.desk)")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--readings", type=Path, metavar="R.csv",
                        help="readings file (.csv or .xlsx) with columns period, indicator, subject, value")
    source.add_argument("--scenario", metavar="NAME", help="compute with the readings of the case's scenario NAME")
    parser.add_argument("--package", type=Path, metavar="P.json",
                        help="a package as a JSON object issue name → value (default: the concluded package)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.set_defaults(func=run)
    listing = subparsers.add_parser("scenarios", help="the case's named reading scenarios and their readings count")
    listing.add_argument("file", type=Path, help="case file (.desk)")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(func=run_scenarios)


def run(args: argparse.Namespace) -> int:
    from desk.core.rules.scenarios import find_scenario
    from desk.services.bargaining import BargainingService
    from desk.services.cases import CaseService
    from desk.services.payments import package_by_names, read_package_file, schedule_json, schedule_table
    from desk.services.readings_file import read_readings
    from desk.services.rules import RuleService
    from desk.services.scenarios import ScenarioService

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
        if args.scenario is not None:
            readings = list(find_scenario(ScenarioService(cases).scenarios(), args.scenario).readings)
        else:
            readings = read_readings(args.readings, snapshot.indicators, snapshot.case.id)
        schedule = RuleService(cases).schedule(package, readings)
    finally:
        cases.close()
    if args.json:
        print(json.dumps(schedule_json(schedule, snapshot), ensure_ascii=False, indent=1))
    else:
        print(schedule_table(schedule, snapshot))
    return 0


def run_scenarios(args: argparse.Namespace) -> int:
    from desk.services.cases import CaseService
    from desk.services.scenarios import ScenarioService

    if not args.file.is_file():
        raise DeskError(f"{args.file}: no such case file")
    cases = CaseService.open(args.file, readonly=True)
    try:
        scenarios = ScenarioService(cases).scenarios()
    finally:
        cases.close()
    if args.json:
        print(json.dumps([{"name": s.name, "description": s.description, "readings": len(s.readings)}
                          for s in scenarios], ensure_ascii=False, indent=1))
    elif not scenarios:
        print("the case has no reading scenarios")
    else:
        from desk.services.payments import _columns

        print("\n".join(_columns([("scenario", "readings", "description"),
                                 *((s.name, str(len(s.readings)), s.description) for s in scenarios)])))
    return 0
