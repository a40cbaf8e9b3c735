"""Verifying a signed PDF, in one place: what is trusted, which party each signer speaks for, which signature
places the case expects, and the verdict (ok only when every place is proven signed, intact, by its own
party and trusted). ``desk verify`` and the Sign and verify tab only render the :class:`Verification`.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desk.core.errors import DeskError

if TYPE_CHECKING:  # the signing stack (cryptography, pyHanko) is imported where it is used, not at start-up
    from cryptography import x509

    from desk.agreement.verify import SignatureReport, Verdict
    from desk.services.agreement_workflow import AgreementService


@dataclass(frozen=True, slots=True)
class Trust:
    """What a verification believes: the CA certificates a signer must chain to, which party a certificate
    speaks for (None: its own party binding), and the parties that must each have a signature place."""

    anchors: tuple[x509.Certificate, ...] = ()
    party_of: Callable[[x509.Certificate], str | None] | None = None
    expected: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Verification:
    """Every signature place of one PDF and the verdict on the whole document."""

    path: Path
    reports: tuple[SignatureReport, ...]
    verdict: Verdict

    @property
    def ok(self) -> bool:
        return self.verdict.ok


def verify(path: Path, trust: Trust = Trust()) -> Verification:
    """Verify the PDF at ``path`` against ``trust`` (pure file work: safe on a worker thread)."""
    from desk.agreement.pki import certificate_party
    from desk.agreement.verify import verdict, verify_pdf

    if not path.is_file():
        raise DeskError(f"{path} does not exist")
    reports = tuple(verify_pdf(path, trust.anchors, trust.party_of or certificate_party, trust.expected))
    return Verification(path, reports, verdict(reports, bool(trust.anchors)))


def file_trust(pem: Path | None) -> Trust:
    """Trust the CA certificates in the file ``pem`` (none when not given): ``desk verify --trust``."""
    return Trust(_certificates(pem))


def case_trust(agreements: AgreementService, extra: Path | None = None) -> Trust:
    """Trust what a case trusts (its CA, the CAs it added, the certificates it bound to parties) and the
    certificates in ``extra``; each signer is checked against the case's parties, each signatory needs a place."""
    with agreements.cases.transaction() as repos:
        anchors = tuple(agreements.trust_anchors()) + _certificates(extra)
        resolve = agreements.party_resolver()
        expected = tuple(p.name for p in repos.parties.list(case_id=agreements.cases.case_id) if p.is_signatory)

    def party_of(certificate: x509.Certificate) -> str | None:
        party = resolve(certificate)
        return None if party is None else party.name

    return Trust(anchors, party_of, expected)


def _certificates(pem: Path | None) -> tuple[x509.Certificate, ...]:
    if pem is None:
        return ()
    from desk.agreement.pki import load_certificates

    try:
        return tuple(load_certificates(pem.read_bytes()))
    except OSError as exc:
        raise DeskError(f"cannot read {pem}: {exc.strerror}") from None

