"""The audit replay: deletions cascade as the schema says, status changes patch, imports leave tables out,
and legacy redacted imports are 'not verifiable' rather than accused."""
from __future__ import annotations

from desk.core.audit_ledger import ForeignKey, StoredRow, compare, replay
from desk.core.events import seal

KEYS = [ForeignKey("demand", "party_id", "party", "CASCADE"), ForeignKey("issue", "payer_id", "party", "SET NULL")]


def _chain(*steps: tuple[str, str, dict]) -> list:
    events, previous = [], None
    for kind, entity, payload in steps:
        previous = seal("c", kind, entity, payload, previous=previous)
        events.append(previous)
    return events


def test_a_party_deletion_cascades_to_its_demands_and_nulls_payers():
    ledger = replay([_chain(
        ("party.created", "p", {"id": "p", "name": "甲"}),
        ("issue.created", "i", {"id": "i", "payer_id": "p"}),
        ("demand.created", "d", {"id": "d", "party_id": "p", "issue_id": "i"}),
        ("party.deleted", "p", {"name": "甲", "demands": 1}),
    )], KEYS)
    found = compare(ledger, [StoredRow("issue", "i", {"id": "i", "payer_id": None})])
    assert found.problems == [] and found.unverifiable == []
    found = compare(ledger, [StoredRow("issue", "i", {"id": "i", "payer_id": None}),
                             StoredRow("demand", "d", {"id": "d", "party_id": "p", "issue_id": "i"})])
    assert found.problems == ["demand d was deleted (event 4) but is back in the file"]


def test_status_changes_patch_the_version_and_a_withdrawn_version_must_be_gone():
    ledger = replay([_chain(
        ("agreement.version_saved", "v", {"id": "v", "status": "draft", "version": 1}),
        ("agreement.status_changed", "v", {"version": 1, "from": "draft", "to": "final"}),
    )])
    row = StoredRow("agreement_version", "v", {"id": "v", "status": "final", "version": 1})
    assert compare(ledger, [row]).problems == []
    forged = StoredRow("agreement_version", "v", {"id": "v", "status": "signed", "version": 1})
    assert "in status" in compare(ledger, [forged]).problems[0]


def test_a_legacy_redacted_import_makes_unrecorded_sections_unverifiable_not_accused():
    ledger = replay([_chain(("case.imported", "c", {"id": "c"}), ("partie.imported", "p", {"id": "p"}))])
    found = compare(ledger, [StoredRow("case", "c", {"id": "c"}), StoredRow("party", "p", {"id": "p"}),
                             StoredRow("session", "s", {"id": "s"})])
    assert found.problems == [] and found.unverifiable[0].startswith("session s: imported from a redacted")
    found = compare(ledger, [StoredRow("case", "c", {"id": "c"}), StoredRow("party", "p", {"id": "p"}),
                             StoredRow("party", "q", {"id": "q"})])
    assert found.problems == ["party q has no audit event: it was added outside the app"]


def test_unknown_event_kinds_are_not_verifiable():
    ledger = replay([_chain(("case.created", "c", {"id": "c"}), ("quantum.entangled", "x", {}))])
    found = compare(ledger, [StoredRow("case", "c", {"id": "c"})])
    assert found.unverifiable == ["events of kind quantum.entangled are not known to this version"]
