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
    parser.add_argument("--case", type=Path, metavar="CASE.desk",
                        help="also record the signature in this case file (as the app does); the version must be "
                             "final, and the version is signed once every signatory has signed")
    parser.add_argument("--version", type=int, metavar="N",
                        help="with --case: the agreement version the PDF is of (default: the latest final one)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desk.commands.prompts import P12_ENV, read_passphrase
    from desk.core.errors import DeskError
    from desk.services.agreements import sign_file

    if args.version is not None and args.case is None:
        raise DeskError("--version needs --case")
    if args.case is not None and args.allow_draft:
        raise DeskError("a draft is not recorded in the case file: leave out --case to rehearse with --allow-draft")
    if args.case is not None and not args.case.is_file():
        raise DeskError(f"{args.case}: no such case file")
    passphrase = read_passphrase(f"Passphrase of {args.p12.name}: ", env=P12_ENV)
    if args.case is None:
        result = sign_file(args.source, args.target, args.p12, passphrase, args.party, allow_draft=args.allow_draft)
    else:
        result = _sign_and_record(args, passphrase)
    print(f"{args.target}: signed by {result.signer} for {result.field}")
    return 0


def _sign_and_record(args: argparse.Namespace, passphrase: str):
    from desk.core.enums import AgreementStatus
    from desk.core.errors import DeskError
    from desk.services.agreement_workflow import AgreementService
    from desk.services.cases import CaseService

    cases = CaseService.open(args.case, actor="desk sign")
    try:
        service = AgreementService(cases)
        versions = [v for v in service.versions() if args.version in (None, v.version)]
        if args.version is None:
            versions = [v for v in versions if v.status is not AgreementStatus.DRAFT]
        if not versions:
            raise DeskError(f"the case has no agreement version {args.version}" if args.version is not None
                            else "the case has no final agreement version to sign")
        return service.sign(versions[-1], args.source, args.target, args.p12, passphrase, args.party)
    finally:
        cases.close()
