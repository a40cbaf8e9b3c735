"""desk verify reports every signature FIELD: damaged, unsigned, untrusted, and a real long-term-validation update."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from io import BytesIO

import pytest
from asn1crypto import crl as asn1_crl
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from pdftools import run
from pyhanko.sign.validation.dss import DocumentSecurityStore

from desk.agreement.document import document_from_version
from desk.agreement.drafting import build_draft
from desk.agreement.fonts import document_fonts
from desk.agreement.pdf import render_pdf
from desk.agreement.pki import certificate_pem, create_ca, issue_certificate
from desk.agreement.signing import asn1_certificate, sign_pdf
from desk.agreement.verify import verify_pdf
from desk.cli import main


@pytest.fixture(scope="module")
def signed(gui, snapshot, package, tmp_path_factory):
    """In a folder with spaces and # in its name: unsigned, signed once (Zhejiang), signed twice (and Anhui)."""
    folder = tmp_path_factory.mktemp("verify") / "签署 文件 #2"
    folder.mkdir()
    render_pdf(document_from_version(build_draft(snapshot, package), draft=False), folder / "agreement.pdf",
               document_fonts(False))
    ca = create_ca("联席会议办公室 CA")
    (folder / "ca.pem").write_bytes(certificate_pem(ca.certificate))
    zhejiang = issue_certificate(ca, "张明", "浙江省人民政府", snapshot.party_by_name("浙江").id)
    anhui = issue_certificate(ca, "李华", "安徽省人民政府", snapshot.party_by_name("安徽").id)
    sign_pdf(folder / "agreement.pdf", folder / "one.pdf", zhejiang, "浙江")
    sign_pdf(folder / "one.pdf", folder / "two.pdf", anhui, "安徽")
    return folder, ca, (zhejiang, anhui)


def _desk(*args: str) -> subprocess.CompletedProcess:
    """``desk`` in a child process, to see exactly what reaches stderr."""
    return subprocess.run([sys.executable, "-m", "desk", *args], capture_output=True, text=True, check=False)


def test_a_damaged_subfilter_is_reported_not_dropped(signed):
    """One byte changed in the last signature's dictionary (/SubFilter): pyHanko's own list leaves that
    signature out, and the earlier one alone looked fine; the field must be reported as a failure."""
    folder, _, _ = signed
    data = (folder / "two.pdf").read_bytes()
    at = data.rindex(b"/ETSI.CAdES.detached") + len(b"/ETSI.CAdES.detache")
    damaged = folder / "damaged subfilter.pdf"
    damaged.write_bytes(data[:at] + b"X" + data[at + 1:])
    reports = {r.field: r for r in verify_pdf(damaged, [signed[1].certificate])}
    assert set(reports) == {"浙江省人民政府", "安徽省人民政府"}
    assert not reports["安徽省人民政府"].ok and "SubFilter" in reports["安徽省人民政府"].problem
    child = _desk("verify", str(damaged), "--trust", str(folder / "ca.pem"))
    assert child.returncode == 1
    assert "all signatures ok" not in child.stdout and "SubFilter" in child.stdout
    assert child.stderr.count("\n") == 1 and child.stderr.startswith("desk: "), child.stderr  # no traceback
    assert "SubFilter" in child.stderr  # the reason names the damaged signature
    assert "Traceback" not in child.stderr
    sig = run("pdfsig", str(damaged))  # the independent reader does not call it valid either
    assert sig.count("Signature is Valid.") < 2, sig


