"""``desk chart``: the frontier view of a case file rendered to PNG or SVG without a window."""
from __future__ import annotations

import argparse
from pathlib import Path

from desk.core.errors import DeskError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("chart", help="render the Pareto-frontier view of CASE.desk to an image file")
    parser.add_argument("case", type=Path, metavar="CASE.desk", help="the case file")
    parser.add_argument("--png", type=Path, metavar="OUT.png", help="write a PNG")
    parser.add_argument("--svg", type=Path, metavar="OUT.svg", help="write an SVG")
    parser.add_argument("--parties", metavar="A,B[,C…]", help="parties by name or short name; the first two are "
                        "the axes, three or more add the parallel-coordinates view (default: the signatories)")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="label language (default zh)")
    parser.add_argument("--presentation", action="store_true",
                        help="for other parties' eyes: computed from stated positions only (no "
                        "reservations, BATNAs or breakpoints), disagreement points hidden")
    parser.add_argument("--dpi", type=int, default=120, help="resolution of the PNG (default 120)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.png is None and args.svg is None:
        raise DeskError("give --png OUT.png and/or --svg OUT.svg")
    if not args.case.is_file():
        raise DeskError(f"{args.case}: no such case file")
    from desk.charts.figure import chart_figure, save_figure
    from desk.services.bargaining import BargainingService
    from desk.services.cases import CaseService
    from desk.services.frontier_view import FrontierViewService

    cases = CaseService.open(args.case, readonly=True)
    try:
        snapshot, record = cases.snapshot(), BargainingService(cases).record()
    finally:
        cases.close()
    if args.presentation:
        from desk.core.redaction import public_snapshot

        snapshot = public_snapshot(snapshot)
    ids = _party_ids(snapshot, args.parties)
    data = FrontierViewService().chart_data(snapshot, record, ids)
    figure, _pair, _parallel = chart_figure(data, lang=args.lang, presentation=args.presentation, dpi=args.dpi)
    for path in (args.png, args.svg):
        if path is not None:
            save_figure(figure, path, dpi=args.dpi)
            print(path)
    return 0


def _party_ids(snapshot, names: str | None) -> list[str]:
    if not names:
        chosen = [p.id for p in snapshot.signatories] or [p.id for p in snapshot.parties]
        if len(chosen) < 2:
            chosen = [p.id for p in snapshot.parties][:2]
        return chosen
    ids = []
    for name in (n.strip() for n in names.split(",") if n.strip()):
        party = snapshot.party_by_name(name)
        if party is None:
            known = ", ".join(p.label for p in snapshot.parties)
            raise DeskError(f"no party named {name!r} (parties: {known})")
        ids.append(party.id)
    if len(set(ids)) < 2:
        raise DeskError("--parties needs at least two different parties")
    return ids
