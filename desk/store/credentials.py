"""Secrets kept inside a case file, e.g. the secretariat CA: certificate plus passphrase-encrypted key."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.validation import new_id, utcnow
from desk.store.models import CredentialRow


@dataclass(frozen=True, slots=True)
class StoredCredential:
    """A certificate (PEM) and its private key, encrypted by the caller (PKCS#8 with a passphrase)."""

    case_id: str
    kind: str
    label: str
    certificate_pem: str
    encrypted_key: bytes
    created_at: datetime
    id: str


def save_credential(session: Session, case_id: str, kind: str, label: str, certificate_pem: str,
                    encrypted_key: bytes) -> StoredCredential:
    """Store a credential; the key must already be encrypted (this layer never sees passphrases)."""
    row = CredentialRow(id=new_id(), case_id=case_id, kind=kind, label=label, certificate_pem=certificate_pem,
                        encrypted_key=encrypted_key, created_at=utcnow())
    session.add(row)
    session.flush()
    return _core(row)


def find_credential(session: Session, case_id: str, kind: str) -> StoredCredential | None:
    """The newest credential of ``kind`` for the case, or None."""
    row = session.scalars(
        select(CredentialRow).where(CredentialRow.case_id == case_id, CredentialRow.kind == kind)
        .order_by(CredentialRow.created_at.desc()).limit(1)
    ).first()
    return None if row is None else _core(row)


def list_credentials(session: Session, case_id: str, kind: str) -> list[StoredCredential]:
    """Every credential of ``kind`` for the case, oldest first."""
    rows = session.scalars(select(CredentialRow).where(CredentialRow.case_id == case_id, CredentialRow.kind == kind)
                           .order_by(CredentialRow.created_at))
    return [_core(row) for row in rows]


def _core(row: CredentialRow) -> StoredCredential:
    return StoredCredential(row.case_id, row.kind, row.label, row.certificate_pem, bytes(row.encrypted_key),
                            row.created_at, row.id)


def credential_state(credential: StoredCredential | CredentialRow) -> dict:
    """What the audit log records of a credential: everything, the encrypted key as its SHA-256."""
    return {
        "id": credential.id, "case_id": credential.case_id, "kind": credential.kind, "label": credential.label,
        "certificate_pem": credential.certificate_pem, "created_at": credential.created_at.isoformat(),
        "key_sha256": hashlib.sha256(bytes(credential.encrypted_key or b"")).hexdigest(),
    }
