"""`desk check` compares every row of every table with the audit log: tampering anywhere is caught."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from concluded_demo import conclude

from desk.core.agreements import Signature
from desk.core.enums import AgreementStatus
from desk.core.events import seal
from desk.services.agreement_store import CaseAgreementStore
from desk.services.agreement_workflow import AgreementService
from desk.services.attachments import AttachmentService
from desk.services.bundles import export_case_bundle, import_case_bundle
from desk.services.cases import CaseService
from desk.services.integrity import check_case_file
from desk.store.integrity import raw_events

CERT = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"


@pytest.fixture(scope="module")
def _full_template(tmp_path_factory) -> Path:
    """The demo case with every kind of row: a concluded package, a final agreement version with a
    signature, an evidence file, a trusted certificate, and a demand deleted and restored (undo)."""
    from desk.services.demo import write_demo_case

    folder = tmp_path_factory.mktemp("full case")
    path = write_demo_case(folder / "full case.desk")
    conclude(path)
    cases = CaseService.open(path, actor="联席办")
    try:
        service = AgreementService(cases)
        version = service.make_final(service.draft().id)
        snapshot = cases.snapshot()
        store = CaseAgreementStore(cases)
        store.add_signature(Signature(version.id, snapshot.signatories[0].id, "李明", "CN=李明",
                                      "a" * 64, "b" * 64).validate())
        store.add_trusted_certificate("外部 CA", CERT, "c" * 64)
        demand = snapshot.demands[0]
        evidence = folder / "evidence 1.txt"
        evidence.write_text("监测数据", encoding="utf-8")
        attachment = AttachmentService(cases).add_file(demand.id, evidence)
        cases.delete_demand(demand.id)
        cases.restore_demand(demand)
        AttachmentService(cases).link([attachment.id], demand.id)
    finally:
        cases.close()
    return path


@pytest.fixture
def full_file(_full_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "case copy.desk"
    shutil.copyfile(_full_template, target)
    return target


def _edit(path: Path, sql: str, *params) -> None:
    connection = sqlite3.connect(path)
    connection.execute(sql, params)
    connection.commit()
    connection.close()


def _problems(path: Path) -> list[str]:
    report = check_case_file(path)
    assert not report.ok
    return report.problems


def test_a_case_with_every_kind_of_row_checks_clean(full_file: Path):
    connection = sqlite3.connect(full_file)
    counts = {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in (
        "signature", "response", "proposal", "round", "session", "agreement_version", "attachment", "credential",
        "demand_revision")}
    connection.close()
    assert all(counts.values()), counts
    report = check_case_file(full_file)
    assert report.ok, (report.problems, report.unverifiable)


@pytest.mark.parametrize(("sql", "table"), [
    ("DELETE FROM demand WHERE rowid = (SELECT min(rowid) FROM demand)", "demand"),
    ("UPDATE proposal SET package = json_set(package, '$.' || (SELECT key FROM json_each(package) LIMIT 1), 1.5)",
     "proposal"),
    ("DELETE FROM response WHERE kind = 'accept' AND rowid = (SELECT min(rowid) FROM response)", "response"),
    ("UPDATE agreement_version SET clauses = json_set(clauses, '$[0].text', '篡改的条款')", "agreement_version"),
    ("UPDATE agreement_version SET status = 'signed'", "agreement_version"),
    ("DELETE FROM signature", "signature"),
    ("UPDATE signature SET delegate_name = '王五'", "signature"),
    ("UPDATE round SET minutes = '伪造的纪要'", "round"),
    ("UPDATE round SET number = 7", "round"),
    ("INSERT INTO session (id, case_id, title, place, chair, attendees, notes) "
     "SELECT 'forged', case_id, '伪造的会议', '', '', '[]', '' FROM session LIMIT 1", "session"),
    ("UPDATE attachment SET data = CAST('假数据' AS BLOB)", "attachment"),
    ("UPDATE attachment SET filename = 'other.txt'", "attachment"),
    ("UPDATE credential SET certificate_pem = 'forged'", "credential"),
    ("DELETE FROM credential", "credential"),
    ('UPDATE "case" SET name = \'改过的名称\'', "case"),
])
def test_tampering_with_any_table_is_caught(full_file: Path, sql: str, table: str):
    _edit(full_file, sql)
    problems = _problems(full_file)
    assert any(p.startswith(table) for p in problems), problems


def test_a_deleted_demand_history_row_is_caught(full_file: Path):
    _edit(full_file, "DELETE FROM demand_revision WHERE id = (SELECT max(id) FROM demand_revision)")
    assert any("history of demand" in p for p in _problems(full_file))


def test_an_edited_demand_history_row_is_caught(full_file: Path):
    _edit(full_file, "UPDATE demand_revision SET state = json_set(state, '$.ideal', 0.0) "
                     "WHERE id = (SELECT min(id) FROM demand_revision)")
    assert any(p.startswith("demand_revision") for p in _problems(full_file))


def test_a_missing_row_is_named_as_deleted_outside_the_app(full_file: Path):
    _edit(full_file, "DELETE FROM signature")
    assert any("deleted outside the app" in p for p in _problems(full_file))


def _reseal(path: Path, rewrite) -> None:
    """Rewrite events with ``rewrite(event) -> payload`` and recompute every hash after, as an old app
    version (or a forger) would leave the chain: intact."""
    chains = raw_events(path)
    connection = sqlite3.connect(path)
    for events in chains.values():
        previous = None
        for event in events:
            payload = rewrite(event)
            sealed = seal(event.case_id, event.kind, event.entity_id, payload, previous=previous, actor=event.actor,
                          at=event.at)
            connection.execute("UPDATE event SET payload = ?, prev_hash = ?, hash = ? WHERE case_id = ? AND seq = ?",
                               (__import__("json").dumps(payload, ensure_ascii=False), sealed.prev_hash, sealed.hash,
                                event.case_id, event.seq))
            previous = sealed
    connection.commit()
    connection.close()


def test_an_old_file_whose_events_lack_full_state_is_not_verifiable_not_ok(full_file: Path):
    """Files written before events carried the whole row: what their events do not record is reported
    as not verifiable (and check does not say ok), while what they record is still compared."""
    def old_form(event):
        if event.kind in ("attachment.added", "attachment.linked"):
            return {k: event.payload[k] for k in ("filename", "sha256", "demand_id")}
        if event.kind == "identity.certificate_trusted":
            return {"label": event.payload["label"], "certificate_pem": event.payload["certificate_pem"]}
        return dict(event.payload)

    _reseal(full_file, old_form)
    report = check_case_file(full_file)
    assert not report.problems, report.problems
    assert not report.ok
    assert any(u.startswith("attachment") and "only" in u for u in report.unverifiable), report.unverifiable
    assert any(u.startswith("credential") for u in report.unverifiable), report.unverifiable
    _edit(full_file, "UPDATE attachment SET data = CAST('假数据' AS BLOB)")
    assert any(p.startswith("attachment") for p in check_case_file(full_file).problems)


def test_undo_flows_and_withdrawals_keep_the_file_clean(full_file: Path):
    cases = CaseService.open(full_file, actor="联席办")
    try:
        snapshot = cases.snapshot()
        party = snapshot.party_by_name("黄山市人民政府")
        removed = cases.delete_party(party.id)
        cases.restore_party(*removed)
        issue = snapshot.issues[-1]
        cases.restore_issue(*cases.delete_issue(issue.id))
        store = CaseAgreementStore(cases)
        for version in store.versions():
            if not store.signatures(version.id):
                store.set_status(version.id, AgreementStatus.DRAFT)
        AttachmentService(cases).remove(AttachmentService(cases).list()[0].id)
    finally:
        cases.close()
    report = check_case_file(full_file)
    assert report.ok, (report.problems, report.unverifiable)


def test_bundle_imports_check_clean(full_file: Path, tmp_path: Path):
    """A full bundle (which carries neither evidence files nor the CA) and a redacted one both import
    into files that check ok: the import says in the log what the bundle left behind."""
    for redacted in (False, True):
        bundle = tmp_path / f"b{redacted}.json"
        export_case_bundle(full_file, bundle, redacted=redacted)
        target = tmp_path / f"imported {redacted}.desk"
        import_case_bundle(bundle, target)
        report = check_case_file(target)
        assert report.ok, (redacted, report.problems, report.unverifiable)
        _edit(target, "DELETE FROM response")
        assert any(p.startswith("response") for p in check_case_file(target).problems)
