"""Fuzzing the signing inputs: PEM and PKCS#12 files, the CA kept in a case, PDFs given to sign and verify.

Whatever the damage: exit 1 (or 0 when the input is still good), at most our own one line on
stderr (``desk: …``), never a traceback, and the target left as it was.
"""
from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.agreement.document import document_from_version
from desk.agreement.drafting import build_draft
from desk.agreement.fonts import document_fonts
from desk.agreement.pdf import render_pdf
from desk.agreement.pki import certificate_pem, create_ca, issue_certificate, to_pkcs12
from desk.agreement.signing import sign_pdf
from desk.cli import main

FUZZ = settings(max_examples=25, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
P12_PASS = "安徽代表口令-2025"
CA_PASS = "联席办CA口令-2025"


@pytest.fixture(scope="module")
def material(gui, snapshot, package, tmp_path_factory):
    """Valid inputs to damage: the CA's PEM, Anhui's PKCS#12, the unsigned and the twice-signed agreement."""
    folder = tmp_path_factory.mktemp("fuzz") / "模糊 测试 #%"
    folder.mkdir()
    render_pdf(document_from_version(build_draft(snapshot, package), draft=False), folder / "agreement.pdf",
               document_fonts(False))
    ca = create_ca("联席会议办公室 CA")
    zhejiang = issue_certificate(ca, "张明", "浙江省人民政府", snapshot.party_by_name("浙江").id)
    anhui = issue_certificate(ca, "李华", "安徽省人民政府", snapshot.party_by_name("安徽").id)
    sign_pdf(folder / "agreement.pdf", folder / "one.pdf", zhejiang, "浙江")
    sign_pdf(folder / "one.pdf", folder / "two.pdf", anhui, "安徽")
    return {"folder": folder, "pem": certificate_pem(ca.certificate), "p12": to_pkcs12(anhui, P12_PASS),
            "delegate_pem": certificate_pem(anhui.certificate),
            "one": (folder / "one.pdf").read_bytes(), "two": (folder / "two.pdf").read_bytes()}


@st.composite
def damaged(draw, data: bytes, protected: int | None = None) -> bytes:
    """``data`` truncated, with bytes flipped (below ``protected`` when given), a span dropped or duplicated."""
    kind = draw(st.sampled_from(["truncate", "flip", "drop", "duplicate"]))
    limit = protected if protected is not None else len(data)
    if kind == "truncate":
        return data[:draw(st.integers(0, len(data) - 1))]
    if kind == "flip":
        out = bytearray(data)
        for at in draw(st.lists(st.integers(0, limit - 1), min_size=1, max_size=4)):
            out[at] ^= draw(st.integers(1, 255))
        return bytes(out)
    start = draw(st.integers(0, len(data) - 1))
    end = draw(st.integers(start + 1, min(len(data), start + 4096)))
    return data[:start] + data[end:] if kind == "drop" else data[:end] + data[start:end] + data[end:]


def dropped_object(data: bytes, index: int) -> bytes:
    """``data`` with its ``index``-th (modulo) indirect object removed."""
    spans = [m.span() for m in re.finditer(rb"\d+ 0 obj.*?endobj", data, re.S)]
    start, end = spans[index % len(spans)]
    return data[:start] + data[end:]


def assert_our_error(capsys, code: int, allowed: tuple[int, ...] = (1,)) -> None:
    err = capsys.readouterr().err
    assert code in allowed, (code, err)
    assert "Traceback" not in err and "Error:" not in err.replace("desk:", ""), err
    lines = [line for line in err.splitlines() if not line.startswith("desk: warning:")]
    assert len(lines) <= 1 and all(line.startswith("desk: ") for line in lines), err
    if code == 1:
        assert lines, "a failure says why"


@FUZZ
@given(data=st.data())
def test_damaged_trust_pem_is_our_one_line_error(material, data, capsys, tmp_path_factory):
    folder = tmp_path_factory.mktemp("pem")
    pem = data.draw(damaged(material["pem"]))
    (folder / "ca.pem").write_bytes(pem)
    code = main(["verify", str(material["folder"] / "two.pdf"), "--trust", str(folder / "ca.pem")])
    assert_our_error(capsys, code, (0, 1) if pem == material["pem"] else (1,))


@FUZZ
@given(data=st.data())
def test_damaged_pem_given_to_identity_bind_leaves_the_case_unchanged(case_with_ca, material, data, capsys,
                                                                      tmp_path_factory):
    """``desk identity bind`` on a damaged certificate: refused with our line, the case file as it was."""
    folder = tmp_path_factory.mktemp("bind")
    path = folder / case_with_ca.name
    shutil.copyfile(case_with_ca, path)
    delegate = material["delegate_pem"]
    pem = data.draw(damaged(delegate))
    (folder / "代表.pem").write_bytes(pem)
    before = path.read_bytes()
    code = main(["identity", "bind", str(path), str(folder / "代表.pem"), "--party", "安徽"])
    assert_our_error(capsys, code, (0, 1))
    if code == 1:
        assert path.read_bytes() == before


@FUZZ
@given(data=st.data())
def test_damaged_pkcs12_given_to_sign_writes_nothing(material, data, capsys, tmp_path_factory, monkeypatch):
    folder = tmp_path_factory.mktemp("p12")
    p12 = data.draw(damaged(material["p12"]))
    (folder / "安徽.p12").write_bytes(p12)
    monkeypatch.setenv("DESK_P12_PASSPHRASE", P12_PASS)
    code = main(["sign", str(material["folder"] / "one.pdf"), str(folder / "out.pdf"), "--p12",
                 str(folder / "安徽.p12"), "--party", "安徽"])
    assert_our_error(capsys, code, (0, 1))
    assert (folder / "out.pdf").exists() == (code == 0)
    assert sorted(p.name for p in folder.iterdir()) == sorted(["安徽.p12"] + (["out.pdf"] if code == 0 else []))


@FUZZ
@given(data=st.data())
def test_damaged_pdf_given_to_sign_leaves_no_output(material, data, capsys, tmp_path_factory, monkeypatch):
    folder = tmp_path_factory.mktemp("sign")
    (folder / "安徽.p12").write_bytes(material["p12"])
    source = material["one"]
    pdf = data.draw(st.one_of(damaged(source), st.integers(0, 500).map(lambda i: dropped_object(source, i))))
    (folder / "in.pdf").write_bytes(pdf)
    monkeypatch.setenv("DESK_P12_PASSPHRASE", P12_PASS)
    code = main(["sign", str(folder / "in.pdf"), str(folder / "out.pdf"), "--p12", str(folder / "安徽.p12"),
                 "--party", "安徽"])
    assert_our_error(capsys, code, (0, 1))
    assert (folder / "in.pdf").read_bytes() == pdf
    assert (folder / "out.pdf").exists() == (code == 0)
    assert not [p for p in folder.iterdir() if p.name.startswith(".desk-")]  # no temporary file left


@FUZZ
@given(data=st.data())
def test_any_damage_to_a_signed_pdf_fails_verify(material, data, capsys, tmp_path_factory):
    """Every byte before the first signature's value is covered by both signatures: no damage passes."""
    folder = tmp_path_factory.mktemp("verify")
    source = material["two"]
    first_value = source.index(b"/Contents <")
    pdf = data.draw(st.one_of(damaged(source, protected=first_value),
                              st.integers(0, 500).map(lambda i: dropped_object(source, i))))
    if pdf == source:
        return
    (folder / "in.pdf").write_bytes(pdf)
    code = main(["verify", str(folder / "in.pdf"), "--trust", str(material["folder"] / "ca.pem")
                 if (material["folder"] / "ca.pem").exists() else str(_write_pem(material))])
    assert_our_error(capsys, code)
    assert (folder / "in.pdf").read_bytes() == pdf


def _write_pem(material) -> Path:
    path = material["folder"] / "ca.pem"
    path.write_bytes(material["pem"])
    return path


@pytest.fixture(scope="module")
def case_with_ca(_demo_template, tmp_path_factory):
    """The demo case with its CA (the key under CA_PASS)."""
    from desk.services.agreement_workflow import AgreementService
    from desk.services.cases import CaseService

    path = tmp_path_factory.mktemp("case") / "区际 协商#.desk"
    shutil.copyfile(_demo_template, path)
    cases = CaseService.open(path)
    try:
        AgreementService(cases).create_ca(CA_PASS)
    finally:
        cases.close()
    return path


@FUZZ
@given(data=st.data())
def test_a_corrupt_ca_stored_in_the_case_is_our_one_line_error(case_with_ca, material, data, capsys,
                                                                tmp_path_factory, monkeypatch):
    folder = tmp_path_factory.mktemp("stored")
    path = folder / case_with_ca.name
    shutil.copyfile(case_with_ca, path)
    column = data.draw(st.sampled_from(["certificate_pem", "encrypted_key"]))
    with sqlite3.connect(path) as db:
        (value,) = db.execute(f"SELECT {column} FROM credential WHERE kind = 'secretariat_ca'").fetchone()
        raw = value.encode() if isinstance(value, str) else bytes(value)
        broken = data.draw(damaged(raw))
        stored = broken.decode("utf-8", "replace") if isinstance(value, str) else broken
        db.execute(f"UPDATE credential SET {column} = ? WHERE kind = 'secretariat_ca'", (stored,))
    before = path.read_bytes()
    monkeypatch.setenv("DESK_PASSPHRASE", CA_PASS)
    monkeypatch.setenv("DESK_P12_PASSPHRASE", P12_PASS)
    code = main(["identity", "issue", str(path), "--party", "安徽", "--out", str(folder / "安徽.p12")])
    assert_our_error(capsys, code, (0, 1))  # a dropped line break can leave a PEM that still reads
    assert (folder / "安徽.p12").exists() == (code == 0)
    if code == 1:
        assert path.read_bytes() == before
    code = main(["verify", str(material["folder"] / "two.pdf"), "--case", str(path)])
    assert_our_error(capsys, code)
