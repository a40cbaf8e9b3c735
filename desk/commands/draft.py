"""``desk draft CASE.desk --pdf OUT.pdf [--docx OUT.docx] [--lang zh|en] [--record]``: draft the agreement and
export it; the case is changed only with ``--record`` (or ``--final``)."""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from desk.core.errors import DeskError

SOURCES = {"concluded": "the concluded package", "tabled": "the latest tabled proposal (marked 草案)",
           "nash": "the Nash package of the analysis (marked 草案)"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "draft", help="draft the framework agreement of a case and write it as PDF/DOCX (the case is left "
                      "unchanged unless --record or --final)")
    parser.add_argument("file", type=Path, help="case file (.desk)")
    parser.add_argument("--pdf", type=Path, required=True, help="PDF to write (official layout, signature places)")
    parser.add_argument("--docx", type=Path, help="editable DOCX to write as well")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the draft (default zh)")
    parser.add_argument("--version", type=int, metavar="N",
                        help="export saved version N instead of drafting a new one")
    parser.add_argument("--record", action="store_true",
                        help="save the draft in the case as its next agreement version (with its audit event)")
    parser.add_argument("--final", action="store_true",
                        help="make the version final before writing it (only a version of the concluded package "
                             "can be; a new draft is recorded first): the PDF carries no 草案 mark and can be "
                             "signed with desk sign --case")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desk.core.enums import AgreementStatus
    from desk.services.agreement_workflow import AgreementService
    from desk.services.cases import CaseService

    for out in (args.pdf, args.docx):
        if out is not None and not out.parent.is_dir():
            raise DeskError(f"the folder {out.parent} does not exist")
    if not args.file.is_file():
        raise DeskError(f"{args.file}: no such case file")
    cases = CaseService.open(args.file)
    try:
        service = AgreementService(cases)
        if args.final and service.concluded_id() is None:
            raise DeskError("--final needs a concluded bargaining (every signatory accepted a proposal)")
        if args.version is not None:
            version = next((v for v in service.versions() if v.version == args.version), None)
            if version is None:
                raise DeskError(f"the case has no agreement version {args.version}")
            origin, record = "saved version", True
        else:
            choice = service.choose_package()
            record = args.record or args.final
            version = service.draft(args.lang, choice, record=record)
            origin = SOURCES[choice.source] + ("" if record else " (not recorded in the case; --record saves it)")
        if args.final and version.status is AgreementStatus.DRAFT:
            version = service.make_final(version.id)
        started = time.perf_counter()
        result = service.export(version, args.pdf, args.docx)
        elapsed = time.perf_counter() - started
    finally:
        cases.close()
    assert result is not None
    status = "" if version.status is AgreementStatus.DRAFT else f" ({version.status.value})"
    name = f"version {version.version}" if record else "draft"
    print(f"{name}{status} from {origin}: {args.pdf} ({result.pages} pages, "
          f"{len(result.boxes)} signature places, {elapsed:.2f} s)")
    if args.docx is not None:
        print(f"editable copy: {args.docx}")
    return 0
