"""Signing is one use case: the identity file opened once, one write transaction, all or nothing, cancellable."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest
from concluded_demo import conclude
from sqlalchemy import event
from sqlalchemy.orm import Session as OrmSession

from desk.agreement import pki
from desk.core.analytics.errors import Cancelled
from desk.core.enums import AgreementStatus
from desk.core.errors import DeskError, ValidationError
from desk.services.agreement_workflow import AgreementService
from desk.services.cases import CaseService
from desk.services.integrity import check_case_file
from desk.services.signing import DelegateKey, sign_version

CA_PASS = "联席办CA口令-2025"
AH_PASS = "安徽代表口令-7731"
ZJ_PASS = "浙江代表口令-9102"


@pytest.fixture
def ceremony(demo_file: Path, tmp_path: Path):
    conclude(demo_file)
    folder = tmp_path / "签署 材料 50% #1"
    folder.mkdir()
    cases = CaseService.open(demo_file, actor="联席办")
    service = AgreementService(cases)
    version = service.make_final(service.draft().id)
    service.export(version, folder / "协议.pdf")
    service.create_ca(CA_PASS)
    service.issue("安徽省人民政府", "", CA_PASS, AH_PASS, folder / "ah.p12")
    service.issue("浙江省人民政府", "", CA_PASS, ZJ_PASS, folder / "zj.p12")
    yield service, version, folder
    cases.close()


class Tally:
    """PKCS#12 decryptions, transactions and row writes while signing (any thread)."""

    def __init__(self, monkeypatch, engine) -> None:
        self.loads = 0
        self.begins = 0
        self.writes: list[str] = []
        real = pki.load_pkcs12

        def counted(data: bytes, passphrase: str):
            self.loads += 1
            return real(data, passphrase)

        monkeypatch.setattr(pki, "load_pkcs12", counted)
        self.engine = engine
        event.listen(engine, "begin", self._begin)
        event.listen(engine, "before_cursor_execute", self._statement)

    def _begin(self, _conn) -> None:
        self.begins += 1

    def _statement(self, _conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            self.writes.append(statement)

    def close(self) -> None:
        event.remove(self.engine, "begin", self._begin)
        event.remove(self.engine, "before_cursor_execute", self._statement)


def test_one_signature_opens_the_identity_once_in_one_transaction(ceremony, monkeypatch):
    service, version, folder = ceremony
    tally = Tally(monkeypatch, service.cases.db.engine)
    try:
        service.sign(version, folder / "协议.pdf", folder / "一.pdf", folder / "ah.p12", AH_PASS, "安徽")
        assert (tally.loads, tally.begins) == (1, 1)
        assert tally.writes  # the signature row, the audit event: all in that one transaction
        service.sign(version, folder / "一.pdf", folder / "二.pdf", folder / "zj.p12", ZJ_PASS, "浙江")
        assert (tally.loads, tally.begins) == (2, 2)
    finally:
        tally.close()
    assert service.store.version(version.id).status is AgreementStatus.SIGNED
    assert service.verify(folder / "二.pdf").ok
    assert check_case_file(service.cases.path).ok


def test_refusals_come_before_anything_is_written(ceremony):
    service, version, folder = ceremony
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(ValidationError, match="not a signatory") as refused:
        service.sign(version, folder / "协议.pdf", folder / "x.pdf", folder / "ah.p12", AH_PASS, "联席办")
    assert refused.value.code == "sign.not_signatory"
    with pytest.raises(DeskError, match="wrong passphrase"):
        service.sign(version, folder / "协议.pdf", folder / "x.pdf", folder / "ah.p12", "不对", "安徽")
    service.sign(version, folder / "协议.pdf", folder / "一.pdf", folder / "ah.p12", AH_PASS, "安徽")
    with pytest.raises(ValidationError, match="already signed") as twice:
        service.sign(version, folder / "一.pdf", folder / "x.pdf", folder / "ah.p12", AH_PASS, "安徽")
    assert twice.value.code == "sign.already_signed"
    assert sorted(p.name for p in folder.iterdir()) == sorted([*before, "一.pdf"])
    assert len(service.signatures(version.id)) == 1


@pytest.mark.parametrize("failing", ["status", "commit"])
def test_a_failure_while_recording_leaves_neither_the_record_nor_the_signed_pdf(ceremony, monkeypatch, failing):
    service, version, folder = ceremony
    service.sign(version, folder / "协议.pdf", folder / "一.pdf", folder / "ah.p12", AH_PASS, "安徽")
    events = len(service.cases.events())
    before = sorted(p.name for p in folder.iterdir())

    def broken(*_args, **_kwargs):  # the version turning signed, or the commit itself, fails
        raise DeskError("the disk is full")

    if failing == "status":
        monkeypatch.setattr(service.store, "set_status", broken)
    else:  # after the signed PDF was written beside its target
        event.listen(OrmSession, "before_commit", broken)
    try:
        with pytest.raises(DeskError, match="disk is full"):
            service.sign(version, folder / "一.pdf", folder / "二.pdf", folder / "zj.p12", ZJ_PASS, "浙江")
    finally:
        if failing == "commit":
            event.remove(OrmSession, "before_commit", broken)
    assert sorted(p.name for p in folder.iterdir()) == before  # no 二.pdf, no hidden temporary file
    assert len(service.signatures(version.id)) == 1 and len(service.cases.events()) == events
    assert service.store.version(version.id).status is AgreementStatus.FINAL


def test_cancelling_changes_nothing(ceremony):
    service, version, folder = ceremony
    before = sorted(p.name for p in folder.iterdir())
    steps: list[float] = []
    with pytest.raises(Cancelled):
        sign_version(service, version.id, folder / "协议.pdf", folder / "一.pdf",
                     DelegateKey(folder / "ah.p12", AH_PASS), "安徽",
                     progress=lambda fraction, _message: steps.append(fraction), is_cancelled=lambda: len(steps) >= 2)
    assert steps and sorted(p.name for p in folder.iterdir()) == before
    assert service.signatures(version.id) == []


def test_the_signing_runs_whole_on_another_thread(ceremony):
    """What the GUI's database worker does: the same use case, the same result, off the calling thread."""
    service, version, folder = ceremony
    outcome: list[object] = []
    key = DelegateKey(folder / "ah.p12", AH_PASS)
    key.identity()  # opened when the passphrase was typed
    worker = threading.Thread(target=lambda: outcome.append(
        sign_version(service, version.id, folder / "协议.pdf", folder / "一.pdf", key, "安徽")))
    worker.start()
    worker.join(60)
    assert outcome and outcome[0].field == "安徽省人民政府"
    assert len(service.signatures(version.id)) == 1
