"""A delegate signs only their own party's field: refused by ``desk sign``, by the case, and by verify."""
from __future__ import annotations

from pathlib import Path

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from concluded_demo import conclude
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko_certvalidator.registry import SimpleCertificateStore

from desk.cli import main
from desk.core.enums import AgreementStatus
from desk.core.errors import DeskError
from desk.services.agreement_workflow import AgreementService
from desk.services.cases import CaseService

CA_PASS = "联席办CA口令-2025"
AH_PASS = "安徽代表口令-7731"
ZJ_PASS = "浙江代表口令-9102"


@pytest.fixture
def ceremony(demo_file: Path, tmp_path: Path):
    """The demo case concluded, version final and exported, the case CA and both delegates' identities."""
    conclude(demo_file)
    folder = tmp_path / "签署 材料 #1"
    folder.mkdir()
    cases = CaseService.open(demo_file)
    service = AgreementService(cases)
    version = service.make_final(service.draft().id)
    service.export(version, folder / "协议.pdf")
    service.create_ca(CA_PASS, folder / "ca.pem")
    service.issue("安徽省人民政府", "", CA_PASS, AH_PASS, folder / "ah.p12")
    service.issue("浙江省人民政府", "", CA_PASS, ZJ_PASS, folder / "zj.p12")
    yield service, version, folder
    cases.close()


def _reader(service: AgreementService, demo_file: Path) -> AgreementService:
    """Let go of the test's own writer (a desk command that writes takes the file's lock) and read the
    case through a read-only opening."""
    service.cases.close()
    return AgreementService(CaseService.open(demo_file, readonly=True))


def _passphrases(monkeypatch, p12: str) -> None:
    monkeypatch.setenv("DESK_PASSPHRASE", p12)  # what main read for the PKCS#12 before DESK_P12_PASSPHRASE
    monkeypatch.setenv("DESK_P12_PASSPHRASE", p12)


def forge(source: Path, target: Path, p12: Path, passphrase: str, field: str) -> None:
    """Sign ``field`` with ``p12`` by pyHanko directly, past every check of ours (what an attacker can do)."""
    key, certificate, chain = pkcs12.load_key_and_certificates(p12.read_bytes(), passphrase.encode())
    der = serialization.Encoding.DER
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(certificate.public_bytes(der)),
        signing_key=asn1_keys.PrivateKeyInfo.load(key.private_bytes(der, serialization.PrivateFormat.PKCS8,
                                                                     serialization.NoEncryption())),
        cert_registry=SimpleCertificateStore.from_certs([asn1_x509.Certificate.load(c.public_bytes(der))
                                                         for c in chain]))
    with source.open("rb") as handle:
        writer = IncrementalPdfFileWriter(handle, strict=False)
        meta = signers.PdfSignatureMetadata(field_name=field, md_algorithm="sha256",
                                            subfilter=fields.SigSeedSubFilter.PADES)
        with target.open("wb") as out:
            signers.PdfSigner(meta, signer).sign_pdf(writer, existing_fields_only=True, output=out)


def test_sign_refuses_another_partys_field_with_and_without_the_case(ceremony, demo_file, monkeypatch, capsys):
    service, version, folder = ceremony
    service = _reader(service, demo_file)
    _passphrases(monkeypatch, AH_PASS)
    target = folder / "签了.pdf"
    for extra in ([], ["--case", str(demo_file)]):
        assert main(["sign", str(folder / "协议.pdf"), str(target), "--p12", str(folder / "ah.p12"),
                     "--party", "浙江", *extra]) == 1, extra
        err = capsys.readouterr().err
        assert err.startswith("desk: ") and err.count("\n") == 1, err
        assert "安徽省人民政府" in err and "浙江省人民政府" in err, err
        assert not target.exists()
    assert service.signatures(version.id) == []
    assert service.store.version(version.id).status is AgreementStatus.FINAL


