"""The rehearsal's own error type."""
from __future__ import annotations

from desk.core.errors import DeskError


class RehearsalError(DeskError):
    """A rehearsal cannot be set up or continued as asked (the message says why)."""
