"""``desk analyze``: Pareto frontier and bargaining solutions of a case file or GENIUS profiles."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "analyze", help="exact Pareto frontier and bargaining solutions of CASE.desk or GENIUS profiles")
    parser.add_argument("paths", nargs="+", type=Path, metavar="FILE",
                        help="one case file (.desk), or GENIUS profile files (.xml, optionally the domain file)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--parties", metavar="A,B,…", help="parties whose utilities define the frontier "
                        "(default: the signatories)")
    parser.add_argument("--sample", type=int, default=0, metavar="N", help="add N uniformly sampled outcomes")
    parser.add_argument("--sampled-frontier", type=int, default=0, metavar="N",
                        help="approximate the frontier from N random packages instead (labelled as sampled)")
    parser.add_argument("--seed", type=int, default=0, help="random seed for sampling (default 0)")
    parser.add_argument("--cap", type=int, default=None, metavar="N", help="largest exact frontier accepted")
    parser.add_argument("--money", metavar="ISSUE", help="money issue for side payments (case files)")
    parser.add_argument("--rule", choices=("equal", "proportional", "power"), default="equal",
                        help="how side payments share the surplus (default: equal)")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh",
                        help="language of why the frontier is empty and of the rules' constraints (default zh)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desk.core.analytics.frontier import DEFAULT_CAP
    from desk.services.analysis import analyze_paths

    parties = [p for p in args.parties.split(",") if p.strip()] if args.parties else None
    progress = _stderr_progress if not args.json and sys.stderr.isatty() else None
    result = analyze_paths(args.paths, parties=parties, sample=max(0, args.sample), seed=args.seed,
                           cap=args.cap or DEFAULT_CAP, sampled=max(0, args.sampled_frontier),
                           money_issue=args.money, rule=args.rule, progress=progress, lang=args.lang)
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        _print_summary(result)
    return 0


def _stderr_progress(fraction: float, message: str) -> None:
    print(f"\r{fraction:4.0%} {message}"[:120].ljust(120), end="", file=sys.stderr, flush=True)
    if fraction >= 1.0:
        print(file=sys.stderr)


def _print_summary(result: dict[str, Any]) -> None:
    frontier = result["frontier"]
    print(f"parties on the frontier: {', '.join(result['parties'])}")
    if "grid_outcomes" in result:
        print(f"outcomes: {result['grid_outcomes']:,} packages, {result['outcomes']:,} meet the rules' constraints; "
              f"disagreement point: {result['disagreement']}")
        for text in result["constraints"]:
            print(f"  {text}")
    else:
        print(f"outcomes: {result['outcomes']:,}; disagreement point: {result['disagreement']}")
    print(f"frontier ({frontier['method']}): {frontier['packages']:,} packages, "
          f"{frontier['distinct_utility_vectors']:,} distinct utility vectors {frontier['reason']}".rstrip())
    for name, solution in result["solutions"].items():
        if solution["package"] is None:
            print(f"  {name}: undefined — {solution['note']}")
            continue
        ties = f" ({solution['ties']} tied packages)" if solution["ties"] > 1 else ""
        values = ", ".join(f"{k}={v}" for k, v in solution["package"].items())
        print(f"  {name}: utilities {solution['utilities']}{ties}\n    {values}")
