"""The AgreementStore protocol over a case file: versions, signatures and credentials, each write audited."""
from __future__ import annotations

import dataclasses

from desk.core.agreements import AgreementVersion, Signature
from desk.core.enums import AgreementStatus
from desk.core.errors import DeskError
from desk.services.cases import CaseService
from desk.store.credentials import credential_state, find_credential, list_credentials, save_credential

#: Credential kind of a certificate trusted for verification (no key).
TRUSTED_KIND = "trusted_certificate"
#: Credential kind of an outside delegate certificate the secretariat bound to a party (label: the party id).
BINDING_KIND = "party_binding"


class CaseAgreementStore:
    """Agreement versions, signature records and the case CA of one case file.

    Every write is one transaction with its audit event; the encrypted CA key never
    enters the audit log (only the certificate's label does).
    """

    def __init__(self, cases: CaseService) -> None:
        self.cases = cases

    @property
    def case_id(self) -> str:
        return self.cases.case_id

    # -- the AgreementStore protocol -----------------------------------------------------------
    def next_agreement_version(self, case_id: str) -> int:
        with self.cases.transaction() as repos:
            versions = repos.agreements.list(case_id=case_id)
        return max((v.version for v in versions), default=0) + 1

    def add_agreement_version(self, version: AgreementVersion) -> None:
        """Save a new version; its number must be the next one (a save never overwrites a version)."""
        version.validate()
        self._own(version.case_id)
        with self.cases.transaction() as repos:
            taken = {v.version for v in repos.agreements.list(case_id=version.case_id)}
            if version.version in taken:
                raise DeskError(f"agreement version {version.version} already exists; save as a new version")
            repos.agreements.add(version)
            self.cases.audit(repos, "agreement.version_saved", version.id, version)

    def add_signature(self, signature: Signature) -> None:
        signature.validate()
        with self.cases.transaction() as repos:
            repos.agreements.require(signature.agreement_id)
            repos.parties.require(signature.party_id)
            repos.signatures.add(signature)
            self.cases.audit(repos, "signature.recorded", signature.id, signature)

    def save_credential(self, case_id: str, kind: str, label: str, certificate_pem: str,
                        encrypted_key: bytes) -> None:
        self._own(case_id)
        with self.cases.transaction() as repos:
            saved = save_credential(repos.session, case_id, kind, label, certificate_pem, encrypted_key)
            self.cases.audit(repos, "identity.ca_created", saved.id, credential_state(saved))

    def load_credential(self, case_id: str, kind: str) -> tuple[str, bytes] | None:
        with self.cases.transaction() as repos:
            found = find_credential(repos.session, case_id, kind)
        return None if found is None else (found.certificate_pem, found.encrypted_key)

    # -- beyond the protocol -------------------------------------------------------------------
    def add_trusted_certificate(self, label: str, certificate_pem: str, sha256: str) -> None:
        """Trust a certificate authority from outside the case (e.g. a real CA that issued a delegate's PKCS#12)."""
        with self.cases.transaction() as repos:
            saved = save_credential(repos.session, self.case_id, TRUSTED_KIND, label, certificate_pem, b"")
            self.cases.audit(repos, "identity.certificate_trusted", saved.id, credential_state(saved))

    def trusted_certificates(self) -> list[str]:
        """PEMs of the certificates trusted besides the case's own CA, oldest first."""
        with self.cases.transaction() as repos:
            return [c.certificate_pem for c in list_credentials(repos.session, self.case_id, TRUSTED_KIND)]

    def add_binding(self, party_id: str, name: str, certificate_pem: str, sha256: str) -> None:
        """Bind a delegate's certificate from outside the case to a party (the secretariat vouches for it)."""
        with self.cases.transaction() as repos:
            repos.parties.require(party_id)
            saved = save_credential(repos.session, self.case_id, BINDING_KIND, party_id, certificate_pem, b"")
            self.cases.audit(repos, "identity.certificate_bound", saved.id,
                             {**credential_state(saved), "party_id": party_id, "subject": name,
                              "certificate_sha256": sha256})

    def bindings(self) -> dict[str, str]:
        """Certificate SHA-256 (hex) → party id, for every certificate bound to a party (the newest wins)."""
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes

        found = {}
        with self.cases.transaction() as repos:
            stored = list_credentials(repos.session, self.case_id, BINDING_KIND)
        for credential in stored:
            try:
                certificate = x509.load_pem_x509_certificate(credential.certificate_pem.encode())
            except ValueError:
                continue  # a damaged stored certificate binds nothing
            found[certificate.fingerprint(hashes.SHA256()).hex()] = credential.label
        return found

    def versions(self) -> list[AgreementVersion]:
        """Every saved version of the case, oldest first."""
        with self.cases.transaction() as repos:
            return repos.agreements.list(case_id=self.case_id)

    def version(self, version_id: str) -> AgreementVersion:
        with self.cases.transaction() as repos:
            return repos.agreements.require(version_id)

    def signatures(self, agreement_id: str) -> list[Signature]:
        with self.cases.transaction() as repos:
            return sorted(repos.signatures.list(agreement_id=agreement_id), key=lambda s: s.signed_at)

    def set_status(self, version_id: str, status: AgreementStatus) -> AgreementVersion:
        """Change a version's status (draft → final → signed), with its audit event."""
        with self.cases.transaction() as repos:
            old = repos.agreements.require(version_id)
            new = dataclasses.replace(old, status=AgreementStatus(status)).validate()
            repos.agreements.update(new)
            self.cases.audit(repos, "agreement.status_changed", version_id,
                               {"version": new.version, "from": str(old.status), "to": str(new.status)})
        return new

    def withdraw_version(self, version_id: str) -> AgreementVersion:
        """Remove a version nobody signed (the undo of its save); the audit log keeps both events."""
        with self.cases.transaction() as repos:
            version = repos.agreements.require(version_id)
            if repos.signatures.list(agreement_id=version_id):
                raise DeskError(f"version {version.version} carries signatures and cannot be withdrawn")
            repos.agreements.delete(version_id)
            self.cases.audit(repos, "agreement.version_withdrawn", version_id, {"version": version.version})
        return version

    def record_issued(self, party_id: str, delegate: str, subject: str, certificate_sha256: str) -> None:
        """Audit the issue of a delegate identity (the PKCS#12 itself is never stored)."""
        with self.cases.transaction() as repos:
            repos.parties.require(party_id)
            self.cases.audit(repos, "identity.issued", party_id,
                               {"delegate": delegate, "subject": subject, "certificate_sha256": certificate_sha256})

    def _own(self, case_id: str) -> None:
        if case_id != self.case_id:
            raise DeskError("the agreement belongs to another case")
