"""Signing in turn, pdfsig and desk verify on good and damaged files, and the refusals that write nothing."""
from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from pdftools import run

from desk.agreement.document import document_from_version
from desk.agreement.drafting import build_draft
from desk.agreement.fonts import document_fonts
from desk.agreement.pdf import render_pdf
from desk.agreement.pki import certificate_pem, create_ca, issue_certificate, load_pkcs12, to_pkcs12
from desk.agreement.signing import sign_pdf
from desk.agreement.verify import verify_pdf
from desk.cli import main
from desk.core.errors import DeskError


@pytest.fixture(scope="module")
def signed(gui, snapshot, package, tmp_path_factory):
    """The agreement rendered, then signed by Zhejiang's delegate and then by Anhui's."""
    folder = tmp_path_factory.mktemp("signed")
    unsigned = folder / "agreement.pdf"
    final = document_from_version(build_draft(snapshot, package), draft=False)  # as a final version renders
    render_pdf(final, unsigned, document_fonts(False))
    ca = create_ca("联席会议办公室 CA")
    (folder / "ca.pem").write_bytes(certificate_pem(ca.certificate))
    zhejiang = issue_certificate(ca, "张明", "浙江省人民政府", "zj")
    anhui = issue_certificate(ca, "李华", "安徽省人民政府", "ah")
    (folder / "anhui.p12").write_bytes(to_pkcs12(anhui, "安徽口令"))
    sign_pdf(unsigned, folder / "one.pdf", load_pkcs12(to_pkcs12(zhejiang, "浙江口令"), "浙江口令"), "浙江")
    sign_pdf(folder / "one.pdf", folder / "two.pdf", anhui, "安徽省人民政府")
    return folder, ca


def test_pdfsig_reports_both_signatures_valid(signed):
    folder, _ = signed
    output = run("pdfsig", str(folder / "two.pdf"))
    assert output.count("Signature is Valid.") == 2, output
    assert "浙江省人民政府" in output and "安徽省人民政府" in output
    assert "Digest Mismatch" not in output


def test_verify_reports_signer_time_intact_trusted(signed):
    folder, ca = signed
    reports = verify_pdf(folder / "two.pdf", [ca.certificate])
    assert [(r.field, r.signer) for r in reports] == [("浙江省人民政府", "张明"), ("安徽省人民政府", "李华")]
    assert all(r.intact and r.valid and r.trusted and r.ok for r in reports)
    assert reports[0].modified_after and reports[0].changes_after == "form filling"  # the second signature
    assert not reports[1].modified_after
    assert all(r.signed_at is not None for r in reports)
    assert not any(r.trusted for r in verify_pdf(folder / "two.pdf"))  # no --trust: not trusted


def _damage(source: Path, target: Path) -> None:
    """Change one byte inside the first signed range: in the middle of the first page's content stream."""
    data = bytearray(source.read_bytes())
    start = data.index(b"stream", data.index(b"/Length")) + 20
    data[start] ^= 0x01
    target.write_bytes(bytes(data))


def test_one_changed_byte_is_reported_by_pdfsig_and_desk_verify(signed, capsys):
    folder, _ = signed
    damaged = folder / "damaged.pdf"
    _damage(folder / "two.pdf", damaged)
    output = run("pdfsig", str(damaged))
    assert "Signature is Valid." not in output
    assert len(re.findall(r"Digest Mismatch|Signature is Invalid", output)) == 2, output
    assert main(["verify", str(damaged), "--trust", str(folder / "ca.pem")]) == 1
    printed = capsys.readouterr().out
    assert "intact: NO" in printed and "NOT OK" in printed
    assert not any(r.intact for r in verify_pdf(damaged))


def test_cli_sign_with_environment_passphrase_and_verify_json(signed, snapshot, package, monkeypatch, capsys):
    folder, _ = signed
    monkeypatch.setenv("DESK_P12_PASSPHRASE", "安徽口令")
    assert main(["sign", str(folder / "one.pdf"), str(folder / "cli.pdf"), "--p12", str(folder / "anhui.p12"),
                 "--party", "安徽"]) == 0
    capsys.readouterr()
    assert main(["verify", str(folder / "cli.pdf"), "--trust", str(folder / "ca.pem"), "--json"]) == 0
    assert '"ok": true' in capsys.readouterr().out


def test_wrong_passphrase_says_so_and_writes_nothing(signed, monkeypatch, capsys):
    folder, _ = signed
    monkeypatch.setenv("DESK_P12_PASSPHRASE", "not the passphrase")
    target = folder / "wrong.pdf"
    assert main(["sign", str(folder / "one.pdf"), str(target), "--p12", str(folder / "anhui.p12"),
                 "--party", "安徽"]) == 1
    assert "wrong passphrase" in capsys.readouterr().err
    assert not target.exists()


def test_expired_certificate_is_refused(signed):
    folder, ca = signed
    old = issue_certificate(ca, "王五", "安徽省人民政府", "ah", days=1, now=datetime.now(UTC) - timedelta(days=10))
    with pytest.raises(DeskError, match="expired"):
        sign_pdf(folder / "one.pdf", folder / "expired.pdf", old, "安徽")
    assert not (folder / "expired.pdf").exists()


def test_pkcs12_without_key_is_refused(signed):
    _, ca = signed
    data = pkcs12.serialize_key_and_certificates(b"ca", None, ca.certificate, None,
                                                 serialization.BestAvailableEncryption(b"pw"))
    with pytest.raises(DeskError, match="no private key"):
        load_pkcs12(data, "pw")


def test_pdf_not_ours_and_unknown_party_are_refused(signed, tmp_path):
    folder, ca = signed
    anhui = issue_certificate(ca, "李华", "安徽省人民政府", "ah")
    foreign = tmp_path / "foreign.pdf"
    foreign.write_bytes((folder / "agreement.pdf").read_bytes().replace(b"Concord Desk", b"Other Writer"))
    with pytest.raises(DeskError, match="not made by Concord Desk"):
        sign_pdf(foreign, tmp_path / "out.pdf", anhui, "安徽")
    with pytest.raises(DeskError, match="no unsigned signature place"):
        sign_pdf(folder / "agreement.pdf", tmp_path / "out.pdf", anhui, "江苏")
    with pytest.raises(DeskError, match="already signed"):
        sign_pdf(folder / "two.pdf", tmp_path / "out.pdf", anhui, "安徽省人民政府")
    assert not (tmp_path / "out.pdf").exists()


def test_a_draft_is_signed_only_when_allowed(gui, snapshot, package, tmp_path):
    draft = tmp_path / "draft.pdf"
    render_pdf(document_from_version(build_draft(snapshot, package)), draft, document_fonts(False))
    ca = create_ca("联席会议办公室 CA")
    identity = issue_certificate(ca, "张明", "浙江省人民政府", "zj")
    with pytest.raises(DeskError, match="draft"):
        sign_pdf(draft, tmp_path / "x.pdf", identity, "浙江")
    assert not (tmp_path / "x.pdf").exists()
    sign_pdf(draft, tmp_path / "rehearsal.pdf", identity, "浙江", allow_draft=True)
    assert (tmp_path / "rehearsal.pdf").stat().st_size > draft.stat().st_size
