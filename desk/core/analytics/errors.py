"""Errors and the progress/cancellation protocol shared by the analytics engine."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desk.core.errors import DeskError

#: ``progress(fraction, message)``: fraction in [0, 1], message for the user.
ProgressCallback = Callable[[float, str], None]
#: ``cancelled()`` returns True once the user asked to stop.
CancelCheck = Callable[[], bool]


class AnalysisError(DeskError):
    """The analysis cannot be done with the data given (the message says why)."""


class Cancelled(DeskError):
    """The user cancelled a long computation."""

    def __init__(self, message: str = "the analysis was cancelled") -> None:
        super().__init__(message)


class FrontierTooLarge(AnalysisError):
    """The exact frontier passed the size cap; ``alternatives`` lists what still works."""

    def __init__(self, size: int, cap: int, issue: str, alternatives: Sequence[str]) -> None:
        self.size = size
        self.cap = cap
        self.issue = issue
        self.alternatives = tuple(alternatives)
        text = "; ".join(self.alternatives)
        super().__init__(
            f"the exact Pareto frontier grew past {cap:,} packages ({size:,} after adding issue {issue!r}); "
            f"nothing was truncated. What still works: {text}")


@dataclass(slots=True)
class Monitor:
    """Reports progress and raises :class:`Cancelled` when the caller asks to stop."""

    progress: ProgressCallback | None = None
    cancelled: CancelCheck | None = None

    def check(self) -> None:
        """Raise Cancelled if cancellation was requested."""
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()

    def report(self, fraction: float, message: str) -> None:
        """Check for cancellation, then report ``fraction`` (clamped to [0, 1]) and ``message``."""
        self.check()
        if self.progress is not None:
            self.progress(min(1.0, max(0.0, fraction)), message)


def monitor_of(progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None) -> Monitor:
    """A Monitor for the optional callbacks (either may be None)."""
    return Monitor(progress, cancelled)
