"""``desk demo PATH``: write the bundled demo case file."""
from __future__ import annotations

import argparse
from pathlib import Path

from desk.core.errors import DeskError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="write the demo case (新安江 ecological compensation) to PATH")
    parser.add_argument("path", type=Path, help="case file to create (.desk)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desk.services.demo import write_demo_case

    path: Path = args.path
    if path.exists():
        raise DeskError(f"{path} already exists; choose another name")
    write_demo_case(path)
    print(f"wrote the demo case to {path}")
    return 0
