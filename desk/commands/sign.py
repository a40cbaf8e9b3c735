"""``desk sign IN.pdf OUT.pdf --p12 DELEGATE.p12 --party NAME``: add one delegate's signature."""
from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("sign", help="sign an agreement PDF as one party's delegate (PAdES)")
    parser.add_argument("source", type=Path, help="agreement PDF made by Concord Desk (or signed before)")
    parser.add_argument("target", type=Path, help="signed PDF to write")
    parser.add_argument("--p12", type=Path, required=True, help="the delegate's PKCS#12 file")
    parser.add_argument("--party", required=True, help="the party signing (full or short name)")
    parser.add_argument("--allow-draft", action="store_true",
                        help="sign a draft (草案) anyway, e.g. to rehearse the signing ceremony")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desk.commands.prompts import read_passphrase
    from desk.services.agreements import sign_file

    passphrase = read_passphrase(f"Passphrase of {args.p12.name}: ")
    result = sign_file(args.source, args.target, args.p12, passphrase, args.party, allow_draft=args.allow_draft)
    print(f"{args.target}: signed by {result.signer} for {result.field}")
    return 0
