"""``desk import-genius``: a GENIUS domain and its profiles as a new case file."""
from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import-genius", help="GENIUS domain + profiles → a new case file (parties, issues, demands)")
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE",
                        help="the GENIUS domain file (optional) and profile files, then OUT.desk")
    parser.add_argument("--name", help="case name (default: 'GENIUS: ' and the domain file's name)")
    parser.set_defaults(func=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    from desk.services.genius_import import import_genius

    *sources, out = args.files
    if not sources or out.suffix.lower() != ".desk":
        args.parser.error("give the GENIUS files and then the new case file OUT.desk")
    built = import_genius(sources, out, args.name)
    print(f"wrote {out}: {len(built.parties)} parties, {len(built.issues)} issues, {len(built.demands)} demands")
    for note in built.notes:
        print(f"note: {note}")
    return 0
