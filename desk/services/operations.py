"""Operations: one user action as one use case run whole, in one transaction, saying what it touched.

The case document runs them (``doc.run(op)``); the CLI calls the same use cases directly. A slow
operation runs on the database worker with the progress protocol the core uses
(``progress(fraction, message)``, ``is_cancelled()``; the core raises ``Cancelled``).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from desk.core.analytics.errors import CancelCheck, ProgressCallback
from desk.core.changes import Changes, Kind
from desk.services.case_state import CaseState, load_state
from desk.services.cases import CaseService

T = TypeVar("T")


def _no_progress(_fraction: float, _message: str = "") -> None:
    return None


def _never() -> bool:
    return False


@dataclass(frozen=True, slots=True)
class Operation(Generic[T]):
    """``fn(progress, is_cancelled)`` and the kinds it changes; ``slow`` ones run off the GUI thread."""

    fn: Callable[[ProgressCallback, CancelCheck], T]
    changes: Changes
    slow: bool = False

    @classmethod
    def of(cls, action: Callable[[], T], *kinds: Kind, slow: bool = False) -> Operation[T]:
        """An operation for a plain use-case call that changes ``kinds`` (and the audit log)."""
        return cls(lambda _progress, _cancelled: action(), Changes.of(*kinds), slow)


def run_operation(cases: CaseService, op: Operation[T], state: CaseState | None = None,
                  progress: ProgressCallback = _no_progress, is_cancelled: CancelCheck = _never,
                  ) -> tuple[T, CaseState | None]:
    """Run ``op`` in one transaction; with ``state`` given, re-read the parts it changed in that same
    transaction and return the new state too (all or nothing: an error rolls back the whole action)."""
    with cases.transaction() as repos:
        result = op.fn(progress, is_cancelled)
        if state is None:
            return result, None
        return result, load_state(repos, cases.case_id, op.changes, state, state.presenting)


def read_state(cases: CaseService, changes: Changes = Changes.everything(), state: CaseState | None = None,
               presenting: bool = False) -> CaseState:
    """The state with the parts ``changes`` names read again, in one read transaction."""
    with cases.transaction() as repos:
        return load_state(repos, cases.case_id, changes, state, state.presenting if state else presenting)


__all__ = ["Operation", "read_state", "run_operation"]
