"""Credentials stored in a case file: newest of a kind wins, bytes come back exactly."""
from __future__ import annotations

from pathlib import Path

from desk.core.case import Case
from desk.services.cases import CaseService
from desk.store.credentials import find_credential, save_credential


def test_credentials_round_trip(tmp_path: Path):
    service = CaseService.create(tmp_path / "c.desk", Case(name="证书"))
    with service.db.transaction() as session:
        assert find_credential(session, service.case_id, "secretariat-ca") is None
        save_credential(session, service.case_id, "secretariat-ca", "旧", "PEM1", b"\x00key1")
    with service.db.transaction() as session:
        newest = save_credential(session, service.case_id, "secretariat-ca", "联席办CA", "PEM2", b"\x01key2\xff")
    with service.db.transaction() as session:
        found = find_credential(session, service.case_id, "secretariat-ca")
    service.close()
    assert found == newest and found.encrypted_key == b"\x01key2\xff" and found.label == "联席办CA"
