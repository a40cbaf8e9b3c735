"""Anchors: reading a printed chain head, and confirming it against a chain (kept, rewritten, cut short)."""
from __future__ import annotations

import pytest

from desk.core.anchors import Anchor, AnchorError, confirm, head, parse_anchor
from desk.core.events import seal


def _chain(n: int, case_id: str = "c1", note: str = "") -> list:
    events, previous = [], None
    for index in range(n):
        previous = seal(case_id, "party.created", f"p{index}", {"id": f"p{index}", "note": note}, previous=previous)
        events.append(previous)
    return events


def test_printed_and_typed_forms_are_read():
    digest = "3f2a9c1b7d0e4a55" + "0" * 48
    anchor = Anchor(123, digest)
    assert anchor.printed("zh") == "审计链 #123 · 3f2a9c1b7d0e4a55"
    assert anchor.printed("en") == "Audit chain #123 · 3f2a9c1b7d0e4a55"
    typed = ("123:3F2A9C1B7D0E4A55", " #123 3f2a9c1b7d0e4a55… ")
    for text in (anchor.printed("zh"), anchor.printed("en"), anchor.text(), *typed):
        assert parse_anchor(text).seq == 123 and digest.startswith(parse_anchor(text).digest)


@pytest.mark.parametrize("text", ["", "123", "123:3f2a9c1b", "abc:3f2a9c1b7d0e4a55", "0:3f2a9c1b7d0e4a55",
                                  "123:" + "g" * 16, "123:" + "a" * 65])
def test_bad_anchors_are_refused_with_a_reason(text):
    with pytest.raises(AnchorError):
        parse_anchor(text)


def test_confirm_kept_rewritten_and_cut_short():
    events = _chain(5)
    anchor = head(events[:4])
    assert anchor == Anchor(4, events[3].hash)
    assert confirm(Anchor(4, events[3].hash[:16]), {"c1": events}) == "c1"
    with pytest.raises(AnchorError, match="rewritten"):
        confirm(anchor, {"c1": _chain(5, note="forged")})
    with pytest.raises(AnchorError, match=r"ends at event 3.*deleted"):
        confirm(anchor, {"c1": events[:3]})
    assert confirm(anchor, {"other": _chain(2, "other"), "c1": events}) == "c1"
