"""Agreement use cases: drafting, export, the case's CA and delegate identities, signing, verification.

The store is reached only through the small ``AgreementStore`` protocol below, so the CLI and
the GUI share these functions and tests can pass an in-memory store.
"""
from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from desk.agreement.drafting import DraftOptions, build_draft
from desk.core.agreements import AgreementVersion, Signature
from desk.core.errors import DeskError
from desk.core.issues import Value
from desk.core.snapshot import CaseSnapshot

if TYPE_CHECKING:  # the signing stack (cryptography, pyHanko) is imported where it is used, not at start-up
    from desk.agreement.pki import (
        Identity,
    )
    from desk.agreement.signing import SignResult

CA_KIND = "secretariat_ca"


class AgreementStore(Protocol):
    """What these use cases need from a case file."""

    def next_agreement_version(self, case_id: str) -> int: ...
    def add_agreement_version(self, version: AgreementVersion) -> None: ...
    def add_signature(self, signature: Signature) -> None: ...
    def save_credential(self, case_id: str, kind: str, label: str, certificate_pem: str,
                        encrypted_key: bytes) -> None: ...
    def load_credential(self, case_id: str, kind: str) -> tuple[str, bytes] | None: ...


def draft_agreement(store: AgreementStore, snapshot: CaseSnapshot, package: Mapping[str, Value],
                    options: DraftOptions | None = None) -> AgreementVersion:
    """Build a draft for ``package`` and save it as the case's next agreement version."""
    version = preview_agreement(store, snapshot, package, options)
    store.add_agreement_version(version)
    return version


def preview_agreement(store: AgreementStore, snapshot: CaseSnapshot, package: Mapping[str, Value],
                      options: DraftOptions | None = None) -> AgreementVersion:
    """The draft :func:`draft_agreement` would save (numbered as the next version), without saving it."""
    opts = options or DraftOptions()
    number = store.next_agreement_version(snapshot.case.id)
    fields = {name: getattr(opts, name) for name in opts.__dataclass_fields__}
    return build_draft(snapshot, package, DraftOptions(**{**fields, "version": number}))


def create_case_ca(store: AgreementStore, snapshot: CaseSnapshot, passphrase: str, name: str = "") -> str:
    """Create the case's secretariat CA, keep its key in the case file under ``passphrase``; return its PEM."""
    from desk.agreement.pki import certificate_pem, create_ca, encrypt_key

    if store.load_credential(snapshot.case.id, CA_KIND) is not None:
        raise DeskError("this case already has a secretariat certificate authority")
    office = next((p.name for p in snapshot.parties if p.kind.value == "secretariat"), "")
    ca = create_ca(name or f"{snapshot.case.name} 秘书处 CA", office)
    pem = certificate_pem(ca.certificate).decode()
    store.save_credential(snapshot.case.id, CA_KIND, ca.common_name, pem, encrypt_key(ca.key, passphrase))
    return pem


def case_ca(store: AgreementStore, case_id: str, passphrase: str) -> Identity:
    """The case's CA with its key (DeskError on a wrong passphrase or when there is none)."""
    from desk.agreement.pki import Identity, decrypt_key, load_certificates

    stored = store.load_credential(case_id, CA_KIND)
    if stored is None:
        raise DeskError("this case has no certificate authority yet: run `desk identity create-ca` first")
    certificate_text, encrypted = stored
    return Identity(load_certificates(certificate_text.encode())[0], decrypt_key(encrypted, passphrase))


def issue_delegate(store: AgreementStore, snapshot: CaseSnapshot, party_name: str, delegate: str,
                   ca_passphrase: str, p12_passphrase: str, days: int = 730) -> tuple[bytes, Identity]:
    """A PKCS#12 for ``delegate`` of ``party_name``, issued by the case's CA, and the identity it holds."""
    from desk.agreement.pki import issue_certificate, to_pkcs12

    party = snapshot.party_by_name(party_name)
    if party is None:
        raise DeskError(f"{party_name!r} is not a party of this case")
    ca = case_ca(store, snapshot.case.id, ca_passphrase)
    identity = issue_certificate(ca, delegate or party.delegate_name, party.name, party.id, days)
    return to_pkcs12(identity, p12_passphrase), identity


def read_identity(p12: Path, passphrase: str) -> Identity:
    """The identity in the PKCS#12 file ``p12``; DeskError when it cannot be read or opened."""
    from desk.agreement.pki import load_pkcs12

    try:
        data = p12.read_bytes()
    except OSError as exc:
        raise DeskError(f"cannot read {p12}: {exc.strerror}") from None
    return load_pkcs12(data, passphrase)


def sign_file(source: Path, target: Path, p12: Path, passphrase: str, party: str, *,
              allow_draft: bool = False, speaks_for: str | None = None) -> SignResult:
    """Sign ``source`` into ``target`` as ``party`` with the PKCS#12 file ``p12`` (drafts only when allowed);
    refused unless the identity speaks for that party (its own binding, or ``speaks_for`` from a case)."""
    from desk.agreement.signing import sign_pdf

    identity = read_identity(p12, passphrase)
    if not source.is_file():
        raise DeskError(f"{source} does not exist")
    return sign_pdf(source, target, identity, party, allow_draft=allow_draft, speaks_for=speaks_for)


def signature_record(agreement_id: str, party_id: str, result: SignResult, p12_identity: Identity,
                     signed_pdf: bytes) -> Signature:
    """The record of a signature for the case file (``signed_pdf``: the signed document's bytes)."""
    from cryptography.hazmat.primitives import serialization

    der = p12_identity.certificate.public_bytes(serialization.Encoding.DER)
    return Signature(agreement_id=agreement_id, party_id=party_id, delegate_name=result.signer,
                     certificate_subject=p12_identity.certificate.subject.rfc4514_string(),
                     certificate_sha256=hashlib.sha256(der).hexdigest(),
                     document_sha256=hashlib.sha256(signed_pdf).hexdigest(),
                     signed_at=result.signed_at.astimezone(UTC) if result.signed_at.tzinfo else
                     result.signed_at.replace(tzinfo=UTC)).validate()
