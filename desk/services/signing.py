"""Signing an agreement version, one use case: the signer checked, the identity opened once, the PDF signed
and the signature recorded in one transaction; the signed PDF is put in place only when that commits.

The GUI runs it through the case document on the database worker (progress and cancel through the
core's protocol); ``desk sign --case`` calls the same function.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from desk.core.agreements import signer_for
from desk.core.analytics.errors import CancelCheck, Cancelled, ProgressCallback
from desk.core.changes import Kind
from desk.core.enums import AgreementStatus
from desk.core.errors import DeskError
from desk.services import agreements as use
from desk.services.operations import Operation

if TYPE_CHECKING:  # the signing stack (cryptography, pyHanko) is imported where it is used, not at start-up
    from desk.agreement.pki import Identity
    from desk.agreement.signing import SignResult
    from desk.services.agreement_workflow import AgreementService


class DelegateKey:
    """A delegate's PKCS#12 file and its passphrase; the file is decrypted at most once (the GUI opens it when
    the passphrase is typed, to let the user retry a wrong one; signing then uses the same identity)."""

    def __init__(self, path: Path, passphrase: str) -> None:
        self.path = path
        self._passphrase = passphrase
        self._identity: Identity | None = None

    def identity(self) -> Identity:
        """The identity in the file; DeskError when it cannot be read or opened with the passphrase."""
        if self._identity is None:
            self._identity = use.read_identity(self.path, self._passphrase)
        return self._identity


def _quiet(_fraction: float, _message: str = "") -> None:
    return None


def _never() -> bool:
    return False


def sign_version(agreements: AgreementService, version_id: str, source: Path, target: Path, key: DelegateKey,
                 party: str, progress: ProgressCallback = _quiet, is_cancelled: CancelCheck = _never) -> SignResult:
    """Sign the PDF ``source`` of version ``version_id`` into ``target`` as ``party`` (full or short name), record
    the signature, and mark the version signed once every signatory has signed.

    Refused before anything is written when the version is a draft, ``party`` is not a signatory or has
    signed already, or the identity does not speak for it (:class:`~desk.agreement.signing.WrongParty`).
    One transaction; ``target`` appears only when it commits. Cancelling changes nothing.
    """
    from desk.agreement.signing import check_target, read_pdf, sign_bytes, write_beside

    check_target(target)
    data = read_pdf(source)
    identity = key.identity()
    progress(0.1, "")
    cases = agreements.cases
    with cases.transaction() as repos:
        version = repos.agreements.require(version_id)
        parties = repos.parties.list(case_id=cases.case_id)
        signed = {s.party_id for s in repos.signatures.list(agreement_id=version_id)}
        signer = signer_for(version, party, parties, signed)
        speaks_for = agreements.check_identity(identity, signer)
        _stop_if(is_cancelled)
        progress(0.3, "")
        pdf, result = sign_bytes(data, identity, signer.name, speaks_for=speaks_for)
        _stop_if(is_cancelled)
        progress(0.8, "")
        agreements.store.add_signature(use.signature_record(version_id, signer.id, result, identity, pdf))
        if version.status is AgreementStatus.FINAL and signed | {signer.id} >= {p.id for p in parties
                                                                                if p.is_signatory}:
            agreements.store.set_status(version_id, AgreementStatus.SIGNED)
        temp = write_beside(target, pdf)
        cases.when_done(lambda: _put(temp, target), lambda: temp.unlink(missing_ok=True))
    progress(1.0, "")
    return result


def sign_operation(agreements: AgreementService, version_id: str, source: Path, target: Path, key: DelegateKey,
                   party: str) -> Operation[SignResult]:
    """:func:`sign_version` as an operation for the case document (slow: it runs on the database worker)."""
    from desk.core.changes import Changes

    return Operation(lambda progress, cancelled: sign_version(agreements, version_id, source, target, key, party,
                                                              progress, cancelled),
                     Changes.of(Kind.AGREEMENTS), slow=True)


def _stop_if(is_cancelled: CancelCheck) -> None:
    if is_cancelled():
        raise Cancelled("the signing was cancelled")


def _put(temp: Path, target: Path) -> None:
    try:
        os.replace(temp, target)
    except OSError as exc:  # the signature is recorded: keep the signed PDF where it is, and say where
        raise DeskError(f"the signature is recorded, but the signed PDF could not be renamed to {target} "
                        f"({exc.strerror}): it is kept as {temp}") from None
