"""The application's own error types, shared by every layer."""
from __future__ import annotations

from typing import Any


class DeskError(Exception):
    """Base of every error Concord Desk raises on purpose; its message is for the user."""


class ValidationError(DeskError):
    """A value breaks a domain rule.

    ``field`` names the offending field, ``code`` is a stable key the UI translates,
    ``params`` fill the translated message; ``str(error)`` is the English message.
    """

    def __init__(self, field: str, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.field = field
        self.code = code
        self.message = message
        self.params = params

    def __reduce__(self):  # keep picklable across worker threads/processes
        return (_rebuild_validation_error, (self.field, self.code, self.message, self.params))


def _rebuild_validation_error(field: str, code: str, message: str, params: dict) -> ValidationError:
    return ValidationError(field, code, message, **params)
