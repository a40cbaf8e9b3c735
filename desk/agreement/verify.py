"""Verifying a PDF's signatures: every signature field reported (signer, party, time, intact, trusted, changes)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from io import BytesIO
from pathlib import Path

from cryptography import x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko_certvalidator import ValidationContext

from desk.agreement.pki import certificate_party, same_party_name
from desk.agreement.sigfields import SigField, quiet_library_logs, short_reason, signature_fields
from desk.agreement.signing import asn1_certificate
from desk.core.errors import DeskError

quiet_library_logs()

#: What a later revision may have done without spoiling a signature: nothing, add validation data
#: or timestamps (long-term validation), or fill form fields (the later parties' signatures).
ALLOWED_AFTER = {ModificationLevel.NONE: "none", ModificationLevel.LTA_UPDATES: "LTA updates",
                 ModificationLevel.FORM_FILLING: "form filling"}
CHANGE_LABELS = {**ALLOWED_AFTER, ModificationLevel.ANNOTATIONS: "annotations", ModificationLevel.OTHER: "other"}

#: Which party a signer's certificate speaks for (its name), or None when that cannot be proven.
PartyOf = Callable[[x509.Certificate], "str | None"]


@dataclass(frozen=True, slots=True)
class SignatureReport:
    """The verdict on one signature field of a PDF (signed or not)."""

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
    signed: bool = True
    party_ok: bool = True
    changes_allowed: bool = False
    kind: str = "signature"

    @property
    def ok(self) -> bool:
        """Signed, intact, valid, by the field's own party, and only allowed changes after it."""
        return self.signed and self.intact and self.valid and self.party_ok and self.changes_allowed

    def as_dict(self) -> dict:
        data = asdict(self)
        data["signed_at"] = self.signed_at.isoformat() if self.signed_at else None
        data["ok"] = self.ok
        return data


@dataclass(frozen=True, slots=True)
class Verdict:
    """The document as a whole: ok only when every signature field is signed, intact and trusted.

    ``kind`` says why not, for a caller to word it (``"ok"``, ``"no places"``, ``"failed"``: a field
    failed, ``"unsigned"``, ``"no trust"``: nothing was given to trust, ``"untrusted"``); ``fields``
    names the fields concerned; ``reason`` is the English sentence.
    """

    ok: bool
    reason: str = ""
    kind: str = "ok"
    fields: tuple[str, ...] = ()


def verdict(reports: Sequence[SignatureReport], have_trust: bool) -> Verdict:
    """The overall verdict on ``reports``; ``have_trust`` says whether any CA was given to trust.
    Whatever cannot be proven ok is not ok."""
    if not any(r.kind == "signature" for r in reports):  # a document timestamp alone signs nothing
        return Verdict(False, "the PDF has no signature fields", "no places")
    bad = [r for r in reports if not r.ok and (r.signed or r.problem != "not signed")]
    if bad:  # a damaged or foreign signature (or a missing place) is said before a place merely not signed yet
        return Verdict(False, f"{bad[0].field}: {bad[0].problem or 'not ok'}", "failed",
                       tuple(r.field for r in bad))
    unsigned = tuple(r.field for r in reports if not r.signed)
    if unsigned:
        return Verdict(False, "not signed yet: " + "、".join(unsigned), "unsigned", unsigned)
    if not have_trust:
        return Verdict(False, "not trusted: no certificate authority to trust was given (--trust CA.pem or "
                              "--case CASE.desk)", "no trust")
    untrusted = tuple(r.field for r in reports if not r.trusted)
    if untrusted:
        return Verdict(False, "not trusted: the signer's certificate does not chain to a trusted CA: "
                              + "、".join(untrusted), "untrusted", untrusted)
    return Verdict(True)


