"""Framework-agreement drafts (框架协议草案): versions and signature records."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desk.core.enums import AgreementStatus
from desk.core.errors import ValidationError
from desk.core.validation import (
    check_datetime,
    check_enum,
    check_id,
    check_name,
    check_text,
    new_id,
    utcnow,
)


@dataclass(frozen=True, slots=True)
class Clause:
    """One article of an agreement: a heading (e.g. 利益分享) and its text."""

    heading: str
    text: str

    def validate(self) -> Clause:
        check_name("heading", self.heading)
        check_text("text", self.text)
        return self


@dataclass(frozen=True, slots=True)
class AgreementVersion:
    """One saved version of the draft; a new version is made on every save."""

    case_id: str
    version: int
    title: str
    clauses: tuple[Clause, ...] = ()
    status: AgreementStatus = AgreementStatus.DRAFT
    proposal_id: str | None = None
    language: str = "zh"
    author: str = ""
    created_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)

    def validate(self) -> AgreementVersion:
        check_id("case_id", self.case_id)
        if isinstance(self.version, bool) or not isinstance(self.version, int) or self.version < 1:
            raise ValidationError("version", "agreement.version", "a version number is a whole number from 1")
        check_name("title", self.title)
        for clause in self.clauses:
            clause.validate()
        check_enum("status", self.status, AgreementStatus)
        check_id("proposal_id", self.proposal_id, required=False)
        if self.language not in ("zh", "en"):
            raise ValidationError("language", "agreement.language", "language must be zh or en")
        check_name("author", self.author, required=False)
        check_datetime("created_at", self.created_at)
        return self


@dataclass(frozen=True, slots=True)
class Signature:
    """The record of one signatory's digital signature on an agreement version's PDF."""

    agreement_id: str
    party_id: str
    delegate_name: str
    certificate_subject: str = ""
    certificate_sha256: str = ""
    document_sha256: str = ""
    signed_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)

    def validate(self) -> Signature:
        check_id("agreement_id", self.agreement_id)
        check_id("party_id", self.party_id)
        check_name("delegate_name", self.delegate_name)
        check_name("certificate_subject", self.certificate_subject, required=False, limit=1000)
        for name in ("certificate_sha256", "document_sha256"):
            value = getattr(self, name)
            if value and (len(value) != 64 or any(c not in "0123456789abcdef" for c in value)):
                raise ValidationError(name, "hash.invalid", f"{name} must be a lowercase SHA-256 hex digest")
        check_datetime("signed_at", self.signed_at)
        return self
