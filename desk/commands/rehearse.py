"""``desk rehearse --auto``: agents play every negotiating party of a case file or GENIUS profiles."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "rehearse", help="agents-only rehearsal runs of CASE.desk or GENIUS profiles (--auto)",
        description="Agents play every negotiating party (the signatories unless --parties says otherwise) "
                    "over rounds of proposals and answers. Strategies: boulware, linear, conceder, time:E, tft, "
                    "hardliner; NAME=S1|S2 tries each.")
    parser.add_argument("paths", nargs="+", type=Path, metavar="FILE",
                        help="one case file (.desk), or GENIUS profile files (.xml, optionally the domain file)")
    parser.add_argument("--auto", action="store_true", help="agents play every party (required: the app plays "
                        "rehearsals with a human)")
    parser.add_argument("--strategies", metavar="NAME=STRATEGY,…",
                        help="strategy per party (default: linear); S1|S2 runs each")
    parser.add_argument("--rounds", type=int, default=20, metavar="N", help="deadline in rounds (default 20)")
    parser.add_argument("--seeds", type=int, default=1, metavar="K", help="runs per strategy combination, seeds "
                        "0…K−1 (the seed sets who tables first and any perturbation)")
    parser.add_argument("--perturb", type=float, default=0.0, metavar="P",
                        help="perturb every agent's weights and BATNA by up to P (0–0.5; default none)")
    parser.add_argument("--mediator", action="store_true", help="a mediator tables texts moving toward Nash")
    parser.add_argument("--parties", metavar="A,B,…", help="negotiating parties (default: the signatories)")
    parser.add_argument("--save", action="store_true", help="keep the (single) run as a rehearsal beside the case "
                        "file, in CASE.rehearsals/ — never in the case file itself")
    parser.add_argument("--debrief", action="store_true", help="add each run's debrief (复盘): concession curves, "
                        "the deal against Nash / Kalai–Smorodinsky / egalitarian, needless concessions, "
                        "value left on the table")
    parser.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="write the one-page debrief report of the "
                        "(single) run, official layout, marked 草案")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the report (default zh)")
    parser.add_argument("--json", action="store_true", help="print one JSON object with a 'runs' list")
    parser.set_defaults(func=run, parser=parser)


def parse_strategies(text: str | None, parser: argparse.ArgumentParser) -> dict[str, str]:
    """NAME=STRATEGY pairs separated by commas; a malformed list is a usage error (exit 2)."""
    result: dict[str, str] = {}
    for item in (text or "").split(","):
        if not item.strip():
            continue
        name, sep, strategy = item.partition("=")
        if not sep or not name.strip() or not strategy.strip():
            parser.error(f"--strategies: {item.strip()!r} is not NAME=STRATEGY")
        result[name.strip()] = strategy.strip()
    return result


def run(args: argparse.Namespace) -> int:
    from desk.services.rehearsal import rehearse_paths

    if not args.auto:
        args.parser.error("only agents-only runs work from the command line: add --auto "
                          "(play a rehearsal yourself in the app)")
    if args.rounds < 1:
        args.parser.error(f"--rounds must be at least 1, not {args.rounds}")
    strategies = parse_strategies(args.strategies, args.parser)
    parties = [p for p in args.parties.split(",") if p.strip()] if args.parties else None
    result = rehearse_paths(args.paths, parties=parties, strategies=strategies, rounds=args.rounds,
                            seeds=args.seeds, perturbation=args.perturb, mediator=args.mediator, save=args.save,
                            debrief=args.debrief, pdf=args.pdf, lang=args.lang)
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print_report(result)
        if "report" in result:
            print(f"wrote the debrief report to {result['report']['path']} ({result['report']['pages']} page(s))")
        if "saved" in result:
            print(f"saved the rehearsal (演练) to {result['saved']}; the case file is unchanged")
    return 0


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:.4g}"


def print_report(result: dict[str, Any]) -> None:
    """Each run, then a summary per strategy combination when there is more than one run."""
    negotiating = result["parties"]
    for note in result["notes"]:
        print(f"note: {note}")
    print(f"negotiating: {', '.join(negotiating)}; deadline {result['rounds']} rounds"
          + (f"; mediator: {result['mediator']}" if result["mediator"] else ""))
    for number, run in enumerate(result["runs"], 1):
        cast = ", ".join(f"{n}={s}" for n, s in zip(negotiating, run["strategies"], strict=True))
        print(f"run {number}: seed {run['seed']} · {cast}")
        if run["agreement"]:
            print(f"  agreement: true, round {run['rounds']} of {result['rounds']} (tabled by {run['proposed_by']})")
            print("  package: " + ", ".join(f"{k}={v}" for k, v in run["package"].items()))
        else:
            print(f"  agreement: false after {run['rounds']} rounds (each party keeps its BATNA)")
        utilities = run["utilities"]
        print("  utilities: " + ", ".join(f"{n} {utilities[n]:.4g}" for n in negotiating))
        if result["others"]:
            print("  others: " + ", ".join(f"{n} {utilities[n]:.4g}" for n in result["others"]))
        if run["agreement"]:
            print(f"  distance to the frontier {_number(run['frontier_distance'])}, "
                  f"to Nash {_number(run['nash_distance'])}")
        if "debrief" in run:
            _print_debrief(run["debrief"])
    if len(result["runs"]) > 1:
        print("summary (mean over runs; utilities are BATNA without agreement; distances over agreements):")
        for row in result["summary"]:
            rate = row["on_frontier_rate"]
            print(f"  {' vs '.join(row['strategies'])}: {row['runs']} runs, agreement {row['agreement_rate']:.0%}, "
                  f"utilities {[round(u, 3) for u in row['mean_utilities']]}, on frontier "
                  f"{'—' if rate is None else f'{rate:.0%}'}, to Nash {_number(row['mean_nash_distance'])}, "
                  f"rounds {row['mean_rounds']:.1f}")


_SOLUTION_NAMES = {"nash": "Nash", "kalai_smorodinsky": "Kalai–Smorodinsky", "egalitarian": "egalitarian"}


def _print_debrief(lesson: dict[str, Any]) -> None:
    for party, curve in lesson["concessions"].items():
        print(f"  concessions of {party}: " + " → ".join(f"r{r} {u:.3g}" for r, u in curve))
    for name, solution in lesson["solutions"].items():
        gains = ", ".join(f"{g:+.3g}" for g in solution["gains"])
        print(f"  vs {_SOLUTION_NAMES.get(name, name)} {solution['utilities']}: distance {solution['distance']:.4g}, "
              f"deal minus solution ({gains})")
    for item in lesson["needless_concessions"]:
        print(f"  needless concession: {item['party']} in round {item['round']} offered itself {item['offered']:.3g}, "
              f"got {item['deal']:.3g} in the deal ({item['amount']:.3g} more than needed)")
    left = lesson["left_on_table"]
    if left:
        print(f"  left on the table: {left['dominated_by']} frontier packages at least as good for all; "
              f"most each could gain {left['best_gain']}; gain all could share {left['common_gain']:.3g}")