def test_the_case_refuses_to_sign_and_record_for_another_party(ceremony):
    """Anhui's delegate offered for Zhejiang's place: the one signing use case refuses before it writes the PDF
    or records anything; Anhui's own place is then signed and recorded as Anhui's."""
    from desk.agreement.signing import WrongParty

    service, version, folder = ceremony
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(WrongParty, match="浙江省人民政府"):
        service.sign(version, folder / "协议.pdf", folder / "冒签.pdf", folder / "ah.p12", AH_PASS, "浙江")
    assert sorted(p.name for p in folder.iterdir()) == before  # no signed PDF, no temporary file
    assert service.signatures(version.id) == []
    result = service.sign(version, folder / "协议.pdf", folder / "安徽签.pdf", folder / "ah.p12", AH_PASS, "安徽")
    assert result.field == "安徽省人民政府"
    assert [s.party_id for s in service.signatures(version.id)] == [
        service.cases.snapshot().party_by_name("安徽").id]
    assert service.store.version(version.id).status is AgreementStatus.FINAL


def test_verify_fails_a_signer_of_another_partys_field(ceremony, demo_file, monkeypatch, capsys):
    service, _, folder = ceremony
    forged = folder / "冒签.pdf"
    forge(folder / "协议.pdf", forged, folder / "ah.p12", AH_PASS, "浙江省人民政府")
    both = folder / "两方.pdf"
    forge(forged, both, folder / "ah.p12", AH_PASS, "安徽省人民政府")
    capsys.readouterr()
    assert main(["verify", str(both), "--trust", str(folder / "ca.pem")]) == 1
    out = capsys.readouterr().out
    assert "all signatures ok" not in out and "浙江省人民政府" in out
    reports = service.verify(both).reports
    wrong = [r for r in reports if r.field == "浙江省人民政府"]
    assert len(wrong) == 1 and wrong[0].intact and wrong[0].trusted and not wrong[0].ok
    assert "安徽省人民政府" in wrong[0].problem
    right = [r for r in reports if r.field == "安徽省人民政府"]
    assert len(right) == 1 and right[0].ok
    assert main(["verify", str(both), "--case", str(demo_file), "--json"]) == 1
    assert '"ok": false' in capsys.readouterr().out


def test_verify_with_the_case_passes_both_own_signatures(ceremony, demo_file, capsys):
    service, version, folder = ceremony
    service.sign(version, folder / "协议.pdf", folder / "一.pdf", folder / "ah.p12", AH_PASS, "安徽")
    service.sign(version, folder / "一.pdf", folder / "二.pdf", folder / "zj.p12", ZJ_PASS, "浙江")
    capsys.readouterr()
    assert main(["verify", str(folder / "二.pdf"), "--case", str(demo_file)]) == 0
    out = capsys.readouterr().out
    assert "all signatures ok" in out and out.count("own party: yes") == 2
    assert main(["verify", str(folder / "一.pdf"), "--case", str(demo_file)]) == 1  # Zhejiang not yet
    assert "not signed yet: 浙江省人民政府" in capsys.readouterr().err


def test_the_delegate_file_has_its_own_passphrase_never_the_cas(demo_file, tmp_path, monkeypatch, capsys):
    from desk.agreement.pki import load_pkcs12

    out = tmp_path / "安徽 代表%.p12"
    monkeypatch.setenv("DESK_PASSPHRASE", CA_PASS)
    assert main(["identity", "create-ca", str(demo_file), "--out", str(tmp_path / "ca.pem")]) == 0
    monkeypatch.setenv("DESK_P12_PASSPHRASE", CA_PASS)
    assert main(["identity", "issue", str(demo_file), "--party", "安徽", "--out", str(out)]) == 1
    assert "its own passphrase" in capsys.readouterr().err and not out.exists()
    monkeypatch.setenv("DESK_P12_PASSPHRASE", AH_PASS)
    assert main(["identity", "issue", str(demo_file), "--party", "安徽", "--out", str(out)]) == 0
    assert load_pkcs12(out.read_bytes(), AH_PASS).organisation == "安徽省人民政府"
    with pytest.raises(DeskError, match="wrong passphrase"):
        load_pkcs12(out.read_bytes(), CA_PASS)


