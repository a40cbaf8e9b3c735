"""Signing identities: a case's secretariat CA, delegate certificates, PKCS#12 files (cryptography)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from desk.core.errors import DeskError

PrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey

#: How a delegate certificate names its party: a URI in subjectAltName, ``PARTY_URN`` + the party's id
#: (besides O = the party's name). Only the case's own CA writes it; see :func:`party_id`.
PARTY_URN = "urn:concord-desk:party:"


@dataclass(frozen=True)
class Identity:
    """A certificate with its private key and the chain of certificates that issued it."""

    certificate: x509.Certificate
    key: PrivateKey
    chain: tuple[x509.Certificate, ...] = ()

    @property
    def common_name(self) -> str:
        return name_attribute(self.certificate, NameOID.COMMON_NAME)

    @property
    def organisation(self) -> str:
        return name_attribute(self.certificate, NameOID.ORGANIZATION_NAME)


def name_attribute(certificate: x509.Certificate, oid: x509.ObjectIdentifier) -> str:
    """One attribute of a certificate's subject, or ''."""
    values = certificate.subject.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def fit(value: str, limit: int = 64) -> str:
    """``value`` cut to at most ``limit`` UTF-8 bytes on a character boundary (X.520 caps CN and O at 64)."""
    while len(value.encode("utf-8")) > limit:
        value = value[:-1]
    return value.rstrip()


def _name(common: str, organisation: str) -> x509.Name:
    parts = [x509.NameAttribute(NameOID.COUNTRY_NAME, "CN")]
    if organisation:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, fit(organisation)))
    parts.append(x509.NameAttribute(NameOID.COMMON_NAME, fit(common)))
    return x509.Name(parts)


def create_ca(name: str, organisation: str = "", days: int = 3650, now: datetime | None = None) -> Identity:
    """A new self-signed certificate authority (EC P-256) for a case's secretariat."""
    if not name.strip():
        raise DeskError("the certificate authority needs a name")
    start = (now or datetime.now(UTC)) - timedelta(minutes=5)
    key = ec.generate_private_key(ec.SECP256R1())
    subject = _name(name.strip(), organisation.strip())
    certificate = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(start)
        .not_valid_after(start + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                     crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return Identity(certificate, key)


def issue_certificate(ca: Identity, delegate: str, party: str, party_id: str, days: int = 730,
                      now: datetime | None = None) -> Identity:
    """A delegate's signing certificate and key, issued by ``ca``: CN = delegate, O = party, and the
    party's id as the URI ``urn:concord-desk:party:<id>`` in subjectAltName (the party binding)."""
    if not delegate.strip():
        raise DeskError("the delegate needs a name")
    if not party.strip() or not party_id.strip():
        raise DeskError("a delegate identity must name its party")
    start = (now or datetime.now(UTC)) - timedelta(minutes=5)
    key = ec.generate_private_key(ec.SECP256R1())
    end = min(start + timedelta(days=days), ca.certificate.not_valid_after_utc)
    certificate = (
        x509.CertificateBuilder().subject_name(_name(delegate.strip(), party.strip()))
        .issuer_name(ca.certificate.subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(start).not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()), critical=False)
        .add_extension(x509.SubjectAlternativeName([x509.UniformResourceIdentifier(PARTY_URN + party_id.strip())]),
                       critical=False)
        .sign(ca.key, hashes.SHA256())
    )
    return Identity(certificate, key, (ca.certificate, *ca.chain))


def party_id(certificate: x509.Certificate) -> str | None:
    """The party id a certificate names in its subjectAltName URI, or None (no binding, or ambiguous)."""
    try:
        names = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        uris = names.get_values_for_type(x509.UniformResourceIdentifier)
    except (x509.ExtensionNotFound, ValueError):
        return None
    ids = {uri[len(PARTY_URN):] for uri in uris if uri.startswith(PARTY_URN)}
    return ids.pop() if len(ids) == 1 and "" not in ids else None


def certificate_party(certificate: x509.Certificate) -> str | None:
    """The party a certificate names when it carries a party binding: its O, if it has the party URN."""
    if party_id(certificate) is None:
        return None
    try:
        names = certificate.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    except ValueError:
        return None
    return str(names[0].value) if len(names) == 1 else None


