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
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

from desk.agreement.fields import field_name
from desk.agreement.fonts import SERIF_FILE, font_path
from desk.agreement.numerals import chinese_date
from desk.agreement.pki import Identity, check_usable
from desk.core.errors import DeskError

CREATOR = "Concord Desk"
DRAFT_MARK = "(draft)"  # as desk.agreement.pdf appends to the Creator of a draft
STAMP_TEXT = "%(party)s\n授权代表：%(signer)s\n签署日期：%(date)s"


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
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise DeskError(f"not a readable PDF file ({exc})") from None
    if not creator.startswith(CREATOR):
        raise DeskError("this PDF was not made by Concord Desk (no agreement signature places)")
    return reader


def find_field(reader: PdfFileReader, party: str) -> str:
    """The empty signature field of ``party``: its exact name, else the one field containing it."""
    empty = [name for name, _, _ in fields.enumerate_sig_fields(reader, filled_status=False)]
    filled = [name for name, _, _ in fields.enumerate_sig_fields(reader, filled_status=True)]
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
    info = reader.trailer["/Info"] if "/Info" in reader.trailer else {}  # noqa: SIM401 - dereference
    return "/Creator" in info and str(info["/Creator"]).endswith(DRAFT_MARK)


def sign_pdf(source: str | Path, target: str | Path, identity: Identity, party: str,
             when: datetime | None = None, *, allow_draft: bool = False) -> SignResult:
    """Sign ``source`` into ``target`` as ``party``'s delegate; earlier signatures stay valid.

    Nothing is written when the certificate is not usable, the PDF is not ours or the
    party has no unsigned place; ``target`` is written through a temporary file.
    """
    moment = when or datetime.now(UTC)
    check_usable(identity.certificate, moment)
    data = Path(source).read_bytes()
    reader = open_agreement(data)
    if is_draft(reader) and not allow_draft:
        raise DeskError("this PDF is a draft (草案 on every page): sign the final version "
                        "(conclude the bargaining and make the version final), or allow drafts for a rehearsal")
    name = find_field(reader, party)
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
    writer = IncrementalPdfFileWriter(BytesIO(data), strict=False)
    signers.PdfSigner(meta, signer, stamp_style=style).sign_pdf(
        writer, existing_fields_only=True, appearance_text_params=params, output=output)
    _write_atomically(Path(target), output.getvalue())
    return SignResult(name, identity.common_name, moment)


def _write_atomically(target: Path, data: bytes) -> None:
    handle, temp = tempfile.mkstemp(prefix=".desk-", suffix=".pdf", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