def test_weak_passphrases_draw_a_warning(demo_file, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DESK_PASSPHRASE", "123456")
    assert main(["identity", "create-ca", str(demo_file), "--out", str(tmp_path / "ca.pem")]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "weak passphrase" in err and "10 characters" in err
    monkeypatch.setenv("DESK_P12_PASSPHRASE", "abcdefghijklmnop")
    assert main(["identity", "issue", str(demo_file), "--party", "安徽", "--out", str(tmp_path / "a.p12")]) == 0
    assert "one kind of character" in capsys.readouterr().err
    monkeypatch.setenv("DESK_P12_PASSPHRASE", AH_PASS)
    assert main(["identity", "issue", str(demo_file), "--party", "浙江", "--out", str(tmp_path / "z.p12")]) == 0
    assert capsys.readouterr().err == ""


def test_a_wrong_ca_passphrase_is_said_before_the_delegate_passphrase_is_asked(demo_file, tmp_path, monkeypatch,
                                                                               capsys):
    monkeypatch.setenv("DESK_PASSPHRASE", CA_PASS)
    assert main(["identity", "create-ca", str(demo_file), "--out", str(tmp_path / "ca.pem")]) == 0
    asked: list[str] = []

    def getpass(prompt: str = "") -> str:
        asked.append(prompt)
        return "not the CA passphrase" if len(asked) == 1 else AH_PASS

    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", getpass)
    assert main(["identity", "issue", str(demo_file), "--party", "安徽", "--out", str(tmp_path / "a.p12")]) == 1
    assert "wrong passphrase" in capsys.readouterr().err
    assert asked == ["Passphrase of the case's CA key: "]  # not asked for the new file's passphrase first
    assert not (tmp_path / "a.p12").exists()


def test_an_outside_certificate_signs_only_once_bound_by_the_cli(ceremony, demo_file, monkeypatch, capsys):
    from desk.agreement.pki import certificate_pem, create_ca, issue_certificate, to_pkcs12

    service, version, folder = ceremony
    _reader(service, demo_file).cases.close()
    outside = create_ca("安徽省数字证书认证中心")
    delegate = issue_certificate(outside, "王强", "安徽省人民政府", "not-this-case")
    (folder / "王强.p12").write_bytes(to_pkcs12(delegate, AH_PASS))
    (folder / "王强.pem").write_bytes(certificate_pem(delegate.certificate))
    _passphrases(monkeypatch, AH_PASS)
    argv = ["sign", str(folder / "协议.pdf"), str(folder / "out.pdf"), "--p12", str(folder / "王强.p12"),
            "--party", "安徽", "--case", str(demo_file)]
    assert main(argv) == 1 and "does not name its party" in capsys.readouterr().err
    assert main(["identity", "bind", str(demo_file), str(folder / "王强.pem"), "--party", "浙江"]) == 0
    assert main(argv) == 1 and "is for 浙江省人民政府" in capsys.readouterr().err  # bound to the other party
    assert main(["identity", "bind", str(demo_file), str(folder / "ca.pem"), "--party", "安徽"]) == 1
    assert "certificate authority" in capsys.readouterr().err
    assert main(["identity", "bind", str(demo_file), str(folder / "王强.pem"), "--party", "安徽"]) == 0
    assert main(argv) == 0 and (folder / "out.pdf").exists()


def test_bad_paths_and_a_second_signature_are_one_line_errors(ceremony, demo_file, monkeypatch, capsys):
    service, version, folder = ceremony
    service = _reader(service, demo_file)
    _passphrases(monkeypatch, AH_PASS)
    (folder / "一个目录").mkdir()
    pdf, p12 = str(folder / "协议.pdf"), str(folder / "ah.p12")
    cases = [
        (["sign", pdf, str(folder / "无此目录" / "x.pdf"), "--p12", p12, "--party", "安徽"], "does not exist"),
        (["sign", pdf, str(folder / "一个目录"), "--p12", p12, "--party", "安徽"], "is a folder"),
        (["identity", "issue", str(demo_file), "--party", "安徽", "--out", str(folder / "无此目录" / "y.p12")],
         "does not exist"),
    ]
    for argv, reason in cases:
        assert main(argv) == 1, argv
        err = capsys.readouterr().err
        assert reason in err and err.count("\n") == 1 and "Traceback" not in err, err
    assert main(["sign", pdf, str(folder / "一.pdf"), "--p12", p12, "--party", "安徽", "--case", str(demo_file)]) == 0
    assert main(["sign", pdf, str(folder / "二.pdf"), "--p12", p12, "--party", "安徽", "--case", str(demo_file)]) == 1
    assert "already signed version" in capsys.readouterr().err and not (folder / "二.pdf").exists()
    assert len(service.signatures(version.id)) == 1