def test_an_unsigned_field_fails_and_is_listed(signed, capsys):
    folder, _, _ = signed
    assert main(["verify", str(folder / "one.pdf"), "--trust", str(folder / "ca.pem")]) == 1
    captured = capsys.readouterr()
    assert "安徽省人民政府: NOT SIGNED" in captured.out and "张明" in captured.out
    assert "not signed yet: 安徽省人民政府" in captured.err
    assert main(["verify", str(folder / "agreement.pdf"), "--trust", str(folder / "ca.pem"), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False and [e["signed"] for e in data["signatures"]] == [False, False]


def test_exit_zero_only_when_every_field_is_signed_intact_and_trusted(signed, capsys):
    folder, _, _ = signed
    assert main(["verify", str(folder / "two.pdf"), "--trust", str(folder / "ca.pem")]) == 0
    assert "all signatures ok" in capsys.readouterr().out
    assert main(["verify", str(folder / "two.pdf")]) == 1  # nothing to trust: not ok
    captured = capsys.readouterr()
    assert "not trusted" in captured.err and "all signatures ok" not in captured.out
    assert main(["verify", str(folder / "two.pdf"), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False and "not trusted" in data["reason"]
    assert [(e["field"], e["ok"], e["trusted"]) for e in data["signatures"]] == [
        ("浙江省人民政府", True, False), ("安徽省人民政府", True, False)]
    other = create_ca("别的 CA")
    (folder / "other.pem").write_bytes(certificate_pem(other.certificate))
    assert main(["verify", str(folder / "two.pdf"), "--trust", str(folder / "other.pem"), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["ok"] is False


def _empty_crl(ca) -> asn1_crl.CertificateList:
    now = datetime.now(UTC)
    crl = (x509.CertificateRevocationListBuilder().issuer_name(ca.certificate.subject)
           .last_update(now - timedelta(minutes=1)).next_update(now + timedelta(days=7))
           .sign(ca.key, hashes.SHA256()))
    return asn1_crl.CertificateList.load(crl.public_bytes(serialization.Encoding.DER))


def test_a_real_long_term_validation_update_is_no_change_after_signing(signed, capsys):
    """pyHanko adds a document security store (certificates and the CA's CRL) after the last signature, as
    an archive service does: both signatures stay ok, the update counted as allowed validation data."""
    folder, ca, (zhejiang, anhui) = signed
    stream = BytesIO((folder / "two.pdf").read_bytes())
    DocumentSecurityStore.add_dss(stream, None, certs=[asn1_certificate(c) for c in
                                                       (ca.certificate, zhejiang.certificate, anhui.certificate)],
                                  crls=[_empty_crl(ca)])
    archived = folder / "archived.pdf"
    archived.write_bytes(stream.getvalue())
    assert len(stream.getvalue()) > (folder / "two.pdf").stat().st_size
    reports = verify_pdf(archived, [ca.certificate])
    assert [r.changes_after for r in reports] == ["form filling", "LTA updates"]  # the 2nd signature, the DSS
    assert all(r.ok and r.trusted for r in reports), [r.problem for r in reports]
    assert main(["verify", str(archived), "--trust", str(folder / "ca.pem")]) == 0
    assert "only long-term validation data (allowed)" in capsys.readouterr().out
    assert run("pdfsig", str(archived)).count("Signature is Valid.") == 2


def _test_tsa(root):
    """A time-stamping authority (RSA, as pyHanko's in-process test stamper needs) under ``root``."""
    from asn1crypto import keys as asn1_keys
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    start = datetime.now(UTC) - timedelta(minutes=5)
    certificate = (
        x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "测试时间戳服务")]))
        .issuer_name(root.certificate.subject).public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(start + timedelta(days=30))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(root.key, hashes.SHA256()))
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    return DummyTimeStamper(asn1_certificate(certificate), asn1_keys.PrivateKeyInfo.load(der),
                            certs_to_embed=[asn1_certificate(root.certificate)])


def test_a_document_timestamp_is_an_allowed_update_and_reported_as_a_field(signed, capsys):
    """An archive's document timestamp (with its validation data) after both signatures: every field reported,
    the timestamp as such; all ok once the time-stamping authority's root is trusted too."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko_certvalidator import ValidationContext

    folder, ca, _ = signed
    root = create_ca("时间戳根 CA")
    context = ValidationContext(trust_roots=[asn1_certificate(c) for c in (ca.certificate, root.certificate)],
                                allow_fetching=False)
    out = BytesIO()
    writer = IncrementalPdfFileWriter(BytesIO((folder / "two.pdf").read_bytes()))
    signers.PdfTimeStamper(_test_tsa(root)).timestamp_pdf(writer, "sha256", validation_context=context, output=out)
    stamped = folder / "stamped.pdf"
    stamped.write_bytes(out.getvalue())
    reports = verify_pdf(stamped, [ca.certificate, root.certificate])
    assert [r.kind for r in reports] == ["signature", "signature", "timestamp"]
    assert all(r.ok and r.trusted for r in reports), [(r.field, r.problem) for r in reports]
    assert [r.changes_after for r in reports[:2]] == ["form filling", "LTA updates"]
    (folder / "both.pem").write_bytes(certificate_pem(ca.certificate) + certificate_pem(root.certificate))
    assert main(["verify", str(stamped), "--trust", str(folder / "both.pem")]) == 0
    assert "(document timestamp)" in capsys.readouterr().out
    assert main(["verify", str(stamped), "--trust", str(folder / "ca.pem")]) == 1  # the stamp's root not trusted
    assert "not trusted" in capsys.readouterr().err


def test_a_signatory_without_a_place_in_the_pdf_is_a_failure(signed):
    """Verified against a case, every signatory must have its own place: a PDF lacking one is not ok."""
    folder, ca, _ = signed
    reports = verify_pdf(folder / "two.pdf", [ca.certificate], expected=["浙江省人民政府", "安徽省人民政府"])
    assert len(reports) == 2 and all(r.ok for r in reports)
    reports = verify_pdf(folder / "two.pdf", [ca.certificate],
                         expected=["浙江省人民政府", "安徽省人民政府", "江苏省人民政府"])
    assert [r.field for r in reports][-1] == "江苏省人民政府" and not reports[-1].ok
    assert "no signature place for 江苏省人民政府" in reports[-1].problem
