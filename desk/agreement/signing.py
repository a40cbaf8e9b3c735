"""Sequential PAdES signatures (pyHanko), each in its party's field with a visible Chinese stamp."""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

from desk.agreement.fields import field_name
from desk.agreement.fonts import SERIF_FILE, font_path
from desk.agreement.numerals import chinese_date
from desk.agreement.pki import Identity, certificate_party, check_usable, same_party_name
from desk.agreement.sigfields import quiet_library_logs, short_reason, signature_fields
from desk.core.errors import DeskError
from desk.core.output_files import from_os_error, write_atomically

quiet_library_logs()

CREATOR = "Concord Desk"
DRAFT_MARK = "(draft)"  # as desk.agreement.pdf appends to the Creator of a draft
STAMP_TEXT = "%(party)s\n授权代表：%(signer)s\n签署日期：%(date)s"


class WrongParty(DeskError):
    """An identity that does not (provably) speak for the party whose place it would sign."""

    def __init__(self, signer: str, identity_party: str | None, field: str) -> None:
        self.signer, self.identity_party, self.field = signer, identity_party, field
        if identity_party is None:
            text = (f"the identity of {signer} does not name its party (not issued by this case's CA, and not "
                    f"bound to a party by the secretariat): it cannot sign for {field}")
        else:
            text = f"the identity of {signer} is for {identity_party}: it cannot sign for {field}"
        super().__init__(text)

    def __reduce__(self):  # keep picklable across worker threads
        return (WrongParty, (self.signer, self.identity_party, self.field))


def check_party(identity: Identity, field: str, speaks_for: str | None = None) -> None:
    """Raise :class:`WrongParty` unless the identity speaks for the party of ``field``.

    ``speaks_for`` is the party a caller has established otherwise (a case's binding of an outside
    certificate); by default the certificate's own party binding decides.
    """
    party = speaks_for if speaks_for is not None else certificate_party(identity.certificate)
    if party is None or not same_party_name(party, field):
        raise WrongParty(identity.common_name, party, field)


@dataclass(frozen=True, slots=True)
class SignResult:
    """What was signed: the field, the signer's name and the signing time."""

    field: str
    signer: str
    signed_at: datetime


def asn1_certificate(certificate) -> asn1_x509.Certificate:
    """A cryptography certificate as asn1crypto (pyHanko's types)."""
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


def open_agreement(data: bytes) -> PdfFileReader:
    """A reader over ``data``; DeskError when it is not a PDF made by Concord Desk."""
    try:
        reader = PdfFileReader(BytesIO(data), strict=False)
        info = reader.trailer["/Info"] if "/Info" in reader.trailer else {}  # noqa: SIM401 - dereference
        creator = str(info["/Creator"]) if "/Creator" in info else ""
    except Exception as exc:  # pyHanko raises many kinds on a damaged file
        raise DeskError(f"not a readable PDF file ({short_reason(exc)})") from None
    if not creator.startswith(CREATOR):
        raise DeskError("this PDF was not made by Concord Desk (no agreement signature places)")
    return reader


def find_field(reader: PdfFileReader, party: str) -> str:
    """The empty signature field of ``party``: its exact name, else the one field containing it."""
    places = signature_fields(reader)
    empty = [place.name for place in places if not place.signed]
    filled = [place.name for place in places if place.signed]
    wanted = field_name(party)
    if wanted in filled:
        raise DeskError(f"{party} has already signed this PDF")
    if wanted in empty:
        return wanted
    matches = [name for name in empty if wanted in name]
    if len(matches) == 1:
        return matches[0]
    if not empty and not filled:
        raise DeskError("this PDF has no signature places; render the agreement with Concord Desk first")
    if len(matches) > 1:
        raise DeskError(f"{party!r} matches several signature places: " + "、".join(matches))
    places = "、".join(empty) if empty else "none left"
    raise DeskError(f"no unsigned signature place for {party!r} (unsigned places: {places})")


def is_draft(reader: PdfFileReader) -> bool:
    """True when the PDF was rendered as a draft (草案 on every page)."""
    try:
        info = reader.trailer["/Info"] if "/Info" in reader.trailer else {}  # noqa: SIM401 - dereference
        return "/Creator" in info and str(info["/Creator"]).endswith(DRAFT_MARK)
    except Exception as exc:  # a damaged document information dictionary
        raise DeskError(f"not a readable PDF file ({short_reason(exc)})") from None


