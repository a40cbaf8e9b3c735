"""The audit chain: sealing, verification, and detection of any change."""
from __future__ import annotations

import dataclasses
import itertools

from desk.core.events import GENESIS_HASH, seal, verify_chain


def _chain(n: int):
    events, previous = [], None
    for i in range(n):
        previous = seal("case", "party.created", f"p{i}", {"name": f"甲{i}", "n": i}, previous=previous, actor="秘书处")
        events.append(previous)
    return events


def test_chain_links_and_verifies():
    events = _chain(4)
    assert events[0].prev_hash == GENESIS_HASH
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(events))
    report = verify_chain(events)
    assert report.ok and report.count == 4


def test_edited_payload_names_the_event():
    events = _chain(4)
    events[2] = dataclasses.replace(events[2], payload={"name": "乙", "n": 2})
    report = verify_chain(events)
    assert report.broken_seq == 3 and "changed" in report.reason


def test_removed_or_reordered_event_is_detected():
    events = _chain(4)
    assert verify_chain(events[:1] + events[2:]).broken_seq == 3
    assert verify_chain([events[1], events[0]]).broken_seq == 2


def test_rehashed_edit_breaks_the_next_link():
    events = _chain(3)
    forged = dataclasses.replace(events[1], actor="someone else")
    events[1] = dataclasses.replace(forged, hash=forged.compute_hash())
    assert verify_chain(events).broken_seq == 3
