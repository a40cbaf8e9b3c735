"""Test helper: sign a concluded case's agreement by the services (final version, case CA, one delegate
identity per signatory, one PAdES signature each), as the Agreement page's signing does."""
from __future__ import annotations

from pathlib import Path

from desk.core.enums import AgreementStatus
from desk.services.agreement_workflow import AgreementService
from desk.services.cases import CaseService


def sign_agreement(path: Path, folder: Path) -> None:
    """Draft the agreement from the concluded package, make it final and have every signatory sign it."""
    service = AgreementService(CaseService.open(path, actor="联席办"))
    try:
        version = service.make_final(service.draft().id)
        pdf = folder / "协议 0.pdf"
        service.export(version, pdf)
        service.create_ca("联席办口令")
        for n, party in enumerate(service.cases.snapshot().signatories, start=1):
            p12 = folder / f"代表 {n}.p12"
            service.issue(party.name, party.delegate_name or f"代表{n}", "联席办口令", f"代表口令{n}", p12)
            signed = folder / f"协议 {n}.pdf"
            service.sign(version, pdf, signed, p12, f"代表口令{n}", party.name)
            pdf = signed
        assert service.store.version(version.id).status is AgreementStatus.SIGNED
    finally:
        service.cases.close()