def sign_pdf(source: str | Path, target: str | Path, identity: Identity, party: str,
             when: datetime | None = None, *, allow_draft: bool = False, speaks_for: str | None = None) -> SignResult:
    """Sign ``source`` into ``target`` as ``party``'s delegate (see :func:`sign_bytes`); ``target`` is written
    through a temporary file, and nothing is written when the signature is refused."""
    check_target(Path(target))
    signed, result = sign_bytes(read_pdf(source), identity, party, when, allow_draft=allow_draft,
                                speaks_for=speaks_for)
    write_atomically(Path(target), signed)
    return result


def read_pdf(source: str | Path) -> bytes:
    """The bytes of the PDF at ``source``; DeskError when it cannot be read."""
    try:
        return Path(source).read_bytes()
    except OSError as exc:
        raise DeskError(f"cannot read {source}: {exc.strerror}") from None


def sign_bytes(data: bytes, identity: Identity, party: str, when: datetime | None = None, *,
               allow_draft: bool = False, speaks_for: str | None = None) -> tuple[bytes, SignResult]:
    """The PDF ``data`` signed as ``party``'s delegate (earlier signatures stay valid), and what was signed.

    Refused (DeskError) when the certificate is not usable, the PDF is not ours or a draft (unless
    allowed), the party has no unsigned place, or the identity does not speak for that party
    (see :func:`check_party`).
    """
    moment = when or datetime.now(UTC)
    check_usable(identity.certificate, moment)
    reader = open_agreement(data)
    if is_draft(reader) and not allow_draft:
        raise DeskError("this PDF is a draft (草案 on every page): sign the final version "
                        "(conclude the bargaining and make the version final), or allow drafts for a rehearsal")
    name = find_field(reader, party)
    check_party(identity, name, speaks_for)
    local = moment.astimezone()
    signer = signers.SimpleSigner(
        signing_cert=asn1_certificate(identity.certificate),
        signing_key=asn1_keys.PrivateKeyInfo.load(identity.key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())),
        cert_registry=SimpleCertificateStore.from_certs([asn1_certificate(c) for c in identity.chain]),
    )
    meta = signers.PdfSignatureMetadata(field_name=name, md_algorithm="sha256",
                                        subfilter=fields.SigSeedSubFilter.PADES, name=identity.common_name,
                                        reason=f"{party} 签署", location=identity.organisation or None)
    style = TextStampStyle(stamp_text=STAMP_TEXT, border_width=1, background=None,
                           text_box_style=TextBoxStyle(font=GlyphAccumulatorFactory(str(font_path(SERIF_FILE)),
                                                                                    font_size=13)))
    params = {"party": name, "signer": identity.common_name,
              "date": chinese_date(local.year, local.month, local.day)}
    output = BytesIO()
    try:
        writer = IncrementalPdfFileWriter(BytesIO(data), strict=False)
        signers.PdfSigner(meta, signer, stamp_style=style).sign_pdf(
            writer, existing_fields_only=True, appearance_text_params=params, output=output)
    except Exception as exc:  # a damaged PDF can fail anywhere inside the signer
        raise DeskError(f"cannot sign this PDF: it is damaged ({short_reason(exc)})") from None
    return output.getvalue(), SignResult(name, identity.common_name, moment)


def check_target(target: Path) -> None:
    """DeskError unless a signed PDF can be written at ``target`` (its folder exists; not a folder)."""
    if not target.parent.is_dir():
        raise DeskError(f"the folder {target.parent} does not exist")
    if target.is_dir():
        raise DeskError(f"{target} is a folder: give the signed PDF a file name")


def write_beside(target: Path, data: bytes) -> Path:
    """Write ``data`` into a new hidden temporary file beside ``target`` (on the disk) and return its path: the
    caller renames it over ``target`` once the signature is recorded, or removes it."""
    try:
        handle, temp = tempfile.mkstemp(prefix=".desk-", suffix=".pdf", dir=target.parent)
    except OSError as exc:
        raise from_os_error(exc, target) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise from_os_error(exc, target) from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return Path(temp)
