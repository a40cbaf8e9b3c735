"""The agreement in a case file: which package, versions and statuses, audit events, CA, signing, verifying."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from concluded_demo import conclude

from desk.core.enums import AgreementStatus
from desk.core.errors import DeskError
from desk.services.agreement_package import CONCLUDED, NASH, TABLED
from desk.services.agreement_workflow import AgreementService
from desk.services.cases import CaseService
from desk.services.integrity import check_case_file


def _service(path: Path) -> AgreementService:
    return AgreementService(CaseService.open(path, actor="联席办"))


@pytest.fixture
def concluded(demo_file: Path):
    conclude(demo_file)
    service = _service(demo_file)
    yield service
    service.cases.close()


def test_package_is_nash_then_tabled_then_concluded(demo_file: Path):
    service = _service(demo_file)
    try:
        nash = service.choose_package()
        assert nash.source == NASH and nash.proposal_id is None and not nash.concluded
        assert set(nash.package) == {i.id for i in service.cases.snapshot().issues}
    finally:
        service.cases.close()
    proposal_id = conclude(demo_file, accept=False)
    service = _service(demo_file)
    try:
        tabled = service.choose_package()
        assert (tabled.source, tabled.proposal_id) == (TABLED, proposal_id)
        draft = service.draft("zh", tabled)
        assert service.document(draft).draft  # not concluded: 草案 on every page
    finally:
        service.cases.close()


def test_versions_statuses_and_audit_events(concluded: AgreementService):
    service = concluded
    first = service.draft()
    assert service.choose_package().source == CONCLUDED
    assert first.version == 1 and first.status is AgreementStatus.DRAFT and first.proposal_id
    assert not service.document(first).draft  # drafted from the concluded package: no 草案 mark
    clauses = list(first.clauses)
    clauses[3] = dataclasses.replace(clauses[3], text=clauses[3].text + "\n双方另行约定的事项，经联席会议确认后执行。")
    second = service.save_edit(first, first.title, clauses).version
    assert (second.version, second.status, second.proposal_id) == (2, AgreementStatus.DRAFT, first.proposal_id)
    assert [v.version for v in service.versions()] == [1, 2]
    final = service.make_final(second.id)
    assert final.status is AgreementStatus.FINAL
    with pytest.raises(DeskError, match="already final"):
        service.make_final(second.id)
    kinds = [e.kind for e in service.cases.events()]
    assert kinds.count("agreement.version_saved") == 2 and "agreement.status_changed" in kinds
    withdrawn = service.withdraw(service.draft().id)
    assert [v.version for v in service.versions()] == [1, 2]
    service.restore(withdrawn)
    assert [v.version for v in service.versions()] == [1, 2, 3]
    assert check_case_file(service.cases.path).ok


def test_a_version_not_on_the_concluded_package_cannot_be_final(demo_file: Path):
    conclude(demo_file, accept=False)
    service = _service(demo_file)
    try:
        with pytest.raises(DeskError, match="concluded package"):
            service.make_final(service.draft().id)
    finally:
        service.cases.close()


def test_sign_in_turn_records_signatures_and_editing_a_signed_version_is_a_new_draft(
        concluded: AgreementService, tmp_path: Path):
    service = concluded
    version = service.make_final(service.draft().id)
    service.export(version, tmp_path / "a.pdf")
    with pytest.raises(DeskError, match="no certificate authority"):
        service.issue("安徽", "", "ca", "p12", tmp_path / "anhui.p12")
    service.create_ca("ca-pass", tmp_path / "ca.pem")
    assert (tmp_path / "ca.pem").read_text().startswith("-----BEGIN CERTIFICATE-----")
    with pytest.raises(DeskError, match="wrong passphrase"):
        service.issue("安徽", "", "bad", "p12", tmp_path / "anhui.p12")
    assert not (tmp_path / "anhui.p12").exists()
    assert service.issue("安徽", "", "ca-pass", "安徽口令", tmp_path / "anhui.p12") == "李明"
    assert service.issue("浙江", "陈华", "ca-pass", "浙江口令", tmp_path / "zj.p12") == "陈华"
    with pytest.raises(DeskError, match="wrong passphrase"):
        service.sign(version, tmp_path / "a.pdf", tmp_path / "b.pdf", tmp_path / "anhui.p12", "bad", "安徽")
    assert not (tmp_path / "b.pdf").exists() and service.signatures(version.id) == []
    service.sign(version, tmp_path / "a.pdf", tmp_path / "b.pdf", tmp_path / "anhui.p12", "安徽口令", "安徽")
    assert service.store.version(version.id).status is AgreementStatus.FINAL
    service.sign(version, tmp_path / "b.pdf", tmp_path / "c.pdf", tmp_path / "zj.p12", "浙江口令", "浙江省人民政府")
    assert service.store.version(version.id).status is AgreementStatus.SIGNED
    assert [s.delegate_name for s in service.signatures(version.id)] == ["李明", "陈华"]
    verified = service.verify(tmp_path / "c.pdf")
    assert [(r.signer, r.ok, r.trusted) for r in verified.reports] == [("李明", True, True), ("陈华", True, True)]
    assert verified.ok and verified.verdict.kind == "ok"
    kinds = [e.kind for e in service.cases.events()]
    assert kinds.count("signature.recorded") == 2 and kinds.count("identity.issued") == 2
    assert "identity.ca_created" in kinds
    edit = service.save_edit(service.store.version(version.id), version.title, version.clauses)
    assert edit.version.status is AgreementStatus.DRAFT and edit.uncovered_signatures == 2
    assert check_case_file(service.cases.path).ok


def test_the_ca_key_stays_encrypted_in_the_case_file(concluded: AgreementService):
    concluded.create_ca("ca-pass")
    with pytest.raises(DeskError, match="already has"):
        concluded.create_ca("ca-pass")
    path = concluded.cases.path
    data = b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists())
    assert b"BEGIN ENCRYPTED PRIVATE KEY" in data and b"BEGIN PRIVATE KEY" not in data
    assert b"ENCRYPTED" in concluded.store.load_credential(concluded.cases.case_id, "secretariat_ca")[1]


def test_the_draft_takes_the_agreed_term_and_keeps_rules_out_of_the_payment_table(concluded: AgreementService):
    from desk.agreement.numerals import chinese_number
    from desk.services.agreement_workflow import agreed_term

    version = concluded.draft()
    snapshot = concluded.cases.snapshot()
    package = concluded.choose_package().package
    term = agreed_term(snapshot, package)
    assert term == package[next(i.id for i in snapshot.issues if i.name == "协议期限")]
    texts = {c.heading: c.text for c in version.clauses}
    assert f"有效期为{chinese_number(term)}年" in texts["附则"]
    rule = package[next(i.id for i in snapshot.issues if i.name == "资金拨付规则")]
    rows = [line for line in texts["补偿"].splitlines() if line.startswith("|")]
    # only the central funds are due whatever the assessment: one row a year; the provinces' money moves by the
    # P-value rule the package chose, stated as a rule (not as a listed option, not in the table)
    assert len(rows) == 1 + term and all("中央" in row for row in rows[1:])
    assert not any(rule in row for row in rows) and f"资金拨付规则：{rule}" not in texts["补偿"]
    assert "P = K₀ × Σ(kᵢ × Cᵢ / Cᵢ₀)" in texts["补偿"] and "P ≤ 1" in texts["补偿"]


def test_a_delegate_identity_from_an_outside_ca_is_trusted_once_its_ca_is(concluded: AgreementService,
                                                                          tmp_path: Path):
    """An existing PKCS#12 from another CA signs; its signature is intact but untrusted until the case
    trusts that CA's certificate (refusing a file that is not a certificate, and skipping duplicates)."""
    from desk.agreement.pki import certificate_pem, create_ca, issue_certificate, to_pkcs12

    service = concluded
    version = service.make_final(service.draft().id)
    service.export(version, tmp_path / "a.pdf")
    outside = create_ca("安徽省数字证书认证中心")
    delegate = issue_certificate(outside, "李明", "安徽省人民政府", "outside-id")
    (tmp_path / "anhui.p12").write_bytes(to_pkcs12(delegate, "口令"))
    with pytest.raises(DeskError, match="does not name its party"):  # nothing binds it to Anhui yet
        service.sign(version, tmp_path / "a.pdf", tmp_path / "b.pdf", tmp_path / "anhui.p12", "口令", "安徽")
    assert not (tmp_path / "b.pdf").exists()
    (tmp_path / "李明.pem").write_bytes(certificate_pem(delegate.certificate))
    assert "李明" in service.bind("安徽", tmp_path / "李明.pem")  # the secretariat vouches for it, audited
    service.sign(version, tmp_path / "a.pdf", tmp_path / "b.pdf", tmp_path / "anhui.p12", "口令", "安徽")
    reports = {r.field: r for r in service.verify(tmp_path / "b.pdf").reports}
    assert (reports["安徽省人民政府"].ok, reports["安徽省人民政府"].trusted) == (True, False)
    assert not reports["浙江省人民政府"].signed and not reports["浙江省人民政府"].ok

    (tmp_path / "junk.pem").write_text("not a certificate")
    with pytest.raises(DeskError, match="not a certificate"):
        service.trust(tmp_path / "junk.pem")
    (tmp_path / "outside.pem").write_bytes(certificate_pem(outside.certificate))
    assert service.trust(tmp_path / "outside.pem") == ["安徽省数字证书认证中心"]
    assert service.trust(tmp_path / "outside.pem") == []  # already trusted
    anhui = next(r for r in service.verify(tmp_path / "b.pdf").reports if r.field == "安徽省人民政府")
    assert (anhui.ok, anhui.trusted) == (True, True)
    kinds = [e.kind for e in service.cases.events()]
    assert kinds.count("identity.certificate_trusted") == 1 and kinds.count("identity.certificate_bound") == 1
    report = check_case_file(service.cases.path)
    assert report.ok, (report.problems, report.unverifiable)
