"""``desk identity create-ca`` and ``desk identity issue``: the case's secretariat CA and delegate PKCS#12 files."""
from __future__ import annotations

import argparse
from pathlib import Path

from desk.core.errors import DeskError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("identity", help="signing identities: the case's CA and delegate certificates")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = actions.add_parser("create-ca", help="create the case's secretariat CA (key kept in the case file)")
    create.add_argument("file", type=Path, help="case file (.desk)")
    create.add_argument("--out", type=Path, required=True, help="where to write the CA certificate (PEM)")
    create.set_defaults(func=run_create_ca)
    issue = actions.add_parser("issue", help="issue a delegate's certificate and key as a PKCS#12 file")
    issue.add_argument("file", type=Path, help="case file (.desk)")
    issue.add_argument("--party", required=True, help="the signatory party (full or short name)")
    issue.add_argument("--delegate", default="", help="the delegate's name (default: the party's delegate)")
    issue.add_argument("--out", type=Path, required=True, help="PKCS#12 file to write (.p12)")
    issue.set_defaults(func=run_issue)
    bind = actions.add_parser("bind", help="vouch that a delegate certificate from an outside CA is a party's")
    bind.add_argument("file", type=Path, help="case file (.desk)")
    bind.add_argument("certificate", type=Path, help="the delegate's certificate (PEM or DER)")
    bind.add_argument("--party", required=True, help="the signatory party (full or short name)")
    bind.set_defaults(func=run_bind)


def _open(path: Path):
    from desk.services.agreement_workflow import AgreementService
    from desk.services.cases import CaseService

    if not path.is_file():
        raise DeskError(f"{path}: no such case file")
    return AgreementService(CaseService.open(path))


def run_create_ca(args: argparse.Namespace) -> int:
    from desk.commands.prompts import read_passphrase

    service = _open(args.file)
    try:
        if service.has_ca():
            raise DeskError("this case already has a secretariat certificate authority")
        if not args.out.parent.is_dir():
            raise DeskError(f"the folder {args.out.parent} does not exist")
        passphrase = read_passphrase("New passphrase for the CA key: ", confirm=True)
        service.create_ca(passphrase, args.out)
    finally:
        service.cases.close()
    print(f"created the case's certificate authority; certificate written to {args.out} "
          "(give it to verifiers as --trust)")
    return 0


def run_issue(args: argparse.Namespace) -> int:
    from desk.commands.prompts import P12_ENV, read_passphrase

    if args.out.exists():
        raise DeskError(f"{args.out} already exists; choose another name")
    if not args.out.parent.is_dir():
        raise DeskError(f"the folder {args.out.parent} does not exist")
    service = _open(args.file)
    try:
        party = service.cases.snapshot().party_by_name(args.party)
        if party is None or not party.is_signatory:
            raise DeskError(f"{args.party!r} is not a signatory of this case")
        if not service.has_ca():
            raise DeskError("this case has no certificate authority yet: run `desk identity create-ca` first")
        ca_passphrase = read_passphrase("Passphrase of the case's CA key: ")
        service.check_ca_passphrase(ca_passphrase)  # a wrong one is said now, before the second question
        p12_passphrase = read_passphrase(f"New passphrase for {args.out.name}: ", confirm=True, env=P12_ENV)
        name = service.issue(party.name, args.delegate, ca_passphrase, p12_passphrase, args.out)
    finally:
        service.cases.close()
    print(f"issued {args.out} to {name} of {party.name}")
    return 0


def run_bind(args: argparse.Namespace) -> int:
    service = _open(args.file)
    try:
        name = service.bind(args.party, args.certificate)
        party = service.cases.snapshot().party_by_name(args.party)
    finally:
        service.cases.close()
    print(f"bound {name} to {party.name if party else args.party}: its signatures now count as that party's")
    return 0
