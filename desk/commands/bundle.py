"""``desk export-bundle`` and ``desk import-bundle``: a case as one JSON file and back."""
from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser("export-bundle", help="export a case to a JSON bundle")
    export.add_argument("file", type=Path, help="case file (.desk)")
    export.add_argument("out", type=Path, help="bundle to write (.json)")
    export.add_argument("--redacted", action="store_true",
                        help="leave out every confidential value (reservations, BATNAs, notes, audit log)")
    export.set_defaults(func=run_export)
    imp = subparsers.add_parser("import-bundle", help="import a JSON bundle into a case file")
    imp.add_argument("bundle", type=Path, help="bundle to read (.json)")
    imp.add_argument("file", type=Path, help="case file to create, or an existing one to add the case to")
    imp.set_defaults(func=run_import)


def run_export(args: argparse.Namespace) -> int:
    from desk.services.bundles import export_case_bundle

    export_case_bundle(args.file, args.out, redacted=args.redacted)
    kind = "redacted bundle" if args.redacted else "bundle"
    print(f"exported {args.file} to the {kind} {args.out}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from desk.services.bundles import import_case_bundle

    name = import_case_bundle(args.bundle, args.file)
    print(f"imported {name} into {args.file}")
    return 0