def verify_pdf(path: str | Path, trust: Sequence[x509.Certificate] = (),
               party_of: PartyOf = certificate_party, expected: Sequence[str] = ()) -> list[SignatureReport]:
    """A report per signature field of the PDF at ``path``: signed ones in signing order, then the rest;
    trusted only against ``trust``; the signer must be of the field's party as ``party_of`` proves it.
    Each party in ``expected`` (a case's signatories) without a field of its own gets a failed report."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise DeskError(f"cannot read {path}: {exc.strerror}") from None
    try:
        reader = PdfFileReader(BytesIO(data), strict=False)
    except Exception as exc:  # pyHanko raises many kinds on a damaged file
        raise DeskError(f"not a readable PDF file ({short_reason(exc)})") from None
    roots = [asn1_certificate(c) for c in trust]
    ordered = []
    for index, sig_field in enumerate(signature_fields(reader)):
        report, revision = _report(reader, sig_field, roots, party_of)
        ordered.append(((revision if revision is not None else 1 << 30, index), report))
    reports = [report for _, report in sorted(ordered, key=lambda item: item[0])]
    missing = [name for name in expected if not any(same_party_name(name, r.field) for r in reports)]
    return reports + [_failed(SigField(name, None, None, False), f"the PDF has no signature place for {name}")
                      for name in missing]


def _failed(field: SigField, problem: str, **known) -> SignatureReport:
    values = {"signer": "", "organisation": "", "signed_at": None, **known}
    return SignatureReport(field=field.name, intact=False, valid=False, trusted=False, modified_after=True,
                           changes_after="unknown", problem=problem, signed=field.signed, party_ok=False,
                           kind=field.kind, **values)


def _report(reader: PdfFileReader, field: SigField, roots, party_of: PartyOf) -> tuple[SignatureReport, int | None]:
    if not field.signed:
        return _failed(field, field.problem or "not signed"), None
    if field.problem:
        return _failed(field, field.problem), None
    try:
        sig = EmbeddedPdfSignature(reader, field.reference, field.name)
        revision = sig.signed_revision
        certificate = x509.load_der_x509_certificate(sig.signer_cert.dump())
    except Exception as exc:  # a damaged signature can fail anywhere while read
        return _failed(field, f"the signature cannot be read ({short_reason(exc)})"), None
    names = certificate.subject
    known = {"signer": _attribute(names, x509.oid.NameOID.COMMON_NAME),
             "organisation": _attribute(names, x509.oid.NameOID.ORGANIZATION_NAME)}
    try:
        known["signed_at"] = sig.self_reported_timestamp
        context = ValidationContext(trust_roots=roots, allow_fetching=False)
        if field.kind == "timestamp":
            status = validate_pdf_timestamp(sig, validation_context=context)
            signed_at = status.timestamp
        else:
            status = validate_pdf_signature(sig, signer_validation_context=context)
            signed_at = status.signer_reported_dt
    except Exception as exc:  # ... or anywhere inside the validator
        return _failed(field, f"the signature cannot be validated ({short_reason(exc)})", **known), revision
    level = status.modification_level
    allowed = level is None or level in ALLOWED_AFTER
    whole = status.coverage is not None and status.coverage.name == "ENTIRE_FILE"
    party_ok, problem = True, ""
    if field.kind == "signature":
        party_ok, problem = _party_check(field.name, certificate, party_of)
    if not status.intact:
        problem = "the signed bytes were changed (digest mismatch)"
    elif not status.valid:
        problem = "the signature value does not match the certificate"
    elif not allowed:
        problem = f"the document was changed after this signature ({CHANGE_LABELS.get(level, 'other')})"
    elif not problem and not status.trusted:
        problem = "not trusted: the signer's certificate does not chain to a trusted CA"
    return SignatureReport(**(known | {"signed_at": signed_at}), field=field.name, intact=bool(status.intact),
                           valid=bool(status.valid), trusted=bool(status.trusted), modified_after=not whole,
                           changes_after="none" if level is None else CHANGE_LABELS.get(level, "other"),
                           problem=problem, party_ok=party_ok, changes_allowed=allowed, kind=field.kind), revision


def _party_check(field: str, certificate: x509.Certificate, party_of: PartyOf) -> tuple[bool, str]:
    try:
        party = party_of(certificate)
    except Exception:  # a certificate we cannot read proves nothing
        party = None
    if party is None:
        return False, (f"the signer's certificate does not prove it speaks for {field} "
                       "(no party binding from this case's CA)")
    if not same_party_name(party, field):
        return False, f"signed by a delegate of {party}, not of {field}"
    return True, ""


def _attribute(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    try:
        values = name.get_attributes_for_oid(oid)
    except ValueError:
        return ""
    return str(values[0].value) if values else ""
