"""The verdict on a whole document: one function, ok only when proven, saying why not for callers to word."""
from __future__ import annotations

import dataclasses

from desk.agreement.verify import SignatureReport, verdict

GOOD = SignatureReport(field="安徽省人民政府", signer="李明", organisation="安徽省人民政府", signed_at=None,
                       intact=True, valid=True, trusted=True, modified_after=True, changes_after="form filling",
                       changes_allowed=True)


def _like(**changes) -> SignatureReport:
    return dataclasses.replace(GOOD, **changes)


def test_ok_only_when_every_place_is_signed_intact_own_party_and_trusted():
    zhejiang = _like(field="浙江省人民政府", signer="陈华")
    assert verdict([GOOD, zhejiang], have_trust=True).ok
    cases = {
        "no places": ([], True, ()),
        "unsigned": ([GOOD, _like(field="浙江省人民政府", signed=False, problem="not signed", intact=False)], True,
                     ("浙江省人民政府",)),
        "failed": ([GOOD, _like(field="浙江省人民政府", party_ok=False, problem="signed by another party's delegate")],
                   True, ("浙江省人民政府",)),
        "no trust": ([GOOD, zhejiang], False, ()),
        "untrusted": ([GOOD, _like(field="浙江省人民政府", trusted=False)], True, ("浙江省人民政府",)),
    }
    for kind, (reports, have_trust, fields) in cases.items():
        found = verdict(reports, have_trust)
        assert (found.ok, found.kind, found.fields) == (False, kind, fields), kind
        assert found.reason


def test_a_document_timestamp_alone_proves_no_signature():
    stamp = _like(field="Timestamp", kind="timestamp", signer="TSA", party_ok=True)
    found = verdict([stamp], have_trust=True)
    assert not found.ok and found.kind == "no places"
    assert verdict([GOOD, stamp], have_trust=True).ok


def test_a_damaged_place_is_said_before_a_place_merely_not_signed():
    damaged = _like(field="field #3", signed=True, intact=False, problem="the signature value is damaged")
    unsigned = _like(field="浙江省人民政府", signed=False, problem="not signed", intact=False)
    found = verdict([unsigned, damaged], have_trust=True)
    assert found.kind == "failed" and found.fields == ("field #3",) and "damaged" in found.reason
