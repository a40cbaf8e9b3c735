"""The audit log: append-only events, each hash covering its content and the previous hash."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desk.core.validation import utcnow

GENESIS_HASH = "0" * 64


def canonical_json(data: Any) -> str:
    """JSON with sorted keys and no insignificant white space: the form that is hashed."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)


@dataclass(frozen=True, slots=True)
class Event:
    """One audit record. ``seq`` counts from 1 within a case; ``hash`` seals it to ``prev_hash``."""

    case_id: str
    seq: int
    kind: str
    entity_id: str
    payload: Mapping[str, Any]
    actor: str = ""
    at: datetime = field(default_factory=utcnow)
    prev_hash: str = GENESIS_HASH
    hash: str = ""

    def content(self) -> dict[str, Any]:
        """Everything the hash covers."""
        return {
            "case_id": self.case_id,
            "seq": self.seq,
            "kind": self.kind,
            "entity_id": self.entity_id,
            "payload": dict(self.payload),
            "actor": self.actor,
            "at": self.at.isoformat(),
            "prev_hash": self.prev_hash,
        }

    def compute_hash(self) -> str:
        """SHA-256 over the canonical JSON of :meth:`content`."""
        return hashlib.sha256(canonical_json(self.content()).encode("utf-8")).hexdigest()


def seal(case_id: str, kind: str, entity_id: str, payload: Mapping[str, Any], *, previous: Event | None,
         actor: str = "", at: datetime | None = None) -> Event:
    """Make the next event after ``previous`` (None for the first) with its hash filled in."""
    draft = Event(
        case_id=case_id,
        seq=1 if previous is None else previous.seq + 1,
        kind=kind,
        entity_id=entity_id,
        payload=dict(payload),
        actor=actor,
        at=at or utcnow(),
        prev_hash=GENESIS_HASH if previous is None else previous.hash,
    )
    return Event(**{**_fields(draft), "hash": draft.compute_hash()})


def _fields(event: Event) -> dict[str, Any]:
    return {name: getattr(event, name) for name in Event.__dataclass_fields__}


@dataclass(frozen=True, slots=True)
class ChainReport:
    """Result of verifying a chain: ``broken_seq`` is the first bad event, None when intact."""

    count: int
    broken_seq: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_seq is None


def verify_chain(events: Iterable[Event]) -> ChainReport:
    """Walk the events in order; report the first whose sequence, link or hash does not hold."""
    previous_hash = GENESIS_HASH
    expected_seq = 1
    count = 0
    for event in events:
        count += 1
        if event.seq != expected_seq:
            return ChainReport(count, event.seq, f"event {event.seq} is out of sequence (expected {expected_seq})")
        if event.prev_hash != previous_hash:
            return ChainReport(count, event.seq, f"event {event.seq} does not link to event {event.seq - 1}")
        if event.compute_hash() != event.hash:
            return ChainReport(count, event.seq, f"event {event.seq} ({event.kind}) was changed after it was recorded")
        previous_hash = event.hash
        expected_seq += 1
    return ChainReport(count)


@dataclass(frozen=True, slots=True)
class AuditHead:
    """The newest event of a case and how many there are (what a page shows of the audit log)."""

    last: Event | None = None
    count: int = 0
