"""Small checks shared by the domain types; each raises ValidationError with a clear message."""
from __future__ import annotations

import math
import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, TypeVar

from desk.core.errors import ValidationError

#: Largest magnitude accepted for any numeric value (amounts in 亿元, percentages, years).
MAX_MAGNITUDE = 1e12
MAX_TEXT = 100_000
MAX_NAME = 200

E = TypeVar("E", bound=StrEnum)


def new_id() -> str:
    """A fresh identifier: a 32-character hex UUID, created in core so undo can restore it."""
    return uuid.uuid4().hex


def utcnow() -> datetime:
    """The current time, timezone-aware UTC, to the microsecond."""
    return datetime.now(UTC)


def check_name(field: str, value: Any, *, required: bool = True, limit: int = MAX_NAME) -> str:
    """A single-line name: a string, not blank when required, at most ``limit`` characters."""
    if not isinstance(value, str):
        raise ValidationError(field, "type.text", f"{field} must be text", field_name=field)
    stripped = value.strip()
    if required and not stripped:
        raise ValidationError(field, "name.empty", f"{field} must not be empty", field_name=field)
    if len(stripped) > limit:
        raise ValidationError(field, "name.too_long", f"{field} is longer than {limit} characters",
                              field_name=field, limit=limit)
    if "\n" in stripped or "\r" in stripped:
        raise ValidationError(field, "name.multiline", f"{field} must be a single line", field_name=field)
    return stripped


def check_text(field: str, value: Any, *, limit: int = MAX_TEXT) -> str:
    """Free text (may be empty), at most ``limit`` characters."""
    if not isinstance(value, str):
        raise ValidationError(field, "type.text", f"{field} must be text", field_name=field)
    if len(value) > limit:
        raise ValidationError(field, "text.too_long", f"{field} is longer than {limit} characters",
                              field_name=field, limit=limit)
    return value


def check_number(field: str, value: Any, *, low: float | None = None, high: float | None = None) -> float:
    """A finite real number within [low, high] and within ±MAX_MAGNITUDE."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(field, "type.number", f"{field} must be a number", field_name=field)
    number = float(value)
    if not math.isfinite(number):
        raise ValidationError(field, "number.not_finite", f"{field} must be a finite number", field_name=field)
    if abs(number) > MAX_MAGNITUDE:
        raise ValidationError(field, "number.too_large", f"{field} is too large (limit ±{MAX_MAGNITUDE:g})",
                              field_name=field, limit=MAX_MAGNITUDE)
    if low is not None and number < low:
        raise ValidationError(field, "number.below", f"{field} must be at least {low:g}", field_name=field, low=low)
    if high is not None and number > high:
        raise ValidationError(field, "number.above", f"{field} must be at most {high:g}", field_name=field, high=high)
    return number


def check_enum(field: str, value: Any, enum: type[E]) -> E:
    """Coerce a string to the enum, naming the allowed values when it is not one of them."""
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise ValidationError(field, "enum.unknown", f"{field} must be one of: {allowed}",
                              field_name=field, allowed=allowed) from None


def check_id(field: str, value: Any, *, required: bool = True) -> str | None:
    """An identifier: a non-empty string of at most 64 characters, or None when optional."""
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value or len(value) > 64:
        raise ValidationError(field, "id.invalid", f"{field} must be an identifier", field_name=field)
    return value


def check_datetime(field: str, value: Any) -> datetime:
    """A timezone-aware datetime."""
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise ValidationError(field, "datetime.invalid", f"{field} must be a timezone-aware date and time",
                              field_name=field)
    return value
