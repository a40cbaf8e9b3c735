"""Anchors: the audit chain's head (sequence number and hash) printed in every exported document, and
the check that a case file's history still holds it unchanged."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desk.core.errors import DeskError
from desk.core.events import Event

#: Hex digits of the hash printed in documents; an anchor given to ``check`` needs at least this many.
PRINTED_HEX = 16
_LABEL = {"zh": "审计链", "en": "Audit chain"}
_PATTERN = re.compile(r"^\s*(?:审计链|audit chain)?\s*#?\s*(\d{1,12})\s*[:：·\s]\s*([0-9a-fA-F]+)[.…]*\s*$",
                      re.IGNORECASE)


class AnchorError(DeskError):
    """An anchor that cannot be read, or that the file's history does not hold."""


@dataclass(frozen=True, slots=True)
class Anchor:
    """A chain head: event ``seq`` had hash ``digest`` (the whole hash, or a prefix when read from print)."""

    seq: int
    digest: str

    @classmethod
    def of(cls, event: Event) -> Anchor:
        return cls(event.seq, event.hash)

    def printed(self, language: str = "zh") -> str:
        """The line documents carry, e.g. ``审计链 #123 · 3f2a9c1b7d0e4a55``."""
        return f"{_LABEL.get(language, _LABEL['zh'])} #{self.seq} · {self.digest[:PRINTED_HEX]}"

    def text(self) -> str:
        """The form ``desk check --anchor`` takes: ``123:<hash>``."""
        return f"{self.seq}:{self.digest}"

    def to_json(self) -> dict[str, object]:
        return {"seq": self.seq, "hash": self.digest}


def parse_anchor(text: str) -> Anchor:
    """Read ``123:3f2a…`` (or the printed ``审计链 #123 · 3f2a…``); at least 16 hex digits of the hash."""
    match = _PATTERN.match(text or "")
    if match is None:
        raise AnchorError(f"{text!r} is not an anchor: give it as printed, e.g. 123:3f2a9c1b7d0e4a55")
    seq, digest = int(match.group(1)), match.group(2).lower()
    if len(digest) < PRINTED_HEX or len(digest) > 64:
        raise AnchorError(f"the anchor's hash must have {PRINTED_HEX} to 64 hex digits (it has {len(digest)})")
    if seq < 1:
        raise AnchorError("the anchor's event number starts at 1")
    return Anchor(seq, digest)


def head(events: Iterable[Event]) -> Anchor | None:
    """The anchor of a chain's last event (None for an empty chain)."""
    last = None
    for last in events:  # noqa: B007 - the last one is wanted
        pass
    return None if last is None else Anchor.of(last)


def confirm(anchor: Anchor, chains: Mapping[str, list[Event]]) -> str:
    """Say which case's history holds ``anchor`` unchanged; raise AnchorError saying how it does not."""
    ends, rewritten = [], None
    for case_id, events in chains.items():
        event = next((e for e in events if e.seq == anchor.seq), None)
        if event is not None and event.hash.startswith(anchor.digest):
            return case_id
        if event is not None:
            rewritten = event
        ends.append(max((e.seq for e in events), default=0))
    if rewritten is not None:
        raise AnchorError(f"event {anchor.seq} is not the one the document recorded (its hash begins "
                          f"{rewritten.hash[:PRINTED_HEX]}, not {anchor.digest[:PRINTED_HEX]}): the history "
                          "was rewritten")
    raise AnchorError(f"the history ends at event {max(ends, default=0)}, before event {anchor.seq} the document "
                      "recorded: events were deleted")