def issued_by(certificate: x509.Certificate, issuer: x509.Certificate) -> bool:
    """True when ``issuer``'s key signed ``certificate`` (and the names chain); False on any doubt."""
    try:
        certificate.verify_directly_issued_by(issuer)
    except Exception:  # InvalidSignature, ValueError, TypeError: all mean "not proven"
        return False
    return True


def same_party_name(a: str, b: str) -> bool:
    """Whether two party names are the same as a certificate's O and a signature field keep them
    (O is cut to 64 bytes; field names turn dots into underscores)."""
    def norm(value: str) -> str:
        return fit(value.replace(".", "_").strip())
    return bool(norm(a)) and norm(a) == norm(b)


def to_pkcs12(identity: Identity, passphrase: str) -> bytes:
    """The identity as a PKCS#12 file protected by ``passphrase`` (AES-256, PBKDF2)."""
    if not passphrase:
        raise DeskError("a PKCS#12 file needs a passphrase")
    return pkcs12.serialize_key_and_certificates(
        identity.common_name.encode(), identity.key, identity.certificate, list(identity.chain) or None,
        serialization.BestAvailableEncryption(passphrase.encode()))


def load_pkcs12(data: bytes, passphrase: str) -> Identity:
    """Open a PKCS#12 file (ours or a real CA's); a clear DeskError when it cannot be used."""
    try:
        key, certificate, chain = pkcs12.load_key_and_certificates(data, passphrase.encode() or None)
    except ValueError:
        raise DeskError("cannot open the PKCS#12 file: wrong passphrase, or not a PKCS#12 file") from None
    if key is None:
        raise DeskError("the PKCS#12 file holds no private key, so it cannot sign")
    if certificate is None:
        raise DeskError("the PKCS#12 file holds no certificate")
    if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise DeskError("the PKCS#12 key type is not supported (use RSA or EC)")
    return Identity(certificate, key, tuple(chain))


def check_usable(certificate: x509.Certificate, when: datetime | None = None) -> None:
    """Raise DeskError when the certificate has expired or is not yet valid at ``when``."""
    moment = when or datetime.now(UTC)
    if moment > certificate.not_valid_after_utc:
        raise DeskError(f"the certificate of {name_attribute(certificate, NameOID.COMMON_NAME)} expired on "
                        f"{certificate.not_valid_after_utc:%Y-%m-%d}")
    if moment < certificate.not_valid_before_utc:
        raise DeskError(f"the certificate of {name_attribute(certificate, NameOID.COMMON_NAME)} is not valid "
                        f"before {certificate.not_valid_before_utc:%Y-%m-%d}")


def certificate_pem(certificate: x509.Certificate) -> bytes:
    """A certificate in PEM."""
    return certificate.public_bytes(serialization.Encoding.PEM)


def load_certificates(data: bytes) -> list[x509.Certificate]:
    """Certificates from PEM (one or more) or DER data."""
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificates(data)
        return [x509.load_der_x509_certificate(data)]
    except ValueError:
        raise DeskError("not a certificate file (PEM or DER)") from None


#: A passphrase shorter than this draws a warning.
MIN_PASSPHRASE = 10


def passphrase_weakness(value: str) -> str | None:
    """Why a new passphrase is weak — ``"short"`` (under :data:`MIN_PASSPHRASE` characters) or
    ``"one kind"`` (only digits, only lower-case, only upper-case or only other characters) — or None."""
    if len(value) < MIN_PASSPHRASE:
        return "short"
    kinds = {"digit" if c.isdigit() else "lower" if c.islower() else "upper" if c.isupper() else "other"
             for c in value}
    return "one kind" if len(kinds) < 2 else None


def encrypt_key(key: PrivateKey, passphrase: str) -> bytes:
    """A private key as passphrase-encrypted PKCS#8 PEM (how a case file keeps its CA key)."""
    if not passphrase:
        raise DeskError("a stored key needs a passphrase")
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.BestAvailableEncryption(passphrase.encode()))


def decrypt_key(data: bytes, passphrase: str) -> PrivateKey:
    """The private key of :func:`encrypt_key`; DeskError on a wrong passphrase."""
    try:
        key = serialization.load_pem_private_key(data, passphrase.encode() or None)
    except (ValueError, TypeError):
        raise DeskError("cannot open the stored key: wrong passphrase") from None
    if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise DeskError("the stored key type is not supported")
    return key
