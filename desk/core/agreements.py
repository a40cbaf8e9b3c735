"""Framework-agreement drafts (框架协议草案): versions and signature records."""
from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from desk.core.enums import AgreementStatus
from desk.core.errors import ValidationError
from desk.core.parties import Party
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


def signer_for(version: AgreementVersion, party: str, parties: Sequence[Party], signed: Collection[str]) -> Party:
    """The signatory ``party`` names (full or short name), when it may sign ``version``; else ValidationError.

    A version is signed once final (never a draft), only by a signatory, once per party (``signed``
    holds the ids of the parties whose signatures it already carries). The GUI asks this early from
    its read model; the signing use case asks it again inside its transaction.
    """
    if version.status is AgreementStatus.DRAFT:
        raise ValidationError("version", "sign.draft", f"version {version.version} is a draft: make it final "
                              "before signing", version=version.version)
    signer = next((p for p in parties if party in (p.name, p.short_name)), None)
    if signer is None or not signer.is_signatory:
        raise ValidationError("party", "sign.not_signatory", f"{party!r} is not a signatory of this case",
                              party=party)
    if signer.id in signed:
        raise ValidationError("party", "sign.already_signed", f"{signer.name} has already signed version "
                              f"{version.version}", party=signer.name, version=version.version)
    return signer
