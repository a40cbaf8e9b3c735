"""What an operation touched: the kinds of things in a case, so views refresh only what changed."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """A kind of thing in a case that a page may show."""

    CASE = "case"
    PARTIES = "parties"
    ISSUES = "issues"
    DEMANDS = "demands"
    ATTACHMENTS = "attachments"
    BARGAINING = "bargaining"
    AGREEMENTS = "agreements"
    IDENTITIES = "identities"
    RULES = "rules"
    MONITORING = "monitoring"
    SCENARIOS = "scenarios"  # named reading scenarios (their readings too)
    AUDIT = "audit"  # the audit log's head and length: every write touches it
    PRESENTATION = "presentation"  # not data: the secretariat view or the projector's public one


@dataclass(frozen=True, slots=True)
class Changes:
    """The kinds an operation touched (anki's OpChanges, as a set)."""

    kinds: frozenset[Kind] = frozenset()

    @classmethod
    def of(cls, *kinds: Kind) -> Changes:
        """The changes of a write: the kinds named plus the audit log it appends to."""
        return cls(frozenset((*kinds, Kind.AUDIT)))

    @classmethod
    def everything(cls) -> Changes:
        """Every kind (opening a case, reloading after a change outside the app)."""
        return cls(frozenset(Kind))

    def touches(self, kinds: Iterable[Kind]) -> bool:
        """True when any of ``kinds`` changed."""
        return not self.kinds.isdisjoint(kinds)

    def __contains__(self, kind: object) -> bool:
        return kind in self.kinds

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds)

    def __bool__(self) -> bool:
        return bool(self.kinds)


NOTHING = Changes()
