"""Verifying the signatures of a PDF: signer, time, intact, trusted, changed after signing."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from io import BytesIO
from pathlib import Path

from cryptography import x509
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from desk.agreement.signing import asn1_certificate
from desk.core.errors import DeskError


@dataclass(frozen=True, slots=True)
class SignatureReport:
    """The verdict on one signature of a PDF."""

    field: str
    signer: str
    organisation: str
    signed_at: datetime | None
    intact: bool
    valid: bool
    trusted: bool
    modified_after: bool
    changes_after: str
    problem: str = ""

    @property
    def ok(self) -> bool:
        """Intact, cryptographically valid and nothing but allowed changes (later signatures) after it."""
        return self.intact and self.valid and self.changes_after in ("none", "form filling", "LTA updates")

    def as_dict(self) -> dict:
        data = asdict(self)
        data["signed_at"] = self.signed_at.isoformat() if self.signed_at else None
        data["ok"] = self.ok
        return data


def verify_pdf(path: str | Path, trust: Sequence[x509.Certificate] = ()) -> list[SignatureReport]:
    """A report per signature of the PDF at ``path``, in signing order; trusted only against ``trust``."""
    try:
        reader = PdfFileReader(BytesIO(Path(path).read_bytes()), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise DeskError(f"not a readable PDF file ({exc})") from None
    roots = [asn1_certificate(c) for c in trust]
    return [_report(sig, roots) for sig in embedded]


def _report(sig, roots) -> SignatureReport:
    subject = sig.signer_cert.subject.native if sig.signer_cert is not None else {}
    base = {"field": sig.field_name, "signer": subject.get("common_name", ""),
            "organisation": subject.get("organization_name", "")}
    try:
        context = ValidationContext(trust_roots=roots, allow_fetching=False)
        status = validate_pdf_signature(sig, signer_validation_context=context)
    except Exception as exc:  # a damaged signature can fail anywhere inside the validator
        return SignatureReport(**base, signed_at=sig.self_reported_timestamp, intact=False, valid=False,
                               trusted=False, modified_after=True, changes_after="unknown",
                               problem=f"cannot validate: {exc}")
    level = status.modification_level
    changes = "none" if level is None else level.name.lower().replace("_", " ")
    whole = status.coverage is not None and status.coverage.name == "ENTIRE_FILE"
    problem = "" if status.intact else "the signed bytes were changed (digest mismatch)"
    if status.intact and not status.valid:
        problem = "the signature value does not match the certificate"
    elif status.intact and not status.trusted:
        problem = "the signer's certificate does not chain to a trusted CA"
    return SignatureReport(**base, signed_at=status.signer_reported_dt, intact=bool(status.intact),
                           valid=bool(status.valid), trusted=bool(status.trusted), modified_after=not whole,
                           changes_after=changes, problem=problem)
